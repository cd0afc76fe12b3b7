"""This module implements layout: it gives every reachable symbol an address
and every output section a place in the file, as Go's cmd/link data.go
(dodata, address) does.

The executable is three PT_LOAD segments, each page aligned, never both
writable and executable (W^X):

    segment  flags  sections                         vaddr
    text     R+X    ELF header + program headers,    0x400000 (file offset 0)
                    .text                            0x400180 (-T)
    rodata   R      .note.gnu.build-id, .rodata,     next page
                    .gopclntab
    data     RW     .noptrdata, .data, .bss,         next page
                    .noptrbss

The text segment starts with the ELF header and program headers, and .text
follows them in the same page, as in GNU ld's -z noseparate-code layout
(Go's linker starts .text on the next page, 0x401000, which costs a small
program most of 4 KB of zeros).  A segment's file offset is its address
minus 0x400000, which keeps offset = vaddr (mod page size), as the System V
ABI requires for mmap.  .bss and .noptrbss come last and
take no file space: the data segment's p_memsz exceeds its p_filesz and the
kernel zero-fills the difference.

Inside a section, symbols keep load order (main's package first, following
imports), each aligned as its input section asked, except functions: those
are packed end to end (function_align), and type descriptors: they open
.rodata in Go's order (type_descriptor_order).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from gominic.link.loader import Loader, Sym
from gominic.link.symkind import SECTION_NAMES, SymKind, is_zeroed
from gominic.obj.elffile import EHDR, NHDR, PHDR, ProgramFlag
from gominic.obj.typelinks import go_descriptor_size, is_descriptor

PAGE_SIZE = 0x1000  # -R: segment alignment
IMAGE_BASE = 0x400000  # address of file offset 0

BUILD_ID_NAME = b"GNU\0"
BUILD_ID_SIZE = 20  # bytes of hash, as GNU ld's sha1 build-id
BUILD_ID_NOTE_SIZE = NHDR.size + len(BUILD_ID_NAME) + BUILD_ID_SIZE

# The segments and the sections each holds, in address order.  None stands
# for the build-id note, which is not made of symbols.
SEGMENTS = [
    (ProgramFlag.PF_R | ProgramFlag.PF_X, [SymKind.STEXT]),
    (ProgramFlag.PF_R, [None, SymKind.SRODATA, SymKind.SPCLNTAB]),
    (ProgramFlag.PF_R | ProgramFlag.PF_W,
     [SymKind.SNOPTRDATA, SymKind.SDATA, SymKind.SBSS, SymKind.SNOPTRBSS]),
]

# A PT_LOAD per segment, PT_NOTE and PT_GNU_STACK (elf.py program_headers).
MAX_PROGRAM_HEADERS = len(SEGMENTS) + 2
HEADERS_SIZE = EHDR.size + MAX_PROGRAM_HEADERS * PHDR.size  # 64 + 5 * 56 = 344
# -T: .text right after the headers, on a 64-byte boundary (more than any
# function asks), fixed before layout since .gopclntab's entries are
# offsets from it.
TEXT_ADDR = IMAGE_BASE + (HEADERS_SIZE + 63) // 64 * 64

# The runtime's boundary symbols: start and end of each output section.
BOUNDARY_SYMBOLS = {
    SymKind.STEXT: ("runtime.text", "runtime.etext"),
    SymKind.SRODATA: ("runtime.rodata", "runtime.erodata"),
    SymKind.SNOPTRDATA: ("runtime.noptrdata", "runtime.enoptrdata"),
    SymKind.SDATA: ("runtime.data", "runtime.edata"),
    SymKind.SBSS: ("runtime.bss", "runtime.ebss"),
    SymKind.SNOPTRBSS: ("runtime.noptrbss", "runtime.enoptrbss"),
}
END_SYMBOL = "runtime.end"


@dataclass
class OutputSection:
    """A section of the executable: the symbols laid out in it, and where."""

    name: str
    kind: SymKind | None  # None: the build-id note
    syms: list[Sym] = field(default_factory=list)
    addr: int = 0
    size: int = 0
    fileoff: int = 0
    align: int = 1

    @property
    def filesize(self) -> int:
        return 0 if self.kind is not None and is_zeroed(self.kind) else self.size


@dataclass
class Segment:
    """A PT_LOAD segment: a page-aligned run of sections with one protection."""

    flags: ProgramFlag
    sections: list[OutputSection]
    vaddr: int = 0
    fileoff: int = 0
    filesz: int = 0
    memsz: int = 0


@dataclass
class Layout:
    """Where everything loadable goes; filesize is where the loadable part of the file ends."""

    sections: list[OutputSection]
    segments: list[Segment]
    note: OutputSection
    filesize: int = 0

    def section(self, kind: SymKind) -> OutputSection:
        return next(sect for sect in self.sections if sect.kind == kind)

    def file_offset(self, addr: int) -> int:
        """Where the byte at address addr lies in the file image."""
        sect = next(s for s in self.sections if s.addr <= addr < s.addr + max(s.size, 1))
        return addr - sect.addr + sect.fileoff


def align_up(n: int, a: int) -> int:
    """Round n up to a multiple of a (a power of two): align_up(5, 8) == 8."""
    return (n + a - 1) & -a


def create_boundary_symbols(loader: Loader) -> None:
    """Define runtime.text, runtime.etext, ... runtime.end before deadcode sees references."""
    for kind, names in BOUNDARY_SYMBOLS.items():
        for name in names:
            loader.set_attr_special(loader.create_external(name, kind))
    loader.set_attr_special(loader.create_external(END_SYMBOL, SymKind.SNOPTRBSS))


def assign_addresses(loader: Loader) -> Layout:
    """Lay out the reachable symbols: sections in SymKind order, three segments."""
    by_kind = collect_section_syms(loader)
    sections, segments = [], []
    note = OutputSection(".note.gnu.build-id", None, size=BUILD_ID_NOTE_SIZE, align=4)
    addr = file_end = IMAGE_BASE
    for flags, kinds in SEGMENTS:
        seg = Segment(flags, [])
        # Segments follow each other in the file with no padding: each
        # starts on a fresh page in memory at the same offset within the
        # page as in the file (the ELF rule: p_vaddr = p_offset mod the page
        # size), so a file page may be mapped twice, with different rights.
        if segments:
            seg.fileoff = file_end
            seg.vaddr = addr = align_up(addr, PAGE_SIZE) + file_end % PAGE_SIZE
        else:
            seg.vaddr, seg.fileoff = IMAGE_BASE, 0
        for kind in kinds:
            sect = note if kind is None else OutputSection(SECTION_NAMES[kind], kind, by_kind[kind])
            addr = place_section(loader, sect, TEXT_ADDR if kind == SymKind.STEXT else addr, seg)
            seg.sections.append(sect)
            sections.append(sect)
            if sect.filesize:
                seg.filesz = addr - seg.vaddr
        seg.memsz = addr - seg.vaddr
        file_end = seg.fileoff + seg.filesz
        segments.append(seg)
    layout = Layout(sections, segments, note)
    layout.filesize = max(seg.fileoff + seg.filesz for seg in segments)
    set_boundary_symbols(loader, layout)
    return layout


def place_text(loader: Loader) -> OutputSection:
    """Lay out .text alone, where assign_addresses will put it: it comes
    first, at -T, and nothing laid out after it moves it. So the linker
    knows every function's address before it knows the size of the tables
    that list them (.gopclntab, link/pclntab.py)."""
    text = OutputSection(SECTION_NAMES[SymKind.STEXT], SymKind.STEXT,
                         [s for s in loader.reachable_section_syms() if loader.sym_kind(s) == SymKind.STEXT])
    place_section(loader, text, TEXT_ADDR, Segment(ProgramFlag.PF_R | ProgramFlag.PF_X, [], IMAGE_BASE, 0))
    return text


def collect_section_syms(loader: Loader) -> dict[SymKind, list[Sym]]:
    """The reachable symbols that own bytes, grouped by kind, in load order."""
    by_kind: dict[SymKind, list[Sym]] = {kind: [] for kind in SECTION_NAMES}
    for s in loader.reachable_section_syms():
        by_kind[loader.sym_kind(s)].append(s)
    by_kind[SymKind.SRODATA] = type_descriptor_order(loader, by_kind[SymKind.SRODATA])
    return by_kind


def type_descriptor_order(loader: Loader, syms: list[Sym]) -> list[Sym]:
    """syms with the type descriptors first, ordered as Go's linker orders
    them (dodataSect: by size, then by name; the size of Go's descriptor
    of the type, obj/typelinks.py), the other symbols after them in load
    order. A program sees that order: fmt prints a map's interface keys
    of different types sorted by their descriptors' addresses."""
    descriptors, rest = [], []
    for s in syms:
        (descriptors if is_descriptor(loader.sym_name(s)) else rest).append(s)
    descriptors.sort(key=lambda s: (go_descriptor_size(loader.data(s)), loader.sym_name(s)))
    return descriptors + rest


