"""This module implements the on-disk cache of the parser's LALR tables.

Lark needs about half a second to turn grammar.lark into LALR tables, so
the tables are kept under ``$GOMINICCACHE`` (default ``~/.cache/gominic``),
named by a hash of the grammar and of the Lark and Python versions, and
loaded in a few milliseconds by later runs.

The cache folder belongs to whoever can write it, so what is read from it
must not be able to run code: not a pickle (Lark's own cache format), whose
loading calls whatever the file names. The tables are written as JSON
instead, from Lark's ``memo_serialize`` (the data its standalone parsers
embed): plain dicts, lists, strings, numbers. JSON has no tuples and only
string keys, so every dict is written as ``{"d": [[key, value], ...]}`` and
every tuple as ``{"t": [...]}``; the one class the tables name, our lexer,
is written as its name and put back on loading. A file that is missing,
stale, half written or not what this module writes is ignored and the
tables are built again.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import lark
from lark import Lark, Token
from lark.grammar import Rule
from lark.lark import _LOAD_ALLOWED_OPTIONS
from lark.lexer import TerminalDef

from gominic.obj.archive import write_atomically

# The classes the tables refer to, by the name they are written as.
LEXER_NAME = "GoLexer"


def tables_path(cache_dir: Path, grammar: str) -> Path:
    """Where the LALR tables of this grammar, Lark and Python are cached."""
    key = f"{grammar}\0{lark.__version__}\0{sys.version_info[:2]}"
    return cache_dir / f"lark-{hashlib.sha256(key.encode()).hexdigest()[:16]}.json"


def save_tables(parser: Lark, path: Path, lexer: type) -> None:
    """Write parser's tables to path as JSON (atomically; errors ignored)."""
    data, memo = parser.memo_serialize([TerminalDef, Rule])
    data["options"] = {n: v for n, v in data["options"].items() if n not in _LOAD_ALLOWED_OPTIONS}
    try:
        text = json.dumps(encode({"data": data, "memo": memo}, lexer), separators=(",", ":"))
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, text.encode())
    except (OSError, TypeError, ValueError):
        pass  # no cache: the next run builds the tables again


def load_tables(path: Path, lexer: type, **options) -> Lark | None:
    """The parser whose tables path holds, with options (postlex,
    transformer) added; None if the file is absent or not valid tables."""
    try:
        tables = json.loads(path.read_bytes(), object_hook=decode)
        tables["data"]["options"]["lexer"] = lexer
        tables["data"]["parser"]["lexer_conf"]["lexer_type"] = lexer
        return Lark.__new__(Lark)._load(tables, **options)
    except Exception:  # any damage: build the tables again
        return None


def encode(value, lexer: type):
    """value as JSON can hold it: tagged dicts and tuples, lexer by name."""
    match value:
        case dict():
            return {"d": [[encode(k, lexer), encode(v, lexer)] for k, v in value.items()]}
        case tuple():
            return {"t": [encode(v, lexer) for v in value]}
        case list():
            return [encode(v, lexer) for v in value]
        case Token():
            return str(value)
        case str() | int() | float() | bool() | None:
            return value
    if value is lexer:
        return LEXER_NAME
    raise TypeError(f"cannot cache {type(value).__name__} in the parser tables")


def decode(obj: dict):
    """The inverse of encode for one JSON object (json's object_hook)."""
    if obj.keys() == {"t"}:
        return tuple(obj["t"])
    if obj.keys() == {"d"}:
        return {k: v for k, v in obj["d"]}
    raise ValueError("not parser tables")
