"""Tests of the parser tables' cache (tables.py): what it reads from the
cache folder is data only, and damage means building the tables again
(issue 18, item 12)."""

from __future__ import annotations

import os
import pickle

from gominic.syntax import parser
from gominic.syntax.scanner import GoLexer
from gominic.syntax.tables import load_tables, tables_path

SRC = b"package main\n\nfunc main() { println(1) }\n"


class Planted:
    """Unpickling this creates a file: the proof that code ran."""

    def __init__(self, proof):
        self.proof = proof

    def __reduce__(self):
        return (os.mkdir, (self.proof,))


def fresh_parse(monkeypatch, cache):
    monkeypatch.setenv("GOMINICCACHE", str(cache))
    monkeypatch.setattr(parser, "_lark", None)
    return parser.parse_file("x.go", SRC)


def test_tables_are_cached_as_json_and_loaded(tmp_path, monkeypatch):
    fresh_parse(monkeypatch, tmp_path)
    path = tables_path(tmp_path, parser.GRAMMAR_PATH.read_text())
    assert path.read_bytes().startswith(b'{"d":')
    assert load_tables(path, GoLexer) is not None
    assert fresh_parse(monkeypatch, tmp_path).decls[0].name.value == "main"


def test_a_planted_pickle_does_not_run(tmp_path, monkeypatch):
    path = tables_path(tmp_path, parser.GRAMMAR_PATH.read_text())
    proof = tmp_path / "RAN"
    for planted in (path, path.with_suffix(".pickle")):
        planted.write_bytes(pickle.dumps(Planted(str(proof))))
    assert fresh_parse(monkeypatch, tmp_path).decls[0].name.value == "main"
    assert not proof.exists()
    assert path.read_bytes().startswith(b'{"d":')  # rebuilt and written again


def test_damaged_tables_are_rebuilt(tmp_path, monkeypatch):
    fresh_parse(monkeypatch, tmp_path)
    path = tables_path(tmp_path, parser.GRAMMAR_PATH.read_text())
    path.write_bytes(path.read_bytes()[:1000])
    assert fresh_parse(monkeypatch, tmp_path).decls[0].name.value == "main"
