"""Tests that syntax errors read exactly as Go 1.19's.

Each expected text was produced by go1.19.8 `go build` on the same source.
"""

import pytest
from syntax_helpers import error, errors

MAIN = "package main\n\nfunc main() {\n%s\n}\n"

CASES = [
    # (name, source, "line:col: message")
    ("defer without call", MAIN % "\tdefer f.Close\n\tgo a[0]",
     "4:9: expression in defer must be function call"),
    ("empty index", MAIN % "\tf[](1)",
     "4:4: syntax error: unexpected ], expecting operand"),
    ("operand missing", MAIN % "\tx := 1 +",
     "5:1: syntax error: unexpected }, expecting expression"),
    ("rhs missing", MAIN % "\tx := ",
     "5:1: syntax error: unexpected }, expecting expression"),
    ("newline in call", MAIN % "\tf(1,\n\t\t2\n\t)",
     "5:4: syntax error: unexpected newline in argument list; possibly missing comma or )"),
    ("unclosed call", MAIN % "\tf(1, 2",
     "4:8: syntax error: unexpected newline in argument list; possibly missing comma or )"),
    ("statement outside function", "package main\n\nx := 1\n",
     "3:1: syntax error: non-declaration statement outside function body"),
    ("two expressions", MAIN % "\tx := 1 y",
     "4:9: syntax error: unexpected y at end of statement"),
    ("literal after statement", MAIN % "\tx := f() 42",
     "4:11: syntax error: unexpected literal 42 at end of statement"),
    ("string after statement", MAIN % '\tx := f() "s"',
     '4:11: syntax error: unexpected literal "s" at end of statement'),
    ("if brace on next line", MAIN % "\tif x\n\t{\n\t}",
     "4:6: syntax error: unexpected newline, expecting { after if clause"),
    ("func brace on next line", "package main\n\nfunc main()\n{\n}\n",
     "4:1: syntax error: unexpected semicolon or newline before {"),
    ("else on next line", MAIN % "\tif true {\n\t}\n\telse {\n\t}",
     "6:2: syntax error: unexpected else, expecting }"),
    ("composite literal in if header", "package main\n\nfunc main() {\n\tif x == T{} {\n\t}\n}\n",
     "4:14: syntax error: unexpected { at end of statement"),
    ("after top level declaration", "package main\n\nfunc main() {} x\n",
     "3:16: syntax error: unexpected x after top level declaration"),
    ("assignment as condition", MAIN % "\tif x = 1 {\n\t}",
     "4:7: syntax error: cannot use assignment (x) = (1) as value"),
    ("missing condition", MAIN % "\tif x := 1; {\n\t}",
     "4:11: syntax error: missing condition in if statement"),
    ("newline in composite literal", MAIN % "\tx := []int{1, 2\n\t}",
     "4:17: syntax error: unexpected newline in composite literal; possibly missing comma or }"),
    ("mixed parameters", "package main\n\nfunc f(a int, string) {}\n",
     "3:15: syntax error: mixed named and unnamed parameters"),
    ("missing type constraint", "package main\n\nfunc f[T](x T) {}\n",
     "3:9: syntax error: missing type constraint"),
    ("case outside switch", MAIN % "\tcase 1:",
     "4:2: syntax error: unexpected case, expecting }"),
    ("eof in function", "package main\n\nfunc main() {\n\tx := 1\n",
     "5:1: syntax error: unexpected EOF, expecting }"),
    ("import after decl", "package main\n\nfunc main() {}\n\nimport \"fmt\"\n",
     "5:1: syntax error: non-declaration statement outside function body"),
    ("keyword as name", MAIN % "\tvar func int",
     "4:6: syntax error: unexpected func, expecting name"),
    ("index with two values", MAIN % "\tx := a[1 2]",
     "4:11: syntax error: unexpected literal 2, expecting comma, : or ]"),
    ("post statement declares", MAIN % "\tfor i := 0; i < 3; j := 1 {\n\t}",
     "4:23: syntax error: cannot declare in post statement of for loop"),
    ("struct fields on one line", "package main\n\ntype T struct {\n\ta int b int\n}\n",
     "4:8: syntax error: unexpected b in struct type; possibly missing semicolon or newline or }"),
    ("interface literal as a field", MAIN % "\tvar q struct{ interface{ M() } }",
     "4:16: syntax error: unexpected interface, expecting field name or embedded type"),
    ("literal as a field", "package main\n\ntype T struct {\n\ta int\n\t1\n}\n",
     "5:2: syntax error: unexpected literal 1, expecting field name or embedded type"),
    ("else followed by for", MAIN % "\tif true {\n\t} else for {\n\t}",
     "5:9: syntax error: else must be followed by if or statement block"),
    ("statement in switch body", MAIN % "\tswitch x {\n\tfoo\n\t}",
     "5:2: syntax error: unexpected foo, expecting case or default or }"),
    ("slice type without element", "package main\n\nvar x = []{1}\n",
     "3:11: syntax error: unexpected {, expecting type"),
    ("go without call", MAIN % "\tgo f",
     "4:5: expression in go must be function call"),
    ("defer parenthesized", MAIN % "\tdefer (f())",
     "4:8: expression in defer must not be parenthesized"),
    ("method without receiver", "package main\n\nfunc () m() {}\n",
     "3:9: method has no receiver"),
    ("method with type parameters", "package main\n\ntype S struct{}\n\nfunc (S) M [T any](x T) {}\n",
     "5:12: syntax error: method must have no type parameters"),
    ("interface method with type parameters", "package main\n\ntype I interface {\n\tm[T any, U comparable](T) U\n}\n",
     "4:3: interface method must have no type parameters"),
    ("invalid character", MAIN % "\tx := 1 @ 2",
     "4:9: invalid character U+0040 '@'"),
    ("newline in string", MAIN % '\tx := "abc',
     "4:11: newline in string"),
    ("comment not terminated", "package main\n\n/* abc\n",
     "3:1: comment not terminated"),
    ("no package clause", "type foo string\n",
     "1:1: syntax error: package statement must be first"),
    ("import path not a string", "package main\n\nimport 42\n",
     "3:10: syntax error: import path must be a string"),
    ("type declaration without type", "package main\n\ntype T\n",
     "3:7: syntax error: unexpected newline in type declaration"),
    ("comma without element", "package main\n\nfunc f(a, b, c int) {\n\tf(1,, 2)\n}\n",
     "4:6: syntax error: unexpected comma, expecting expression"),
    ("var in if header", MAIN % "\tif var x = 1; x > 0 {\n\t}",
     "4:9: syntax error: var declaration not allowed in if initializer"),
    ("channel without element type", "package main\n\nvar c chan\n",
     "4:1: syntax error: missing channel element type"),
    ("type switch guard of two names", MAIN % "\tswitch a, b := x.(type) {\n\t}",
     "4:14: syntax error: cannot use a, b := x.(type) as value"),
    ("for brace on next line", MAIN % "\tfor x\n\t{\n\t}",
     "5:2: syntax error: unexpected {, expecting for loop condition"),
]


