"""This module implements ``gominic tool addr2line``, which in Go reads
addresses on standard input and prints the function and file:line of each.

gominic's executables carry no line tables yet (no .gopclntab line data,
no DWARF .debug_line), so there is nothing to answer with: the tool says so
and exits 1 rather than print wrong lines. The function part alone is what
``gominic tool nm -n`` shows.
"""

from __future__ import annotations

import sys

from gominic.cli.base import Command


def run_addr2line(cmd: Command, args: list[str]) -> int:
    print("addr2line: not available: gominic executables have no line tables yet "
          "(use 'gominic tool nm -n' to find the function at an address)", file=sys.stderr)
    return 1


ADDR2LINE = Command(
    name="addr2line",
    usage_line="tool addr2line binary",
    short="(not available: no line tables yet)",
    long="Addr2line would map addresses to file:line; gominic has no line tables yet.",
    run=run_addr2line,
)
