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
        rec.frame = frame_size(bytes(elf.section_data(i)[:32]))
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
    return FuncRecord(rows[0].line or line, 0, names, encode_pcvalue(runs_of(file_at)),
                      encode_pcvalue(runs_of(line_at)), encode_pcvalue(runs_of(inline_at)), tree)


def frame_size(code: bytes) -> int:
    """The bytes a function's prologue reserves below its frame pointer:
    after ``push %rbp; mov %rsp, %rbp``, the callee-saved registers it
    pushes and the ``sub $n, %rsp`` for its locals (0 for other code)."""
    if not code.startswith(b"\x55\x48\x89\xe5"):
        return 0
    pos, size = 4, 0
    while pos < len(code):
        if 0x50 <= code[pos] <= 0x57:  # push %rbx ... %rdi
            pos, size = pos + 1, size + 8
        elif code[pos] == 0x41 and pos + 1 < len(code) and 0x50 <= code[pos + 1] <= 0x57:  # push %r8 ... %r15
            pos, size = pos + 2, size + 8
        elif code[pos : pos + 3] == b"\x48\x83\xec":  # sub $imm8, %rsp
            return size + code[pos + 3]
        elif code[pos : pos + 3] == b"\x48\x81\xec":  # sub $imm32, %rsp
            return size + int.from_bytes(code[pos + 3 : pos + 7], "little")
        else:
            break
    return size


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
