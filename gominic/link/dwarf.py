"""This module implements the executable's DWARF: the debug sections LLVM
wrote in every package object, carried through to the output for gdb,
addr2line and objdump (Go's linker writes its own DWARF in
cmd/link/internal/ld/dwarf.go; ours passes LLVM's on).

Each object's ``.debug_info``, ``.debug_abbrev``, ``.debug_line``,
``.debug_str``, ``.debug_ranges``, ``.debug_loc`` and ``.debug_frame`` are
concatenated, object after object, into one output section of each name:
DWARF is made of independent units (a compile unit, a line program, a frame
description), each finding its parts through offsets, so pieces can simply
be laid end to end. Those offsets, and every code address, are
relocations the object still carries (``.rela.debug_info`` ...): one
against another debug section becomes that object's piece's place in the
output section plus the addend; one against code becomes the function's
address.

Code that dead-code elimination dropped has no address. Where DWARF gives
a function a part of its own, the part is left out: its sequence of the
line program, its .debug_frame entry, its DIE (the DIE references of the
unit are renumbered), its range-list pairs, the strings only its DIEs
named (``kept_ranges``); that halves the DWARF of a small program.
References to it elsewhere become 0 (1 in range and location lists, where
0, 0 would end the list), as GNU ld and lld do.

LLVM describes each function on its own: a sequence of the line program,
a frame description entry, range-list entries. A unit's functions lie
side by side in .text, with nothing but padding between them (the INT3
after a call, the call of a short stack check before an entry), so the
linker joins what follows on: line sequences (``line_unit``) and frame
descriptions (``frame_entries``) into one per unit, as Go's linker writes
its line program, and range-list entries (``coalesce_ranges``). Each
joined part costs a few opcodes instead of a header with 8-byte
addresses: hello's .debug_line and .debug_frame lose a fifth of their
compressed size between them.

As Go's linker does, each section is compressed with zlib (an ELF
``SHF_COMPRESSED`` section: an Elf64_Chdr, then the zlib stream), which gdb,
readelf and addr2line read directly. ``-w`` (and ``-s``) leave DWARF out.
"""

from __future__ import annotations

import bisect
import itertools
import struct
import zlib
from contextlib import contextmanager

from gominic.link.errors import LinkError
from gominic.link.loader import Loader
from gominic.link.pclntab import text_functions
from gominic.obj.dwarf import (
    CHDR, DW_CFA_advance_loc, DW_CFA_advance_loc1, DW_CFA_advance_loc2, DW_CFA_advance_loc4, DW_CFA_def_cfa,
    DW_CFA_restore, DW_CFA_restore_extended, DW_LNE_set_address, FrameEntry, LineEncoder, LineRow, ObjectDwarf,
    put_uleb,
)
from gominic.obj.elffile import RelocType, SectionIndex, SectionType, read_relocations

DEBUG_SECTIONS = (".debug_abbrev", ".debug_info", ".debug_str", ".debug_line", ".debug_ranges",
                  ".debug_loc", ".debug_frame")
LIST_SECTIONS = (".debug_ranges", ".debug_loc")  # where an address of 0 would end a list
ELFCOMPRESS_ZLIB = 1
RANGE = struct.Struct("<QQ")  # a .debug_ranges entry: [low, high); (0, 0) ends a list
BASE_ADDRESS = 2**64 - 1  # an entry (BASE_ADDRESS, a) makes a the base of those after it
FIELDS = {RelocType.R_X86_64_64: struct.Struct("<Q"), RelocType.R_X86_64_32: struct.Struct("<I")}


class Piece:
    """One object's part of an output debug section: the byte ranges of the
    input section it keeps, and where they land in the output section."""

    def __init__(self, at: int, kept: list[tuple[int, int]]) -> None:
        self.at = at
        self.kept = kept
        self.starts = [start for start, _ in kept]
        self.new_starts = list(itertools.accumulate((end - start for start, end in kept), initial=0))

    def place(self, off: int) -> int | None:
        """Where input offset off went in the output section (None: dropped)."""
        i = bisect.bisect_right(self.starts, off) - 1
        if i < 0 or off >= self.kept[i][1]:
            return None
        return self.at + self.new_starts[i] + off - self.kept[i][0]

    def target(self, off: int) -> int:
        """Where a reference to input offset off points now: the byte that
        followed it if it was dropped (the rest of a range list)."""
        i = bisect.bisect_right(self.starts, off) - 1
        if i >= 0 and off < self.kept[i][1]:
            return self.at + self.new_starts[i] + off - self.kept[i][0]
        return self.at + self.new_starts[i + 1]


