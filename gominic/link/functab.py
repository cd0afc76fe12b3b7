"""This module implements the function table: the names of the program's
functions at run time, for the runtime's panic tracebacks.

Go's linker writes a "pclntab" mapping every program counter to its
function, file and line. Ours is its first column: the runtime declares

    var functab []funcinfo   // type funcinfo struct { entry uintptr; name string }

and, when that variable is reachable, the linker fills it in after dead-code
elimination with one entry per reachable function, in layout order: the
entry address and the name, each an R_X86_64_64 relocation, so the table is
correct whatever addresses layout then assigns. The names are one read-only
blob (``runtime.funcnames``).
"""

from __future__ import annotations

from gominic.link.loader import Loader
from gominic.link.symkind import SymKind
from gominic.obj.elffile import RelocType

FUNCTAB = "runtime.functab"
ENTRY_SIZE = 24  # entry uintptr, name {ptr, len}


def build_functab(loader: Loader) -> None:
    """Fill runtime.functab if the program's runtime uses it."""
    var = loader.lookup(FUNCTAB)
    if var == 0 or not loader.attr_reachable(var):
        return
    funcs = [s for s in loader.reachable_section_syms()
             if loader.sym_kind(s) == SymKind.STEXT and not loader.is_anonymous(s)]
    names = bytearray()
    name_offsets = []
    for s in funcs:
        name_offsets.append(len(names))
        names += loader.sym_name(s).encode()
    blob = loader.create_external("runtime.funcnames", SymKind.SRODATA, bytes(names))
    table = bytearray(ENTRY_SIZE * len(funcs))
    relocs = []
    for i, (s, off) in enumerate(zip(funcs, name_offsets)):
        base = i * ENTRY_SIZE
        relocs.append((base, RelocType.R_X86_64_64, s, 0))
        relocs.append((base + 8, RelocType.R_X86_64_64, blob, off))
        table[base + 16:base + 24] = len(loader.sym_name(s).encode()).to_bytes(8, "little")
    entries = loader.create_external("runtime.functab.entries", SymKind.SRODATA, bytes(table), relocs)
    n = len(funcs).to_bytes(8, "little")
    header = bytes(8) + n + n
    loader.set_content(var, SymKind.SDATA, header, [(0, RelocType.R_X86_64_64, entries, 0)])
    for s in (blob, entries):
        loader.set_attr_reachable(s)
