"""This module implements Go's constant values and their arithmetic, as
go/constant represents them (Go spec, "Constants").

- booleans are ``bool``, strings ``bytes`` (Go strings are byte sequences);
- integers are ``int``, exact (``1 << 100 >> 98`` is 4); the checker keeps
  an untyped integer within 512 bits, as types2 does;
- floats are exact ``fractions.Fraction`` while numerator and denominator
  stay under MAX_EXP bits (go/constant's ratVal), and a ``Float`` beyond
  that: a 512-bit mantissa with a 32-bit binary exponent (go/constant's
  floatVal, a big.Float), so that 1e646456992 costs 512 bits, not two
  billion;
- complex numbers are ``Complex``, a pair of those (or of integers).

A result out of every range (a binary exponent past 32 bits) is None,
go/constant's unknown value: the checker reports it. Values turn inexact
only when converted to a typed float (``round_float``) or past a
Fraction's limit.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

from gominic.types.types import (
    FLOAT_KINDS, COMPLEX_KINDS, INTEGER_KINDS, Basic, Kind,
)

PREC = 512  # bits of a Float's mantissa (go/constant's prec)
MAX_EXP = 4 << 10  # a Fraction's parts stay under this many bits (go/constant's maxExp)
EXP_RANGE = (-(1 << 31), (1 << 31) - 1)  # a Float's exponent is an int32, as big.Float's


@dataclass(frozen=True, slots=True)
class Float:
    """The number mant * 2**exp, rounded to PREC bits: |mant| < 2**PREC and
    odd, or Float(0, 0). Equal numbers have equal fields."""
    mant: int
    exp: int

    def top(self) -> int:
        """big.Float's exponent: 2**(top-1) <= |x| < 2**top."""
        return self.exp + self.mant.bit_length()


FLOAT_ZERO = Float(0, 0)

Real = int | Fraction | Float


@dataclass(frozen=True, slots=True)
class Complex:
    re: Real
    im: Real

    def __str__(self) -> str:
        return f"({format_number(self.re)} + {format_number(self.im)}i)"


Value = bool | bytes | int | Fraction | Float | Complex

# Ranges of the sized integer kinds.
INT_RANGES = {
    Kind.INT8: (-(1 << 7), (1 << 7) - 1), Kind.INT16: (-(1 << 15), (1 << 15) - 1),
    Kind.INT32: (-(1 << 31), (1 << 31) - 1), Kind.INT64: (-(1 << 63), (1 << 63) - 1),
    Kind.INT: (-(1 << 63), (1 << 63) - 1), Kind.UINT8: (0, (1 << 8) - 1),
    Kind.UINT16: (0, (1 << 16) - 1), Kind.UINT32: (0, (1 << 32) - 1),
    Kind.UINT64: (0, (1 << 64) - 1), Kind.UINT: (0, (1 << 64) - 1),
    Kind.UINTPTR: (0, (1 << 64) - 1),
}


# ---------------------------------------------------------------------------
# Floats: a big.Float of PREC bits, rounding to nearest even.


def make_float(m: int, e: int, sticky: bool = False) -> Float | None:
    """m * 2**e rounded to PREC bits, to nearest even; sticky says the true
    value lies a little beyond m, away from zero (it breaks a tie when bits
    are dropped). None when the exponent overflows an int32, zero when it
    underflows, as big.Float does."""
    if m == 0:
        return FLOAT_ZERO
    a = abs(m)
    extra = a.bit_length() - PREC
    if extra > 0:
        q, r = a >> extra, a & ((1 << extra) - 1)
        half = 1 << (extra - 1)
        if r > half or (r == half and (sticky or q & 1)):
            q += 1
        a, e = q, e + extra
    zeros = (a & -a).bit_length() - 1
    a, e = a >> zeros, e + zeros
    top = e + a.bit_length()
    if top > EXP_RANGE[1]:
        return None
    if top < EXP_RANGE[0]:
        return FLOAT_ZERO
    return Float(a if m > 0 else -a, e)


