"""This module implements the type links: the list of the program's type
descriptors that reflect may need to find at run time (Go's typelinks).

reflect builds types at run time (PointerTo, SliceOf, MapOf, ArrayOf,
ChanOf, FuncOf, StructOf), and a type built so must be the very descriptor
the compiler emitted for the same type, if the program has one: the runtime
compares types by address (type assertions, interface equality, map keys).
The runtime declares

    var typelinks []*_type

and, when that variable is reachable (only a program using those reflect
functions reaches it), the linker fills it after dead-code elimination with
an R_X86_64_64 pointer to every reachable descriptor of a composite type
(gominic/obj/typelinks.py says how descriptors are recognised).
"""

from __future__ import annotations

from gominic.link.loader import Loader
from gominic.link.symkind import SymKind
from gominic.obj.elffile import RelocType
from gominic.obj.typelinks import FIRST_COMPOSITE_KIND, KIND_OFFSET, is_descriptor

TYPELINKS = "runtime.typelinks"


def build_typelinks(loader: Loader) -> None:
    """Fill runtime.typelinks if the program uses it."""
    var = loader.lookup(TYPELINKS)
    if var == 0 or not loader.attr_reachable(var):
        return
    types = [s for s in loader.reachable_section_syms()
             if is_descriptor(loader.sym_name(s)) and loader.data(s)[KIND_OFFSET] >= FIRST_COMPOSITE_KIND]
    relocs = [(8 * i, RelocType.R_X86_64_64, s, 0) for i, s in enumerate(types)]
    entries = loader.create_external("runtime.typelinks.entries", SymKind.SRODATA, bytes(8 * len(types)), relocs)
    loader.set_attr_reachable(entries)
    n = len(types).to_bytes(8, "little")
    loader.set_content(var, SymKind.SDATA, bytes(8) + n + n, [(0, RelocType.R_X86_64_64, entries, 0)])
