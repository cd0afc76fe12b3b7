"""Tests that every phase takes programs nested 2,000 levels deep, as Go
does, and that nesting past any limit is a diagnostic, not a crash
(issue 18, item 5: Python's recursion limit)."""

from __future__ import annotations

import pytest

from gominic.compile import compile_package
from gominic.diag import CompileError

DEPTH = 2000


def body(depth: int) -> dict[str, str]:
    """Function bodies nesting one construct depth times (a is an int)."""
    return {
        "sum": "x := " + " + ".join(["a"] * depth) + "\nprintln(x)\n",
        "parens": "x := " + "(" * depth + "a" + ")" * depth + "\nprintln(x)\n",
        "ifs": "if a > 0 {\n" * depth + "println(a)\n" + "}\n" * depth,
        "blocks": "{\n" * depth + "println(a)\n" + "}\n" * depth,
        "funclits": "func() {\n" * depth + "println(a)\n" + "}()\n" * depth,
        "else_ifs": "if a == 0 {\n" + "".join(f"}} else if a == {i} {{\n" for i in range(depth)) + "}\n",
    }


def program(stmts: str) -> bytes:
    return f"package main\n\nfunc main() {{\n\ta := 1\n{stmts}}}\n".encode()


@pytest.mark.parametrize("construct", sorted(body(1)))
def test_depth_2000_compiles(construct):
    depth = DEPTH // 4 if construct == "funclits" else DEPTH  # closures: slow, not deep
    compiled = compile_package("main", [("deep.go", program(body(depth)[construct]))], {}, optimize=False)
    assert compiled.objects


def test_too_deep_is_a_diagnostic():
    with pytest.raises(CompileError) as e:
        compile_package("main", [("deep.go", program(body(50_000)["blocks"]))], {}, optimize=False)
    assert [str(err) for err in e.value.errors] == ["deep.go:1:1: program too complex: nested too deeply"]
