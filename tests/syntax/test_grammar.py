"""Tests of the grammar itself: it builds, and its LALR conflicts are the known ones."""

import logging

from lark import Lark, logger

from gominic.syntax.parser import GRAMMAR_PATH
from gominic.syntax.scanner import GoLexer

# (lookahead terminal, rule reduced instead of shifting): see grammar.lark's header.
KNOWN_CONFLICTS = {
    ("LBRACE", "<operand : _literal_type>"),
    ("LBRACE", "<func_type : FUNC signature>"),
    ("STAR", "<signature : parameters>"),
    ("LBRACK", "<signature : parameters>"),
    ("LPAREN", "<signature : parameters>"),
    ("ARROW", "<signature : parameters>"),
    ("DOT", "<type_name : NAME>"),
    ("LBRACK", "<type_name : NAME>"),
    ("LBRACK", "<type_name : NAME DOT NAME>"),
}


class Collect(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.messages = []

    def emit(self, record):
        self.messages.append(record.getMessage())


def test_shift_reduce_conflicts_are_the_documented_ones():
    handler = Collect()
    logger.addHandler(handler)
    level = logger.level
    logger.setLevel(logging.DEBUG)
    try:
        Lark(GRAMMAR_PATH.read_text(), parser="lalr", lexer=GoLexer, maybe_placeholders=True)
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
    conflicts = set()
    msgs = handler.messages
    for i, msg in enumerate(msgs):
        if msg.startswith("Shift/Reduce conflict for terminal"):
            conflicts.add((msg.split()[4].rstrip(":"), msgs[i + 1].strip(" *")))
    assert conflicts == KNOWN_CONFLICTS


def test_tables_are_cached_on_disk(tmp_path, monkeypatch):
    from gominic.syntax import parser

    monkeypatch.setenv("GOMINICCACHE", str(tmp_path))
    monkeypatch.setattr(parser, "_lark", None)
    parser.get_lark()
    assert [p.name.startswith("lark-") for p in tmp_path.iterdir()] == [True]
