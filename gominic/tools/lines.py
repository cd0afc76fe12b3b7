"""This module implements finding the source position of code for the
tools (addr2line, objdump, the compiler's -S): in an executable from its
.gopclntab (the table the runtime reads, link/pclntab.py) and its DWARF
line program, in a package archive from the per-function records of its
``_pcln_.o`` (obj/pcln.py), whose offsets count from each function's
start.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from gominic.link.pclntab import read_pclntab
from gominic.obj.archive import ObjError
from gominic.obj.dwarf import LineRow, LineTable as DwarfLines, ObjectDwarf
from gominic.obj.elffile import ElfFile, SymType
from gominic.obj.pcln import RECORD_PREFIX, FuncLines, decode_pcvalue, exact_record, function_record


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
    """The line table of a linked executable (empty without .gopclntab):
    its functions from .gopclntab, whose positions are exact only where
    the runtime looks (link/pclntab.py), each instruction's position from
    DWARF's line program when the executable carries one."""
    funcs = []
    for i, sec in enumerate(elf.sections):
        if sec.name == ".gopclntab":
            try:
                funcs = read_pclntab(bytes(elf.section_data(i)))
            except ObjError as e:
                raise ObjError(f"{elf.name}: {e}") from None
    units, rows = dwarf_rows(ObjectDwarf(elf))
    addresses = [row.offset for row in rows]
    for k, fn in enumerate(funcs):
        first, stop = bisect.bisect_left(addresses, fn.entry), bisect.bisect_left(addresses, fn.entry + fn.size)
        if first < stop and addresses[first] == fn.entry:
            # Positions only: the DWARF's inlined calls are not read here
            # (the tools print the innermost function's line).
            own = [replace(row, offset=row.offset - fn.entry) for row in rows[first:stop]]
            rec = function_record(units[first], own, [], fn.size)
            funcs[k] = replace(fn, files=rec.files, file_runs=decode_pcvalue(rec.pcfile),
                               line_runs=decode_pcvalue(rec.pcline), inline_runs=[], inline=[])
    return LineTable(funcs)


def dwarf_rows(dwarf: ObjectDwarf) -> tuple[list[DwarfLines], list[LineRow]]:
    """The rows of an executable's line program by address (their offsets
    are addresses), but those ending a sequence, each with its unit's
    table (for the file names)."""
    found = []
    at, end = 0, len(dwarf.data(".debug_line"))
    try:
        while at < end:
            table = dwarf.line_table(at)
            found += [(table, row) for seq in table.sequences for row in seq.rows[:-1]]
            at = table.end
    except (IndexError, ValueError) as e:
        raise ObjError(f"{dwarf.elf.name}: .debug_line: damaged at offset {at:#x} ({e})") from None
    found.sort(key=lambda f: f[1].offset)  # stable: rows at one address stay in program order
    return [table for table, _ in found], [row for _, row in found]


def object_lines(pcln: ElfFile) -> dict[str, FuncLines]:
    """Function name -> its positions (from offset 0), from a _pcln_.o."""
    out = {}
    for k, name in enumerate(pcln.symbol_names):
        _, info, _, shndx, value, size = pcln.symbols[k]
        if name.startswith(RECORD_PREFIX) and info & 0xF == SymType.STT_OBJECT:
            data = pcln.section_data(shndx)[value : value + size]
            fname = name[len(RECORD_PREFIX):]
            out[fname] = FuncLines.of_record(fname, 0, exact_record(data))
    return out