@pytest.mark.parametrize("name, src, want", CASES, ids=[c[0] for c in CASES])
def test_error_reads_like_go(name, src, want):
    assert error(src) == want


def test_go_and_defer_mistakes_are_all_reported():
    """As Go's parser, ours goes on after a go/defer operand that is not a
    call or is parenthesized: every such mistake of the file is reported
    (go1.19.8 `go build` on the same source). Not being syntax errors,
    they leave the file to the type checker, which reports them with its own."""
    src = MAIN % "\tgo f\n\tdefer (f)\n\tgo (f())"
    assert errors(src) == [
        "4:5: expression in go must be function call",
        "5:8: expression in defer must not be parenthesized",
        "5:9: expression in defer must be function call",
        "6:5: expression in go must not be parenthesized",
    ]


RECOVERY_CASES = [
    # (name, source, every error Go reports) -- go1.19 `go tool compile -e`
    ("name before an unterminated string", MAIN % '\tx := y"abc',
     ['4:8: syntax error: unexpected literal "abc at end of statement',
      "4:12: newline in string"]),
    ("lists and statements",
     "package main\n\nfunc f() {\n\tx := g(1\n\ty := 2\n}\n\nfunc g() {\n\tswitch {\n\tcase 0: f() case 1:\n\t}\n"
     "\tz := []int{1, 2\n}\n",
     ["4:10: syntax error: unexpected newline in argument list; possibly missing comma or )",
      "10:14: syntax error: unexpected case at end of statement",
      "12:17: syntax error: unexpected newline in composite literal; possibly missing comma or }"]),
    ("lexical error, then headers",
     "package main\n\nvar?\nvar x int\n\nfunc main() {\n\tif x := 1 {\n\t}\n\tfor i := 0; i < 3; i++ x {\n\t}\n",
     ["3:4: invalid character U+003F '?'",
      "4:1: syntax error: unexpected var, expecting name",
      "7:7: syntax error: cannot use x := 1 as value",
      "9:25: syntax error: unexpected x, expecting { after for clause"]),
    # The struct's bad field skips to its "}": the missing channel element
    # type on the way is not reported.
    ("skipping to the closing brace",
     "package main\n\nfunc main() {\n\ta := 1 +\n}\n\ntype T struct {\n\ta int b int\n\tc chan\n}\n",
     ["5:1: syntax error: unexpected }, expecting expression",
      "8:8: syntax error: unexpected b in struct type; possibly missing semicolon or newline or }"]),
    # Go's parser checks labels and branches, so a file with syntax errors
    # has them reported too; a label with no statement is dropped.
    ("labels and branches",
     "package main\n\nfunc f(x int) {\n\tswitch x {\n\tcase 1:\n\t\tL:\n\tcase 2:\n\t}\n\tx := g(1\n}\n\n"
     "func g() {\nM:\n\tgoto N\n\tfor {\n\tN:\n\t}\n\tbreak\n}\n",
     ["6:4: syntax error: missing statement after label",
      "9:10: syntax error: unexpected newline in argument list; possibly missing comma or )",
      "13:1: label M defined and not used",
      "14:7: goto N jumps into block starting at t.go:15:6",
      "18:2: break is not in a loop, switch, or select"]),
    ("missing types",
     "package p\n\nfunc g(x int) (...)\n\nvar _ = (struct{}){}\nvar _ = ([]int){}\n",
     ["3:19: syntax error: ... is missing type",
      "5:19: syntax error: cannot parenthesize type in composite literal",
      "6:16: syntax error: cannot parenthesize type in composite literal"]),
]


