"""This module implements ``gominic tool nm``: listing the symbols of an
executable or of a package archive's objects, in the format of ``go tool nm``:

      401000 T main.main            address (hex, width 8), type, name
      401000       42 T main.main   with size=True
             U runtime.write        undefined (archives only)

The type letter says where the symbol lives, from its section's kind as
the linker decides it (symkind.kind_of_section: by name, else by flags):
T text, R read-only data, D data, B bss (zeroed, no file bytes), U
undefined; lower case for a local symbol.  In an archive, addresses are
offsets within the symbol's section.
"""

from __future__ import annotations

from pathlib import Path

from gominic.link.symkind import SymKind, kind_of_section
from gominic.obj.archive import AR_MAGIC, PKGDEF, SUMS, read_archive
from gominic.obj.elffile import ElfFile, SectionIndex, SectionType, SymBind, SymType, parse_elf

# (address, size, type letter, name)
NmSym = tuple[int, int, str, str]


LETTERS = {SymKind.STEXT: "T", SymKind.SRODATA: "R", SymKind.SPCLNTAB: "R", SymKind.SNOPTRDATA: "D",
           SymKind.SDATA: "D", SymKind.SBSS: "B", SymKind.SNOPTRBSS: "B"}


def section_letter(elf: ElfFile, shndx: int) -> str:
    """T, R, D or B for a symbol defined in section ``shndx``; U if undefined."""
    if shndx == SectionIndex.SHN_UNDEF:
        return "U"
    if shndx >= SectionIndex.SHN_ABS:
        return "A"
    sec = elf.sections[shndx]
    return LETTERS[kind_of_section(sec.name, sec.type, sec.flags)]


def elf_symbols(elf: ElfFile) -> list[NmSym]:
    """The named symbols of an ELF file (no section or file symbols)."""
    syms = []
    for (_, info, _, shndx, value, size), name in zip(elf.symbols, elf.symbol_names):
        if not name or (info & 0xF) in (SymType.STT_SECTION, SymType.STT_FILE):
            continue
        letter = section_letter(elf, shndx)
        if info >> 4 == SymBind.STB_LOCAL:
            letter = letter.lower()
        syms.append((value, size, letter, name))
    return syms


class NoSymbols(Exception):
    """The file has no symbols to list (a binary linked with -s, say)."""


def file_symbols(path: Path) -> list[NmSym]:
    """Symbols of an executable, or of every object in a package archive."""
    data = path.read_bytes()
    if data.startswith(AR_MAGIC):
        syms = []
        for member in read_archive(data, str(path)):
            if member.name not in (PKGDEF, SUMS):
                syms += elf_symbols(parse_elf(member.data, f"{path}({member.name})"))
    else:
        elf = parse_elf(data, str(path))
        if not any(sec.type == SectionType.SHT_SYMTAB for sec in elf.sections):
            raise NoSymbols("no symbol section")
        syms = elf_symbols(elf)
    if not syms:
        raise NoSymbols("no symbols")
    return syms


def format_symbol(sym: NmSym, size: bool) -> str:
    addr, nbytes, letter, name = sym
    text = f"{'':8}" if letter == "U" else f"{addr:8x}"
    if size:
        text += f" {nbytes:8d}"
    return f"{text} {letter} {name}"


def nm(path: str | Path, sort: str = "name", size: bool = False) -> str:
    """The listing of ``path``, sorted by "name", "address" or "none"."""
    syms = file_symbols(Path(path))
    if sort == "name":
        syms.sort(key=lambda sym: (sym[3], sym[0]))
    elif sort == "address":
        syms.sort(key=lambda sym: (sym[0], sym[3]))
    elif sort != "none":
        raise ValueError(f"unknown sort order {sort!r}: want name, address or none")
    return "".join(format_symbol(sym, size) + "\n" for sym in syms)
