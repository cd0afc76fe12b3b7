"""This module implements parsing ``-ldflags``, Go's linker flags.

The string is split into words as Go's cmd/internal/quoted.Split does:
words are separated by white space, and a word may be wrapped in single or
double quotes (no escapes inside), so ``-X 'main.version=1.2 beta'`` is two
words.  The words are then parsed as Go's flag package parses a command
line: ``-name``, ``--name``, ``-name=value`` or ``-name value`` for a flag
with a value.  The result maps LinkConfig field names to values.
"""

from __future__ import annotations

from typing import Any

from gominic.link.errors import LinkError

# Boolean flags: flag name -> LinkConfig field.
BOOL_FLAGS = {
    "v": "verbose",
    "s": "strip_symtab",
    "w": "strip_dwarf",
    "dumpdep": "dumpdep",
    "map": "map",
    "size": "size",
}

# Flags with a value: flag name -> LinkConfig field.
STRING_FLAGS = {
    "trace-relocs": "trace_relocs",
    "report": "report",
}


def split_quoted(s: str) -> list[str]:
    """Split as Go's quoted.Split: split_quoted("-X 'a=b c' -s") -> ["-X", "a=b c", "-s"]."""
    words = []
    i, n = 0, len(s)
    while i < n:
        if s[i].isspace():
            i += 1
            continue
        if s[i] in "'\"":
            end = s.find(s[i], i + 1)
            if end < 0:
                raise LinkError(f"invalid -ldflags: unterminated {s[i]} string")
            words.append(s[i + 1 : end])
            i = end + 1
            continue
        start = i
        while i < n and not s[i].isspace():
            i += 1
        words.append(s[start:i])
    return words


def parse_bool(name: str, value: str) -> bool:
    """Go's strconv.ParseBool for -name=value."""
    if value in ("1", "t", "T", "true", "TRUE", "True"):
        return True
    if value in ("0", "f", "F", "false", "FALSE", "False"):
        return False
    raise LinkError(f'invalid boolean value "{value}" for -{name}')


def parse_xdef(value: str) -> tuple[str, str]:
    """-X importpath.name=value -> ("importpath.name", "value")."""
    name, eq, val = value.partition("=")
    if not eq or not name:
        raise LinkError("-X flag requires argument of the form importpath.name=value")
    return name, val


def parse_ldflags(s: str) -> dict[str, Any]:
    """Parse an -ldflags string into LinkConfig fields ({"verbose": True, "xdefs": [...]})."""
    fields, rest = parse_link_flags(split_quoted(s))
    if rest:
        raise LinkError(f"invalid -ldflags: unexpected argument {rest[0]}")
    return fields


def parse_link_flags(words: list[str], strings: dict[str, str] = STRING_FLAGS) -> tuple[dict[str, Any], list[str]]:
    """Parse linker flags from the front of words, as Go's flag package does;
    return the LinkConfig fields and the words after the last flag (``gominic
    tool link`` passes its -o and -importcfg in ``strings``)."""
    fields: dict[str, Any] = {}
    i = 0
    while i < len(words):
        word = words[i]
        if word == "--":
            return fields, words[i + 1 :]
        if not word.startswith("-") or word == "-":
            break
        i += 1
        name, eq, value = word.lstrip("-").partition("=")
        if name in BOOL_FLAGS:
            fields[BOOL_FLAGS[name]] = parse_bool(name, value) if eq else True
            continue
        if name != "X" and name not in strings:
            raise LinkError(f"flag provided but not defined: -{name}")
        if not eq:
            if i == len(words):
                raise LinkError(f"flag needs an argument: -{name}")
            value, i = words[i], i + 1
        if name == "X":
            fields.setdefault("xdefs", []).append(parse_xdef(value))
        else:
            fields[strings[name]] = value
    return fields, words[i:]
