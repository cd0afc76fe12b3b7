"""Tests of the scanner: Go's automatic semicolons, pragmas and the token view."""

import pytest

from gominic.diag import CompileError
from gominic.syntax.parser import get_lark
from gominic.syntax.scanner import KEYWORDS, OPERATORS, format_tokens, scan, tokenize


def kinds(src: str) -> list[str]:
    """Token texts, with inserted semicolons shown as ;newline / ;EOF."""
    return [(";" + t.text if t.inserted else t.text) for t in tokenize("t.go", src)]


@pytest.mark.parametrize("line, last", [
    ("x", "x"),  # identifier
    ("42", "42"), ("1.5", "1.5"), ("2i", "2i"), ("'a'", "'a'"), ('"s"', '"s"'), ("`r`", "`r`"),
    ("break", "break"), ("continue", "continue"), ("fallthrough", "fallthrough"),
    ("return", "return"),
    ("x++", "++"), ("x--", "--"), ("f()", ")"), ("a[1]", "]"), ("T{}", "}"),
])
def test_newline_after_trigger_token_is_semicolon(line, last):
    toks = kinds(line + "\ny")
    assert toks[toks.index("y") - 1] == ";newline"
    assert toks[toks.index("y") - 2] == last


@pytest.mark.parametrize("line", ["x +", "f(", "a[", "T{", "x,", "x :=", "go", "func", "x.", "*"])
def test_newline_after_other_tokens_is_nothing(line):
    toks = kinds(line + "\ny")
    assert ";newline" not in toks


def test_semicolon_at_eof_only_after_trigger():
    assert kinds("x") == ["x", ";EOF"]
    assert kinds("x +") == ["x", "+"]


def test_line_comment_keeps_the_newline():
    assert kinds("x // comment\ny") == ["x", ";newline", "y", ";EOF"]


def test_general_comment_with_newline_acts_like_newline():
    assert kinds("x /* a\nb */ y") == ["x", ";newline", "y", ";EOF"]
    assert kinds("x /* ab */ y") == ["x", "y", ";EOF"]


def test_blank_lines_insert_one_semicolon():
    assert kinds("x\n\n\n  y\n") == ["x", ";newline", "y", ";newline"]


def test_explicit_semicolon_is_not_inserted():
    toks = tokenize("t.go", "x;")
    assert [(t.kind, t.text, t.inserted) for t in toks] == [("name", "x", False), (";", ";", False)]


def test_inserted_semicolon_position_is_the_newline():
    toks = tokenize("t.go", "package p\n")
    semi = toks[-1]
    assert semi.inserted and (semi.pos.line, semi.pos.col) == (1, 10)


def test_numbers_are_typed():
    toks = tokenize("t.go", "1 0x1p-2 3i 0x1F 1e3 .5")
    assert [t.kind for t in toks[:-1]] == ["literal"] * 6


def test_operators_lex_longest_first():
    src = "<- << <<= <= < &^ &^= && & || | == = := != ! ... . >> >>= >= > -- -= - ++ += + ~"
    assert [t.text for t in tokenize("t.go", src)] == src.split()


def test_format_tokens():
    out = format_tokens(tokenize("hello.go", 'package main\nvar s = "hi"\n'))
    assert out.splitlines() == [
        'hello.go:1:1  package  "package"',
        'hello.go:1:9  name  "main"',
        "hello.go:1:13  ;  (inserted: newline)",
        'hello.go:2:1  var  "var"',
        'hello.go:2:5  name  "s"',
        'hello.go:2:7  =  "="',
        'hello.go:2:9  literal  "\\"hi\\""',
        "hello.go:2:13  ;  (inserted: newline)",
    ]


def test_columns_count_bytes():
    toks = tokenize("t.go", 's := "héllo" + x')
    assert toks[4].text == "x" and toks[4].pos.col == 17


def test_pragmas_reach_the_func_token():
    toks = tokenize("t.go", "package p\n\n//go:noinline\n//go:linkname a b\nfunc a()\n")
    pragma = next(t for t in toks if t.kind == "pragmas")
    assert pragma.text.split("\n") == ["go:noinline", "go:linkname a b"]


def test_misplaced_pragma_is_dropped():
    toks = tokenize("t.go", "package p\n//go:noinline\nvar x int\nfunc a()\n")
    assert not any(t.kind == "pragmas" for t in toks)


def test_scanner_spells_the_grammars_tokens():
    """Each keyword and punctuation terminal of grammar.lark is the scanner's name for its spelling."""
    spelled = {t.pattern.value: t.name for t in get_lark().terminals if t.pattern.type == "str"}
    scanned = {**KEYWORDS, **{op: kind for op, kind in OPERATORS.items() if op in spelled}}
    assert scanned == spelled


def test_scanner_names_only_terminals_of_the_grammar():
    used = {sym.name for rule in get_lark().rules for sym in rule.expansion if sym.is_term}
    produced = {*KEYWORDS.values(), *OPERATORS.values(), "NAME", "INT", "FLOAT", "IMAG", "CHAR", "STRING"}
    assert produced <= used


def test_blanks_before_the_first_token_are_skipped():
    assert [(t.text, t.pos.col) for t in tokenize("t.go", " \t x")] == [("x", 4), ("EOF", 5)]


def test_lines_continue_after_multiline_tokens():
    toks = tokenize("t.go", "a := `1\n22` /* 3\n4 */ b\nc")
    assert [(t.text, t.pos.line, t.pos.col) for t in toks] == [
        ("a", 1, 1), (":=", 1, 3), ("`1\n22`", 1, 6), ("newline", 2, 5), ("b", 3, 6),
        ("newline", 3, 7), ("c", 4, 1), ("EOF", 4, 2)]


def test_multiline_token_ends_on_its_last_line():
    raw = [t for t in scan("x = `a\nbc`") if t.type == "STRING"][0]
    assert (raw.end_line, raw.end_column, raw.end_pos) == (2, 4, 10)  # as Lark counts


@pytest.mark.parametrize("src, msg", [
    ("x @", "t.go:1:3: invalid character U+0040 '@'"),
    ("x /* y", "t.go:1:3: comment not terminated"),
    ("x = 'a\n", "t.go:1:7: newline in rune literal"),
    ("\n\n  `abc", "t.go:3:3: string not terminated"),
])
def test_character_starting_no_token(src, msg):
    with pytest.raises(CompileError) as e:
        tokenize("t.go", src)
    assert str(e.value.errors[0]) == msg