def debug_sections(loader: Loader) -> dict[str, bytes]:
    """The output debug sections, relocated (and not yet compressed)."""
    out = {name: bytearray() for name in DEBUG_SECTIONS}
    pieces: list[dict[int, Piece]] = []  # per object: debug section index -> its piece
    addrs = loader.sym_addresses()
    code = CodeMap(loader, addrs)
    for oi, obj in enumerate(loader.objs):
        placed = {}
        dwarf = obj.dwarf
        for i, sec in enumerate(obj.elf.sections):
            if sec.name in out and sec.type == SectionType.SHT_PROGBITS:
                with decoding(obj, sec.name):
                    if sec.name == ".debug_line":  # written whole, its addresses in place
                        unit = line_unit(loader, addrs, code, oi)
                        placed[i] = Piece(len(out[sec.name]), [(0, dwarf.line_sequences()[0])])
                        out[sec.name] += unit
                        continue
                    if sec.name == ".debug_frame":  # as well; nothing refers into it
                        out[sec.name] += frame_entries(loader, addrs, code, oi, len(out[sec.name]))
                        continue
                    data = obj.elf.section_data(i)
                    placed[i] = piece = Piece(len(out[sec.name]), kept_ranges(loader, oi, dwarf, sec.name, len(data)))
                    for start, end in piece.kept:
                        out[sec.name] += data[start:end]
                    if sec.name == ".debug_info" and piece.kept:  # the unit lost parts
                        struct.pack_into("<I", out[sec.name], piece.at, piece.new_starts[-1] - 4)
                        renumber_references(out[sec.name], piece, dwarf)
        pieces.append(placed)
    for oi, obj in enumerate(loader.objs):
        for i, piece in pieces[oi].items():
            name = obj.elf.sections[i].name
            if name in obj.dwarf.relas and name not in (".debug_line", ".debug_frame"):
                with decoding(obj, ".rela" + name):
                    relocate(loader, addrs, oi, obj.dwarf.relas[name], out[name], piece, name in LIST_SECTIONS,
                             pieces[oi])
    coalesce_ranges(out[".debug_ranges"], code)
    return {name: bytes(data) for name, data in out.items() if data}


def line_unit(loader: Loader, addrs: list[int], code: CodeMap, oi: int) -> bytes:
    """An object's unit of the line program as the executable holds it:
    its header, then the sequences of its live functions by address, with
    their addresses. LLVM writes a sequence per function, each starting
    from a DW_LNE_set_address (8 bytes of address) and the registers'
    first values, and ending with a DW_LNE_end_sequence. A unit's functions
    lie side by side in .text, so, as Go's linker writes one sequence per
    unit, a sequence whose code follows the one before (nothing but
    padding between) continues it: its first row is written again from
    the registers the one before left, and its other rows follow as they
    were (each moves the registers from the row before)."""
    obj = loader.objs[oi]
    data = obj.dwarf.data(".debug_line")
    program, sequences = obj.dwarf.line_sequences()
    starts = relocated_addresses(loader, addrs, oi, ".debug_line")
    operand = len(DW_LNE_set_address)
    live = sorted((starts[s.set_address + operand], s) for s in sequences
                  if live_address(loader, oi, obj.dwarf, ".debug_line", s.set_address + operand))
    out = bytearray(data[:program])
    end, last = 0, None  # where the sequence being written stops, and how
    for address, seq in live:
        if last is not None and seq.first_row is not None and end <= address and code.only_padding(end, address):
            encoder = LineEncoder.starting(obj.dwarf.line_header())
            encoder.address, encoder.file, encoder.line, encoder.stmt = end, last.file, last.line, last.stmt
            offset, *position = seq.first_row
            encoder.row(out, LineRow(address + offset, *position))
            out += data[seq.first_row_end : seq.end_sequence]
        else:
            if last is not None:
                out += data[last.end_sequence : last.end]
            out += data[seq.start : seq.set_address] + DW_LNE_set_address + address.to_bytes(8, "little")
            out += data[seq.set_address + operand + 8 : seq.end_sequence]
        end, last = address + seq.length, seq
    if last is not None:
        out += data[last.end_sequence : last.end]
    struct.pack_into("<I", out, 0, len(out) - 4)
    return bytes(out)


