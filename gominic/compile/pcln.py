"""This module implements the compiler's position tables: for every function
of a package's object, its pc->file, pc->line and pc->inlined-call tables
(the record format is in gominic/obj/pcln.py), put beside the code in an
object of their own, ``_pcln_.o``, for the linker to gather into
``.gopclntab``.

Go's compiler writes these tables while it assembles each function. Ours
hands code generation to LLVM, so it reads them back from what LLVM wrote:
the DWARF line program gives each instruction's file and line, and the DWARF
tree of inlined subroutines gives the calls LLVM inlined (obj/dwarf.py).
Reading them here, once per package, keeps DWARF decoding out of every link.

A row of the line program covers the code up to the next row. Code LLVM
attributes to line 0 (no particular source line: merged or moved code)
keeps the line before it, so every pc of a function has a real line.
"""

from __future__ import annotations

import llvmlite.ir as ir

from gominic.compile.backend import TRIPLE
from gominic.obj.dwarf import InlinedCall, LineRow, LineTable, ObjectDwarf
from gominic.obj.elffile import SymBind, parse_elf
from gominic.obj.pcln import FuncRecord, InlineEntry, encode_pcvalue, encode_record, runs_of

RECORD_PREFIX = "go:pcln."


def pcln_records(obj: bytes, name: str) -> list[tuple[str, bool, bytes]]:
    """(function symbol, is dupok, encoded record) for every function in obj."""
    elf = parse_elf(obj, name)
    dwarf = ObjectDwarf(elf)
    lines = dwarf.line_table()
    inlined = dwarf.inlined_calls()
    weak = {elf.symbols[k][3] for k in range(len(elf.symbols)) if elf.symbols[k][1] >> 4 == SymBind.STB_WEAK}
    out = []
    for i, sec in enumerate(elf.sections):
        rows = lines.rows.get(i)
        if not sec.name.startswith(".text.") or not rows or sec.size == 0:
            continue
        rec = function_record(lines, rows, inlined.get(i, []), sec.size)
        out.append((sec.name[len(".text."):], i in weak, encode_record(rec)))
    return out


def function_record(lines: LineTable, rows: list[LineRow], calls: list[InlinedCall], size: int) -> FuncRecord:
    """The tables of one function of size bytes from its line rows and inlined calls."""
    files: dict[int, int] = {}  # DWARF file number -> the function's own
    file_at, line_at = [0] * size, [0] * size
    line = next((r.line for r in rows if r.line), 1)
    for row, nxt in zip(rows, rows[1:] + [LineRow(size, 0, 0)]):
        start, end = row.offset, min(nxt.offset, size)
        if end <= start:
            continue
        line = row.line or line
        file = files.setdefault(row.file, len(files))
        file_at[start:end] = [file] * (end - start)
        line_at[start:end] = [line] * (end - start)
    inline_at = [-1] * size
    tree = []
    for k, call in enumerate(calls):
        for start, end in call.ranges:
            end = min(end, size)
            if end > start:
                inline_at[start:end] = [k] * (end - start)
        tree.append(InlineEntry(call.name, call.parent, files.setdefault(call.call_file, len(files)),
                                call.call_line))
    names = [lines.files[f] if f < len(lines.files) else "?" for f in files]
    return FuncRecord(rows[0].line or line, names, encode_pcvalue(runs_of(file_at)),
                      encode_pcvalue(runs_of(line_at)), encode_pcvalue(runs_of(inline_at)), tree)


def pcln_module(records: list[tuple[str, bool, bytes]]) -> str:
    """The LLVM IR of an object holding each record in a section of its own."""
    module = ir.Module(name="pcln")
    module.triple = TRIPLE
    for sym, dupok, data in records:
        ty = ir.ArrayType(ir.IntType(8), len(data))
        g = ir.GlobalVariable(module, ty, RECORD_PREFIX + sym)
        g.initializer = ir.Constant(ty, bytearray(data))
        g.global_constant = True
        g.section = f".gopclntab.{sym}"
        g.align = 1
        if dupok:
            g.linkage = "linkonce_odr"
    return str(module)
