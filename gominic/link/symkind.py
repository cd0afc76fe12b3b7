"""This module implements symbol kinds, as Go's cmd/link/internal/sym does.

The order of ``SymKind`` is the order of the executable's sections: layout
sorts reachable symbols by kind, so adding a kind in the right place is all
it takes to add an output section.  A symbol's kind comes from the name of
the input section that holds it (``.text.main.main`` -> STEXT) or, for
sections named otherwise, from its ELF flags.
"""

from __future__ import annotations

import enum

from gominic.obj.elffile import SectionFlag, SectionType


class SymKind(enum.IntEnum):
    SXXX = 0  # no kind: an undefined reference
    STEXT = 1  # code: R+X segment
    SRODATA = 2  # read-only data: R segment
    SPCLNTAB = 3  # the pc-line table: R segment
    SNOPTRDATA = 4  # initialised data holding no pointers: RW segment
    SDATA = 5  # initialised data that may hold pointers (a GC root)
    SBSS = 6  # zeroed data that may hold pointers (a GC root)
    SNOPTRBSS = 7  # zeroed data holding no pointers


# Output section name of each kind, in layout order.
SECTION_NAMES = {
    SymKind.STEXT: ".text",
    SymKind.SRODATA: ".rodata",
    SymKind.SPCLNTAB: ".gopclntab",
    SymKind.SNOPTRDATA: ".noptrdata",
    SymKind.SDATA: ".data",
    SymKind.SBSS: ".bss",
    SymKind.SNOPTRBSS: ".noptrbss",
}

# Input section name prefixes: the first dot-separated part of a section's
# name, so that ".database" is not ".data".  LLVM's ".data.rel.ro" (constants
# holding addresses) is writable data, as its flags say.
_PREFIXES = {
    ".text": SymKind.STEXT,
    ".rodata": SymKind.SRODATA,
    ".gopclntab": SymKind.SPCLNTAB,  # a function's position tables (compile/pcln.py)
    ".noptrdata": SymKind.SNOPTRDATA,
    ".data": SymKind.SDATA,
    ".noptrbss": SymKind.SNOPTRBSS,
    ".bss": SymKind.SBSS,
}


def kind_of_section(name: str, sh_type: int, sh_flags: int) -> SymKind:
    """The kind of an allocatable input section.

    kind_of_section(".rodata.cst8", PROGBITS, A) -> SRODATA;
    kind_of_section(".ldata", PROGBITS, WA) -> SDATA (by its flags).
    """
    end = name.find(".", 1)
    kind = _PREFIXES.get(name if end < 0 else name[:end])
    if kind is not None:
        return kind
    if sh_flags & SectionFlag.SHF_EXECINSTR:
        return SymKind.STEXT
    if sh_flags & SectionFlag.SHF_WRITE:
        return SymKind.SBSS if sh_type == SectionType.SHT_NOBITS else SymKind.SDATA
    return SymKind.SRODATA


def is_zeroed(kind: SymKind) -> bool:
    """Whether symbols of this kind take no file space (.bss, .noptrbss)."""
    return kind in (SymKind.SBSS, SymKind.SNOPTRBSS)
