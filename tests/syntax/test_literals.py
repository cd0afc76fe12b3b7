"""Tests of literal values (all escapes, every number form) and Go's literal errors."""

from fractions import Fraction

import pytest
from syntax_helpers import error

from gominic.syntax.literals import (
    LiteralError, parse_float_lit, parse_imag_lit, parse_int_lit, unquote_char, unquote_string)


@pytest.mark.parametrize("lit, value", [
    (r"'\a'", 7), (r"'\b'", 8), (r"'\f'", 12), (r"'\n'", 10), (r"'\r'", 13), (r"'\t'", 9),
    (r"'\v'", 11), (r"'\\'", 92), (r"'\''", 39), (r"'\000'", 0), (r"'\377'", 255),
    (r"'\x41'", 65), (r"'\u12e4'", 0x12E4), (r"'\U00101234'", 0x101234),
    ("'a'", 97), ("'ä'", 0xE4), ("'本'", 0x672C),
])
def test_unquote_char(lit, value):
    assert unquote_char(lit) == value


@pytest.mark.parametrize("lit, value", [
    ('"abc"', b"abc"), (r'"\a\b\f\n\r\t\v\\\""', b'\a\b\f\n\r\t\v\\"'),
    (r'"\xff\101"', b"\xff\x41"), (r'"\u65e5本\U00008a9e"', "日本語".encode()),
    ('"日本語"', "日本語".encode()), ("`a\\n\r\nb`", b"a\\n\nb"), ('""', b""),
])
def test_unquote_string(lit, value):
    assert unquote_string(lit) == value


@pytest.mark.parametrize("lit, msg", [
    (r'"\q"', "unknown escape"),
    (r'"\'"', "unknown escape"),
    (r'"\400"', "octal escape value 256 > 255"),
    (r'"\x4g"', "invalid character 'g' in hexadecimal escape"),
    (r'"\ud800"', "escape is invalid Unicode code point U+D800"),
    (r'"\U00110000"', "escape is invalid Unicode code point U+110000"),
])
def test_bad_escapes(lit, msg):
    with pytest.raises(LiteralError, match=msg.replace("+", r"\+")):
        unquote_string(lit)


def test_bad_runes():
    with pytest.raises(LiteralError, match="more than one character"):
        unquote_char("'ab'")
    with pytest.raises(LiteralError, match="empty rune literal"):
        unquote_char("''")
    with pytest.raises(LiteralError, match="unknown escape"):
        unquote_char(r"'\"'")


@pytest.mark.parametrize("lit, value", [
    ("0", 0), ("42", 42), ("1_000_000", 1000000), ("0x1F", 31), ("0X_1f", 31), ("0o17", 15),
    ("0O17", 15), ("017", 15), ("0b101", 5), ("0B_1_0", 2),
    ("170141183460469231731687303715884105727", 2**127 - 1),
])
def test_parse_int_lit(lit, value):
    assert parse_int_lit(lit) == value


@pytest.mark.parametrize("lit, value", [
    ("1.5", Fraction(3, 2)), ("1.", Fraction(1)), (".25", Fraction(1, 4)), ("1e3", Fraction(1000)),
    ("1.5e-3", Fraction(3, 2000)), ("6.67428e-11", Fraction(667428, 10**16)),
    ("0.1", Fraction(1, 10)), ("1_5.2_5", Fraction(61, 4)), ("0789.0", Fraction(789)),
    ("0x1p-2", Fraction(1, 4)), ("0x1.8p1", Fraction(3)), ("0X.8p0", Fraction(1, 2)),
    ("0x_1FFFp-16", Fraction(0x1FFF, 2**16)), ("1E6", Fraction(10**6)),
])
def test_parse_float_lit_is_exact(lit, value):
    m, base, e = parse_float_lit(lit)
    assert Fraction(m) * Fraction(base) ** e == value


@pytest.mark.parametrize("lit, value", [
    ("2i", Fraction(2)), ("0123i", Fraction(123)), ("1.5i", Fraction(3, 2)),
    ("0x10i", Fraction(16)), ("1e2i", Fraction(100)), ("0x1p-1i", Fraction(1, 2)),
])
def test_parse_imag_lit(lit, value):
    m, base, e = parse_imag_lit(lit)
    assert Fraction(m) * Fraction(base) ** e == value


@pytest.mark.parametrize("lit, msg, offset", [
    ("0789", "invalid digit '8' in octal literal", 2),
    ("0b102", "invalid digit '2' in binary literal", 4),
    ("1__0", "'_' must separate successive digits", 2),
    ("1_", "'_' must separate successive digits", 1),
    ("0x", "hexadecimal literal has no digits", 2),
    ("0x1.8", "hexadecimal mantissa requires a 'p' exponent", 5),
    ("1e", "exponent has no digits", 2),
    ("0o1.2", "invalid radix point in octal literal", 3),
    ("0b1e3", "'e' exponent requires decimal mantissa", 3),
    ("1p3", "'p' exponent requires hexadecimal mantissa", 1),
])
def test_bad_numbers(lit, msg, offset):
    with pytest.raises(LiteralError) as e:
        parse_float_lit(lit) if "." in lit or "p" in lit or "e" in lit else parse_int_lit(lit)
    assert (e.value.msg, e.value.offset) == (msg, offset)


# Errors in context, with Go 1.19's positions (checked against go build).

def test_literal_errors_in_files():
    assert error("package main\n\nvar x = 0789\n") == "3:11: invalid digit '8' in octal literal"
    assert error("package main\n\nvar x = 1__0\n") == "3:11: '_' must separate successive digits"
    assert error("package main\n\nvar x = 'ab'\n") == "3:9: more than one character in rune literal"
    assert error('package main\n\nvar x = "\\q"\n') == "3:11: unknown escape"
