"""This module implements writing the executable: a static ELF64 x86-64 file.

It is the *output* half of the ELF model (gominic/obj/elffile.py reads).
As in mold, the file is a list of chunks; each chunk knows its size, writes
its own bytes and describes its own section header.  Even the ELF header
and the program header table are chunks:

    ELF header | program headers | .text | note | .rodata | .noptrdata |
    .data | (.bss, .noptrbss: no bytes) | .symtab | .strtab | .shstrtab |
    section headers

The loadable chunks were placed by layout and already hold their relocated
bytes (relocate.py wrote them into the image); the chunks after them are
placed here, one after another.

The program headers are three PT_LOAD segments (see layout.py), a PT_NOTE
for the build ID and PT_GNU_STACK without PF_X, so the kernel gives the
process a non-executable stack.  There is no PT_INTERP and no PT_DYNAMIC:
the program is static and nothing runs before its entry point.

The build ID (an NT_GNU_BUILD_ID note, as GNU ld's --build-id=sha1) is a
hash of the whole file computed with the note's descriptor zeroed and then
patched in: identical inputs give identical files, and any change to the
program changes the ID.  Sources: System V ABI ELF-64 object file format;
x86-64 psABI; mold's src/output-chunks.cc for the chunk model.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from gominic.link.layout import BUILD_ID_NAME, BUILD_ID_SIZE, HEADERS_SIZE, Layout, OutputSection, PAGE_SIZE, align_up
from gominic.link.loader import Loader, Sym
from gominic.link.symkind import SymKind, is_zeroed
from gominic.obj.elffile import (
    EHDR, ELF_MAGIC, ELFCLASS64, ELFDATA2LSB, EV_CURRENT, NHDR, NT_GNU_BUILD_ID, PHDR, SHDR, SYM,
    ElfType, Machine, ProgramFlag, ProgramType, SectionFlag, SectionType, SymBind, SymType,
)
from gominic.obj.typelinks import DESCRIPTOR_PREFIX

SECTION_FLAGS = {
    SymKind.STEXT: SectionFlag.SHF_ALLOC | SectionFlag.SHF_EXECINSTR,
    SymKind.SRODATA: SectionFlag.SHF_ALLOC,
    SymKind.SPCLNTAB: SectionFlag.SHF_ALLOC,
}
DATA_FLAGS = SectionFlag.SHF_ALLOC | SectionFlag.SHF_WRITE


@dataclass
class Chunk:
    """A piece of the output file; subclasses fill in size, bytes and header."""

    name: str = ""
    offset: int = 0  # in the file
    addr: int = 0
    align: int = 1
    shndx: int = 0  # index in the section header table; 0 if not a section
    sh_type: int = SectionType.SHT_NULL
    sh_flags: int = 0
    sh_link: int = 0
    sh_info: int = 0
    sh_entsize: int = 0

    def size(self) -> int:
        raise NotImplementedError

    def file_size(self) -> int:
        return 0 if self.sh_type == SectionType.SHT_NOBITS else self.size()

    def write(self, out: bytearray) -> None:
        """Write the chunk's bytes at out[self.offset:] (loaded sections already are)."""


@dataclass
class ElfHeaderChunk(Chunk):
    entry: int = 0
    phnum: int = 0
    shoff: int = 0
    shnum: int = 0
    shstrndx: int = 0

    def size(self) -> int:
        return EHDR.size

    def write(self, out: bytearray) -> None:
        ident = ELF_MAGIC + bytes([ELFCLASS64, ELFDATA2LSB, EV_CURRENT]) + bytes(9)
        EHDR.pack_into(out, 0, ident, ElfType.ET_EXEC, Machine.EM_X86_64, EV_CURRENT, self.entry,
                       EHDR.size, self.shoff, 0, EHDR.size, PHDR.size, self.phnum, SHDR.size,
                       self.shnum, self.shstrndx)


@dataclass
class ProgramHeaderChunk(Chunk):
    # (p_type, p_flags, p_offset, p_vaddr, p_filesz, p_memsz, p_align)
    headers: list[tuple[int, int, int, int, int, int, int]] = field(default_factory=list)

    def size(self) -> int:
        return PHDR.size * len(self.headers)

    def write(self, out: bytearray) -> None:
        for i, (ptype, flags, off, vaddr, filesz, memsz, align) in enumerate(self.headers):
            PHDR.pack_into(out, self.offset + i * PHDR.size, ptype, flags, off, vaddr, vaddr,
                           filesz, memsz, align)


@dataclass
class LoadedSectionChunk(Chunk):
    """An output section laid out by layout.py; relocate.py already wrote its bytes."""

    section: OutputSection | None = None

    def size(self) -> int:
        return self.section.size


