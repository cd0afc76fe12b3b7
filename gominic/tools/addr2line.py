"""This module implements ``gominic tool addr2line``, Go's addr2line: it
reads hexadecimal addresses, one per line, on standard input, and for each
prints two lines: the function holding it, and its file:line, or "?" and
"?:0" for an address outside every function. The answers come from the
executable's .gopclntab, as the runtime's tracebacks do, and its DWARF
line program for an address that is not in a call (tools/lines.py): the
function is the one the code belongs to, the line that of the innermost
inlined call, as Go's tool prints them.
"""

from __future__ import annotations

import sys
from pathlib import Path

from gominic.cli.base import Command, UsageError
from gominic.obj.archive import ObjError
from gominic.obj.elffile import parse_elf
from gominic.tools import file_error
from gominic.tools.lines import LineTable, executable_lines


def answer(table: LineTable, text: str) -> str:
    """The two lines for one address ("0x401000" or "401000")."""
    try:
        pc = int(text.strip().removeprefix("0x"), 16)
    except ValueError:
        return "?\n?:0\n"
    fn = table.func_at(pc)
    if fn is None:
        return "?\n?:0\n"
    file, line = fn.position(pc)
    return f"{fn.name}\n{file}:{line}\n"


def run_addr2line(cmd: Command, args: list[str]) -> int:
    _, files = cmd.parse_flags(args)
    if len(files) != 1:
        raise UsageError(cmd, "addr2line takes exactly one binary")
    try:
        table = executable_lines(parse_elf(Path(files[0]).read_bytes(), files[0]))
    except (OSError, ObjError) as e:
        return file_error("addr2line", files[0], e)
    for text in sys.stdin:
        if text.strip():
            sys.stdout.write(answer(table, text))
            sys.stdout.flush()
    return 0


ADDR2LINE = Command(
    name="addr2line",
    usage_line="tool addr2line binary",
    short="map program addresses to functions and file:line",
    long="""\
Addr2line reads hexadecimal addresses, one per line and with an optional
0x prefix, from standard input. For each it prints two lines: the name of
the function holding the address and its file:line, or "?" and "?:0".""",
    run=run_addr2line,
)
