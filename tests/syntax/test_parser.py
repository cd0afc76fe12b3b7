"""Tests that each Go construct parses to the right AST shape and positions."""

import pytest
from syntax_helpers import decls, error, expr, parse, stmt, stmts

from gominic.syntax import ast
from gominic.syntax.dump import dump
from gominic.syntax.printer import expr_string


def test_package_and_imports():
    f = parse('package main\n\nimport "fmt"\nimport (\n\tstr "strings"\n\t. "math"\n\t_ "os"\n)\n')
    assert f.pkg_name.value == "main" and f.filename == "t.go"
    assert [(i.local_name and i.local_name.value, i.path.value) for i in f.imports] == [
        (None, '"fmt"'), ("str", '"strings"'), (".", '"math"'), ("_", '"os"')]
    assert f.decls == []


def test_var_decls_single_and_grouped():
    a, bc, d = decls("var a int\nvar (\n\tb, c = 1, 2\n\td string\n)\n")
    assert (a.names[0].value, expr_string(a.type), a.values) == ("a", "int", [])
    assert [n.value for n in bc.names] == ["b", "c"] and len(bc.values) == 2 and bc.type is None
    assert expr_string(d.type) == "string"


def test_const_group_inherits_type_and_values_with_iota():
    a, b, c, d = decls("const (\n\ta T = iota * 2\n\tb\n\tc\n\td = 5\n)\n")
    assert [x.iota for x in (a, b, c, d)] == [0, 1, 2, 3]
    assert [x.inherited for x in (a, b, c, d)] == [False, True, True, False]
    assert b.type is a.type and b.values[0] is a.values[0]
    assert expr_string(c.values[0]) == "iota * 2"


def test_single_const_has_iota_zero():
    (c,) = decls("const k = 1\n")
    assert c.iota == 0 and not c.inherited


def test_type_decls():
    t, alias, gen = decls("type T struct{}\ntype A = int\ntype L[T any, K comparable] []T\n")
    assert not t.alias and alias.alias and expr_string(alias.type) == "int"
    assert [(f.name.value, expr_string(f.type)) for f in gen.tparams] == [("T", "any"), ("K", "comparable")]


def test_generic_type_vs_array_type():
    arr, arr2, gen = decls("type A [N]int\ntype B [N * 2]int\ntype G[P any, Q ~int | ~string] int\n")
    assert isinstance(arr.type, ast.ArrayType) and arr.tparams == []
    assert expr_string(arr2.type.len) == "N * 2"
    q = gen.tparams[1].type
    assert isinstance(q, ast.Operation) and q.op == "|" and q.x.op == "~"


def test_type_params_grouped_names_share_constraint():
    (f,) = decls("func F[A, B any, C comparable]() {}\n")
    assert [(p.name.value, expr_string(p.type)) for p in f.tparams] == [
        ("A", "any"), ("B", "any"), ("C", "comparable")]
    assert f.tparams[0].type is f.tparams[1].type


@pytest.mark.parametrize("sig, want", [
    ("func(a, b int, c string)", [("a", "int"), ("b", "int"), ("c", "string")]),
    ("func(int, string)", [(None, "int"), (None, "string")]),
    ("func(a, b)", [(None, "a"), (None, "b")]),
    ("func(x []int, m map[string]int)", [("x", "[]int"), ("m", "map[string]int")]),
    ("func(List[int], pkg.T)", [(None, "List[int]"), (None, "pkg.T")]),
    ("func(a [4]int, xs ...T)", [("a", "[4]int"), ("xs", "...T")]),
    ("func(...int)", [(None, "...int")]),
    ("func(ch <-chan int, f func(int) bool)", [("ch", "<-chan int"), ("f", "func(int) bool")]),
])
def test_parameter_grouping(sig, want):
    t = expr(sig + " {}").type
    assert [(p.name and p.name.value, expr_string(p.type)) for p in t.params] == want


def test_grouped_params_share_one_type_node():
    t = expr("func(a, b int) {}").type
    assert t.params[0].type is t.params[1].type


