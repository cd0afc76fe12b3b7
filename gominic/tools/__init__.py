"""The tools behind ``gominic tool NAME``, one module each, as Go's
``go tool``: the steps of a build, runnable by hand, and views into files.

    addr2line   program addresses -> function and file:line
    compile     one package's files -> its archive; prints any phase
    cover       a coverage profile -> each function's share of statements run
    link        archives -> executable; prints what the linker does
    nm          the symbols of an executable or archive
    objdump     the disassembly of an executable or archive

Each module defines a ``Command`` (gominic/cli/base.py) that
``gominic tool`` dispatches to; the modules load only when their tool runs.
"""

from __future__ import annotations

import sys

# Tool name -> the module defining it and the name of its Command.
TOOLS = {
    "addr2line": ("gominic.tools.addr2line", "ADDR2LINE"),
    "compile": ("gominic.tools.compile", "COMPILE"),
    "cover": ("gominic.tools.cover", "COVER"),
    "link": ("gominic.tools.link", "LINK"),
    "nm": ("gominic.tools.nm", "NM"),
    "objdump": ("gominic.tools.objdump", "OBJDUMP"),
}


def file_error(tool: str, path: str, err: Exception) -> int:
    """Report a file the tool cannot read as Go's tools do; exit status 1.

        nm: open prog: no such file or directory
    """
    if isinstance(err, OSError) and err.strerror:
        msg = f"open {path}: {err.strerror.lower()}"
    else:
        msg = str(err)
    print(f"{tool}: {msg}", file=sys.stderr)
    return 1


def internal_error(what: str, err: Exception) -> int:
    """Report a bug in gominic itself as Go's compiler reports its own:
    "internal compiler error: ..." and a plea for a bug report; exit 2.
    GOMINIC_DEBUG=1 shows the Python traceback instead."""
    from gominic.cli.base import BUG_REPORT, debugging

    if debugging() or isinstance(err, BrokenPipeError):  # (| head: see cli/main.py)
        raise err
    print(f"internal {what} error: {err}\n\n{BUG_REPORT}", file=sys.stderr)
    return 2