def to_big_float(v: Real) -> Float | None:
    """v as a Float (go/constant's itof and rtof)."""
    if isinstance(v, Float):
        return v
    if isinstance(v, int):
        return make_float(v, 0)
    n, d = v.numerator, v.denominator
    # A quotient of PREC+2 bits or more, and whether anything was left.
    s = PREC + 2 - (n.bit_length() - d.bit_length())
    q, r = divmod(abs(n) << s, d) if s >= 0 else divmod(abs(n), d << -s)
    return make_float(q if n >= 0 else -q, -s, r != 0)


def float_add(x: Float, y: Float) -> Float | None:
    if x.mant == 0:
        return y
    if y.mant == 0:
        return x
    if x.top() < y.top():
        x, y = y, x
    if x.top() - y.top() > PREC + 2:
        return x  # y is below a quarter of x's last bit: the sum rounds to x
    e = min(x.exp, y.exp)
    return make_float((x.mant << (x.exp - e)) + (y.mant << (y.exp - e)), e)


def float_mul(x: Float, y: Float) -> Float | None:
    return make_float(x.mant * y.mant, x.exp + y.exp)


def float_quo(x: Float, y: Float) -> Float | None:
    a, b = abs(x.mant), abs(y.mant)
    s = max(0, PREC + 2 - (a.bit_length() - b.bit_length()))
    q, r = divmod(a << s, b)
    return make_float(q if (x.mant < 0) == (y.mant < 0) else -q, x.exp - y.exp - s, r != 0)


def float_cmp(x: Float, y: Float) -> int:
    """-1, 0 or 1 as x is below, equal to or above y (exactly)."""
    sx, sy = _sign_int(x.mant), _sign_int(y.mant)
    if sx != sy or sx == 0:
        return _sign_int(sx - sy)
    if x.top() != y.top():
        return sx if x.top() > y.top() else -sx
    e = min(x.exp, y.exp)
    return sx * _sign_int((abs(x.mant) << (x.exp - e)) - (abs(y.mant) << (y.exp - e)))


def _sign_int(n: int) -> int:
    return (n > 0) - (n < 0)


def exact_fraction(x: Float) -> Fraction:
    """The exact value of a Float whose exponent is small."""
    return Fraction(x.mant << x.exp) if x.exp >= 0 else Fraction(x.mant, 1 << -x.exp)


def _pow_approx(base: int, n: int) -> tuple[int, int]:
    """base**n as m * 2**e with m of about PREC+64 bits, truncated at each
    step of the squaring (its error stays far below the last of PREC bits)."""
    bits = PREC + 64
    m, e, b, be = 1, 0, base, 0
    while n:
        if n & 1:
            m, e = m * b, e + be
            if (extra := m.bit_length() - bits) > 0:
                m, e = m >> extra, e + extra
        n >>= 1
        if n:
            b, be = b * b, 2 * be
            if (extra := b.bit_length() - bits) > 0:
                b, be = b >> extra, be + extra
    return m, e


# ---------------------------------------------------------------------------
# Literals


def make_float_lit(m: int, base: int, e: int) -> Fraction | Float | None:
    """The value of a float literal m * base**e (base 10, or 2 for a
    hexadecimal literal), as go/constant's MakeFromLiteral: an exact
    Fraction when its binary exponent is small, a Float otherwise (never
    the huge exact number: 1e646456992); None when it is too large even
    for a Float (Go: malformed constant)."""
    if m == 0:
        return Fraction(0)
    log2 = e * (math.log2(base))
    if abs(m.bit_length() + log2) < MAX_EXP + 64:
        exact = Fraction(m) * Fraction(base) ** e
        f = to_big_float(exact)
        if f is not None and -MAX_EXP < f.top() < MAX_EXP:
            return exact
        return f
    if base == 2:
        return make_float(m, e)
    # m * 10**e = m * 5**e * 2**e, with 5**|e| to PREC+64 bits.
    pm, pe = _pow_approx(5, abs(e))
    if e >= 0:
        return make_float(m * pm, pe + e)
    s = PREC + 64 + pm.bit_length() - m.bit_length()
    q, r = divmod(m << s, pm)
    return make_float(q, e - pe - s, r != 0)


