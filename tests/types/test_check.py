"""Type checker tests in the style of Go's types2: expected errors inline.

Each file in testdata/ is a package whose lines may carry
``/* ERROR "text" */`` comments: the checker must report an error on that
line whose message contains the text, and no error anywhere else. Files
without ERROR comments must check cleanly. Imports are not available here
(the checker is given an importer with no packages), so testdata uses
only the universe and unsafe.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from gominic.diag import CompileError
from gominic.syntax.parser import parse_file
from gominic.types.check import check_package
from gominic.types.export import Importer

TESTDATA = Path(__file__).parent / "testdata"
ERROR = re.compile(r'/\* ERROR "([^"]*)" \*/')


def expected_errors(src: str) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for lineno, line in enumerate(src.splitlines(), 1):
        for m in ERROR.finditer(line):
            out.setdefault(lineno, []).append(m.group(1))
    return out


def check_errors(path: Path) -> list:
    f = parse_file(str(path), path.read_bytes())
    try:
        check_package("main", [f], Importer({}))
    except CompileError as e:
        return e.errors
    return []


def errors_of(src: str) -> list[str]:
    """The errors of checking package p of one file, p.go, as printed."""
    f = parse_file("p.go", src.encode())
    with pytest.raises(CompileError) as e:
        check_package("p", [f], Importer({}))
    return [str(err) for err in e.value.errors]


@pytest.mark.parametrize("path", sorted(TESTDATA.glob("*.go")), ids=lambda p: p.stem)
def test_testdata(path: Path) -> None:
    want = expected_errors(path.read_text())
    got = check_errors(path)
    got_by_line: dict[int, list[str]] = {}
    for e in got:
        got_by_line.setdefault(e.pos.line, []).append(e.msg)
    for line, texts in want.items():
        msgs = got_by_line.pop(line, [])
        for text in texts:
            assert any(text in m for m in msgs), f"line {line}: want error containing {text!r}, got {msgs}"
    assert not got_by_line, f"unexpected errors: {got_by_line}"


def test_only_the_sources_key_marks_a_package_shipping_its_source():
    from gominic.types.export import ships_source
    assert ships_source(b'{"path":"g","sources":[["g.go","package g"]]}')
    # a parameter named "sources" appears in the export data as text only
    assert not ships_source(b'{"path":"t","objects":[["func","F",{"params":["sources"]}]]}')


def test_linkname_directives_name_declared_functions_and_variables():
    """A //go:linkname names a package-level function or variable, wherever
    it stands in its file, once (Go 1.19's words, test/linkname3.go)."""
    src = ('package p\n\nimport _ "unsafe"\n\ntype t int\n\nvar x, y int\n\n//go:linkname x ok\n\n'
           "//go:linkname nonexist nonexist\n//go:linkname t notvarfunc\n//go:linkname x duplicate\n"
           "//go:linkname f q.g\n\nfunc f()\n")
    assert errors_of(src) == [
        "p.go:11:3: //go:linkname must refer to declared function or variable",
        "p.go:12:3: //go:linkname must refer to declared function or variable",
        "p.go:13:3: duplicate //go:linkname for x",
    ]


RESTRICTED_DIRECTIVES = """package p

//go:systemstack
func f() {
	//go:nowritebarrierrec
}

//go:cgo_ldflag "-lm"
//go:cgo_import_static
//go:cgo_import_dynamic a b "-bad"
//go:cgo_import_dynamic a b "libc.so"
//go:cgo_export_dynamic "x"
//go:cgo_dynamic_linker "/lib/ld.so" extra

var x = 1
"""


def test_runtime_and_cgo_directives_are_refused_to_other_packages():
    """Go 1.19's `go tool compile -p p -e` on the same file (fixedbugs/
    issue18459.go, issue18882.go); with -p runtime only the runtime's
    directives become allowed."""
    cgo = [
        'p.go:8:3: //go:cgo_ldflag "-lm" only allowed in cgo-generated code',
        "p.go:9:3: //go:cgo_import_static only allowed in cgo-generated code",
        "p.go:9:3: usage: //go:cgo_import_static local",
        'p.go:10:3: invalid library name "-bad" in cgo_import_dynamic directive',
        'p.go:12:3: //go:cgo_export_dynamic "x" only allowed in cgo-generated code',
        "p.go:12:3: usage: //go:cgo_export_dynamic local [remote]",
        'p.go:13:3: //go:cgo_dynamic_linker "/lib/ld.so" extra only allowed in cgo-generated code',
        'p.go:13:3: usage: //go:cgo_dynamic_linker "path"',
    ]
    assert errors_of(RESTRICTED_DIRECTIVES) == [
        "p.go:3:3: //go:systemstack only allowed in runtime",
        "p.go:5:4: //go:nowritebarrierrec only allowed in runtime",
        "p.go:5:4: misplaced compiler directive",
        *cgo,
    ]
    with pytest.raises(CompileError) as e:
        check_package("runtime", [parse_file("p.go", RESTRICTED_DIRECTIVES.encode())], Importer({}))
    assert [str(err) for err in e.value.errors] == ["p.go:5:4: misplaced compiler directive", *cgo]


# Go 1.19's errors for counts of names and values, and for interface
# types, recorded with `go build -gcflags=-e` on the same file: each at the
# position types2 gives (a count mismatch at the first value).
COUNTS_AND_INTERFACES = (
    'package p\n'
    '\n'
    'func f() (int, error) { return 0, nil }\n'
    'func h() (int, int, int) { return 0, 0, 0 }\n'
    '\n'
    'var a, b, c = 1, 2\n'
    'var d, e int = 1, 2, 3\n'
    'var x int = f()\n'
    'var p, q = h()\n'
    '\n'
    'const (\n'
    '\tk1, k2 = 1, 2\n'
    '\tk3\n'
    '\tk4, k5, k6\n'
    ')\n'
    '\n'
    'func g() {\n'
    '\tvar u, w = h()\n'
    '\tvar y = f()\n'
    '\tz := f()\n'
    '\tu, w = 1\n'
    '\tvar i interface{ String() string; M() }\n'
    '\tvar n int = i\n'
    '\tvar m any\n'
    '\tvar o interface{} = m\n'
    '\t_, _, _, _, _ = u, w, y, z, n\n'
    '\tvar n2 int = m\n'
    '\tvar n3 int = o\n'
    '\t_, _, _, _ = m, o, n2, n3\n'
    '}\n'
)


def test_counts_and_interfaces_are_told_as_go_does():
    assert errors_of("".join(COUNTS_AND_INTERFACES)) == [
        'p.go:6:11: missing init expr for c',
        'p.go:7:22: extra init expr 3',
        'p.go:8:13: multiple-value f() (value of type (int, error)) in single-value context',
        'p.go:9:12: assignment mismatch: 2 variables but h returns 3 values',
        'p.go:13:2: extra init expr at p.go:12:14',
        'p.go:14:10: missing init expr for k6',
        'p.go:18:13: assignment mismatch: 2 variables but h returns 3 values',
        'p.go:19:10: multiple-value f() (value of type (int, error)) in single-value context',
        'p.go:20:7: assignment mismatch: 1 variable but f returns 2 values',
        'p.go:21:9: assignment mismatch: 2 variables but 1 value',
        'p.go:23:14: cannot use i (variable of type interface{M(); String() string}) as type int in variable declaration',
        'p.go:27:15: cannot use m (variable of type any) as type int in variable declaration:\n\tneed type assertion',
        'p.go:28:15: cannot use o (variable of type interface{}) as type int in variable declaration:\n\tneed type assertion',
    ]


def test_initialisations_of_several_names_are_assignments():
    """types2's initVars says "assignment" for a short declaration and for
    a var declaration's names sharing one value; a name with a value of
    its own is a "variable declaration" (Go 1.19, recorded with go build)."""
    src = ('package p\n\nfunc f() (string, int) { return "", 0 }\n\nfunc g() {\n\tvar a int\n'
           '\ta, b := "x", 1\n\tvar c, d int = f()\n\tvar e, g int = "y", 2\n\t_, _, _, _, _, _ = a, b, c, d, e, g\n}\n\n'
           "const x\n")
    assert errors_of(src) == [
        'p.go:7:10: cannot use "x" (untyped string constant) as int value in assignment',
        "p.go:8:17: cannot use f() (value of type string) as type int in assignment",
        'p.go:9:17: cannot use "y" (untyped string constant) as int value in variable declaration',
        "p.go:13:7: missing init expr for x",
    ]


def test_a_cycle_through_an_instance_is_placed_at_its_use():
    """types2 gives an instance a type name of its own, where it is first
    written: go1.19.8 `go build` places these cycles there, not at the
    generic type's declaration."""
    got = errors_of("package p\n\ntype T[P any] struct{ f T[P] }\n\ntype L[P any] [2]L[P]\n")
    assert got == [
        "p.go:3:25: invalid recursive type T\n\tp.go:3:25: T refers to\n\tp.go:3:25: T",
        "p.go:5:18: invalid recursive type L\n\tp.go:5:18: L refers to\n\tp.go:5:18: L",
    ]


def test_go_and_defer_take_calls_whose_results_they_may_drop():
    """Go 1.19's `go tool compile -e` on the same file: an operand that is
    no call is taken for one missing its parentheses (the parser's error,
    then the checker's on the call); a conversion or a built-in with a
    value is refused, the operand described."""
    src = ("package p\n\nfunc g() {}\n\nfunc f(s []int) {\n\tdefer 1\n\tdefer g\n\tdefer int(1)\n\tgo  len(s)\n"
           "\tdefer append(s, 1)\n\tdefer recover()\n\tgo g()\n}\n")
    assert errors_of(src) == [
        "p.go:6:8: expression in defer must be function call",
        "p.go:6:8: invalid operation: cannot call non-function 1 (untyped int constant)",
        "p.go:7:8: expression in defer must be function call",
        "p.go:8:8: defer requires function call, not conversion int(1) (constant 1 of type int)",
        "p.go:9:6: go discards result of len(s) (value of type int)",
        "p.go:10:8: defer discards result of append(s, 1) (value of type []int)",
    ]


def test_a_typed_constant_overflow_is_placed_at_its_start():
    # As go 1.19.8 places them: types2 reports a typed result that does
    # not fit at the expression's start, an untyped one past 512 bits at
    # its operator.
    src = ("package p\n\nvar _ = 1 + int8(100)*2\nvar _ = uint(1) << 65 >> 1\n"
           "var _ = -(int8(-128))\nconst _ = 1 << 500 * (1 << 100)\n")
    assert errors_of(src) == [
        "p.go:3:13: int8(100) * 2 (constant 200 of type int8) overflows int8",
        "p.go:4:9: uint(1) << 65 (constant 36893488147419103232 of type uint) overflows uint",
        "p.go:5:9: -(int8(-128)) (constant 128 of type int8) overflows int8",
        "p.go:6:20: constant multiplication overflow",
    ]


def test_constraints_counts_and_literals_are_told_as_go_1_19_does():
    # Messages and positions from go 1.19.8 for the same source: a type
    # argument that fails its constraint (types2's implements: the term
    # missing, a ~ possibly missing, the constraint as written), placed at
    # the call's "(" when inferred; argument counts at the last argument
    # or the call; a receive at its operand; struct literals as T{…}.
    src = ("package p\n\n"
           "type Num interface{ ~int | ~float64 }\ntype MyInt int\n"
           "func a[T int | string](x T) T { return x }\n"
           "func c[T Num](x T) T { return x }\n"
           "func d[T ~int](x T) T { return x }\n"
           "func h[T int](x T) {}\n"
           "func f(a int, b string) {}\n"
           "type S struct{ a, b int }\n"
           "func _() {\n"
           "\ta(1.5)\n\tc(\"s\")\n\td(int8(1))\n\th(MyInt(2))\n\ta[bool](true)\n\t_ = a[int, int]\n"
           "\tf(   )\n\tf(1)\n\tf(1, \"a\", 3)\n"
           "\tvar ch chan<- int\n\t_ = <-ch\n"
           "\t_ = S{1}\n\t_ = S{1, 2, 3}\n"
           "}\n")
    assert errors_of(src) == [
        "p.go:12:3: float64 does not implement int|string (float64 missing in int | string)",
        "p.go:13:3: string does not implement Num (string missing in ~int | ~float64)",
        "p.go:14:3: int8 does not implement ~int (int8 missing in ~int)",
        "p.go:15:3: MyInt does not implement int (possibly missing ~ for int in constraint int)",
        "p.go:16:4: bool does not implement int|string (bool missing in int | string)",
        "p.go:17:13: got 2 type arguments but want 1",
        "p.go:18:2: not enough arguments in call to f\n\thave ()\n\twant (int, string)",
        "p.go:19:4: not enough arguments in call to f\n\thave (number)\n\twant (int, string)",
        "p.go:20:12: too many arguments in call to f\n\thave (number, string, number)\n\twant (int, string)",
        "p.go:22:8: invalid operation: cannot receive from send-only channel ch (variable of type chan<- int)",
        "p.go:23:9: too few values in S{…}",
        "p.go:24:14: too many values in S{…}",
    ]


def test_comparisons_and_append_are_told_as_go_1_19_does():
    # go 1.19.8's output for the same source: a comparison's error sits at
    # the operand at fault (the second when only it shows the fault), with
    # types2's cause; append's first argument; a type parameter operand
    # with its constraint; a pointer method called on a value at its name.
    src = ("package p\n\n"
           "type S struct{ f []int }\ntype T int\nfunc (t *T) M() {}\n"
           "func g[X any](a, b X) bool { return a == b }\n"
           "func h[X any](a, b X) bool { return a < b }\n"
           "func ap[X any](s X) { _ = append(s, 1) }\n"
           "func _() {\n"
           "\tvar p, q *int\n\tvar f func()\n\tvar m map[int]int\n"
           "\t_ = p < q\n\t_ = f == f\n\t_ = S{} != S{}\n\t_ = nil == nil\n\t_ = m == nil\n\t_ = 1 == \"a\"\n"
           "\t_ = append(nil, 1)\n\t_ = append(m, 1)\n\tT(1).M()\n"
           "}\n")
    assert errors_of(src) == [
        "p.go:6:37: invalid operation: a == b (incomparable types in type set)",
        "p.go:7:37: invalid operation: a < b (type parameter X is not comparable with <)",
        "p.go:8:34: first argument to append must be a slice; s (variable of type X constrained by any) has no core type",
        "p.go:13:6: invalid operation: p < q (operator < not defined on pointer)",
        "p.go:14:6: invalid operation: f == f (func can only be compared to nil)",
        "p.go:15:6: invalid operation: S{} != S{} (struct containing []int cannot be compared)",
        "p.go:16:13: invalid operation: nil == nil (operator == not defined on untyped nil)",
        'p.go:18:11: invalid operation: 1 == "a" (mismatched types untyped int and untyped string)',
        "p.go:19:13: first argument to append must be a slice; have untyped nil",
        "p.go:20:13: first argument to append must be a slice; have m (variable of type map[int]int)",
        "p.go:21:7: cannot call pointer method M on T",
    ]


def test_shifts_addresses_and_conversions_are_told_as_go_1_19_does():
    # go 1.19.8's output for the same source: a shift count's constant
    # must be representable as uint (checked after the shifted operand); an
    # address taken of its operand; a slice expression placed at its "[";
    # an untyped operand converted implicitly "to T"; the result parameter
    # hidden at a bare return named with its declaration.
    src = ("package p\n\n"
           "func f() (x int) {\n\t{\n\t\tx := 2\n\t\t_ = x\n\t\treturn\n\t}\n}\n"
           "func _() {\n"
           "\tx := 1\n\tx <<= 1.5\n\t_ = 1.5 << 2\n\t_ = x << -1\n"
           "\tm := map[string]int{}\n\t_ = &m[\"a\"]\n"
           "\tvar a []int\n\ta[1:2] = nil\n"
           "\tvar p *int\n\t_ = p + 1\n"
           "}\n")
    assert errors_of(src) == [
        "p.go:7:3: result parameter x not in scope at return\n\tp.go:5:3: inner declaration of var x int",
        "p.go:12:8: 1.5 (untyped float constant) truncated to uint",
        "p.go:13:6: invalid operation: shifted operand 1.5 (untyped float constant) must be integer",
        "p.go:14:11: invalid operation: negative shift count -1 (untyped int constant)",
        'p.go:16:7: invalid operation: cannot take address of m["a"] (map index expression of type int)',
        "p.go:18:3: cannot assign to a[1:2] (value of type []int)",
        "p.go:20:10: cannot convert 1 (untyped int constant) to *int",
    ]


def test_generic_mistakes_are_told_as_go_1_19_does():
    # go 1.19.8's output for the same source: a generic type used bare
    # shows its parameters; a type parameter alone cannot be a declared
    # type; untyped values mix with a type parameter as with what all its
    # types are, and convert to it only through its specific types; the
    # argument count is checked against the generic signature.
    src = ("package p\n\n"
           "type Box[A, B any] struct{}\ntype M[K comparable, V any] map[K]V\ntype R[P any] P\n"
           "type N interface{ int | float64 }\n"
           "func f[T N](x T) T { return x * \"a\" }\n"
           "func g[T any](x T) { var y T = 5; _ = x + 1; _, _ = x, y }\n"
           "func h[T any, U any](x T, y U) {}\n"
           "func _() {\n\tvar b Box\n\tvar m M\n\th[int](1, 2, 3)\n\t_, _ = b, m\n}\n")
    assert errors_of(src) == [
        "p.go:5:15: cannot use a type parameter as RHS in type declaration",
        'p.go:7:29: invalid operation: x * "a" (mismatched types T and untyped string)',
        "p.go:8:32: cannot use 5 (untyped int constant) as T value in variable declaration",
        "p.go:8:43: cannot convert 1 (untyped int constant) to T",
        "p.go:11:8: cannot use generic type Box[A, B any] without instantiation",
        "p.go:12:8: cannot use generic type M[K comparable, V any] without instantiation",
        "p.go:13:15: too many arguments in call to h[int]\n\thave (number, number, number)\n\twant (T, U)",
    ]
