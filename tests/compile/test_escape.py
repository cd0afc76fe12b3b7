"""Escape analysis tests: which address-taken variables must live on the heap.

A table in the style of Go's escape tests: each program names, for its
function f, the variables whose address escapes (must be on the heap) and
those whose address stays inside the frame.
"""

from __future__ import annotations

import pytest

from gominic.compile.escape import EscapeAnalysis
from gominic.compile.package import func_symbol
from gominic.syntax.parser import parse_file
from gominic.types.check import check_package
from gominic.types.export import Importer
from gominic.types.operand import Info

CASES = [
    # (source of package p, escaping variables of f, staying variables of f)
    ("var g *int\nfunc f() { x := 1; g = &x }", {"x"}, set()),
    ("func f() *int { x := 1; return &x }", {"x"}, set()),
    ("func f() int { x := 1; p := &x; *p = 2; return x }", set(), {"x"}),
    ("type T struct{ a int }\nfunc (t *T) inc() { t.a++ }\nfunc f() int { var t T; t.inc(); return t.a }",
     set(), {"t"}),
    ("type T struct{ a int }\nvar keep *T\nfunc (t *T) save() { keep = t }\nfunc f() { var t T; t.save() }",
     {"t"}, set()),
    ("func use(p *int) int { return *p }\nfunc f() int { x := 1; return use(&x) }", set(), {"x"}),
    ("var g []*int\nfunc store(p *int) { g = append(g, p) }\nfunc f() { x := 1; store(&x) }", {"x"}, set()),
    ("type E struct{ t, d uintptr }\nfunc f(i any) uintptr { e := (*E)(unsafe.Pointer(&i)); return e.t }",
     set(), {"i"}),
    ("func f() { x := 1; go func(p *int) { *p = 2 }(&x) }", {"x"}, set()),
    ("func f() []int { var a [4]int; return a[:] }", {"a"}, set()),
    # A captured variable lives on the heap unless closures may copy it:
    # never assigned after its declaration, address never taken (Go's rule).
    ("func f() func() int { x := 1; return func() int { return x } }", set(), {"x"}),
    ("func f() func() int { x := 1; x++; return func() int { return x } }", {"x"}, set()),
    ("func f() func() int { x := 1; return func() int { x = 2; return x } }", {"x"}, set()),
    ("type P struct{ a int }\nfunc f() func() int { var p P; g := func() int { return p.a }; p.a = 1; return g }",
     {"p"}, set()),
    # A closure whose func value does not escape keeps what it captures in
    # the frame (a named result a deferred call sees still lives in memory:
    # function.py's defer_results).
    ("func f() (r int) { defer func() { _ = r }(); return 1 }", set(), {"r"}),
    ("func f() int { x := 0; inc := func() { x++ }; inc(); inc(); return x }", set(), {"x"}),
    ("func f() int { x := 0; func() { x = 2 }(); return x }", set(), {"x"}),
    ("func apply(fn func()) { fn() }\nfunc f() int { x := 0; apply(func() { x++ }); return x }", set(), {"x"}),
    ("var g func()\nfunc f() { x := 0; g = func() { x++ } }", {"x"}, set()),
    ("func f() func() { x := 0; inc := func() { x++ }; return inc }", {"x"}, set()),
    ("var keep func()\nfunc save(fn func()) { keep = fn }\nfunc f() { x := 0; save(func() { x++ }) }", {"x"}, set()),
    ("func f() { x := 0; inc := func() { x++ }; go inc() }", {"x"}, set()),
    # ... nor past its loop iteration, nor in a defer record on the heap.
    ("func f() { var last func() int; for i := 0; i < 3; i++ { x := i; x++; last = func() int { return x } }; _ = last }",
     {"x"}, set()),
    ("func f() { x := 0; x++; defer func() { _ = x }(); for i := 0; i < 2; i++ { defer func() {}() } }", {"x"}, set()),
    ("func f() { for i := range [3]int{} { go func() { _ = i }() } }", {"i"}, set()),
    ("func f() { var e error; _, e = 1, nil; go func() { _ = e }() }", {"e"}, set()),
    ("func use(p []byte) { for len(p) > 0 { p = p[1:] } }\nfunc f() { var a [8]byte; use(a[:]) }", set(), {"a"}),
    # A parameter that reaches only the results is as safe as the call's result.
    ("func keep(p []byte) (r []byte) { r = p[1:]; return }\nfunc f() { var a [8]byte; _ = keep(a[:]) }",
     set(), {"a"}),
    ("var g []byte\nfunc keep(p []byte) (r []byte) { r = p[1:]; return }\nfunc f() { var a [8]byte; g = keep(a[:]) }",
     {"a"}, set()),
    ("type B struct{ n int }\nfunc (b *B) Add(k int) *B { b.n += k; return b }\n"
     "func f() int { var b B; return b.Add(1).Add(2).n }", set(), {"b"}),
    ("type B struct{ n int }\nfunc (b *B) Add(k int) *B { b.n += k; return b }\n"
     "func f() *B { var b B; return b.Add(1) }", {"b"}, set()),
    ("func id(p *int) *int { return p }\nfunc twice(p *int) *int { return id(id(p)) }\n"
     "func f() int { x := 1; return *twice(&x) }", set(), {"x"}),
    ("var g *int\nfunc both(p *int) (*int, *int) { return p, p }\nfunc f() { x := 1; a, b := both(&x); g = b; _ = a }",
     {"x"}, set()),
    ("func both(p *int) (*int, int) { return p, 1 }\nfunc f() int { x := 1; a, n := both(&x); return *a + n }",
     set(), {"x"}),
    # A function in assembly keeps its pointers only if not marked //go:noescape.
    ("//go:noescape\nfunc asm(p *int)\nfunc f() { x := 1; asm(&x) }", set(), {"x"}),
    ("func asm(p *int)\nfunc f() { x := 1; asm(&x) }", {"x"}, set()),
    ("func id(p *int) *int { return p }\nfunc f() { var keep []*int; for i := 0; i < 2; i++ { x := i; keep = append(keep, id(&x)) } }",
     {"x"}, set()),
    ("func id(p *int) *int { return p }\nvar g *int\nfunc f() { x := 1; defer func() { g = id(&x) }() }",
     {"x"}, set()),
    # A field's address taken through a pointer to the variable is an address into it.
    ("type T struct{ a, b int }\nvar g *int\nfunc f() { var x T; p := &x; g = &p.b }", {"x"}, set()),
    ("type T struct{ a, b int }\nfunc f() int { var x T; p := &x; q := &p.b; *q = 1; return x.b }", set(), {"x"}),
    ("func f() { x := 1; _ = &x }", set(), {"x"}),
    # unsafe.Add and unsafe.Slice point into their operand's memory: as safe as their result.
    ("func sum(p unsafe.Pointer, n uintptr) (s byte) { for i := uintptr(0); i < n; i++ { s += *(*byte)(unsafe.Add(p, i)) }; return }\n"
     "func f() byte { x := 7; return sum(unsafe.Pointer(&x), 8) }", set(), {"x"}),
    ("var g unsafe.Pointer\nfunc f() { x := 1; g = unsafe.Add(unsafe.Pointer(&x), 0) }", {"x"}, set()),
    ("func f() []byte { var a [4]byte; return unsafe.Slice(&a[0], 4) }", {"a"}, set()),
    ("type R struct{ n int }\nfunc (r *R) Close() {}\nfunc f() { for i := 0; i < 3; i++ { var r R; defer r.Close() } }",
     {"r"}, set()),
]