def test_results():
    (f,) = decls("func f() (int, error)\n")
    assert [expr_string(r.type) for r in f.type.results] == ["int", "error"] and f.body is None
    (g,) = decls("func g() (n int, err error) { return }\n")
    assert [r.name.value for r in g.type.results] == ["n", "err"]
    (h,) = decls("func h() *T { return nil }\n")
    assert expr_string(h.type.results[0].type) == "*T"


def test_methods_and_generic_receivers():
    m, g = decls("func (s *Stack[T]) Push(v T) {}\nfunc (Pair[K, V]) Key() K { return k }\n")
    assert m.recv.name.value == "s" and expr_string(m.recv.type) == "*Stack[T]"
    assert m.name.value == "Push" and m.name.pos.col == 20
    assert g.recv.name is None and isinstance(g.recv.type.index, ast.ListExpr)


def test_func_decl_pragmas():
    (f,) = decls("//go:noinline\n//go:linkname f runtime.f\nfunc f()\n")
    assert f.pragmas == {"go:noinline", "go:linkname f runtime.f"}


def test_struct_and_interface_types():
    t = expr('struct {\n\ta, b int `json:"a"`\n\tT\n\t*pkg.U\n\tL[int]\n\tx [3]int\n}{}').type
    assert [(f.name and f.name.value, expr_string(f.type)) for f in t.fields] == [
        ("a", "int"), ("b", "int"), (None, "T"), (None, "*pkg.U"), (None, "L[int]"), ("x", "[3]int")]
    assert [tag and tag.value for tag in t.tags] == ['`json:"a"`', '`json:"a"`', None, None, None, None]
    (d,) = decls("type I interface {\n\tM(x int) string\n\tio.Reader\n\t~int | ~string\n}\n")
    m, emb, terms = d.type.methods
    assert m.name.value == "M" and isinstance(m.type, ast.FuncType)
    assert emb.name is None and expr_string(emb.type) == "io.Reader"
    assert terms.name is None and expr_string(terms.type) == "~int | ~string"


@pytest.mark.parametrize("src, want", [
    ("chan int", (0, "int")),
    ("chan<- int", (ast.SEND, "int")),
    ("<-chan int", (ast.RECV, "int")),
    ("chan<- chan int", (ast.SEND, "chan int")),
    ("chan<- <-chan int", (ast.SEND, "<-chan int")),
    ("<-chan <-chan int", (ast.RECV, "<-chan int")),
])
def test_channel_types_associate_like_the_spec(src, want):
    (d,) = decls(f"var c {src}\n")
    assert (d.type.dir, expr_string(d.type.elem)) == want


def test_receive_chan_type_in_expression_is_reassociated():
    x = expr("(<-chan int)(nil)")
    assert isinstance(x.fun.x, ast.ChanType) and x.fun.x.dir == ast.RECV


@pytest.mark.parametrize("src, want", [
    ("1 + 2 * 3", "1 + 2 * 3"),
    ("a || b && c == d", "a || b && c == d"),
    ("a - b - c", "a - b - c"),
    ("-x.y[i]", "-x.y[i]"),
    ("<-ch", "<-ch"),
    ("*p + &v", "*p + &v"),
    ("^x &^ y << 2", "^x &^ y << 2"),
])
def test_operator_precedence(src, want):
    assert expr_string(expr(src)) == want


def test_precedence_grouping_shape():
    x = expr("a + b * c - d")
    assert x.op == "-" and x.x.op == "+" and x.x.y.op == "*"
    y = expr("a || b && c")
    assert y.op == "||" and y.y.op == "&&"


def test_binary_operation_pos_is_operator():
    x = expr("aa + bb")
    assert x.pos.col == 12 and x.x.pos.col == 9