# ---------------------------------------------------------------------------
# Conversions (go/constant's ToInt, ToFloat, ToComplex)


def sign(v: Value) -> int:
    """-1, 0 or 1; for a complex number 0 or not 0, as go/constant's Sign."""
    match v:
        case Float():
            return _sign_int(v.mant)
        case Complex():
            return sign(v.re) | sign(v.im)
    return _sign_int(v.numerator) if isinstance(v, Fraction) else _sign_int(v)


def is_zero(v: Value) -> bool:
    """Whether v is its type's zero value: 0, false or ""."""
    if isinstance(v, bool):
        return not v
    if isinstance(v, (bytes, str)):
        return len(v) == 0
    return sign(v) == 0


def to_int(v: Value) -> int | None:
    """v as an integer, or None when it is not one."""
    match v:
        case bool() | bytes():
            return None
        case int():
            return v
        case Fraction():
            return v.numerator if v.denominator == 1 else None
        case Float():
            return _float_to_int(v)
        case Complex():
            return to_int(v.re) if sign(v.im) == 0 else None
    return None


def _float_to_int(x: Float) -> int | None:
    if x.mant == 0:
        return 0
    if not -MAX_EXP < x.top() < MAX_EXP:
        return None  # no huge integers
    if x.exp >= 0:
        return x.mant << x.exp
    # An integer a few bits away is taken as one: x missed it by rounding
    # errors of the computations before (go/constant's ToInt).
    a = abs(x.mant)
    extra = a.bit_length() - (PREC - 4)
    if extra <= 0:
        return None
    for q in (a >> extra, (a >> extra) + 1):  # toward zero, away from zero
        e = x.exp + extra
        if e >= 0 or q % (1 << -e) == 0:
            n = q << e if e >= 0 else q >> -e
            return n if x.mant > 0 else -n
    return None


def to_float(v: Value) -> Real | None:
    """v as a float value, or None when it is not a number or has an
    imaginary part."""
    match v:
        case bool() | bytes():
            return None
        case int():
            return Fraction(v) if v.bit_length() < MAX_EXP else to_big_float(v)
        case Complex():
            return to_float(v.re) if sign(v.im) == 0 else None
    return v


def to_complex(v: Value) -> Complex:
    if isinstance(v, Complex):
        return v
    return Complex(v, 0)


def to_fraction(v: Value) -> Fraction:
    """The exact value of a number of a typed constant (small by then); the
    real part of a complex number."""
    match v:
        case Complex():
            return to_fraction(v.re)
        case Float():
            return exact_fraction(v)
    return Fraction(v)


def is_int_value(v: Value) -> bool:
    """Whether v is an integer value (a float or complex with integral value counts)."""
    return to_int(v) is not None


# (mantissa bits with the hidden one, smallest normal exponent, largest exponent)
FLOAT_FORMATS = {32: (24, -126, 127), 64: (53, -1022, 1023)}


def round_float(v: Real, kind: Kind) -> Fraction | None:
    """Round an exact value to float32/float64 (to nearest, ties to even,
    as IEEE 754 does, in one step: no double rounding through float64);
    None when the result overflows."""
    if isinstance(v, Float):
        if v.top() > 2 * 1024:
            return None
        if v.top() < -2 * 1024:
            return Fraction(0)  # below the smallest subnormal
        v = exact_fraction(v)
    bits = 32 if kind in (Kind.FLOAT32, Kind.COMPLEX64) else 64
    precision, emin, emax = FLOAT_FORMATS[bits]
    f = Fraction(v)
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
        iv = to_int(v)
        if iv is None:
            return (None, False) if isinstance(v, (bool, bytes)) else (v, False)
        if k in (Kind.UNTYPED_INT, Kind.UNTYPED_RUNE):
            return iv, True
        lo, hi = INT_RANGES[k]
        return (iv, True) if lo <= iv <= hi else (None, False)
    if k in FLOAT_KINDS:
        f = to_float(v)
        if f is None:
            return None, False
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
# Arithmetic. A result is None when it is out of every range (unknown).