def analysed(text: str) -> tuple[Info, EscapeAnalysis]:
    """The type-checked package p of source text, and its escape analysis, run."""
    _, info = check_package("p", [parse_file("p.go", text)], Importer({}))
    ea = EscapeAnalysis(info, info.funcs, func_symbol, ({}, {}))
    ea.run()
    return info, ea


def heap_names(src: str) -> tuple[set[str], set[str]]:
    text = "package p\nimport \"unsafe\"\nvar _ = unsafe.Sizeof(0)\n" + src
    info, ea = analysed(text)
    f = next(fn for fn in info.funcs if fn.name == "f")
    locals_ = {v.name for name, v in info.defs.items() if hasattr(v, "addressed") and v is not None
               and f.decl.pos.line <= name.pos.line}
    heap = {v.name for v in ea.heap | ea.captured_heap}
    return heap & locals_, locals_


@pytest.mark.parametrize("src,escaping,staying", CASES, ids=range(len(CASES)))
def test_escape(src: str, escaping: set[str], staying: set[str]) -> None:
    heap, locals_ = heap_names(src)
    assert escaping <= heap, f"should escape: {escaping - heap}"
    assert not (staying & heap), f"should stay on the stack: {staying & heap}"


# (source of package p, whether f's string(r) may be built in the frame)
RUNE_STRINGS = [
    ("func find(s, sub string) bool { return len(sub) > 0 && sub[0] == s[0] }\n"
     "func f(r rune) bool { return find(\"x\", string(r)) }", True),
    ("func f(r rune) bool { return \"a\" == string(r) }", True),
    ("func f(r rune) string { return string(r) }", False),
    ("var g string\nfunc keep(s string) { g = s }\nfunc f(r rune) { keep(string(r)) }", False),
    ("func f(r rune) { s := string(r); _ = s == \"a\" }", False),  # a variable may outlive one loop turn
    ("func use(s string) {}\nfunc f(r rune) { defer use(string(r)) }", False),
    ("type S string\nfunc f(r rune) S { return S(string(r)) }", False),
]


