"""This module implements the values of Go's basic literals.

The lexer accepts a generous superset of Go's literal shapes; the functions
here check a literal the way Go's scanner does (``scanner.go``: ``number``,
``escape``, ``rune``, ``stdString``) and compute its exact value:

- integers (spec: Integer literals): decimal, ``0x``/``0o``/``0b`` and
  legacy ``0777`` octal, with ``_`` between digits, as a Python ``int``;
- floating-point and imaginary literals (spec: Floating-point literals,
  Imaginary literals), decimal ``1.5e3`` and hexadecimal ``0x1p-2``, as an
  exact ``m * base**e``: a Go constant is exact, never a double;
- rune and string literals (spec: Rune literals, String literals) with all
  escapes: ``\\a \\b \\f \\n \\r \\t \\v \\\\ \\' \\"``, octal ``\\ooo``,
  ``\\xhh``, ``\\uhhhh`` and ``\\Uhhhhhhhh``. A string's value is bytes:
  ``\\x`` and octal escapes are single bytes, everything else UTF-8.

A malformed literal raises ``LiteralError`` with Go's message and the offset
in the literal's text where Go reports it.
"""

from __future__ import annotations

BASE_NAMES = {2: "binary", 8: "octal", 10: "decimal", 16: "hexadecimal"}
HEX_DIGITS = "0123456789abcdefABCDEF"
DECIMAL_DIGITS = "0123456789"

# Single-character escapes and their values (spec: Rune literals).
SIMPLE_ESCAPES = {
    "a": 7, "b": 8, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11, "\\": 92,
    "'": 39, '"': 34,
}
# Numeric escapes: letter -> (digits, base, largest value); octal has no letter.
NUMERIC_ESCAPES = {"x": (2, 16, 255), "u": (4, 16, 0x10FFFF), "U": (8, 16, 0x10FFFF)}
OCTAL_ESCAPE = (3, 8, 255)


class LiteralError(Exception):
    """A malformed literal: Go's message and where in the literal it points."""

    def __init__(self, msg: str, offset: int = 0):
        super().__init__(msg)
        self.msg = msg
        self.offset = offset


def check_literal(kind: str, text: str) -> None:
    """Raises LiteralError if a literal token ("INT", ..., "STRING") is malformed.

    Plain decimal integers and strings without escapes, most literals, are
    taken as they are.
    """
    if kind in ("INT", "FLOAT", "IMAG"):
        if not text.isdigit() or (text[0] == "0" and len(text) > 1):
            check_number(text)
    elif kind == "CHAR":
        unquote_char(text)
    elif "\\" in text:
        unquote_string(text)


# ---------------------------------------------------------------------------
# Numbers


def number_kind(lit: str) -> str:
    """The token type of a number: "INT", "FLOAT" or "IMAG".

    number_kind("0x1F") is "INT", number_kind("1e3") and
    number_kind("0x1p-2") are "FLOAT", number_kind("2i") is "IMAG".
    """
    if lit[-1] == "i":
        return "IMAG"
    exponents = "pP" if lit[:2] in ("0x", "0X") else "eEpP"
    if "." in lit or any(e in lit for e in exponents):
        return "FLOAT"
    return "INT"


def check_number(lit: str) -> None:
    """Raises LiteralError if `lit` is not a well-formed Go number.

    Follows Go's scanner.number step by step: prefix, mantissa digits,
    radix point, exponent, 'i' suffix, then digit and separator checks.
    """
    scan = _NumberScan(lit)
    scan.check()


