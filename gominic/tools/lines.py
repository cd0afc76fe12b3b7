"""This module implements finding the source position of code for the
tools (addr2line, objdump, the compiler's -S): in an executable from its
.gopclntab (the table the runtime reads, link/pclntab.py), in a package
archive from the per-function records of its ``_pcln_.o`` (obj/pcln.py),
whose offsets count from each function's start.
"""

from __future__ import annotations

import bisect

from gominic.link.pclntab import RECORD_PREFIX, read_pclntab
from gominic.obj.elffile import ElfFile, SymType
from gominic.obj.pcln import FuncLines, decode_record


class LineTable:
    """The functions of one file with their positions, by address."""

    def __init__(self, funcs: list[FuncLines]) -> None:
        self.funcs = sorted(funcs, key=lambda f: f.entry)
        self.entries = [f.entry for f in self.funcs]
        self.by_name = {f.name: f for f in self.funcs}

    def func_at(self, pc: int) -> FuncLines | None:
        i = bisect.bisect_right(self.entries, pc) - 1
        if i < 0 or pc >= self.funcs[i].entry + self.funcs[i].size:
            return None
        return self.funcs[i]


def executable_lines(elf: ElfFile) -> LineTable:
    """The line table of a linked executable (empty without .gopclntab)."""
    for i, sec in enumerate(elf.sections):
        if sec.name == ".gopclntab":
            return LineTable(read_pclntab(bytes(elf.section_data(i))))
    return LineTable([])


def object_lines(pcln: ElfFile) -> dict[str, FuncLines]:
    """Function name -> its positions (from offset 0), from a _pcln_.o."""
    out = {}
    for k, name in enumerate(pcln.symbol_names):
        _, info, _, shndx, value, size = pcln.symbols[k]
        if name.startswith(RECORD_PREFIX) and info & 0xF == SymType.STT_OBJECT:
            data = pcln.section_data(shndx)[value : value + size]
            fname = name[len(RECORD_PREFIX):]
            out[fname] = FuncLines.of_record(fname, 0, decode_record(data))
    return out
