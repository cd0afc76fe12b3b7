"""Programs of several packages, written as a module into tmp_path: what
only shows across a package boundary. Expected outputs are Go 1.19's
(recorded with ``go run`` on the same files)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

GO_MOD = "module example.com/m\n\ngo 1.19\n"

# Package p's unexported method get, and types of main with a get of their own.
P_GO = """package p

type I interface{ get() int }

type S struct{}

func (S) get() int { return 1 }

type M int

func (M) get() int { return 2 }

func F(i I) int { return i.get() }

func Has(x interface{}) bool { _, ok := x.(I); return ok }
"""

UNEXPORTED_METHODS = """package main

import (
	"fmt"
	"reflect"

	"example.com/m/p"
)

type I interface{ get() int }

type T struct{ p.S } // promotes p's get, not main's

type U struct{ p.M }

func (U) get() int { return 3 } // main's get, beside p's

type J interface {
	p.I
	get() int
}

func main() {
	var t interface{} = T{}
	_, ok := t.(I)
	fmt.Println(ok, p.Has(t))
	var u interface{} = U{}
	_, ok = u.(I)
	fmt.Println(ok, p.Has(u), u.(I).get(), p.F(u.(p.I)))
	var j J = U{}
	fmt.Println(j.get(), p.F(j))
	it, pt := reflect.TypeOf((*I)(nil)).Elem(), reflect.TypeOf((*p.I)(nil)).Elem()
	fmt.Println(it.Method(0).Name, it.Method(0).PkgPath, pt.Method(0).Name, pt.Method(0).PkgPath)
	fmt.Println(reflect.TypeOf(t).Implements(it), reflect.TypeOf(t).Implements(pt),
		reflect.TypeOf(u).Implements(it), it.Implements(pt))
	defer func() { fmt.Println(recover()) }()
	_ = t.(I)
}
"""


def write_module(top: Path, main: str) -> None:
    (top / "go.mod").write_text(GO_MOD)
    (top / "p").mkdir()
    (top / "p" / "p.go").write_text(P_GO)
    (top / "main.go").write_text(main)


def test_unexported_methods_of_different_packages_differ(gominic, tmp_path):
    """Go spec, "Uniqueness of identifiers": p's get and main's get are
    different methods, in method sets, itabs, assertions and reflect."""
    write_module(tmp_path, UNEXPORTED_METHODS)
    r = gominic("run", ".")
    assert r.returncode == 0, r.stderr
    assert r.stdout == ("false true\n"
                        "true true 3 2\n"
                        "3 2\n"
                        "get main get example.com/m/p\n"
                        "false true true false\n"
                        "interface conversion: main.T is not main.I: missing method get\n")


def test_interface_lacking_another_packages_unexported_method(gominic, tmp_path):
    write_module(tmp_path, "package main\n\nimport \"example.com/m/p\"\n\ntype I interface{ get() int }\n\n"
                           "func main() {\n\tvar x I\n\tvar y p.I\n\tx = y\n\t_ = x\n}\n")
    r = gominic("build", ".")
    assert r.returncode == 2
    assert r.stderr == ("# example.com/m\n./main.go:10:6: cannot use y (variable of type p.I) as type I in assignment:\n"
                        "\tp.I does not implement I (missing get method)\n")


def test_packages_of_one_name_are_told_by_their_paths(gominic, tmp_path):
    """types2's qualifier: when two packages named p are in sight (one only
    through package r), errors spell them by their quoted import paths."""
    write_module(tmp_path, "package main\n\nimport (\n\t\"example.com/m/p\"\n\t\"example.com/m/r\"\n)\n\n"
                           "func main() {\n\t_ = r.T{X: p.NewX()}\n}\n")
    (tmp_path / "p" / "x.go").write_text('package p\n\ntype X string\n\nfunc NewX() X { return "" }\n')
    (tmp_path / "q" / "p").mkdir(parents=True)
    (tmp_path / "q" / "p" / "p.go").write_text("package p\n\ntype X string\n")
    (tmp_path / "r").mkdir()
    (tmp_path / "r" / "r.go").write_text('package r\n\nimport "example.com/m/q/p"\n\ntype T struct{ X p.X }\n')
    r = gominic("build", ".")
    assert r.returncode == 2
    assert r.stderr == ('# example.com/m\n./main.go:9:13: cannot use p.NewX() (value of type "example.com/m/p".X) '
                        'as type "example.com/m/q/p".X in struct literal\n')


def test_a_package_named_init_cannot_be_imported(gominic, tmp_path):
    write_module(tmp_path, 'package main\n\nimport "example.com/m/p"\n\nfunc main() {}\n')
    (tmp_path / "p" / "p.go").write_text("package init\n")
    r = gominic("build", ".")
    assert r.returncode == 2
    assert r.stderr == "# example.com/m\n./main.go:3:8: cannot import package as init - init must be a func\n"


def test_an_instance_of_another_packages_generic_function_as_a_value(gominic, tmp_path):
    """p.Compare[int] as a func value (Go's typeparam/issue51423)."""
    write_module(tmp_path, 'package main\n\nimport "example.com/m/p"\n\n'
                           'func main() {\n\tc := p.Compare[int]\n\tprintln(c(1, 2), c(2, 2), p.Compare[float64](3, 2))\n}\n')
    (tmp_path / "p" / "cmp.go").write_text("package p\n\nfunc Compare[T ~int | ~float64](a, b T) int {\n"
                                          "\tif a < b {\n\t\treturn -1\n\t}\n\tif a == b {\n\t\treturn 0\n\t}\n\treturn 1\n}\n")
    r = gominic("run", ".")
    assert (r.returncode, r.stdout, r.stderr) == (0, "", "-1 0 1\n")


def test_a_variable_linknamed_to_another_packages_is_its_storage(gominic, tmp_path):
    """//go:linkname on a variable (Go's fixedbugs/issue42401): main's s is p's s."""
    write_module(tmp_path, 'package main\n\nimport (\n\t_ "unsafe"\n\n\t"example.com/m/p"\n)\n\n'
                           "//go:linkname s example.com/m/p.s\nvar s string\n\n"
                           'func main() {\n\tprintln(p.Get(), s)\n\ts = "b"\n\tprintln(p.Get())\n}\n')
    (tmp_path / "p" / "s.go").write_text('package p\n\nvar s string\n\nfunc init() { s = "a" }\n\n'
                                        "func Get() string { return s }\n")
    r = gominic("run", ".")
    assert (r.returncode, r.stdout, r.stderr) == (0, "", "a a\nb\n")


def test_an_errors_other_position_is_shortened_too(gominic, tmp_path):
    """go build shortens the package directory on an error's continuation
    line as on its first (work.Builder.showOutput)."""
    write_module(tmp_path, 'package main\n\nimport "example.com/m/p"\n\nfunc main() { p.F() }\n')
    for name in ("b.go", "x.go"):
        (tmp_path / "p" / name).write_text("package p\n\nfunc F() {}\n")
    r = gominic("build", ".")
    assert r.returncode == 2
    assert r.stderr == ("# example.com/m/p\n"
                        "p/p.go:13:6: F redeclared in this block\n\tp/b.go:3:6: other declaration of F\n"
                        "p/x.go:3:6: F redeclared in this block\n\tp/b.go:3:6: other declaration of F\n")