class _NumberScan:
    """Go's number scanner, run over a literal the lexer already cut out."""

    def __init__(self, lit: str):
        self.lit = lit
        self.i = 0
        self.invalid = -1  # index of the first digit too large for the base

    def ch(self) -> str:
        return self.lit[self.i] if self.i < len(self.lit) else ""

    def digits(self, base: int) -> int:
        """Skips digits and '_'; returns bit 0: a digit, bit 1: a '_'."""
        digsep = 0
        allowed = HEX_DIGITS if base == 16 else DECIMAL_DIGITS
        while (c := self.ch()) and (c in allowed or c == "_"):
            if c == "_":
                digsep |= 2
            else:
                digsep |= 1
                if base < 10 and int(c) >= base and self.invalid < 0:
                    self.invalid = self.i
            self.i += 1
        return digsep

    def check(self) -> None:
        lit = self.lit
        base, prefix, digsep, is_float = 10, "", 0, False
        if lit[0] == "0" and len(lit) > 1 and lit[1] in "xXoObB":
            base, prefix = {"x": 16, "o": 8, "b": 2}[lit[1].lower()], lit[1].lower()
            self.i = 2
        elif lit[0] == "0":
            base, prefix = 8, "0"
        if lit[0] != ".":
            digsep |= self.digits(base)
        if self.ch() == ".":
            if prefix in ("o", "b"):
                raise LiteralError(f"invalid radix point in {BASE_NAMES[base]} literal", self.i)
            self.i += 1
            is_float = True
            digsep |= self.digits(base)
        if digsep & 1 == 0:
            raise LiteralError(f"{BASE_NAMES[base]} literal has no digits", self.i)
        e = self.ch().lower()
        if e in ("e", "p"):
            self.check_exponent(e, prefix)
            is_float = True
            self.i += 1
            if self.ch() in ("+", "-"):
                self.i += 1
            exp_digsep = self.digits(10)
            digsep |= exp_digsep & 2
            if exp_digsep & 1 == 0:
                raise LiteralError("exponent has no digits", self.i)
        elif prefix == "x" and is_float:
            raise LiteralError("hexadecimal mantissa requires a 'p' exponent", self.i)
        if not is_float and self.ch() != "i" and self.invalid >= 0:
            digit = lit[self.invalid]
            raise LiteralError(f"invalid digit '{digit}' in {BASE_NAMES[base]} literal", self.invalid)
        if digsep & 2 and (at := invalid_separator(lit)) >= 0:
            raise LiteralError("'_' must separate successive digits", at)

    def check_exponent(self, e: str, prefix: str) -> None:
        if e == "e" and prefix not in ("", "0"):
            raise LiteralError(f"'{self.ch()}' exponent requires decimal mantissa", self.i)
        if e == "p" and prefix != "x":
            raise LiteralError(f"'{self.ch()}' exponent requires hexadecimal mantissa", self.i)


def invalid_separator(lit: str) -> int:
    """Index of the first '_' not between two digits, or -1 (Go's invalidSep).

    invalid_separator("1_000") is -1; invalid_separator("1__0") is 2.
    """
    hex_digits = len(lit) >= 2 and lit[0] == "0" and lit[1] in "xX"
    prev = "."  # '0' a digit, '_' a separator, '.' anything else
    i = 0
    if len(lit) >= 2 and lit[0] == "0" and lit[1] in "xXoObB":
        prev, i = "0", 2  # a prefix counts as a digit
    for i in range(i, len(lit)):
        c = lit[i]
        if c == "_":
            if prev != "0":
                return i
            prev = "_"
        elif c in DECIMAL_DIGITS or (hex_digits and c in HEX_DIGITS):
            prev = "0"
        else:
            if prev == "_":
                return i - 1
            prev = "."
    return len(lit) - 1 if prev == "_" else -1


def parse_int_lit(lit: str) -> int:
    """The value of an integer literal: parse_int_lit("0x_1F") is 31.

    A leading 0 means octal (legacy form): parse_int_lit("0777") is 511.
    """
    check_number(lit)
    digits = lit.replace("_", "")
    if len(digits) > 1 and digits[0] == "0":
        if digits[1] in "xXoObB":
            return int(digits[2:], {"x": 16, "o": 8, "b": 2}[digits[1].lower()])
        return int(digits, 8)
    return int(digits)


def parse_float_lit(lit: str) -> tuple[int, int, int]:
    """The exact value of a floating-point literal as (m, base, e), meaning
    m * base**e, base 10 or 2: cheap even for 1e646456992, whose exact
    value has two billion bits (types/constant.py decides how to hold it).

    parse_float_lit("1.5e3") is (15, 10, 2); parse_float_lit("0x1p-2") is
    (1, 2, -2); parse_float_lit(".1") is (1, 10, -1).
    """
    check_number(lit)
    return _float_parts(lit.replace("_", ""))


def parse_imag_lit(lit: str) -> tuple[int, int, int]:
    """The imaginary part of an imaginary literal, as parse_float_lit's:
    "2.5i" gives (25, 10, -1).

    For backward compatibility an imaginary literal's integer part is
    always decimal (spec: Imaginary literals): "0123i" is 123i.
    """
    check_number(lit)
    body = lit[:-1].replace("_", "")
    if body[:2].lower() in ("0x", "0o", "0b"):
        return (parse_int_lit(body), 10, 0) if number_kind(body) == "INT" else _float_parts(body)
    return _float_parts(body)


