"""This module implements the compiler's ``-objdump`` view: what is inside
each object a package compiled to, as ``readelf -S -s -r`` shows it, in
three tables:

    sections      every section: name, type, flags (A alloc, W write,
                  X exec), size, alignment. One function or variable per
                  section (.text.main.main), so the linker can drop dead
                  ones singly.
    symbols       every symbol: value (offset in its section), size, type,
                  binding (WEAK: a duplicate the linker may merge), section
                  (UND: defined in another package)
    relocations   for each section, the places the linker must patch:
                  offset, type, target symbol and addend
"""

from __future__ import annotations

from gominic.obj.elffile import ElfFile, SectionIndex, SectionType, SymBind, SymType, parse_elf
from gominic.tools.objfile import relocations

FLAG_LETTERS = ((0x2, "A"), (0x1, "W"), (0x4, "X"))


def enum_name(enum_type, value: int, prefix: str) -> str:
    """SectionType 1 -> "PROGBITS"; an unknown value as a number."""
    try:
        return enum_type(value).name.removeprefix(prefix)
    except ValueError:
        return str(value)


def section_table(elf: ElfFile) -> list[str]:
    lines = ["Sections:", f"  [Nr] {'name':<36} {'type':<9} flg {'size':>7} align"]
    for i, sec in enumerate(elf.sections[1:], 1):
        flags = "".join(letter for bit, letter in FLAG_LETTERS if sec.flags & bit)
        lines.append(f"  [{i:2}] {sec.name:<36} {enum_name(SectionType, sec.type, 'SHT_'):<9} "
                     f"{flags:<3} {sec.size:7d} {sec.addralign:5d}")
    return lines


def symbol_section(elf: ElfFile, shndx: int) -> str:
    if shndx == SectionIndex.SHN_UNDEF:
        return "UND"
    if shndx >= SectionIndex.SHN_ABS:
        return enum_name(SectionIndex, shndx, "SHN_")
    return elf.sections[shndx].name


def symbol_table(elf: ElfFile) -> list[str]:
    lines = ["Symbols:", f"  {'value':>8} {'size':>6} {'type':<7} {'bind':<6} {'section':<36} name"]
    for (_, info, _, shndx, value, size), name in zip(elf.symbols[1:], elf.symbol_names[1:]):
        kind = enum_name(SymType, info & 0xF, "STT_")
        bind = enum_name(SymBind, info >> 4, "STB_")
        lines.append(f"  {value:8x} {size:6d} {kind:<7} {bind:<6} {symbol_section(elf, shndx):<36} {name}")
    return lines


def relocation_tables(elf: ElfFile) -> list[str]:
    lines = ["Relocations:"]
    for i, sec in enumerate(elf.sections):
        relocs = relocations(elf, i) if sec.type != SectionType.SHT_RELA else []
        if relocs:
            lines.append(f"  {sec.name}:")
            lines += [f"    {off:#06x} {rtype:<24} {target}{addend:+d}" for off, rtype, target, addend in relocs]
    return lines


def object_view(name: str, data: bytes) -> str:
    """The three tables of one ELF object."""
    elf = parse_elf(data, name)
    head = f"{name}: ELF64 relocatable x86-64, {len(elf.sections) - 1} sections, {len(elf.symbols) - 1} symbols"
    return "\n".join([head, "", *section_table(elf), "", *symbol_table(elf), "", *relocation_tables(elf)]) + "\n"
