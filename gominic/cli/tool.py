"""This module implements ``gominic tool NAME [args]``, as ``go tool``:
it runs one of the tools in gominic/tools (the compiler, the linker, nm,
objdump, ...); with no name, it lists them.
"""

from __future__ import annotations

import importlib
import sys

from gominic.cli.base import Command


def tool_command(name: str) -> Command | None:
    """The Command of the tool called name, or None."""
    from gominic.tools import TOOLS

    if name not in TOOLS:
        return None
    module, attr = TOOLS[name]
    return getattr(importlib.import_module(module), attr)


def run_tool(cmd: Command, args: list[str]) -> int:
    from gominic.tools import TOOLS

    if not args:
        print("\n".join(TOOLS))
        return 0
    tool = tool_command(args[0])
    if tool is None:
        print(f'gominic: no such tool "{args[0]}"', file=sys.stderr)
        return 2
    if args[1:2] in (["-h"], ["-help"], ["--help"]):
        print(tool.usage(), file=sys.stderr)
        return 2
    return tool.run(tool, args[1:])


TOOL = Command(
    name="tool",
    usage_line="tool [command] [args...]",
    short="run specified gominic tool",
    long="""\
Tool runs the gominic tool command identified by the arguments.
With no arguments it prints the list of known tools:

	addr2line   program addresses on stdin -> function and file:line
	compile     one package's files -> its archive; -tokens, -ast, -types,
	            -ir, -S and -objdump print each phase
	cover       a coverage profile (gominic test -coverprofile) -> the
	            share of statements each function ran
	link        archives -> executable; -v, -map, -dumpdep, -trace-relocs,
	            -size and -report show the linker at work
	nm          the symbols of an executable or archive
	objdump     the disassembly of an executable or archive, with file:line

For more about each tool command, see 'gominic help tool NAME'.""",
    run=run_tool,
)