def test_primary_expressions():
    assert isinstance(expr("f(a, b...)"), ast.CallExpr) and expr("f(a, b...)").has_dots
    assert expr("f(a, b,)").args[1].value == "b"
    assert isinstance(expr("x.(T)"), ast.AssertExpr)
    s = expr("s[1:2:3]")
    assert s.full and expr_string(s.max) == "3"
    s2 = expr("s[:]")
    assert s2.low is None and s2.high is None and not s2.full
    inst = expr("f[int, string](x)")
    assert isinstance(inst.fun, ast.IndexExpr) and len(inst.fun.index.elems) == 2


def test_call_positions():
    c = expr("fmt.Println(x)")
    assert c.pos.col == 9 and c.fun.sel.pos.col == 13 and c.rparen.col == 22


def test_conversions_parse_types_as_expressions():
    assert isinstance(expr("[]byte(s)").fun, ast.SliceType)
    star = expr("(*T)(p)").fun.x
    assert isinstance(star, ast.Operation) and star.op == "*" and star.y is None
    assert isinstance(expr("map[string]int{}").type, ast.MapType)
    assert isinstance(expr("func(int) int(f)").fun, ast.FuncType)


def test_composite_literals_with_elided_types():
    lit = expr("[]Point{{1, 2}, {X: 3}}")
    first, second = lit.elems
    assert first.type is None and len(first.elems) == 2
    assert isinstance(second.elems[0], ast.KeyValueExpr)
    m = expr('map[string]int{"a": 1}')
    assert m.elems[0].key.value == '"a"'
    arr = expr("[...]int{1, 2}")
    assert arr.type.len is None
    g = expr("Pair[int, string]{1, \"a\"}")
    assert isinstance(g.type, ast.IndexExpr)
    q = expr("pkg.T{}")
    assert isinstance(q.type, ast.SelectorExpr) and q.rbrace.col == 15


def test_func_literal():
    f = expr("func(x int) int { return x }")
    assert isinstance(f, ast.FuncLit) and isinstance(f.body.list[0], ast.ReturnStmt)


# The composite literal / block ambiguity (spec: Composite literals).

def test_bare_type_literal_not_allowed_in_if_header():
    assert error("package p\nfunc f() {\n\tif x == T{} {\n\t}\n}\n") == \
        "3:14: syntax error: unexpected { at end of statement"


@pytest.mark.parametrize("header", [
    "if x == (T{}) {",
    "if f(T{}) {",
    "for _, v := range []int{1, 2} {",
    "for _, v := range [2]int{1, 2} {",
    "switch x := (T{}); x {",
    "if v, ok := m[T{}]; ok {",
    "for i := range map[string]int{\"a\": 1} {",
    "if struct{}{} == s {",
])
def test_composite_literals_that_are_fine_in_headers(header):
    (s,) = stmts(header + "\n}")
    assert isinstance(s, (ast.IfStmt, ast.ForStmt, ast.RangeStmt, ast.SwitchStmt))


def test_bare_name_before_brace_in_header_is_the_block():
    s = stmt("for x {\n}")
    assert isinstance(s.cond, ast.Name) and s.body.list == []


# Statements.

def test_simple_statements():
    a, b, c, d, e, f, g = stmts("x := 1\nx, y = y, x\nx += 2\nx <<= 1\ni++\nch <- v\nf()")
    assert (a.op, b.op, c.op, d.op) == (":", "", "+", "<<")
    assert isinstance(e, ast.IncDecStmt) and e.inc
    assert isinstance(f, ast.SendStmt) and isinstance(g, ast.ExprStmt)


def test_if_else_chain_with_init():
    s = stmt("if x := f(); x > 0 {\n} else if y {\n} else {\n}")
    assert isinstance(s.init, ast.AssignStmt) and s.cond.op == ">"
    assert isinstance(s.else_, ast.IfStmt) and isinstance(s.else_.else_, ast.BlockStmt)