def frame_entries(loader: Loader, addrs: list[int], code: CodeMap, oi: int, at: int) -> bytes:
    """An object's part of .debug_frame, to lie at offset at of the
    output section: its CIEs, then the FDEs of its live functions by
    address, with their addresses. LLVM writes an FDE per function, 24
    bytes of header and padding to 8 bytes; an FDE whose code follows the
    one before with the same CIE (nothing but padding between) continues
    it: the location advances to its start, the rules go back to the
    CIE's, and its instructions follow."""
    obj = loader.objs[oi]
    data = obj.dwarf.data(".debug_frame")
    entries = obj.dwarf.frame_entries()
    starts = relocated_addresses(loader, addrs, oi, ".debug_frame")
    cies = {e.start: e for e in entries if e.cie < 0}
    out, placed = bytearray(), {}
    for e in cies.values():
        placed[e.start] = at + len(out)
        out += data[e.start : e.end]
    live = sorted((starts[e.start + 8], e) for e in entries
                  if e.cie in cies and live_address(loader, oi, obj.dwarf, ".debug_frame", e.start + 8))
    fde = None  # the FDE being written: its start, where its instructions' location is, its last part
    for address, e in live:
        cie = cies[e.cie]
        joins = (fde is not None and fde[2].cie == e.cie and cie.cfa is not None and fde[2].cfa is not None
                 and fde[3] <= address and code.only_padding(fde[3], address))
        if joins:
            start, location, last, _ = fde
            out += reset_rules(address - location, last, cie)
        else:
            if fde is not None:
                close_fde(out, fde)
            start = len(out)
            out += struct.pack("<IIQQ", 0, placed[e.cie], address, 0)
        out += data[e.instructions : e.last]
        fde = start, address + e.advanced, e, address + e.length
    if fde is not None:
        close_fde(out, fde)
    return bytes(out)


def reset_rules(advance: int, last: FrameEntry, cie: FrameEntry) -> bytes:
    """Instructions that move the location on by advance and put the rules
    back as the CIE gives them, where an FDE joined to the one before
    begins (DWARF 4, 6.4.2)."""
    out = bytearray()
    if advance < 0x40:
        out.append(DW_CFA_advance_loc | advance)
    else:  # the shortest of advance_loc1, 2 and 4 that holds it
        size = 1 if advance < 1 << 8 else 2 if advance < 1 << 16 else 4
        out.append({1: DW_CFA_advance_loc1, 2: DW_CFA_advance_loc2, 4: DW_CFA_advance_loc4}[size])
        out += advance.to_bytes(size, "little")
    if last.cfa != cie.cfa:
        out.append(DW_CFA_def_cfa)
        put_uleb(out, cie.cfa[0])
        put_uleb(out, cie.cfa[1])
    for reg in last.registers:
        if reg < 0x40:
            out.append(DW_CFA_restore | reg)
        else:
            out.append(DW_CFA_restore_extended)
            put_uleb(out, reg)
    return bytes(out)


def close_fde(out: bytearray, fde: tuple[int, int, FrameEntry, int]) -> None:
    """Pad the FDE at the end of out with DW_CFA_nop to a multiple of the
    address size, as DWARF asks, and fill in its length and address range."""
    start, _, _, end = fde
    out += bytes(-(len(out) - start) % 8)
    struct.pack_into("<I", out, start, len(out) - start - 4)
    address = struct.unpack_from("<Q", out, start + 8)[0]
    struct.pack_into("<Q", out, start + 16, end - address)


