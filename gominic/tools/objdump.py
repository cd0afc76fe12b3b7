"""This module implements ``gominic tool objdump [-s regexp] FILE``: the
disassembly of every function (or of those whose name matches -s) in an
executable or a package archive, in the shape of ``go tool objdump``:

    TEXT main.main(SB) /home/u/hello/main.go
      main.go:5		0x401000		55			pushq %rbp
      main.go:5		0x401001		4889e5			movq %rsp, %rbp
      main.go:6		0x401004		e827020000		callq 0x401230 <runtime.printlock>

Each instruction's file:line comes from the executable's DWARF line
program (without DWARF, -ldflags=-w, from its .gopclntab, exact only at
calls), or in an archive from the package's position tables
(tools/lines.py); for code inlined from another function it is that
function's line, as in Go.
Instructions are in AT&T syntax (see disasm.py). In an archive, addresses
are offsets within each function's section, and each instruction that the
linker will patch shows its relocation.
"""

from __future__ import annotations

import re
from pathlib import Path

from gominic.cli.base import Command, UsageError
from gominic.cli.flags import FlagSet
from gominic.obj.archive import ObjError
from gominic.tools import file_error
from gominic.obj.pcln import FuncLines
from gominic.tools.disasm import disassemble
from gominic.tools.lines import executable_lines, object_lines
from gominic.tools.objfile import elf_files, functions, is_relocatable, symbolizer


def add_objdump_flags(flags: FlagSet) -> None:
    flags.string("s", "only dump symbols matching this regexp", "")


def objdump(path: Path, pattern: str = "") -> str:
    """The listing of the functions in path whose names match pattern."""
    match = re.compile(pattern).search
    out = []
    elfs = elf_files(path)
    archive_lines = {}
    for elf in elfs:
        if elf.name.endswith("(_pcln_.o)"):
            archive_lines = object_lines(elf)
    for elf in elfs:
        table = None if is_relocatable(elf) else executable_lines(elf)
        whole = None if is_relocatable(elf) else symbolizer(elf)
        for fn in functions(elf):
            if not match(fn.name):
                continue
            names = whole or symbolizer(elf, fn.section)
            lines = table.by_name.get(fn.name) if table else archive_lines.get(fn.name)
            out.append(f"TEXT {fn.name}(SB)" + (f" {lines.files[0]}" if lines and lines.files else ""))
            out += [f"  {position(lines, insn.addr - fn.addr)}{insn.addr:#x}\t\t{insn.raw.hex():<16}\t{insn.text}"
                    for insn in disassemble(fn.code, fn.addr, names)]
            out.append("")
    return "\n".join(out)


def position(lines: FuncLines | None, off: int) -> str:
    """The "file.go:LINE\t" column for the instruction at offset off, if known."""
    if lines is None:
        return ""
    file, line = lines.position(lines.entry + off)
    return f"{file.rsplit('/', 1)[-1]}:{line}\t"


def run_objdump(cmd: Command, args: list[str]) -> int:
    flags, files = cmd.parse_flags(args)
    if len(files) != 1:
        raise UsageError(cmd, "objdump takes exactly one file")
    try:
        re.compile(flags["s"])
    except re.error as e:
        raise UsageError(cmd, f"invalid -s regexp: {e}") from None
    try:
        print(objdump(Path(files[0]), flags["s"]), end="")
    except (OSError, ObjError) as e:
        return file_error("objdump", files[0], e)
    return 0


OBJDUMP = Command(
    name="objdump",
    usage_line="tool objdump [-s symregexp] binary",
    short="disassemble executables and package archives",
    long="""\
Objdump prints a disassembly of all text symbols (code) in the binary or
package archive, each instruction after its source file:line. With -s,
only symbols whose names match the regular expression are disassembled.
Instructions are shown in AT&T syntax, with the symbols that calls and
addresses refer to.""",
    run=run_objdump,
    add_flags=add_objdump_flags,
)