def unary_op(op: str, v: Value, t: Basic) -> Value | None:
    """Evaluate op v for a constant of type t (^ needs t's width when unsigned)."""
    if op == "+":
        return v
    if op == "-":
        if isinstance(v, Complex):
            return Complex(negate(v.re), negate(v.im))
        return negate(v)
    if op == "!":
        return not v
    if op == "^":
        if t.kind in INT_RANGES and t.kind not in (Kind.INT, Kind.INT8, Kind.INT16, Kind.INT32, Kind.INT64):
            return v ^ INT_RANGES[t.kind][1]
        return ~v
    raise ValueError(op)


def negate(v: Real) -> Real:
    return Float(-v.mant, v.exp) if isinstance(v, Float) else -v


def binary_op(op: str, x: Value, y: Value, integer: bool) -> Value | None:
    """Evaluate x op y; integer selects truncated division for / and %."""
    if isinstance(x, Complex) or isinstance(y, Complex):
        return complex_op(op, to_complex(x), to_complex(y))
    match op:
        case "&&":
            return x and y
        case "||":
            return x or y
    if isinstance(x, bytes):
        return x + y
    if isinstance(x, int) and isinstance(y, int) and (integer or op != "/"):
        return int_op(op, x, y)
    return real_op(op, x, y)


def int_op(op: str, x: int, y: int) -> int:
    match op:
        case "+":
            return x + y
        case "-":
            return x - y
        case "*":
            return x * y
        case "/":
            if x == -1 << 63 and y == -1:
                # Go 1.19's go/constant divides values that fit in an
                # int64 in int64 arithmetic, where this one wraps: gc
                # folds math.MinInt64 / -1 to math.MinInt64.
                return x
            q = abs(x) // abs(y)
            return q if (x >= 0) == (y >= 0) else -q
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
    raise ValueError(op)


def _match(x: Real, y: Real) -> tuple[Real, Real] | None:
    """x and y in the same representation, the larger of the two (int <
    Fraction < Float), as go/constant's match; None if one overflows."""
    if isinstance(x, Float) or isinstance(y, Float):
        fx, fy = to_big_float(x), to_big_float(y)
        return None if fx is None or fy is None else (fx, fy)
    return Fraction(x), Fraction(y)


def real_op(op: str, x: Real, y: Real) -> Real | None:
    """x op y for + - * / on numbers; a Fraction whose parts grow past
    MAX_EXP bits becomes a Float (go/constant's makeRat)."""
    pair = _match(x, y)
    if pair is None:
        return None
    x, y = pair
    if isinstance(x, Float):
        match op:
            case "+":
                return float_add(x, y)
            case "-":
                return float_add(x, negate(y))
            case "*":
                return float_mul(x, y)
            case "/":
                return float_quo(x, y)
        raise ValueError(op)
    match op:
        case "+":
            r = x + y
        case "-":
            r = x - y
        case "*":
            r = x * y
        case "/":
            r = x / y
        case _:
            raise ValueError(op)
    if r.numerator.bit_length() < MAX_EXP and r.denominator.bit_length() < MAX_EXP:
        return r
    return to_big_float(r)


def _real(op: str, x: Real | None, y: Real | None) -> Real | None:
    """real_op, where an unknown operand gives an unknown result."""
    if x is None or y is None:
        return None
    if op in "+-*" and isinstance(x, int) and isinstance(y, int):
        return int_op(op, x, y)
    return real_op(op, x, y)


def complex_op(op: str, x: Complex, y: Complex) -> Complex | None:
    a, b, c, d = x.re, x.im, y.re, y.im
    match op:
        case "+":
            re, im = _real("+", a, c), _real("+", b, d)
        case "-":
            re, im = _real("-", a, c), _real("-", b, d)
        case "*":
            re = _real("-", _real("*", a, c), _real("*", b, d))
            im = _real("+", _real("*", b, c), _real("*", a, d))
        case "/":
            s = _real("+", _real("*", c, c), _real("*", d, d))
            re = _real("/", _real("+", _real("*", a, c), _real("*", b, d)), s)
            im = _real("/", _real("-", _real("*", b, c), _real("*", a, d)), s)
        case _:
            raise ValueError(op)
    return None if re is None or im is None else Complex(re, im)


