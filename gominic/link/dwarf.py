"""This module implements the executable's DWARF: the debug sections LLVM
wrote in every package object, carried through to the output for gdb,
addr2line and objdump (Go's linker writes its own DWARF in
cmd/link/internal/ld/dwarf.go; ours passes LLVM's on).

Each object's ``.debug_info``, ``.debug_abbrev``, ``.debug_line``,
``.debug_str``, ``.debug_ranges``, ``.debug_loc`` and ``.debug_frame`` are
concatenated, object after object, into one output section of each name:
DWARF is made of independent units (a compile unit, a line program, a frame
description), each finding its parts through offsets, so pieces can simply
be laid end to end. Those offsets, and every code address, are relocations
the object still carries (``.rela.debug_info`` ...): one against another
debug section becomes that object's piece's place in the output section
plus the addend; one against code becomes the function's address. Code
that dead-code elimination dropped has no address: its references become 0
(1 in range and location lists, where 0, 0 would end the list), as GNU ld
and lld do.

As Go's linker does, each section is compressed with zlib (an ELF
``SHF_COMPRESSED`` section: an Elf64_Chdr, then the zlib stream), which gdb,
readelf and addr2line read directly. ``-w`` (and ``-s``) leave DWARF out.
"""

from __future__ import annotations

import struct
import zlib

from gominic.link.loader import Loader
from gominic.obj.elffile import RelocType, SectionIndex, SectionType, read_relocations

DEBUG_SECTIONS = (".debug_abbrev", ".debug_info", ".debug_str", ".debug_line", ".debug_ranges",
                  ".debug_loc", ".debug_frame")
LIST_SECTIONS = (".debug_ranges", ".debug_loc")  # where an address of 0 would end a list
SHF_COMPRESSED = 0x800
ELFCOMPRESS_ZLIB = 1
CHDR = struct.Struct("<IIQQ")  # Elf64_Chdr: ch_type, ch_reserved, ch_size, ch_addralign
FIELDS = {RelocType.R_X86_64_64: struct.Struct("<Q"), RelocType.R_X86_64_32: struct.Struct("<I")}


def debug_sections(loader: Loader) -> dict[str, bytes]:
    """The output debug sections, relocated (and not yet compressed)."""
    out = {name: bytearray() for name in DEBUG_SECTIONS}
    pieces = []  # (object, section index, output section name, offset there)
    bases: list[dict[int, int]] = []  # per object: debug section index -> offset in its output section
    for obj in loader.objs:
        base = {}
        for i, sec in enumerate(obj.elf.sections):
            if sec.name in out and sec.type == SectionType.SHT_PROGBITS:
                base[i] = len(out[sec.name])
                pieces.append((obj, i, sec.name, len(out[sec.name])))
                out[sec.name] += obj.elf.section_data(i)
        bases.append(base)
    for obj_index, obj in enumerate(loader.objs):
        relas = {sec.info: i for i, sec in enumerate(obj.elf.sections) if sec.type == SectionType.SHT_RELA}
        for _, i, name, at in (p for p in pieces if p[0] is obj):
            if i in relas:
                relocate(loader, obj_index, relas[i], out[name], at, name in LIST_SECTIONS, bases[obj_index])
    return {name: bytes(data) for name, data in out.items() if data}


def relocate(loader: Loader, obj_index: int, rela: int, data: bytearray, at: int, in_list: bool,
             base: dict[int, int]) -> None:
    """Apply one debug section's relocations to its piece at data[at:]."""
    obj = loader.objs[obj_index]
    addrs = loader.sym_addresses()
    for off, info, addend in read_relocations(obj.elf, rela):
        k, rtype = info >> 32, info & 0xFFFFFFFF
        _, _, _, shndx, value, _ = obj.elf.symbols[k]
        if shndx in base:  # another debug section of the same object
            v = base[shndx] + value + addend
        elif shndx == SectionIndex.SHN_UNDEF or obj.symids[k] == 0 or not loader.attr_reachable(obj.symids[k]):
            v = 1 if in_list else 0
        else:
            v = addrs[obj.symids[k]] + obj.symoffs[k] + addend
        FIELDS[rtype].pack_into(data, at + off, v)


def compress(data: bytes) -> bytes:
    """An SHF_COMPRESSED section's contents: the header, then zlib's stream."""
    return CHDR.pack(ELFCOMPRESS_ZLIB, 0, len(data), 1) + zlib.compress(data, 9)
