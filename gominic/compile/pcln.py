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
"""

from __future__ import annotations

import llvmlite.ir as ir

from gominic.compile.backend import TRIPLE
from gominic.compile.statepoint import function_maps
from gominic.obj.dwarf import ObjectDwarf
from gominic.obj.elffile import SymBind, parse_elf
from gominic.obj.pcln import encode_record, function_record

RECORD_PREFIX = "go:pcln."


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
    out = []
    for i, sec in enumerate(elf.sections):
        rows = lines.rows.get(i)
        if not sec.name.startswith(".text.") or not rows or sec.size == 0:
            continue
        rec = function_record(lines, rows, inlined.get(i, []), sec.size)
        rec.stackmap = maps.get(i, b"")
        sym = sec.name[len(".text."):]
        rec.args = func_args.get(sym, 0)
        out.append((sym, i in weak, encode_record(rec)))
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
