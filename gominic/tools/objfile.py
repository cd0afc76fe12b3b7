"""This module implements reading a file the way the inspection tools need
it (``objdump``, ``compile -S``, ``compile -objdump``): an executable or a
package archive, as a list of ELF files, and from each ELF file its
functions (name, address, code) and, in an object, its relocations.

In an object file nothing has an address yet: a function's "address" is
its offset within its own section (every function has a section of its
own), and the relocations say what the linker will write where.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from gominic.obj.archive import AR_MAGIC, PKGDEF, SUMS, read_archive
from gominic.obj.elffile import (
    ElfFile, ElfType, SectionFlag, SectionIndex, SectionType, SymType, parse_elf, read_relocations, reloc_type_name,
)
from gominic.tools.disasm import Symbolizer


@dataclass(frozen=True, slots=True)
class Function:
    name: str
    addr: int  # in an executable, the address; in an object, the offset in its section
    code: bytes
    section: int  # the index of the section holding it


def elf_files(path: Path) -> list[ElfFile]:
    """The ELF files in path: the file itself, or each object of an archive."""
    data = path.read_bytes()
    if data.startswith(AR_MAGIC):
        return [parse_elf(m.data, f"{path}({m.name})") for m in read_archive(data, str(path)) if m.name not in (PKGDEF, SUMS)]
    return [parse_elf(data, str(path))]


def is_relocatable(elf: ElfFile) -> bool:
    return elf.type == ElfType.ET_REL


def functions(elf: ElfFile) -> list[Function]:
    """The functions (STT_FUNC symbols in executable sections), by address."""
    funcs = []
    for (_, info, _, shndx, value, size), name in zip(elf.symbols, elf.symbol_names):
        if info & 0xF != SymType.STT_FUNC or not 0 < shndx < SectionIndex.SHN_ABS:
            continue
        sec = elf.sections[shndx]
        if not sec.flags & SectionFlag.SHF_EXECINSTR:
            continue
        start = value if is_relocatable(elf) else value - sec.addr
        code = bytes(elf.section_data(shndx)[start : start + size])
        funcs.append(Function(name, value, code, shndx))
    return sorted(funcs, key=lambda f: (f.section if is_relocatable(elf) else 0, f.addr))


def symbolizer(elf: ElfFile, section: int | None = None) -> Symbolizer:
    """Names for the addresses of an executable, or for one section of an
    object (its symbols' offsets and its relocations)."""
    starts = []
    for (_, info, _, shndx, value, size), name in zip(elf.symbols, elf.symbol_names):
        kind = info & 0xF
        if name and kind not in (SymType.STT_SECTION, SymType.STT_FILE) and 0 < shndx < SectionIndex.SHN_ABS:
            if section is None or shndx == section:
                starts.append((value, name, size))
    return Symbolizer(sorted(starts), reloc_notes(elf, section) if section is not None else {})


def relocation_section(elf: ElfFile, section: int) -> int:
    """The index of the SHT_RELA section applying to section, or 0."""
    for i, sec in enumerate(elf.sections):
        if sec.type == SectionType.SHT_RELA and sec.info == section:
            return i
    return 0


def relocations(elf: ElfFile, section: int) -> list[tuple[int, str, str, int]]:
    """The relocations of a section: (offset, type name, target name, addend).
    A target that is a section symbol is named by its section."""
    rela = relocation_section(elf, section)
    if not rela:
        return []
    out = []
    for off, info, addend in read_relocations(elf, rela):
        k = info >> 32
        _, sym_info, _, shndx, _, _ = elf.symbols[k]
        name = elf.symbol_names[k]
        if sym_info & 0xF == SymType.STT_SECTION:
            name = elf.sections[shndx].name
        out.append((off, reloc_type_name(info & 0xFFFFFFFF), name, addend))
    return out


def reloc_notes(elf: ElfFile, section: int) -> dict[int, tuple[str, str, int]]:
    """Offset -> (type, target, addend) for one section's relocations."""
    return {off: (rtype, name, addend) for off, rtype, name, addend in relocations(elf, section)}
