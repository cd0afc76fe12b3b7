"""Tests of typenames.py: a type's link string, the name of its descriptor
and of its DWARF type, spelled as go build 1.19 spells it (each expected
string is what gdb's whatis printed for the same variable of a Go-built
program)."""

from __future__ import annotations

import pytest

from gominic.compile.typenames import symbol_type_string
from gominic.syntax.parser import parse_file
from gominic.types.check import check_package
from gominic.types.export import Importer

DECLS = """package main

type Point struct{ X int }
type Celsius float64
type Int = int
type Pair[K comparable, V any] struct{ k K; v V }
type Stringer interface{ String() string }

var (
	ch  chan int
	rc  <-chan int
	sc  chan<- int
	cc  chan (<-chan int)
	f   func(a int, b string) (int, error)
	g   func(xs ...int)
	v   func(int, ...string) bool
	s   struct{ X int; Y string `json:"y"` }
	es  struct{}
	emb struct{ Point; n int; *Celsius; Int }
	e   interface{ M() int }
	i   interface{ Stringer; m(x int) (bool, error) }
	any0 interface{}
	p   Pair[int, func(int) string]
	bs  []byte
)
"""

CASES = {
    "ch": "chan int",
    "rc": "<-chan int",
    "sc": "chan<- int",
    "cc": "chan (<-chan int)",
    "f": "func(int, string) (int, error)",
    "g": "func(...int)",
    "v": "func(int, ...string) bool",
    "s": 'struct { X int; Y string "json:\\"y\\"" }',
    "es": "struct {}",
    "emb": "struct { main.Point; main.n int; *main.Celsius; Int = int }",
    "e": "interface { M() int }",
    "i": "interface { String() string; main.m(int) (bool, error) }",
    "any0": "interface {}",
    "p": "main.Pair[int,func(int) string]",
    "bs": "[]uint8",
}


@pytest.fixture(scope="module")
def package():
    pkg, _ = check_package("main", [parse_file("types.go", DECLS)], Importer({}))
    return pkg


@pytest.mark.parametrize("name", sorted(CASES))
def test_link_string_is_gos(package, name):
    assert symbol_type_string(package.scope.lookup(name).type) == CASES[name]