@pytest.mark.parametrize("src,on_stack", RUNE_STRINGS, ids=range(len(RUNE_STRINGS)))
def test_rune_string_in_frame(src: str, on_stack: bool) -> None:
    info, ea = analysed("package p\n" + src)
    assert bool(ea.stack_strings) == on_stack


# (source of package p, whether f's variadic call may pack its slice in the frame)
VARIADIC_SLICES = [
    ("func sum(xs ...int) (n int) { for _, x := range xs { n += x }; return }\n"
     "func f() int { return sum(1, 2, 3) }", True),
    ("func count(xs ...any) int { return len(xs) }\nfunc fwd(xs ...any) int { return count(xs...) }\n"
     "func f() int { return fwd(1, 2) }", True),
    ("var g []int\nfunc keep(xs ...int) { g = xs }\nfunc f() { keep(1, 2) }", False),
    ("func id(xs ...int) []int { return xs }\nfunc f() int { return len(id(1, 2)) }", False),
    ("func sum(xs ...int) {}\nfunc f() { defer sum(1, 2) }", False),
    ("func f(g func(...int)) { g(1, 2) }", False),
]


@pytest.mark.parametrize("src,on_stack", VARIADIC_SLICES, ids=range(len(VARIADIC_SLICES)))
def test_variadic_slice_in_frame(src: str, on_stack: bool) -> None:
    info, ea = analysed("package p\n" + src)
    f = next(fn for fn in info.funcs if fn.name == "f")
    calls = {c for c in ea.stack_variadics if f.decl.pos.line <= c.pos.line}
    assert bool(calls) == on_stack