def test_for_forms():
    c, three, forever, r, bare, n, empty = stmts(
        "for x < 3 {\n}\nfor i := 0; i < 3; i++ {\n}\nfor {\n}\n"
        "for k, v := range m {\n}\nfor range ch {\n}\nfor i := range 10 {\n}\nfor ;; {\n}")
    assert c.cond.op == "<" and c.init is None
    assert isinstance(three.init, ast.AssignStmt) and isinstance(three.post, ast.IncDecStmt)
    assert forever.cond is None
    assert r.define and r.key.value == "k" and r.value.value == "v"
    assert bare.key is None and bare.x.value == "ch"
    assert n.value is None and n.x.value == "10"
    assert empty.init is None and empty.cond is None and empty.post is None


def test_range_with_assignment():
    s = stmt("for a[0], b = range xs {\n}")
    assert not s.define and isinstance(s.key, ast.IndexExpr)


def test_switch_forms():
    tagged, untagged, init = stmts(
        "switch x {\ncase 1, 2:\n\tf()\n\tfallthrough\ndefault:\n}\n"
        "switch {\ncase x > 1:\n}\nswitch y := f(); y {\n}")
    assert tagged.tag.value == "x" and tagged.body[0].cases[1].value == "2"
    assert isinstance(tagged.body[0].body[1], ast.BranchStmt) and tagged.body[1].cases is None
    assert untagged.tag is None and isinstance(init.init, ast.AssignStmt)


def test_type_switches():
    named, anon, with_init = stmts(
        "switch v := x.(type) {\ncase int, string:\ncase nil:\ncase []int, *T, map[K]V:\n}\n"
        "switch x.(type) {\n}\nswitch a := f(); b := a.(type) {\n}")
    assert isinstance(named.tag, ast.TypeSwitchGuard) and named.tag.lhs.value == "v"
    assert [expr_string(c) for c in named.body[2].cases] == ["[]int", "*T", "map[K]V"]
    assert anon.tag.lhs is None
    assert with_init.init is not None and with_init.tag.lhs.value == "b"


def test_select():
    s = stmt("select {\ncase ch <- 1:\ncase v := <-ch:\ncase v, ok = <-ch:\ncase <-done:\ndefault:\n}")
    send, recv, recv2, bare, default = s.body
    assert isinstance(send.comm, ast.SendStmt)
    assert recv.comm.op == ":" and recv2.comm.op == "" and len(recv2.comm.lhs) == 2
    assert isinstance(bare.comm, ast.ExprStmt) and default.comm is None


def test_labels_and_branches():
    lab, = stmts("outer:\n\tfor {\n\t\tbreak outer\n\t\tcontinue outer\n\t\tgoto outer\n\t}")
    assert lab.label.value == "outer" and isinstance(lab.stmt, ast.ForStmt)
    b, c, g = lab.stmt.body.list
    assert (b.tok, b.label.value, c.tok, g.tok) == ("break", "outer", "continue", "goto")
    assert stmt("break").label is None


def test_go_defer_return_and_decl_statements():
    g, d, r, v, c, t = stmts("go f(x)\ndefer mu.Unlock()\nreturn 1, 2\nvar x int\nconst k = 1\ntype T int")
    assert (g.tok, d.tok) == ("go", "defer") and isinstance(g.call, ast.CallExpr)
    assert len(r.results) == 2 and isinstance(v, ast.DeclStmt)
    assert isinstance(c.decls[0], ast.ConstDecl) and isinstance(t.decls[0], ast.TypeDecl)


def test_block_and_empty_statements():
    (b,) = stmts("{\n\tx := 1\n}\n;")
    assert isinstance(b, ast.BlockStmt) and len(b.list) == 1
    assert [type(s).__name__ for s in stmts("x;;y")] == ["ExprStmt", "ExprStmt"]


def test_statement_positions():
    s = stmt("\tif x {\n\t}")
    assert (s.pos.line, s.pos.col) == (3, 2)
    assert s.then.rbrace.line == 4


def test_dump_shows_nodes_with_positions():
    out = dump(parse("package main\n\nfunc main() {\n\tx := 1 + 2\n}\n"))
    assert "FuncDecl main @ t.go:3:6" in out
    assert "        Operation + @ t.go:4:9\n" in out
    assert "AssignStmt := @ t.go:4:4" in out