def relocated_addresses(loader: Loader, addrs: list[int], oi: int, section: str) -> dict[int, int]:
    """The address each relocated field of an object's debug section
    names, by the field's offset (0 for dead code)."""
    obj = loader.objs[oi]
    return {off: symbol_address(loader, addrs, oi, info >> 32, addend)
            for off, info, addend in read_relocations(obj.elf, obj.dwarf.relas[section])}


@contextmanager
def decoding(obj, section: str):
    """Debug sections are decoded as the object brought them: a number cut
    short, an index past its table or an unknown relocation type is the
    object's fault, reported as a link error naming it."""
    try:
        yield
    except (IndexError, KeyError, ValueError, struct.error):
        raise LinkError(f"{obj.name}: {section}: malformed debug information") from None


def kept_ranges(loader: Loader, oi: int, dwarf: ObjectDwarf, name: str, size: int) -> list[tuple[int, int]]:
    """The parts of an object's debug section worth keeping (.debug_line
    is written anew, line_unit): all of it, except the parts of dead
    functions (a DIE, a range-list pair, a frame description entry) and
    what only they named."""
    if name == ".debug_info":
        return live_dies(loader, oi, dwarf, size)
    if name == ".debug_str":
        return named_strings(loader, oi, dwarf)
    if name == ".debug_ranges":
        return [(pos, pos + 16) for pos in range(0, size, 16)
                if pos not in dwarf.symbol_relocs(name) or live_address(loader, oi, dwarf, name, pos)]
    return [(0, size)]


def live_dies(loader: Loader, oi: int, dwarf: ObjectDwarf, size: int) -> list[tuple[int, int]]:
    """.debug_info without the DIEs of dead functions (each a child of the
    compile unit with its own subtree), unless something refers into one,
    and without the abstract DIEs of inlined functions (subprograms without
    code) that no DIE kept refers to: all their calls were in dead code."""
    tops, refs = dwarf.die_layout
    dead = [(start, end) for start, end, low_pc, _ in tops
            if low_pc is not None and not live_address(loader, oi, dwarf, ".debug_info", low_pc)]
    data = dwarf.data(".debug_info")
    in_dead = Piece(0, dead)
    targets = sorted(int.from_bytes(data[at : at + n], "little") for at, n in refs if in_dead.place(at) is None)
    if any(referred(targets, start, end) for start, end in dead):
        return [(0, size)]
    unused = [(start, end) for start, end, low_pc, subprogram in tops
              if subprogram and low_pc is None and not referred(targets, start, end)]
    kept, pos = [], 0
    for start, end in sorted(dead + unused):
        if start > pos:
            kept.append((pos, start))
        pos = end
    return kept + [(pos, size)]


def referred(targets: list[int], start: int, end: int) -> bool:
    """Whether a sorted list of offsets holds one in [start, end)."""
    i = bisect.bisect_left(targets, start)
    return i < len(targets) and targets[i] < end


def named_strings(loader: Loader, oi: int, dwarf: ObjectDwarf) -> list[tuple[int, int]]:
    """The strings of .debug_str that something kept refers to: a dead
    function's name goes with its DIE. A string may be the tail of another
    (LLVM shares "Value" with "reflect.Value"): both then keep the longer."""
    own = dwarf.index[".debug_str"]
    info = Piece(0, live_dies(loader, oi, dwarf, len(dwarf.data(".debug_info"))))
    starts = sorted({off for section in DEBUG_SECTIONS for at, (shndx, off) in dwarf.relocs(section).items()
                     if shndx == own and (section != ".debug_info" or info.place(at) is not None)})
    data = dwarf.data(".debug_str")
    kept: list[tuple[int, int]] = []
    for start in starts:
        end = data.index(0, start) + 1
        if kept and start < kept[-1][1]:
            continue  # a tail of the string before
        kept.append((start, end))
    return kept


def renumber_references(out: bytearray, piece: Piece, dwarf: ObjectDwarf) -> None:
    """Point the unit's DIE references (offsets from its start) at where
    their DIEs moved when dead ones were dropped."""
    data = dwarf.data(".debug_info")
    for at, n in dwarf.die_layout[1]:
        place = piece.place(at)
        if place is not None:
            target = piece.place(int.from_bytes(data[at : at + n], "little"))
            out[place : place + n] = (target - piece.at).to_bytes(n, "little")


