"""This module implements reading ELF64 little-endian files: the relocatable
objects LLVM emits for each package and the executables our linker writes.

It is the *input* half of the ELF model (the linker's ``link/elf.py`` is the
output half): the file header, the section header table, the symbol table
and RELA relocation sections, decoded with ``struct`` straight from a
``memoryview`` of the file so that no section's bytes are copied.  Every
offset and size is checked against the file before it is used, so a
truncated or corrupt object is one clear ``ObjError`` instead of a Python
traceback.

The constants are those of the System V ABI "ELF-64 Object File Format"
and the x86-64 psABI (relocation types, chapter 4.4).  Each on-disk record
is a ``struct.Struct`` whose size is checked against the specification.
"""

from __future__ import annotations

import enum
import struct
from dataclasses import dataclass
from typing import Iterator, NamedTuple

from gominic.obj.archive import ObjError


class ElfType(enum.IntEnum):
    """e_type: what kind of ELF file."""

    ET_REL = 1
    ET_EXEC = 2


class Machine(enum.IntEnum):
    """e_machine: the target architecture."""

    EM_X86_64 = 62


class SectionType(enum.IntEnum):
    """sh_type: what a section holds."""

    SHT_NULL = 0
    SHT_PROGBITS = 1
    SHT_SYMTAB = 2
    SHT_STRTAB = 3
    SHT_RELA = 4
    SHT_NOTE = 7
    SHT_NOBITS = 8
    SHT_GROUP = 17
    SHT_X86_64_UNWIND = 0x70000001


class SectionFlag(enum.IntEnum):
    """sh_flags bits: writable, occupies memory, holds code.

    IntEnum rather than IntFlag: ``flags & SHF_ALLOC`` then runs as plain
    int arithmetic, which matters when the loader tests 100,000 sections.
    """

    SHF_WRITE = 0x1
    SHF_ALLOC = 0x2
    SHF_EXECINSTR = 0x4
    SHF_COMPRESSED = 0x800  # starts with an Elf64_Chdr (obj/dwarf.py CHDR), then compressed bytes


class SectionIndex(enum.IntEnum):
    """Reserved values of a symbol's st_shndx."""

    SHN_UNDEF = 0
    SHN_ABS = 0xFFF1
    SHN_COMMON = 0xFFF2
    SHN_XINDEX = 0xFFFF


class SymBind(enum.IntEnum):
    """The high nibble of st_info: who can see the symbol (WEAK: may be duplicated)."""

    STB_LOCAL = 0
    STB_GLOBAL = 1
    STB_WEAK = 2


class SymType(enum.IntEnum):
    """The low nibble of st_info: what the symbol names."""

    STT_NOTYPE = 0
    STT_OBJECT = 1
    STT_FUNC = 2
    STT_SECTION = 3
    STT_FILE = 4


class ProgramType(enum.IntEnum):
    """p_type: what a program header describes."""

    PT_LOAD = 1
    PT_NOTE = 4
    PT_GNU_STACK = 0x6474E551


class ProgramFlag(enum.IntEnum):
    """p_flags bits: the memory protection of a segment (combined with |)."""

    PF_X = 0x1
    PF_W = 0x2
    PF_R = 0x4


class RelocType(enum.IntEnum):
    """x86-64 relocation types (psABI table 4.9); the linker handles a subset."""

    R_X86_64_NONE = 0
    R_X86_64_64 = 1
    R_X86_64_PC32 = 2
    R_X86_64_GOT32 = 3
    R_X86_64_PLT32 = 4
    R_X86_64_COPY = 5
    R_X86_64_GLOB_DAT = 6
    R_X86_64_JUMP_SLOT = 7
    R_X86_64_RELATIVE = 8
    R_X86_64_GOTPCREL = 9
    R_X86_64_32 = 10
    R_X86_64_32S = 11
    R_X86_64_16 = 12
    R_X86_64_PC16 = 13
    R_X86_64_8 = 14
    R_X86_64_PC8 = 15
    R_X86_64_DTPMOD64 = 16
    R_X86_64_DTPOFF64 = 17
    R_X86_64_TPOFF64 = 18
    R_X86_64_TLSGD = 19
    R_X86_64_TLSLD = 20
    R_X86_64_DTPOFF32 = 21
    R_X86_64_GOTTPOFF = 22
    R_X86_64_TPOFF32 = 23
    R_X86_64_PC64 = 24
    R_X86_64_GOTOFF64 = 25
    R_X86_64_GOTPC32 = 26
    R_X86_64_SIZE32 = 32
    R_X86_64_SIZE64 = 33
    R_X86_64_GOTPCRELX = 41
    R_X86_64_REX_GOTPCRELX = 42


def reloc_type_name(rtype: int) -> str:
    """R_X86_64_PC32 for 2; R_X86_64_??? for a number the psABI table lacks."""
    try:
        return RelocType(rtype).name
    except ValueError:
        return "R_X86_64_???"


