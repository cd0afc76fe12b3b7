"""Tests of header.py: reading the package clause and imports of a file."""

import pytest

from gominic.work.header import HeaderError, ImportSpec, excluded_by_constraint, excluded_by_file_name, read_header


def test_single_and_grouped_imports_with_positions():
    src = b'// Doc.\npackage main\n\nimport "fmt"\nimport (\n\tg "example/greeter"\n\t. "strings"\n\t_ "os"\n)\n\nfunc main() {}\n'
    header = read_header(src)
    assert header.package == "main"
    assert header.imports == [
        ImportSpec("fmt", 4, 8),
        ImportSpec("example/greeter", 6, 4),
        ImportSpec("strings", 7, 4),
        ImportSpec("os", 8, 4),
    ]


def test_reading_stops_at_the_first_declaration():
    # The body is not Go the reader understands; it is never read.
    header = read_header(b'package p; import "a"; var x = "b" +\nimport "c"')
    assert [i.path for i in header.imports] == ["a"]


def test_raw_string_path_and_comments_between():
    header = read_header(b"package p /* c */\nimport ( // c\n`a/b` /* c */ )\n")
    assert [i.path for i in header.imports] == ["a/b"]


def test_names_may_hold_any_letter():
    header = read_header('package Äpkg\n\nimport (\n\t"./Äfoo"\n\tÄblix "./Äfoo"\n)\n'.encode())
    assert header.package == "Äpkg"
    assert header.imports == [ImportSpec("./Äfoo", 4, 2), ImportSpec("./Äfoo", 5, 9)]


def test_build_constraint_before_package_clause_only():
    assert read_header(b"//go:build ignore\n\npackage main\n").build_constraint == "ignore"
    assert read_header(b"package main\n//go:build ignore\n").build_constraint is None


def test_only_ignore_excludes():
    assert excluded_by_constraint("ignore")
    assert not excluded_by_constraint(None)
    assert not excluded_by_constraint("linux")


@pytest.mark.parametrize(
    "src, line, col, msg",
    [
        (b"", 1, 1, "expected 'package', found 'EOF'"),
        (b"\n  func main() {}", 2, 3, "expected 'package', found 'func'"),
        (b"package ;", 1, 9, "expected 'IDENT', found ';'"),
        # A newline (or the end) after a name is a semicolon for go/scanner.
        (b"package p\nimport fmt", 2, 11, "expected 'STRING', found newline"),
        (b'package p\nimport _ \n"fmt"', 2, 10, "expected 'STRING', found newline"),
        (b'package p\nimport x = "fmt"', 2, 10, "expected 'STRING', found '='"),
        (b"package p\nimport 42", 2, 8, "expected 'STRING', found 42"),
        (b",package p", 1, 1, "expected 'package', found ','"),
        (b"&^ package p", 1, 1, "expected 'package', found '&^'"),
        (b"package go", 1, 9, "expected 'IDENT', found 'go'"),
        (b'package p\nimport $"fmt"', 2, 8, "illegal character U+0024 '$'"),
        (b"'a' package p", 1, 1, "expected 'package', found 'a'"),
        (b"'ab\n", 1, 1, "rune literal not terminated"),
        # go/scanner's own errors, where the header reaches them.
        (b'package p\nimport "fmt\n', 2, 8, "string literal not terminated"),
        (b"package p\nimport `fmt", 2, 8, "raw string literal not terminated"),
        (b"package p\nimport /* x", 2, 8, "comment not terminated"),
        (b'package p\nimport \x19"fmt"', 2, 8, "illegal character U+0019"),
        (b"// x \xff y\npackage p\n", 1, 6, "illegal UTF-8 encoding"),
        # go/scanner never starts the line after a final newline: the end
        # is placed on the line before it.
        (b"// comment only\n\n", 2, 2, "expected 'package', found 'EOF'"),
        (b"// Tests x.\n", 1, 13, "expected 'package', found 'EOF'"),
        (b"package p\nimport (\n", 2, 10, "expected ')', found 'EOF'"),
        (b'package p\nimport "a\\x"', 2, 8, 'invalid import path: "a\\x"'),
        # As go build: the path unquoted is checked, the literal is shown.
        (b'package p\nimport "fmt\\t"', 2, 8, 'invalid import path: "fmt\\t"'),
        (b'package p\nimport "fmt\x0c"', 2, 8, 'invalid import path: "fmt\x0c"'),
        (b'package p\nimport "a b"', 2, 8, 'invalid import path: "a b"'),
        # go/parser's words: a name or a string by its text, a keyword quoted.
        (b"foo main", 1, 1, "expected 'package', found foo"),
        # The header goes on into an import only after a semicolon or a newline.
        (b'package main import "fmt"', 1, 14, "expected ';', found 'import'"),
        (b'package p\nimport "a" import "b"', 2, 12, "expected ';', found 'import'"),
        (b'package p\nimport (\n"a" "b"\n)', 3, 5, "expected ';', found \"b\""),
        (b'package p\nimport (\n"a" b "c"\n)', 3, 5, "expected ';', found b"),
    ],
)
def test_errors_name_the_position(src, line, col, msg):
    with pytest.raises(HeaderError) as e:
        read_header(src)
    assert (e.value.line, e.value.col, e.value.msg) == (line, col, msg)


@pytest.mark.parametrize("constraint, excluded", [
    (None, False), ("ignore", True), ("linux", False), ("!linux", True), ("linux && amd64", False),
    ("!js && !wasip1", False), ("(linux || darwin) && !race", False), ("s390x", True), ("go1.18", False),
    ("go1.20", True), ("gc", True),
])
def test_build_constraint_expressions(constraint, excluded):
    assert excluded_by_constraint(constraint) is excluded


@pytest.mark.parametrize("name, excluded", [
    ("arith_s390x_test.go", True), ("os_linux.go", False), ("x_windows_amd64.go", True), ("linux.go", False),
    ("a_test.go", False), ("foo_amd64.go", False), ("foo_arm64_test.go", True), ("x_linux_arm64.go", True),
])
def test_file_name_platform_suffixes(name, excluded):
    assert excluded_by_file_name(name) is excluded


def test_semicolons_written_or_implicit_separate_the_header():
    """An explicit ';', a newline, or a comment holding one (go/parser's
    rules); a file whose header stops before a token on the line of its
    last import is left to the compiler, which reports it."""
    src = b'package p; import "a"; import ("b"; "c" /* x\n */ "d")\nimport "e" func f() {}'
    assert [i.path for i in read_header(src).imports] == ["a", "b", "c", "d", "e"]


def test_an_escaped_import_path_is_its_value():
    # go build accepts import "fm\x74" as fmt.
    assert [i.path for i in read_header(b'package p\nimport ("fm\\x74"; `a/b`)').imports] == ["fmt", "a/b"]
