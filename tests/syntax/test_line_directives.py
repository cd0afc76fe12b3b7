"""Tests line directives (//line file:line[:col] at the start of a line,
/*line file:line[:col]*/ anywhere): the positions after them are counted
from them, as Go's syntax package counts (Pos.RelLine, Pos.RelCol)."""

import pytest
from syntax_helpers import error, errors, parse

from gominic.diag import Pos


def var_positions(src: str) -> list[Pos]:
    """The position of each package-level var's first name."""
    return [d.names[0].pos for d in parse("package p\n" + src).decls]


def test_line_comment_moves_the_next_line():
    assert var_positions("var a int\n//line other.go:100\nvar b int\nvar c int\n") == [
        Pos("t.go", 2, 5), Pos("other.go", 100, 0), Pos("other.go", 101, 0)]


def test_column_counts_on_the_directives_line_only():
    assert var_positions("//line f.go:10:20\nvar a int\nvar b int\n") == [Pos("f.go", 10, 24), Pos("f.go", 11, 5)]


def test_block_comment_sets_the_position_right_after_it():
    assert var_positions("/*line g.go:7:3*/var a int; var b int\n") == [Pos("g.go", 7, 7), Pos("g.go", 7, 18)]


def test_missing_file_name_keeps_the_file_only_with_a_column():
    assert var_positions("//line f.go:1\nvar a int\n//line :5:1\nvar b int\n//line :9\nvar c int\n") == [
        Pos("f.go", 1, 0), Pos("f.go", 5, 5), Pos("", 9, 0)]


@pytest.mark.parametrize("src", [
    "var a int // line x.go:5\nvar b int\n",  # //line only counts at the start of a line
    "/*line x.go:5\n*/var b int\n",  # a block comment over lines is no directive
    "//line no colon here\nvar b int\n",
])
def test_not_directives(src):
    assert var_positions("var a int\n" + src)[-1].file == "t.go"


def test_malformed_directives_are_errors():
    assert error("package p\n//line x.go:0\n") == "2:13: invalid line number: 0"
    assert error("package p\n//line x.go:a\n") == "2:13: invalid line number: a"
    assert error("package p\n//line x.go:1:0\n") == "2:15: invalid column number: 0"


def test_errors_are_reported_where_the_directive_says():
    assert error("package p\n//line z.go:40:1\nvar = 1\n") == "40:5: syntax error: unexpected =, expecting name"


def test_directives_after_a_lexical_error_still_count():
    """Go's fixedbugs/issue32133.go: the scanner goes on after an
    unterminated string, and so do the directives (go1.19 `go tool compile`
    on the same file)."""
    src = 'package p\n\nvar s = "foo\n\n//line :19:1\nvar b = 0x\n'
    assert sorted(errors(src)) == ["19:11: hexadecimal literal has no digits", "3:13: newline in string"]