def place_section(loader: Loader, sect: OutputSection, addr: int, seg: Segment) -> int:
    """Give the section and each of its symbols an address; return the end address."""
    align = function_align if sect.kind == SymKind.STEXT else loader.sym_align
    for s in sect.syms:
        sect.align = max(sect.align, align(s))
    sect.addr = start = addr = align_up(addr, sect.align)
    sect.fileoff = seg.fileoff + (start - seg.vaddr)
    for s in sect.syms:
        addr = align_up(addr, align(s))
        loader.set_sym_value(s, addr)
        addr += loader.sym_size(s)
        if sect.kind == SymKind.STEXT and ends_with_call(loader, s):
            addr += 1  # one INT3: the call's return address stays inside s
    if sect.kind is not None:  # the note's size is fixed; a symbol section's is what it holds
        sect.size = addr - start
    assert sect.kind != SymKind.STEXT or start == TEXT_ADDR, ".text must start at -T"
    return start + sect.size


def function_align(s: Sym) -> int:
    """Functions are packed end to end: x86 code needs no alignment, and
    LLVM's 16 bytes per function (Go's linker pads to 32) were 2.8 KB of
    hello's 97 KB of code. The price, measured on bench/programs (CPU
    time): 1.2% of the geometric mean, 4% on fib's tight recursion."""
    return 1


CALL_REL32 = 0xE8  # call with a 32-bit displacement, the one relocation after it


def ends_with_call(loader: Loader, s: Sym) -> bool:
    """Whether function s ends with a call (LLVM ends a function with its
    call of a panic function, which never returns). Packed end to end, the
    call's return address would be the next function's entry, and
    runtime.Callers, FuncForPC and tracebacks, which look a return address
    up, would name that function instead of s."""
    data = loader.data(s)
    end = len(data)
    return end >= 5 and data[end - 5] == CALL_REL32 and any(r[0] == end - 4 for r in loader.relocs(s))


def set_boundary_symbols(loader: Loader, layout: Layout) -> None:
    """Now that sections have addresses, give the boundary symbols theirs."""
    for kind, (start, end) in BOUNDARY_SYMBOLS.items():
        sect = layout.section(kind)
        loader.set_sym_value(loader.lookup(start), sect.addr)
        loader.set_sym_value(loader.lookup(end), sect.addr + sect.size)
    last = layout.segments[-1]
    loader.set_sym_value(loader.lookup(END_SYMBOL), last.vaddr + last.memsz)