@dataclass
class BuildIdChunk(LoadedSectionChunk):
    def write(self, out: bytearray) -> None:
        header = NHDR.pack(len(BUILD_ID_NAME), BUILD_ID_SIZE, NT_GNU_BUILD_ID) + BUILD_ID_NAME
        out[self.offset : self.offset + len(header)] = header

    def desc_offset(self) -> int:
        return self.offset + NHDR.size + len(BUILD_ID_NAME)


@dataclass
class BytesChunk(Chunk):
    """A non-loaded section whose bytes are computed up front (.symtab, string tables)."""

    content: bytes = b""

    def size(self) -> int:
        return len(self.content)

    def write(self, out: bytearray) -> None:
        out[self.offset : self.offset + len(self.content)] = self.content


@dataclass
class SectionHeaderChunk(Chunk):
    sections: list[Chunk] = field(default_factory=list)
    shstrtab: dict[str, int] = field(default_factory=dict)  # name -> offset

    def size(self) -> int:
        return SHDR.size * (len(self.sections) + 1)

    def write(self, out: bytearray) -> None:
        SHDR.pack_into(out, self.offset, *([0] * 10))
        for c in self.sections:
            SHDR.pack_into(out, self.offset + c.shndx * SHDR.size, self.shstrtab[c.name], c.sh_type,
                           c.sh_flags, c.addr, c.offset, c.size(), c.sh_link, c.sh_info, c.align,
                           c.sh_entsize)


def string_table(names: list[str]) -> tuple[bytes, dict[str, int]]:
    """An ELF string table: string_table(["a", "bc"]) -> (b"\\0a\\0bc\\0", {"a": 1, "bc": 3})."""
    offsets: dict[str, int] = {"": 0}
    parts, pos = [b""], 1
    for name in names:
        if name not in offsets:
            offsets[name] = pos
            encoded = name.encode()
            parts.append(encoded)
            pos += len(encoded) + 1
    return b"\0".join(parts) + b"\0", offsets


def loaded_section_chunks(layout: Layout) -> list[LoadedSectionChunk]:
    """One chunk per output section, headers pointing where layout put them."""
    chunks: list[LoadedSectionChunk] = []
    for sect in layout.sections:
        if sect.kind is None:
            chunk = BuildIdChunk(sect.name, sh_type=SectionType.SHT_NOTE, sh_flags=SectionFlag.SHF_ALLOC)
        elif is_zeroed(sect.kind):
            chunk = LoadedSectionChunk(sect.name, sh_type=SectionType.SHT_NOBITS, sh_flags=DATA_FLAGS)
        else:
            chunk = LoadedSectionChunk(sect.name, sh_type=SectionType.SHT_PROGBITS,
                                       sh_flags=SECTION_FLAGS.get(sect.kind, DATA_FLAGS))
        chunk.section, chunk.addr, chunk.align = sect, sect.addr, sect.align
        chunk.offset = min(sect.fileoff, layout.filesize)
        chunks.append(chunk)
    return chunks


def program_headers(layout: Layout) -> list[tuple[int, int, int, int, int, int, int]]:
    """PT_LOAD for each non-empty segment, PT_NOTE for the build ID, PT_GNU_STACK (not executable)."""
    headers = [(ProgramType.PT_LOAD, seg.flags, seg.fileoff, seg.vaddr, seg.filesz, seg.memsz, PAGE_SIZE)
               for seg in layout.segments if seg.memsz]
    note = layout.note
    headers.append((ProgramType.PT_NOTE, ProgramFlag.PF_R, note.fileoff, note.addr, note.size,
                    note.size, note.align))
    headers.append((ProgramType.PT_GNU_STACK, ProgramFlag.PF_R | ProgramFlag.PF_W, 0, 0, 0, 0, 16))
    return headers


# Symbols that would tell a reader nothing of their own: data named by a
# hash of its bytes (string literals, pointer bitmaps, GC programs), type
# descriptors and their side tables. Go's symbol tables leave them out too (its linker marks
# type.* symbols AttrNotInSymbolTable): a debugger reads types from DWARF,
# and the link map (-ldflags=-map) still lists every descriptor kept. So are
# the assembler's temporary labels (.LCPI3_0: LLVM's constant pools), which
# GNU ld discards as well.
HIDDEN_PREFIXES = ("go:string.", "go:gcbits.", "go:gcprog.", DESCRIPTOR_PREFIX, ".L")