def live_address(loader: Loader, oi: int, dwarf: ObjectDwarf, section: str, at: int) -> bool:
    """Whether the address field at offset at names code the link keeps
    (the function is reachable and this object's copy is the one kept)."""
    target = dwarf.symbol_relocs(section).get(at)
    if target is None:
        return False
    s = loader.objs[oi].symids[target]
    return s != 0 and loader.attr_reachable(s) and loader.obj[loader.outer_sym(s) or s] == oi


def relocate(loader: Loader, addrs: list[int], oi: int, rela: int, data: bytearray, piece: Piece,
             in_list: bool, pieces: dict[int, Piece]) -> None:
    """Apply one debug section's relocations to its piece of data."""
    obj = loader.objs[oi]
    for off, info, addend in read_relocations(obj.elf, rela):
        place = piece.place(off)
        if place is None:
            continue  # in a dropped part
        k, rtype = info >> 32, info & 0xFFFFFFFF
        _, _, _, shndx, value, _ = obj.elf.symbols[k]
        if shndx in pieces:  # into another debug section of the same object
            v = pieces[shndx].target(value + addend)
        else:
            v = symbol_address(loader, addrs, oi, k, addend) or (1 if in_list else 0)
        FIELDS[rtype].pack_into(data, place, v)


def symbol_address(loader: Loader, addrs: list[int], oi: int, k: int, addend: int) -> int:
    """The address of an object's symbol k plus addend; 0 if it is in no
    kept code or data."""
    obj = loader.objs[oi]
    s = obj.symids[k]
    if obj.elf.symbols[k][3] == SectionIndex.SHN_UNDEF or s == 0 or not loader.attr_reachable(s):
        return 0
    return addrs[s] + obj.symoffs[k] + addend


class CodeMap:
    """Where in .text each reachable function's own code lies, to tell
    code from the bytes between functions."""

    def __init__(self, loader: Loader, addrs: list[int]) -> None:
        spans = sorted((addrs[f], addrs[f] + loader.sym_size(f)) for f in text_functions(loader))
        self.starts = [start for start, _ in spans]
        self.ends = [end for _, end in spans]

    def only_padding(self, low: int, high: int) -> bool:
        """Whether [low, high) holds no byte of any function's code."""
        i = bisect.bisect_left(self.starts, low)
        before_ok = i == 0 or self.ends[i - 1] <= low
        return before_ok and (i == len(self.starts) or self.starts[i] >= high)


def coalesce_ranges(data: bytearray, code: CodeMap) -> None:
    """Merge the entries of each range list that continue one another: [a,
    b) then [c, d) is [a, d) when [b, c) is no function's code (a unit's
    list of its functions mostly becomes one entry; an inlined call's
    pieces keep the code between them out). A list keeps its place (DIEs
    point at it); the entries it no longer needs become zeros after its
    end, which cost next to nothing compressed."""
    pos = 0
    while pos < len(data):
        entries, end = [], pos
        while end < len(data):
            low, high = RANGE.unpack_from(data, end)
            end += RANGE.size
            if low == high == 0:
                break
            if entries and continues(entries[-1], low, high, code):
                entries[-1] = (entries[-1][0], high)
            else:
                entries.append((low, high))
        data[pos:end] = bytes(end - pos)
        for i, (low, high) in enumerate(entries):
            RANGE.pack_into(data, pos + i * RANGE.size, low, high)
        pos = end


def continues(last: tuple[int, int], low: int, high: int, code: CodeMap) -> bool:
    """Whether range [low, high) extends range last, nothing but padding between."""
    last_low, last_high = last
    return (last_low != BASE_ADDRESS and last_low < last_high <= low < high
            and code.only_padding(last_high, low))


def compress(data: bytes) -> bytes:
    """An SHF_COMPRESSED section's contents: the header, then zlib's stream."""
    return CHDR.pack(ELFCOMPRESS_ZLIB, 0, len(data), 1) + zlib.compress(data, 6)