def squares_vanish(v: Value) -> bool:
    """Whether both parts of a complex divisor square to zero (they
    underflow a Float: 1e-600000000i), so that dividing by it would divide
    by zero, as types2 checks."""
    c = to_complex(v)
    return all(sign(sq) == 0 for part in (c.re, c.im) if (sq := _real("*", part, part)) is not None)


def compare(op: str, x: Value, y: Value) -> bool:
    if isinstance(x, (bool, bytes)):
        c = 0 if x == y else (-1 if x < y else 1)
    elif isinstance(x, Complex) or isinstance(y, Complex):
        cx, cy = to_complex(x), to_complex(y)
        eq = compare_real(cx.re, cy.re) == 0 and compare_real(cx.im, cy.im) == 0
        return eq if op == "==" else not eq
    else:
        c = compare_real(x, y)
    match op:
        case "==":
            return c == 0
        case "!=":
            return c != 0
        case "<":
            return c < 0
        case "<=":
            return c <= 0
        case ">":
            return c > 0
        case ">=":
            return c >= 0
    raise ValueError(op)


def compare_real(x: Real, y: Real) -> int:
    if isinstance(x, Float) or isinstance(y, Float):
        pair = _match(x, y)
        assert pair is not None, "a small number always fits a Float"
        return float_cmp(*pair)
    return _sign_int(x - y)


def shift(op: str, x: int, s: int) -> int:
    return x << s if op == "<<" else x >> s


# ---------------------------------------------------------------------------
# Formatting, as Go's error messages show constant values.


def format_number(v: Real) -> str:
    """A constant number as go/constant's String prints it: an integer
    exactly, a float (even an integral one: 1e20 is "1e+20") to six
    significant digits (123456.5 is "123456")."""
    if isinstance(v, int):
        return str(v)
    x = to_float64(v)
    if (sign(v) == 0) == (x == 0) and not math.isinf(x):
        return go_format_g(x, 6)
    # Out of float64's range: v ~ m * 10**e from its binary exponent, as
    # go/constant does, to avoid a slow exact conversion.
    f = to_big_float(v)
    if f is None:
        return "unknown"
    a = abs(f.mant)
    keep = min(a.bit_length(), 60)
    m = (a >> (a.bit_length() - keep)) / (1 << keep) * sign(f)  # 0.5 <= |m| < 1
    d = f.top() * math.log10(2)
    e = int(d)
    m *= 10 ** (d - e)
    if abs(m) < 1 - 0.5e-6:
        m, e = m * 10, e - 1
    elif abs(m) >= 10:
        m, e = m / 10, e + 1
    return f"{go_format_g(m, 6)}e{e:+d}"


def to_float64(v: Real) -> float:
    """v rounded to a float64: infinite beyond its range, 0 below it."""
    if isinstance(v, Float):
        if v.top() > 2 * 1024:
            return math.inf * v.mant
        if v.top() < -2 * 1024:
            return 0.0
        v = exact_fraction(v)
    try:
        return float(v)
    except OverflowError:
        return math.inf * sign(v)


def go_format_g(x: float, prec: int) -> str:
    """Go's %.<prec>g of x: an exponent of at least two digits."""
    s = f"{x:.{prec}g}"
    mant, _, exp = s.partition("e")
    return f"{mant}e{int(exp):+03d}" if exp else mant


def format_value(v: Value) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, bytes):
        from gominic.syntax.literals import go_quote
        return go_quote(v.decode("utf-8", "replace"))
    if isinstance(v, (Fraction, Float)):
        return format_number(v)
    return str(v)


def string_runes(s: bytes) -> list[int]:
    """The runes of string constant s, as a range loop over it yields them:
    a byte that starts no valid UTF-8 sequence is one U+FFFD, and decoding
    goes on at the next byte (Go spec, "For statements with range clause")."""
    out, i = [], 0
    while i < len(s):
        for n in range(1, 5):
            try:
                out.append(ord(s[i:i + n].decode("utf-8")))
            except UnicodeDecodeError:
                continue
            i += n
            break
        else:
            out.append(0xFFFD)
            i += 1
    return out