def symbol_table(loader: Loader, shndx_of: dict[SymKind, int]) -> tuple[bytes, bytes, int]:
    """.symtab and .strtab contents, locals first; returns them and the first global's index."""
    addrs = loader.sym_addresses()
    names = loader.names
    syms = [s for s in range(1, loader.num_syms() + 1)
            if loader.attr_in_output(s) and not loader.is_anonymous(s)
            and not names[s].startswith(HIDDEN_PREFIXES)]
    local = loader.attr_local
    syms.sort(key=lambda s: (not local(s), addrs[s]))
    names = [loader.sym_name(s) for s in syms]
    strtab, offsets = string_table(names)
    first_global = next((i for i, s in enumerate(syms, 1) if not local(s)), len(syms) + 1)
    pack, sizes, kinds = SYM.pack, loader.sizes, loader.kinds
    entries = [bytes(SYM.size)]
    entries += [pack(offsets[name], symbol_info(loader, s, i < first_global), 0, shndx_of[kinds[s]], addrs[s], sizes[s])
                for i, (s, name) in enumerate(zip(syms, names), 1)]
    return b"".join(entries), strtab, first_global


# st_info's binding and type, as plain ints: symbol_info runs once per
# symbol, and an IntEnum member costs six times an int to look up.
STB_LOCAL, STB_GLOBAL = int(SymBind.STB_LOCAL), int(SymBind.STB_GLOBAL)
STT_NOTYPE, STT_OBJECT, STT_FUNC = int(SymType.STT_NOTYPE), int(SymType.STT_OBJECT), int(SymType.STT_FUNC)
STEXT = int(SymKind.STEXT)


def symbol_info(loader: Loader, s: Sym, local: bool) -> int:
    """st_info: the binding, and FUNC for code, OBJECT for data, NOTYPE for
    the linker's boundary markers."""
    if loader.attr_special(s):
        sym_type = STT_NOTYPE
    else:
        sym_type = STT_FUNC if loader.kinds[s] == STEXT else STT_OBJECT
    return (STB_LOCAL if local else STB_GLOBAL) << 4 | sym_type


def write_elf(loader: Loader, layout: Layout, image: bytearray, entry: Sym, strip_symtab: bool,
              debug: dict[str, bytes]) -> bytearray:
    """Assemble the executable around the relocated image and the
    (compressed) debug sections; return the file's bytes."""
    header = ElfHeaderChunk(entry=loader.sym_value(entry))
    phdrs = ProgramHeaderChunk(offset=EHDR.size, headers=program_headers(layout))
    header.phnum = len(phdrs.headers)
    loaded = loaded_section_chunks(layout)
    note = next(c for c in loaded if isinstance(c, BuildIdChunk))
    sections: list[Chunk] = list(loaded)
    shndx_of = {c.section.kind: i for i, c in enumerate(loaded, 1) if c.section.kind is not None}
    for name, content in debug.items():
        sections.append(BytesChunk(name, sh_type=SectionType.SHT_PROGBITS, sh_flags=SectionFlag.SHF_COMPRESSED,
                                   content=content, align=8))
    if not strip_symtab:
        symtab, strtab, first_global = symbol_table(loader, shndx_of)
        sections.append(BytesChunk(".symtab", sh_type=SectionType.SHT_SYMTAB, content=symtab, align=8,
                                   sh_link=len(sections) + 2, sh_info=first_global, sh_entsize=SYM.size))
        sections.append(BytesChunk(".strtab", sh_type=SectionType.SHT_STRTAB, content=strtab))
    shstr, shstr_offsets = string_table([c.name for c in sections] + [".shstrtab"])
    sections.append(BytesChunk(".shstrtab", sh_type=SectionType.SHT_STRTAB, content=shstr))
    shdrs = SectionHeaderChunk(sections=sections, shstrtab=shstr_offsets, align=8)
    for i, c in enumerate(sections, 1):
        c.shndx = i
    # At this point the loadable part is fixed; what follows it is placed in order.
    offset = layout.filesize
    for c in sections[len(loaded):] + [shdrs]:
        c.offset = offset = align_up(offset, c.align)
        offset += c.file_size()
    header.shoff, header.shnum, header.shstrndx = shdrs.offset, len(sections) + 1, len(sections)
    assert EHDR.size + phdrs.size() <= HEADERS_SIZE, "more program headers than layout made room for"
    out = image + bytes(offset - len(image))
    for c in [header, phdrs, *sections, shdrs]:
        c.write(out)
    set_build_id(out, note)
    return out


def set_build_id(out: bytearray, note: BuildIdChunk) -> None:
    """Hash the file (with the ID still zero) and store the hash as the build ID."""
    digest = hashlib.sha1(out).digest()
    assert len(digest) == BUILD_ID_SIZE
    out[note.desc_offset() : note.desc_offset() + BUILD_ID_SIZE] = digest