def _float_parts(digits: str) -> tuple[int, int, int]:
    """(m, base, e) of a float's text without '_' (decimal or hex)."""
    if digits[:2].lower() == "0x":
        mantissa, _, exponent = digits[2:].lower().partition("p")
        radix, base, digit_exp = 16, 2, 4  # a hex digit is 2**4
    else:
        mantissa, _, exponent = digits.lower().replace("p", "e").partition("e")
        radix, base, digit_exp = 10, 10, 1
    whole, _, frac = mantissa.partition(".")
    return int(whole + frac or "0", radix), base, int(exponent or "0") - digit_exp * len(frac)


# ---------------------------------------------------------------------------
# Runes and strings


def unquote_char(lit: str) -> int:
    """The value of a rune literal: unquote_char("'\\\\n'") is 10.

    unquote_char("'世'") is 0x4E16; "'\\\\xff'" gives 255 (a byte value).
    """
    body = lit[1:-1]
    if body == "" or body == "'":
        raise LiteralError("empty rune literal or unescaped '", len(lit) - 1)
    values = list(_decode(lit, quote="'"))
    if len(values) != 1:
        raise LiteralError("more than one character in rune literal", 0)
    return values[0][0]


def unquote_string(lit: str) -> bytes:
    """The bytes of a string literal, raw (`...`) or interpreted ("...").

    unquote_string('"a\\\\tb"') is b"a\\tb"; a raw string keeps its
    backslashes and loses its carriage returns (spec: String literals).
    """
    if lit[0] == "`":
        return lit[1:-1].replace("\r", "").encode()
    out = bytearray()
    for value, is_byte in _decode(lit, quote='"'):
        if is_byte:
            out.append(value)
        else:
            out += chr(value).encode("utf-8", "surrogatepass")
    return bytes(out)


def _decode(lit: str, quote: str):
    """Yields (value, is_byte) for each character or escape of a quoted literal."""
    i, end = 1, len(lit) - 1
    while i < end:
        c = lit[i]
        if c != "\\":
            yield ord(c), False
            i += 1
            continue
        value, is_byte, i = _escape(lit, i + 1, quote)
        yield value, is_byte


def _escape(lit: str, i: int, quote: str) -> tuple[int, bool, int]:
    """Decodes the escape whose letter is at lit[i] (Go's scanner.escape).

    Returns (value, is_byte, index after the escape).
    """
    c = lit[i]
    if c in SIMPLE_ESCAPES and (c not in "'\"" or c == quote):
        return SIMPLE_ESCAPES[c], False, i + 1
    if c in "01234567":
        n, base, largest = OCTAL_ESCAPE
    elif c in NUMERIC_ESCAPES:
        n, base, largest = NUMERIC_ESCAPES[c]
        i += 1
    else:
        raise LiteralError("unknown escape", i)
    value = 0
    for _ in range(n):
        d = lit[i] if i < len(lit) - 1 else quote
        digit = int(d, 16) if d in HEX_DIGITS else base
        if digit >= base:
            raise LiteralError(f"invalid character {_go_quote(d)} in {BASE_NAMES[base]} escape", i)
        value = value * base + digit
        i += 1
    if value > largest and base == 8:
        raise LiteralError(f"octal escape value {value} > 255", i)
    if value > largest or 0xD800 <= value < 0xE000:
        raise LiteralError(f"escape is invalid Unicode code point U+{value:04X}", i)
    return value, largest == 255, i


def _go_quote(c: str) -> str:
    """A character quoted like Go's %q: 'g', '\\'', '"'."""
    return "'\\''" if c == "'" else f"'{c}'"


# strconv.Quote's short escapes.
QUOTE_ESCAPES = {"\a": "\\a", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t",
                 "\v": "\\v", "\\": "\\\\", '"': '\\"'}


def go_quote(s: str) -> str:
    """s as a Go string literal, as strconv.Quote (%q) writes it: the short
    escapes, printable characters as they are, others as \\x, \\u or \\U."""
    out = ['"']
    for ch in s:
        c = ord(ch)
        if ch in QUOTE_ESCAPES:
            out.append(QUOTE_ESCAPES[ch])
        elif ch.isprintable():
            out.append(ch)
        elif c < 0x80:
            out.append(f"\\x{c:02x}")
        elif c < 0x10000:
            out.append(f"\\u{c:04x}")
        else:
            out.append(f"\\U{c:08x}")
    out.append('"')
    return "".join(out)
