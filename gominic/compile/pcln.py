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

Each record holds the tables twice: exact, for the tools (-S, objdump of
an archive), and exact only where the runtime looks, for .gopclntab
(at_calls): a third smaller, made here once rather than in every link.
"""

from __future__ import annotations

from dataclasses import replace

import llvmlite.ir as ir

from gominic.compile.backend import TRIPLE
from gominic.compile.statepoint import function_maps
from gominic.obj.dwarf import ObjectDwarf
from gominic.obj.elffile import SymBind, parse_elf
from gominic.obj.pcln import (
    RECORD_PREFIX, FuncRecord, InlineEntry, decode_pcvalue, encode_pcvalue, encode_record, entry_offsets, function_record,
)


def pcln_records(obj: bytes, name: str, func_args: dict[str, int],
                 saves_only: set[str] = frozenset()) -> list[tuple[str, bool, bytes]]:
    """(function symbol, is dupok, encoded record) for every function in
    obj, with its count of parameters from func_args; the functions of
    saves_only without stack maps get a record of their saved registers
    (statepoint.function_maps)."""
    elf = parse_elf(obj, name)
    dwarf = ObjectDwarf(elf)
    lines = dwarf.line_table()
    inlined = dwarf.inlined_calls()
    maps = function_maps(elf, saves_only)
    weak = {elf.symbols[k][3] for k in range(len(elf.symbols)) if elf.symbols[k][1] >> 4 == SymBind.STB_WEAK}
    entries = entry_offsets(elf)
    out = []
    for i, sec in enumerate(elf.sections):
        rows = lines.rows.get(i)
        if not sec.name.startswith(".text.") or not rows or sec.size == 0:
            continue
        entry = entries.get(i, 0)
        rows = [replace(row, offset=row.offset - entry) for row in rows if row.offset >= entry]
        calls = [replace(call, ranges=[(start - entry, end - entry) for start, end in call.ranges])
                 for call in inlined.get(i, [])]
        exact = function_record(lines, rows, calls, sec.size - entry)
        sym = sec.name[len(".text."):]
        exact.args = func_args.get(sym, 0)
        runtime = at_calls(exact, bytes(elf.section_data(i)[entry:]))
        runtime.stackmap = maps.get(i, b"")  # only the runtime reads them
        out.append((sym, i in weak, encode_record(runtime) + encode_record(exact)))
    return out


CALL_REL32 = 0xE8  # call rel32
CALL_INDIRECT = 0xFF  # with a ModRM whose reg field is 2: call r/m64


def call_sites(code: bytes) -> dict[int, int]:
    """For every call in code: the offset of its last byte -> its first.

    The runtime looks a pc up at a function's entry (FuncForPC(f).Entry),
    or one byte before a return address, in the call that pushed it: a
    goroutine stops only in calls (preemption is a call at a loop's
    back-edge, runtime/preempt.go; a nil dereference or a division by zero
    is an explicit check that calls the runtime's panic). Found without
    decoding instructions: every e8 byte, and every ff byte followed by a
    ModRM of /2, is taken for a call, whose length follows from the ModRM
    (and SIB) byte. A byte of an immediate that looks like a call only
    costs a table entry, never a wrong line."""
    sites = {}
    for opcode in (CALL_REL32, CALL_INDIRECT):  # bytes.find: every function of every package is scanned
        i = code.find(opcode)
        while i >= 0:
            if opcode == CALL_REL32:
                end = i + 5
            elif i + 1 < len(code) and code[i + 1] >> 3 & 7 == 2:
                end = i + 2 + modrm_extra(code, i + 1)
            else:
                end = len(code) + 1
            if end <= len(code):
                sites.setdefault(end - 1, i)
            i = code.find(opcode, i + 1)
    return sites


def modrm_extra(code: bytes, at: int) -> int:
    """How many bytes follow the ModRM byte at code[at] (SIB, displacement)."""
    mod, rm = code[at] >> 6, code[at] & 7
    if mod == 3:
        return 0
    sib = 1 if rm == 4 else 0
    if mod == 1:
        return sib + 1
    if mod == 2 or rm == 5 or (sib and at + 1 < len(code) and code[at + 1] & 7 == 5):
        return sib + 4
    return sib


def at_calls(rec: FuncRecord, code: bytes) -> FuncRecord:
    """rec with tables exact where the runtime looks (call_sites) and
    nowhere else: elsewhere a pc has the position of the call before it,
    or the entry's. Most of the position changes LLVM's scheduling leaves
    between two calls go, and the inlined calls with no call in them; a
    third of hello's .gopclntab. (Debuggers read DWARF's line program,
    which keeps every instruction's line.)"""
    size = len(code)
    starts = {0: 0} | {last: first for last, first in call_sites(code).items() if 0 < last < size}
    points = sorted(starts)
    exact = (decode_pcvalue(rec.pcfile), decode_pcvalue(rec.pcline),
             decode_pcvalue(rec.pcinline) if rec.inline else [(-1, size)])
    columns = [values_at(runs, points) for runs in exact]  # file, line, inlined call at each point
    if rec.inline:
        mark_parents(rec.inline, points, starts, columns)
    pcfile, pcline, pcinline = (runs_through(points, starts, column, size) for column in columns)
    inline = rec.inline
    if inline:
        kept = sorted({k for value, _ in pcinline for k in ancestry(inline, value)})
        number = {old: new for new, old in enumerate(kept)} | {-1: -1}
        pcinline = [(number[value], length) for value, length in pcinline]
        inline = [InlineEntry(inline[k].name, number[inline[k].parent], inline[k].file, inline[k].line) for k in kept]
    return FuncRecord(rec.start_line, rec.files, encode_pcvalue(pcfile), encode_pcvalue(pcline),
                      encode_pcvalue(pcinline) if inline else b"", inline, rec.stackmap, rec.args)


def mark_parents(inline: list[InlineEntry], points: list[int], starts: dict[int, int],
                 columns: list[list[int]]) -> None:
    """Give every inlined call the runtime keeps a parent with code of its
    own in the tables: the runtime names a caller's logical frame by a pc
    of it (runtime/symtab.go's inlinePC, Go's parentPc), so that
    runtime.FuncForPC of runtime.Caller(1)'s pc names the caller. A parent
    whose code is all calls it inlined gets a mark, as Go's compiler
    emits an inline mark: a byte just below one of those calls' last (a
    byte the runtime never looks up otherwise) with the call site's file
    and line."""
    present = set(columns[2])
    i = 0
    while i < len(points):
        call = i
        for k in ancestry(inline, columns[2][call]):
            parent = inline[k].parent
            if parent in present:
                continue
            free = points[i] - 1  # below the marks already placed under this call
            if free <= (points[i - 1] if i else 0):
                break  # no byte left: a later call in the same code may have one
            points.insert(i, free)
            starts[free] = free
            for column, value in zip(columns, (inline[k].file, inline[k].line, parent)):
                column.insert(i, value)
            present.add(parent)
            call += 1
        i = call + 1


def runs_through(points: list[int], starts: dict[int, int], values: list[int], size: int) -> list[tuple[int, int]]:
    """The (value, length) runs of a table exact at points: each point's
    run from its call's first byte if no other point lies in between."""
    runs: list[tuple[int, int]] = []  # (first pc, value)
    previous = -1
    for last, value in zip(points, values):
        if not runs or value != runs[-1][1]:
            runs.append((max(starts[last], previous + 1), value))
        previous = last
    return [(value, end - start) for (start, value), (end, _) in zip(runs, runs[1:] + [(size, 0)])]


def values_at(runs: list[tuple[int, int]], points: list[int]) -> list[int]:
    """The value (value, length) runs give at each of the sorted offsets
    points (-1 past their end)."""
    out, k, end = [], 0, runs[0][1] if runs else 0
    for p in points:
        while p >= end and k + 1 < len(runs):
            k += 1
            end += runs[k][1]
        out.append(runs[k][0] if p < end else -1)
    return out


def ancestry(inline: list[InlineEntry], k: int) -> list[int]:
    """Inlined call k and the calls it sits in (none for -1)."""
    out = []
    while k >= 0:
        out.append(k)
        k = inline[k].parent
    return out


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
