"""This module implements ``gominic tool objdump [-s regexp] FILE``: the
disassembly of every function (or of those whose name matches -s) in an
executable or a package archive, in the shape of ``go tool objdump``:

    TEXT main.main(SB)
      0x401000		55			pushq %rbp
      0x401001		4889e5			movq %rsp, %rbp
      0x401004		e827020000		callq 0x401230 <runtime.printlock>

Go prints a file:line column first; gominic's objects carry no line tables
yet, so that column is left out. Instructions are in AT&T syntax (see
disasm.py). In an archive, addresses are offsets within each function's
section, and each instruction that the linker will patch shows its
relocation.
"""

from __future__ import annotations

import re
from pathlib import Path

from gominic.cli.base import Command, UsageError
from gominic.cli.flags import FlagSet
from gominic.obj.archive import ObjError
from gominic.tools import file_error
from gominic.tools.disasm import disassemble
from gominic.tools.objfile import elf_files, functions, is_relocatable, symbolizer


def add_objdump_flags(flags: FlagSet) -> None:
    flags.string("s", "only dump symbols matching this regexp", "")


def objdump(path: Path, pattern: str = "") -> str:
    """The listing of the functions in path whose names match pattern."""
    match = re.compile(pattern).search
    out = []
    for elf in elf_files(path):
        whole = None if is_relocatable(elf) else symbolizer(elf)
        for fn in functions(elf):
            if not match(fn.name):
                continue
            names = whole or symbolizer(elf, fn.section)
            out.append(f"TEXT {fn.name}(SB)")
            out += [f"  {insn.addr:#x}\t\t{insn.raw.hex():<16}\t{insn.text}"
                    for insn in disassemble(fn.code, fn.addr, names)]
            out.append("")
    return "\n".join(out)


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
package archive. With -s, only symbols whose names match the regular
expression are disassembled. Instructions are shown in AT&T syntax, with
the symbols that calls and addresses refer to.""",
    run=run_objdump,
    add_flags=add_objdump_flags,
)
