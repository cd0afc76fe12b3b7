"""Shared helpers for the syntax tests: parse a fragment, pick out nodes."""

from __future__ import annotations

from gominic.diag import CompileError
from gominic.syntax import ast
from gominic.syntax.parser import parse_file


def parse(src: str) -> ast.File:
    """Parses a whole file named t.go."""
    return parse_file("t.go", src)


def decls(src: str) -> list[ast.Decl]:
    """The declarations of `src` placed after a package clause."""
    return parse("package p\n" + src).decls


def expr(src: str) -> ast.Expr:
    """The expression `src`, parsed as the value of a package-level var."""
    return decls(f"var _ = {src}\n")[0].values[0]


def stmts(src: str) -> list[ast.Stmt]:
    """The statements of `src` placed in a function body."""
    return decls(f"func f() {{\n{src}\n}}\n")[0].body.list


def stmt(src: str) -> ast.Stmt:
    (s,) = stmts(src)
    return s


def errors(src: str, filename: str = "t.go") -> list[str]:
    """The errors of parsing a whole file, as `line:col: message`: those
    that stop the compile (syntax errors, raised) or, when there are none
    of those, those the parser leaves to the type checker (the file's)."""
    try:
        found = parse_file(filename, src).errors
    except CompileError as e:
        found = e.errors
    return [f"{err.pos.line}:{err.pos.col}: {err.msg}" for err in found]


def error(src: str) -> str:
    """The first error of parsing a whole file, as `line:col: message`."""
    found = errors(src)
    if not found:
        raise AssertionError("no error")
    return found[0]
