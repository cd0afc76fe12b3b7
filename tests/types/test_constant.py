"""Constant values as go/constant holds them: exact integers and small
fractions, and 512-bit floats with a 32-bit exponent for the rest."""

from __future__ import annotations

import random
from fractions import Fraction

from gominic.types import constant as C


def nearest(f: Fraction, bits: int = C.PREC) -> Fraction:
    """f rounded to `bits` significant bits, ties to even, by exact arithmetic."""
    e = f.numerator.bit_length() - f.denominator.bit_length()
    while abs(f) >= Fraction(2) ** (e + 1):
        e += 1
    while abs(f) < Fraction(2) ** e:
        e -= 1
    scale = Fraction(2) ** (bits - 1 - e)
    return Fraction(round(f * scale)) / scale


def test_float_arithmetic_rounds_to_nearest_even_as_big_float():
    rng = random.Random(17)
    for _ in range(200):
        x = Fraction(rng.getrandbits(700) - (1 << 699), rng.getrandbits(300) + 1)
        y = Fraction(rng.getrandbits(600) + 1, rng.getrandbits(400) + 1)
        fx, fy = C.to_big_float(x), C.to_big_float(y)
        assert C.exact_fraction(fx) == nearest(x)
        a, b = C.exact_fraction(fx), C.exact_fraction(fy)
        assert C.exact_fraction(C.float_add(fx, fy)) == nearest(a + b)
        assert C.exact_fraction(C.float_mul(fx, fy)) == nearest(a * b)
        assert C.exact_fraction(C.float_quo(fx, fy)) == nearest(a / b)
        assert C.float_cmp(fx, fy) == (a > b) - (a < b)


def test_huge_literals_stay_symbolic():
    n, d = C.make_float_lit(1, 10, 646456992), C.make_float_lit(1, 10, 646456991)
    assert isinstance(n, C.Float) and C.round_float(C.real_op("/", n, d), C.Kind.FLOAT64) == 10
    assert C.format_number(n) == "1e+646456992"
    assert C.make_float_lit(1, 10, 646456993) is None  # past a 32-bit exponent
    assert C.make_float_lit(1, 10, -646456993 * 2) == C.FLOAT_ZERO
    assert C.real_op("*", n, n) is None


def test_small_literals_are_exact_fractions():
    assert C.make_float_lit(1, 10, -1) == Fraction(1, 10)
    assert C.make_float_lit(1, 10, 1000) == 10 ** 1000  # below 2**4096: exact
    assert isinstance(C.make_float_lit(1, 10, 1300), C.Float)


def test_a_fraction_past_4096_bits_becomes_a_float():
    third = C.real_op("/", 1, 3)
    assert third == Fraction(1, 3)
    grown = C.real_op("*", third, 10 ** 1300)
    assert isinstance(grown, C.Float)
    assert C.format_number(grown) == "3.33333e+1299"


def test_to_int_forgives_a_few_bits_of_rounding_as_go_constant():
    third = C.to_big_float(Fraction(1, 3))
    assert C.to_int(C.float_mul(third, C.to_big_float(3))) == 1
    assert C.to_int(third) is None
    assert C.to_int(C.make_float_lit(1, 10, 5000)) is None  # no huge integers


def test_integer_division_wraps_where_go_constant_does():
    # go 1.19 prints -9223372036854775808 for math.MinInt64 / -1: its
    # go/constant divides int64-sized values in int64 arithmetic.
    assert C.binary_op("/", -1 << 63, -1, True) == -1 << 63
    assert C.binary_op("/", -1 << 64, -1, True) == 1 << 64
    assert C.binary_op("/", -7, 2, True) == -3 and C.binary_op("%", -1 << 63, -1, True) == 0