# The members that loops over every section and symbol test, as plain ints:
# in Python 3.11 looking up an IntEnum member costs six times an int's.
SHT_PROGBITS, SHT_NOBITS, SHT_RELA = int(SectionType.SHT_PROGBITS), int(SectionType.SHT_NOBITS), int(SectionType.SHT_RELA)
SHF_ALLOC = int(SectionFlag.SHF_ALLOC)
SHN_UNDEF, SHN_ABS, SHN_COMMON = int(SectionIndex.SHN_UNDEF), int(SectionIndex.SHN_ABS), int(SectionIndex.SHN_COMMON)
STB_LOCAL, STB_WEAK = int(SymBind.STB_LOCAL), int(SymBind.STB_WEAK)
STT_SECTION, STT_FILE = int(SymType.STT_SECTION), int(SymType.STT_FILE)

ELF_MAGIC = b"\x7fELF"
ELFCLASS64 = 2
ELFDATA2LSB = 1
EV_CURRENT = 1
NT_GNU_BUILD_ID = 3

# Elf64_Ehdr: e_ident, e_type, e_machine, e_version, e_entry, e_phoff, e_shoff,
# e_flags, e_ehsize, e_phentsize, e_phnum, e_shentsize, e_shnum, e_shstrndx.
EHDR = struct.Struct("<16sHHIQQQIHHHHHH")
# Elf64_Phdr: p_type, p_flags, p_offset, p_vaddr, p_paddr, p_filesz, p_memsz, p_align.
PHDR = struct.Struct("<IIQQQQQQ")
# Elf64_Shdr: sh_name, sh_type, sh_flags, sh_addr, sh_offset, sh_size, sh_link,
# sh_info, sh_addralign, sh_entsize.
SHDR = struct.Struct("<IIQQQQIIQQ")
# Elf64_Sym: st_name, st_info, st_other, st_shndx, st_value, st_size.
SYM = struct.Struct("<IBBHQQ")
# Elf64_Rela: r_offset, r_info (symbol << 32 | type), r_addend.
RELA = struct.Struct("<QQq")
# Elf64_Nhdr: n_namesz, n_descsz, n_type.
NHDR = struct.Struct("<III")
assert (EHDR.size, PHDR.size, SHDR.size, SYM.size, RELA.size, NHDR.size) == (64, 56, 64, 24, 24, 12)

# Limits on what an object may ask for: a section aligned past a page, or
# bigger than Go's largest symbol (2e9 bytes), is damage, not a program.
MAX_ALIGN = 4096
MAX_SECTION_SIZE = 2_000_000_000


class Section(NamedTuple):
    """One section header, with its name resolved."""

    name: str
    type: int
    flags: int
    addr: int
    offset: int
    size: int
    link: int
    info: int
    addralign: int
    entsize: int


@dataclass
class ElfFile:
    """A parsed ELF64 file: its header fields, sections and symbol table.

    ``symbols`` holds the raw Elf64_Sym tuples (st_name, st_info, st_other,
    st_shndx, st_value, st_size) and ``symbol_names`` their decoded names, in
    symbol-table order, because relocations name symbols by that index.
    """

    name: str
    data: memoryview
    type: int
    entry: int
    sections: list[Section]
    symtab_index: int
    symbols: list[tuple[int, int, int, int, int, int]]
    symbol_names: list[str]

    def section_data(self, index: int) -> memoryview:
        """The bytes of section ``index`` (empty for SHT_NOBITS)."""
        sec = self.sections[index]
        if sec.type == SHT_NOBITS:
            return self.data[0:0]
        return self.data[sec.offset : sec.offset + sec.size]


def parse_elf(data: memoryview | bytes, name: str) -> ElfFile:
    """Decode an ELF64 x86-64 file; ``name`` prefixes every error message."""
    data = memoryview(data)
    if len(data) < EHDR.size:
        raise ObjError(f"{name}: truncated ELF header")
    (ident, etype, machine, _version, entry, _phoff, shoff, _flags, _ehsize,
     _phentsize, _phnum, shentsize, shnum, shstrndx) = EHDR.unpack_from(data)
    if ident[:4] != ELF_MAGIC:
        raise ObjError(f"{name}: not an ELF object (bad magic)")
    if ident[4] != ELFCLASS64 or ident[5] != ELFDATA2LSB or machine != Machine.EM_X86_64:
        raise ObjError(f"{name}: not a little-endian ELF64 x86-64 object")
    if shentsize != SHDR.size or shoff + shnum * SHDR.size > len(data):
        raise ObjError(f"{name}: truncated section header table")
    raw = list(SHDR.iter_unpack(data[shoff : shoff + shnum * SHDR.size]))
    if max((sh[4] + sh[5] for sh in raw if sh[1] != SHT_NOBITS), default=0) > len(data):
        raise ObjError(f"{name}: section data past end of file (truncated object)")
    if shstrndx >= shnum:
        raise ObjError(f"{name}: bad section name table index {shstrndx}")
    shstr = bytes(data[raw[shstrndx][4] : raw[shstrndx][4] + raw[shstrndx][5]])
    names = strings_at(shstr, [sh[0] for sh in raw], name)
    # tuple.__new__ rather than Section(...): an object has a section per
    # function, and the NamedTuple's own constructor is twice as slow.
    sections = [tuple.__new__(Section, (n, *sh[1:])) for n, sh in zip(names, raw)]
    check_sections(sections, name)
    elf = ElfFile(name, data, etype, entry, sections, 0, [], [])
    read_symbols(elf)
    return elf


