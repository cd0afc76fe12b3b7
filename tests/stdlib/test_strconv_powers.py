"""strconv's 128-bit powers of ten, computed on first use
(stdlib/strconv/powers10.go), must be exact: Eisel-Lemire (ParseFloat) and
Ryū (FormatFloat) are only correct with the truncated 128 leading bits of
10^q for every q in the table. A program prints the table it finds in
memory; Python's integers, exact at any size, give what it must hold."""

import pytest

pytestmark = pytest.mark.e2e

MIN_EXP10, MAX_EXP10 = -348, 347

# The table is unexported: the program reaches the function that reads
# it by its symbol name.
PROGRAM = f"""package main

import (
	"fmt"
	_ "strconv"
	_ "unsafe"
)

//go:linkname powerOfTen strconv.detailedPowerOfTen
func powerOfTen(q int) (hi, lo uint64)

func main() {{
	for q := {MIN_EXP10}; q <= {MAX_EXP10}; q++ {{
		hi, lo := powerOfTen(q)
		fmt.Printf("%d %016x%016x\\n", q, hi, lo)
	}}
}}
"""


def mantissa128(q: int) -> int:
    """The 128 leading bits of 10^q, rounded down: floor(10^q × 2^s) for
    the s that puts the result in [2^127, 2^128)."""
    num, den = (10**q, 1) if q >= 0 else (1, 10**-q)
    # num / den lies in (2^(b-1), 2^(b+1)) for b the difference of their
    # bit lengths: scaled by 2^(128-b) it has 128 or 129 bits.
    shift = 128 - (num.bit_length() - den.bit_length())
    m = scaled_floor(num, den, shift)
    if m.bit_length() > 128:
        m = scaled_floor(num, den, shift - 1)
    assert m.bit_length() == 128
    return m


def scaled_floor(num: int, den: int, shift: int) -> int:
    """floor(num / den × 2^shift), shift of either sign."""
    return (num << shift) // den if shift >= 0 else num // (den << -shift)


def test_python_mantissa_of_known_powers():
    # 10^0 = 2^0 and 10^1 = 1.25 × 2^3; 10^-1 = 0.8 × 2^-3 = 0xCCCC... × 2^-131.
    assert mantissa128(0) == 1 << 127
    assert mantissa128(1) == 5 << 125
    assert mantissa128(-1) == int("CC" * 16, 16)


def test_every_power_of_ten_is_exact(build_and_run):
    run = build_and_run(PROGRAM)
    assert run.returncode == 0, run.stderr
    want = "".join(f"{q} {mantissa128(q):032x}\n" for q in range(MIN_EXP10, MAX_EXP10 + 1))
    assert run.stdout == want
