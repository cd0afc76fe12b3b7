"""Parses every program of the conformance corpus, and measures parsing speed."""

import re
import time
from pathlib import Path

import pytest
from lark import Token, Tree

from gominic.syntax import ast
from gominic.syntax.parser import get_lark, parse_file

CORPUS = Path("/work/shared/conformance")
PROGRAMS = sorted(CORPUS.glob("*/*.go"))


def nodes(value):
    """Every value reachable from an AST node, depth first."""
    yield value
    children = value if isinstance(value, list) else (
        [getattr(value, f) for f in value.__dataclass_fields__] if isinstance(value, ast.Node) else [])
    for child in children:
        yield from nodes(child)


@pytest.mark.skipif(not PROGRAMS, reason="conformance corpus not present")
@pytest.mark.parametrize("path", PROGRAMS, ids=[f"{p.parent.name}/{p.stem}" for p in PROGRAMS])
def test_corpus_program_parses(path):
    f = parse_file(str(path), path.read_bytes())
    assert f.pkg_name.value == "main"
    for value in nodes(f):
        assert not isinstance(value, (Tree, Token, tuple)), f"parser internals leaked: {value!r}"
        if isinstance(value, ast.Node):
            assert value.pos is not None and value.pos.line > 0


def big_program(min_lines: int) -> str:
    """The corpus' declarations repeated into one file of at least min_lines lines."""
    bodies = [re.sub(r'^(package main|import \([^)]*\)|import "[^"]*")\n', "", p.read_text(), flags=re.M)
              for p in PROGRAMS]
    body = "\n".join(bodies)
    copies = -(-min_lines // body.count("\n"))
    return "package main\n" + body * copies


@pytest.mark.skipif(not PROGRAMS, reason="conformance corpus not present")
def test_parse_speed():
    get_lark()  # start-up (grammar cache) is not part of the measure
    src = big_program(20_000)
    lines = src.count("\n")
    best = min(timed_parse(src) for _ in range(3))
    print(f"\nparse speed: {lines} lines in {best:.2f} s = {lines / best:,.0f} lines/s")


def timed_parse(src: str) -> float:
    start = time.perf_counter()
    parse_file("big.go", src)
    return time.perf_counter() - start