def check_sections(sections: list[Section], name: str) -> None:
    """The header fields of the sections the linker relies on must be sane.
    (The few distinct alignments are checked once each.)"""
    for align in {sec.addralign for sec in sections}:
        if align > 1 and (align & (align - 1) or align > MAX_ALIGN):
            sec = next(sec for sec in sections if sec.addralign == align)
            raise ObjError(f"{name}: section {sec.name}: alignment {align} is not a power of two up to {MAX_ALIGN}")
    for sec in sections:
        if sec.flags & SHF_ALLOC and sec.size > MAX_SECTION_SIZE:
            raise ObjError(f"{name}: section {sec.name}: size {sec.size} is larger than {MAX_SECTION_SIZE} bytes")
        # A relocation section holds whole Elf64_Rela records for a section that exists.
        if sec.type == SHT_RELA and (sec.entsize != RELA.size or sec.size % RELA.size):
            raise ObjError(f"{name}: malformed relocation section {sec.name}")
        if sec.type == SHT_RELA and not 0 < sec.info < len(sections):
            raise ObjError(f"{name}: relocation section {sec.name} applies to section {sec.info}, "
                           "which does not exist")


def read_symbols(elf: ElfFile) -> None:
    """Fill elf.symbols and elf.symbol_names from the (single) SHT_SYMTAB."""
    for i, sec in enumerate(elf.sections):
        if sec.type == SectionType.SHT_SYMTAB:
            break
    else:
        return
    if sec.entsize != SYM.size or sec.size % SYM.size or sec.link >= len(elf.sections):
        raise ObjError(f"{elf.name}: malformed symbol table")
    strtab = bytes(elf.section_data(sec.link))
    elf.symtab_index = i
    elf.symbols = list(SYM.iter_unpack(elf.section_data(i)))
    nsec = len(elf.sections)
    for shndx in {sym[3] for sym in elf.symbols}:
        if nsec <= shndx < SHN_ABS:
            raise ObjError(f"{elf.name}: symbol has bad section index {shndx}")
    elf.symbol_names = strings_at(strtab, [sym[0] for sym in elf.symbols], elf.name)
    if elf.type == ElfType.ET_REL:
        check_symbol_extents(elf)
    for sec in elf.sections:
        if sec.type == SHT_RELA and sec.link != i:
            raise ObjError(f"{elf.name}: relocation section {sec.name} does not use the symbol table")


def check_symbol_extents(elf: ElfFile) -> None:
    """In an object a symbol's value is its offset in its section (an
    address in an executable): each defined symbol must lie inside it."""
    # SHN_UNDEF and the special indexes past the sections (SHN_ABS) limit nothing.
    unlimited = 1 << 65
    limits = [unlimited] + [sec.size for sec in elf.sections[1:]]
    nsec = len(limits)
    for k, (_, _, _, shndx, value, size) in enumerate(elf.symbols):
        if value + size > (limits[shndx] if shndx < nsec else unlimited):
            raise ObjError(f"{elf.name}: symbol {elf.symbol_names[k]} (offset {value}, size {size}) "
                           f"lies outside its section {elf.sections[shndx].name}")


def strings_at(table: bytes, offsets: list[int], name: str) -> list[str]:
    """The NUL-terminated strings at ``offsets`` in a string table.

    The table is decoded once, as Latin-1 (one character per byte, so byte
    offsets are character offsets), and sliced as a str, which is several
    times faster than decoding name by name; the rare name that is not
    ASCII (a blank global's "_·1") is then decoded again as UTF-8.
    """
    text = table.decode("latin-1")
    try:
        names = [text[off : text.index("\0", off)] for off in offsets]
    except ValueError:  # an offset without a terminator: c_string reports it
        return [c_string(table, off, name) for off in offsets]
    if table.isascii():
        return names
    return [n if n.isascii() else n.encode("latin-1").decode("utf-8", "replace") for n in names]


def c_string(table: bytes, offset: int, name: str) -> str:
    """The NUL-terminated string at ``offset`` in a string table."""
    end = table.find(b"\0", offset)
    if end < 0:
        raise ObjError(f"{name}: bad string table offset {offset}")
    return table[offset:end].decode("utf-8", "replace")


def read_relocations(elf: ElfFile, rela_index: int) -> Iterator[tuple[int, int, int]]:
    """The (r_offset, r_info, r_addend) records of one SHT_RELA section
    (whose shape check_sections has checked)."""
    sec = elf.sections[rela_index]
    return RELA.iter_unpack(elf.data[sec.offset : sec.offset + sec.size])
