"""Tests of the LALR driver (lalr.py): it builds the trees Lark's own
driver builds over the same tables, and stops where Lark's stops."""

from pathlib import Path

import pytest
from lark.exceptions import UnexpectedToken

from gominic.syntax import parser
from gominic.syntax.dump import dump
from gominic.syntax.scanner import scan

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted((ROOT / "runtime").glob("*.go")) + sorted((ROOT / "stdlib").glob("*/*.go"))


def parse_both(text: str):
    """text parsed by our driver and by Lark's, the builder at the same file."""
    with parser._lock:
        trees = []
        for parse in (lambda: parser.get_automaton().parse(parser._postlex.process(scan(text))),
                      lambda: parser.get_lark().parse(text)):
            parser._builder.at = parser.PositionTable("x.go", text)
            parser._builder.reset()
            trees.append(parse())
        return trees


@pytest.mark.parametrize("path", SOURCES, ids=[str(p.relative_to(ROOT)) for p in SOURCES])
def test_same_tree_as_lark(path):
    ours, lark = parse_both(path.read_text())
    assert dump(ours) == dump(lark)


@pytest.mark.parametrize("src", [
    "package p\nfunc f() { x := }\n",
    "package p\nfunc f() { if x { } else y }\n",
    "package p\nvar x = (1 +\n",
    "package",
    "",
])
def test_syntax_error_where_lark_stops(src):
    with pytest.raises(UnexpectedToken) as ours:
        parser.get_automaton().parse(parser._postlex.process(scan(src)))
    with pytest.raises(UnexpectedToken) as lark:
        parser.get_lark().parse(src)
    ours, lark = ours.value, lark.value
    assert ours.token.type == lark.token.type and ours.expected == lark.expected
    if ours.token.type != "$END":  # the driver's END has no position (parser.py parses again)
        assert ours.token.start_pos == lark.token.start_pos