# (source of package p, whether f's new(T), &T{...}, slice literal or closure may make its object in the frame)
ALLOCATIONS = [
    ("type T struct{ a int }\nfunc f() int { p := &T{a: 1}; p.a++; return p.a }", True),
    ("type T struct{ a int }\nfunc f() { t := &T{}; _ = t }", True),  # Go's test/fixedbugs/issue4618.go
    ("func f() int { p := new(int); *p = 3; return *p }", True),
    ("type T struct{ a int }\nfunc (t *T) get() int { return t.a }\nfunc f() int { return (&T{a: 2}).get() }", True),
    ("type T struct{ a int }\nfunc f() int { var p = &T{a: 1}; return p.a }", True),
    ("type T struct{ a int }\nfunc f() *T { return &T{} }", False),
    ("type T struct{ a int }\nvar g *T\nfunc f() { p := new(T); g = p }", False),
    ("type T struct{ a int }\nfunc f() any { return &T{} }", False),
    ("type T struct{ a int }\nfunc f() { p := &T{}; go func() { p.a = 1 }() }", False),
    # An object made in a loop lives one iteration: a pointer kept outside it escapes.
    ("type T struct{ next *T }\nfunc f() { var last *T; for i := 0; i < 3; i++ { last = &T{next: last} } }", False),
    ("type T struct{ a int }\nfunc f() (n int) { for i := 0; i < 3; i++ { p := &T{a: i}; n += p.a }; return }", True),
    ("func f() *[1 << 17]byte { p := new([1 << 17]byte); return p }", False),
    ("func f() byte { p := new([1 << 17]byte); return p[0] }", False),  # over 64 KB: the heap, as Go
    # An address into the object is followed as a pointer to it.
    ("type T struct{ a, b int }\nvar g *int\nfunc f() { p := &T{}; g = &p.b }", False),
    ("type R struct{ n int }\ntype T struct{ R }\nvar made []*R\nfunc keep(r *R) *R { made = append(made, r); return r }\n"
     "func f() *R { t := &T{}; return keep(&t.R) }", False),  # reflect.FuncOf's &t.rtype
    ("var g []int\nfunc f() { p := new([4]int); g = p[1:] }", False),
    ("type R struct{ n int }\nvar keep *R\nfunc (r *R) save() { keep = r }\ntype T struct{ r R }\n"
     "func f() { p := &T{}; p.r.save() }", False),
    ("type T struct{ a [2]int }\nfunc f() int { p := &T{}; q := &p.a[1]; *q = 2; return p.a[1] }", True),
    ("func f() int { p := new([4]int); s := p[:]; return len(s) }", True),
    # A deferred call keeps its arguments to the function's end, past a loop iteration.
    ("type R struct{ n int }\nfunc (r *R) Close() {}\nfunc f() { for i := 0; i < 3; i++ { r := &R{i}; defer r.Close() } }",
     False),  # the conformance suite's t1_core/14_defer
    ("type R struct{ n int }\nfunc use(r *R) {}\nfunc f() { for i := 0; i < 3; i++ { defer use(&R{i}) } }", False),
    ("type R struct{ n int }\nfunc (r *R) Close() {}\nfunc f() { r := &R{1}; defer r.Close() }", True),
    # A slice literal's array, as Go's: time's zone offsets loop over []int{60, 1}.
    ("func f() (n int) { for _, u := range []int{60, 1} { n += u }; return }", True),
    ("func f() int { s := []byte{1, 2}; s = append(s, 3); return len(s) }", True),
    ("func f() []int { return []int{1, 2} }", False),
    ("var g []int\nfunc f() { s := []int{1}; g = s[:1] }", False),
    ("func f() { var s []int; for i := 0; i < 3; i++ { s = []int{i} }; _ = s }", False),
    ("func f() any { return []int{1} }", False),
    ("func f() int { s := make([]int, 0); s = append(s, []int{1, 2}...); return len(s) }", True),
    # A closure's record, as Go's: in the frame while its func value does not escape.
    ("func f(n int) int { g := func() int { return n + 1 }; return g() }", True),
    ("func f(n int) func() int { return func() int { return n + 1 } }", False),
    ("func f(n int) { for i := 0; i < n; i++ { g := func() int { return i }; _ = g() } }", True),
    ("func f(n int) { defer func() { _ = n }() }", True),
    ("func f(n int) { for i := 0; i < n; i++ { defer func() { _ = n }() } }", False),
    ("func f(n int) { go func() { _ = n }() }", False),
    ("func f(n int) any { return func() int { return n } }", False),
]


@pytest.mark.parametrize("src,on_stack", ALLOCATIONS, ids=range(len(ALLOCATIONS)))
def test_allocation_in_frame(src: str, on_stack: bool) -> None:
    info, ea = analysed("package p\n" + src)
    f = next(fn for fn in info.funcs if fn.name == "f")
    sites = {s for s in ea.stack_allocs | ea.stack_closures if f.decl.pos.line <= s.pos.line}
    assert bool(sites) == on_stack