@pytest.mark.parametrize("name, src, want", RECOVERY_CASES, ids=[c[0] for c in RECOVERY_CASES])
def test_every_syntax_error_is_reported(name, src, want):
    """After a syntax error the parser goes on, as Go's does: one error
    per line, none at the end of the file once there is one."""
    from gominic.diag import CompileError
    from gominic.syntax.parser import parse_file
    with pytest.raises(CompileError) as e:
        parse_file("t.go", src)
    assert [f"{err.pos.line}:{err.pos.col}: {err.msg}" for err in e.value.errors] == want


def test_the_syntax_errors_of_every_file_of_a_package_are_reported():
    """Go's compiler parses every file of the package and reports all their
    syntax errors, by file and position, before it stops (go1.19 `go build
    a.go b.go` on the same sources)."""
    from gominic.diag import CompileError
    from gominic.syntax.parser import parse_files
    with pytest.raises(CompileError) as e:
        parse_files([("b.go", "package main\n\nfunc f() {\n\tif {\n\t}\n}\n"), ("ok.go", "package main\n"),
                     ("a.go", "package main\n\nfunc main() {\n\tx := \n}\n")])
    assert [str(err) for err in e.value.errors] == ["a.go:5:1: syntax error: unexpected }, expecting expression",
                                                    "b.go:4:5: syntax error: missing condition in if statement"]


DIRECTIVES = """//go:build !ignore

package p
%s
type (
	//go:notinheap
	T1 int
	//go:noinline
	T2 int
)

//go:notinheap
type T3 = int

//go:notinheap
type T4 int

func f() {
	//go:noinline
	var x int
	_ = x
	//go:notinheap
	type T int
}
"""


@pytest.mark.parametrize("extra, misplaced", [
    # Directives the parser finds out of place (before a group): the type
    # checker reports them with its own.
    ("\n//go:build bad\n\n//go:notinheap", ["5:3", "7:3"]),
    ("", []),
], ids=["group", "none"])
def test_misplaced_directives_are_found_where_go_finds_them(extra, misplaced):
    """Those a declaration does not take (noinline on a type spec or a var,
    notinheap on an alias) are unused: reported only once the package
    type-checks (go1.19 `go tool compile` and `go build` on the same file)."""
    from gominic.syntax.parser import parse_file
    f = parse_file("d.go", DIRECTIVES % extra)
    assert [f"{err.pos.line}:{err.pos.col}" for err in f.errors] == misplaced
    shift = extra.count("\n")
    assert [f"{err.pos.line}:{err.pos.col}" for err in f.noder_errors] == [
        f"{8 + shift}:4", f"{12 + shift}:3", f"{19 + shift}:4"]
    assert {err.msg for err in f.errors + f.noder_errors} == {"misplaced compiler directive"}


def test_nothing_after_a_package_clause_with_errors_is_reported():
    """Go's parser stops there, before its scanner meets the rest (go1.19.8
    `go build` prints only the first line, though line 3 holds a broken
    literal and line 4 a syntax error)."""
    assert errors("package main type T int\nvar x = 1\nvar s = `abc\nfunc f( {\n") == [
        "1:14: syntax error: unexpected type, expecting semicolon or newline"]
