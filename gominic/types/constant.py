"""This module implements Go's constant values and their exact arithmetic.

Go constants are exact (Go spec, "Constants"): ``1 << 100 >> 98`` is 4.
Python has what we need built in: booleans are ``bool``, strings ``bytes``
(Go strings are byte sequences), integers ``int`` (unbounded), floats
``fractions.Fraction`` (exact rationals) and complex numbers ``Complex``.
Values only turn inexact when converted to a typed float (``round_float``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from gominic.types.types import (
    FLOAT_KINDS, COMPLEX_KINDS, INTEGER_KINDS, Basic, Kind,
)


@dataclass(frozen=True, slots=True)
class Complex:
    re: Fraction
    im: Fraction

    def __str__(self) -> str:
        return f"({format_number(self.re)} + {format_number(self.im)}i)"


Value = bool | bytes | int | Fraction | Complex

# Ranges of the sized integer kinds.
INT_RANGES = {
    Kind.INT8: (-(1 << 7), (1 << 7) - 1), Kind.INT16: (-(1 << 15), (1 << 15) - 1),
    Kind.INT32: (-(1 << 31), (1 << 31) - 1), Kind.INT64: (-(1 << 63), (1 << 63) - 1),
    Kind.INT: (-(1 << 63), (1 << 63) - 1), Kind.UINT8: (0, (1 << 8) - 1),
    Kind.UINT16: (0, (1 << 16) - 1), Kind.UINT32: (0, (1 << 32) - 1),
    Kind.UINT64: (0, (1 << 64) - 1), Kind.UINT: (0, (1 << 64) - 1),
    Kind.UINTPTR: (0, (1 << 64) - 1),
}


def to_fraction(v: Value) -> Fraction:
    if isinstance(v, Complex):
        return v.re
    return Fraction(v)


def to_complex(v: Value) -> Complex:
    if isinstance(v, Complex):
        return v
    return Complex(Fraction(v), Fraction(0))


def is_int_value(v: Value) -> bool:
    """Whether v is an integer value (a float or complex with integral value counts)."""
    if isinstance(v, bool) or isinstance(v, bytes):
        return False
    if isinstance(v, int):
        return True
    if isinstance(v, Complex):
        return v.im == 0 and v.re.denominator == 1
    return v.denominator == 1


# (mantissa bits with the hidden one, smallest normal exponent, largest exponent)
FLOAT_FORMATS = {32: (24, -126, 127), 64: (53, -1022, 1023)}


def round_float(f: Fraction, kind: Kind) -> Fraction | None:
    """Round an exact value to float32/float64 (to nearest, ties to even,
    as IEEE 754 does, in one step: no double rounding through float64);
    None when the result overflows."""
    bits = 32 if kind in (Kind.FLOAT32, Kind.COMPLEX64) else 64
    precision, emin, emax = FLOAT_FORMATS[bits]
    if f == 0:
        return Fraction(0)
    a = abs(f)
    e = a.numerator.bit_length() - a.denominator.bit_length()  # 2**e <= a < 2**(e+2)
    if a < Fraction(2) ** e:
        e -= 1
    elif a >= Fraction(2) ** (e + 1):
        e += 1
    e = max(e, emin)  # subnormals keep the smallest exponent
    scale = Fraction(2) ** (precision - 1 - e)
    m = round(a * scale)  # Python rounds halves to even
    if m == 1 << precision:
        m, e, scale = m // 2, e + 1, scale / 2
    if e > emax:
        return None
    return Fraction(m) / scale * (1 if f > 0 else -1)


def representable(v: Value, t: Basic) -> tuple[Value | None, bool]:
    """Convert v to basic type t: (new value, ok).

    A value is representable when it fits t exactly (integers) or after
    rounding (floats); (None, False) otherwise. ok False with a value means
    "truncated" (a non-integral float for an integer type).
    """
    k = t.kind
    if k in INTEGER_KINDS:
        if not is_int_value(v):
            return (None, False) if isinstance(v, (bool, bytes)) else (v, False)
        iv = int(to_fraction(v))
        if k in (Kind.UNTYPED_INT, Kind.UNTYPED_RUNE):
            return iv, True
        lo, hi = INT_RANGES[k]
        return (iv, True) if lo <= iv <= hi else (None, False)
    if k in FLOAT_KINDS:
        if isinstance(v, (bool, bytes)) or (isinstance(v, Complex) and v.im != 0):
            return None, False
        f = to_fraction(v)
        if k == Kind.UNTYPED_FLOAT:
            return f, True
        r = round_float(f, k)
        return (r, r is not None)
    if k in COMPLEX_KINDS:
        if isinstance(v, (bool, bytes)):
            return None, False
        c = to_complex(v)
        if k == Kind.UNTYPED_COMPLEX:
            return c, True
        re, im = round_float(c.re, k), round_float(c.im, k)
        if re is None or im is None:
            return None, False
        return Complex(re, im), True
    if k in (Kind.BOOL, Kind.UNTYPED_BOOL):
        return (v, True) if isinstance(v, bool) else (None, False)
    if k in (Kind.STRING, Kind.UNTYPED_STRING):
        return (v, True) if isinstance(v, bytes) else (None, False)
    return None, False


# ---------------------------------------------------------------------------
# Arithmetic


def unary_op(op: str, v: Value, t: Basic) -> Value:
    """Evaluate op v for a constant of type t (^ needs t's width when unsigned)."""
    if op == "+":
        return v
    if op == "-":
        if isinstance(v, Complex):
            return Complex(-v.re, -v.im)
        return -v
    if op == "!":
        return not v
    if op == "^":
        if t.kind in INT_RANGES and t.kind not in (Kind.INT, Kind.INT8, Kind.INT16, Kind.INT32, Kind.INT64):
            return v ^ INT_RANGES[t.kind][1]
        return ~v
    raise ValueError(op)


def binary_op(op: str, x: Value, y: Value, integer: bool) -> Value:
    """Evaluate x op y; integer selects truncated division for / and %."""
    if isinstance(x, Complex) or isinstance(y, Complex):
        return complex_op(op, to_complex(x), to_complex(y))
    match op:
        case "+":
            return x + y
        case "-":
            return x - y
        case "*":
            return x * y
        case "/":
            if integer:
                q = abs(x) // abs(y)
                return q if (x >= 0) == (y >= 0) else -q
            return Fraction(x) / Fraction(y)
        case "%":
            r = abs(x) % abs(y)
            return r if x >= 0 else -r
        case "&":
            return x & y
        case "|":
            return x | y
        case "^":
            return x ^ y
        case "&^":
            return x & ~y
        case "&&":
            return x and y
        case "||":
            return x or y
    raise ValueError(op)


def complex_op(op: str, x: Complex, y: Complex) -> Complex:
    match op:
        case "+":
            return Complex(x.re + y.re, x.im + y.im)
        case "-":
            return Complex(x.re - y.re, x.im - y.im)
        case "*":
            return Complex(x.re * y.re - x.im * y.im, x.re * y.im + x.im * y.re)
        case "/":
            d = y.re * y.re + y.im * y.im
            return Complex((x.re * y.re + x.im * y.im) / d, (x.im * y.re - x.re * y.im) / d)
    raise ValueError(op)


def compare(op: str, x: Value, y: Value) -> bool:
    if isinstance(x, Complex) or isinstance(y, Complex):
        eq = to_complex(x) == to_complex(y)
        return eq if op == "==" else not eq
    match op:
        case "==":
            return x == y
        case "!=":
            return x != y
        case "<":
            return x < y
        case "<=":
            return x <= y
        case ">":
            return x > y
        case ">=":
            return x >= y
    raise ValueError(op)


def shift(op: str, x: int, s: int) -> int:
    return x << s if op == "<<" else x >> s


# ---------------------------------------------------------------------------
# Formatting, as Go's error messages show constant values.


def format_number(f: Fraction | int) -> str:
    """A constant number as go/constant's String prints it: an integer
    exactly, a float (even an integral one: 1e20 is "1e+20") to six
    significant digits, with more when six would hide that it is not an
    integer."""
    if isinstance(f, int):
        return str(f)
    try:
        x = float(f)
    except OverflowError:  # rounds beyond float64's largest
        x = math.inf
    if (f == 0) == (x == 0) and not math.isinf(x):
        s = go_format_g(x, 6)
        if f.denominator != 1 and "." not in s:
            s = go_format_g(x, None)
        return s
    # Out of float64's range: f ~ m * 10**e from its binary exponent, as
    # go/constant does, to avoid a slow exact conversion.
    exp2 = f.numerator.bit_length() - f.denominator.bit_length()
    m = float(f / Fraction(2) ** exp2) if exp2 >= 0 else float(f * Fraction(2) ** -exp2)
    d = exp2 * math.log10(2)
    e = int(d)
    m *= 10 ** (d - e)
    if abs(m) < 1 - 0.5e-6:
        m, e = m * 10, e - 1
    elif abs(m) >= 10:
        m, e = m / 10, e + 1
    return f"{go_format_g(m, 6)}e{e:+d}"


def go_format_g(x: float, prec: int | None) -> str:
    """Go's %g of x: prec significant digits, or (None) the fewest that
    read back as x; an exponent when it is below -4 or from 6 (or prec) on."""
    if prec is not None:
        s = f"{x:.{prec}g}"
        mant, _, exp = s.partition("e")
        return f"{mant}e{int(exp):+03d}" if exp else mant
    sign, digits, exp10 = Decimal(repr(x)).normalize().as_tuple()
    ds = "".join(map(str, digits))
    e = len(ds) - 1 + exp10
    if e < -4 or e >= 6:
        mant = ds[0] + ("." + ds[1:] if len(ds) > 1 else "")
        return f"{'-' if sign else ''}{mant}e{e:+03d}"
    return f"{Decimal(repr(x)).normalize():f}"


def format_value(v: Value) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, bytes):
        from gominic.types.types import go_quote
        return go_quote(v.decode("utf-8", "replace"))
    if isinstance(v, Fraction):
        return format_number(v)
    return str(v)
