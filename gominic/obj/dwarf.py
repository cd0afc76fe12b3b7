"""This module implements reading the DWARF 4 that LLVM puts in a package
object: the line program (.debug_line) and the tree of inlined calls
(.debug_info), the two facts the position tables (pcln.py) are made of.

The object is relocatable, so every address in the DWARF is still a
relocation against a function's own section (``.text.<symbol>``, offset);
this reader resolves each one to (section index, offset) and never needs an
address. Only what LLVM emits for gominic is decoded: one compile unit,
DWARF 4, 8-byte addresses.

Source: DWARF Debugging Information Format, version 4: 6.2 (line number
information; the state machine and its opcodes), 7.5 (the .debug_info
encoding: abbreviations, attribute forms), 2.17 (code addresses and ranges).
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass, field
from typing import NamedTuple

from gominic.obj.archive import ObjError
from gominic.obj.elffile import ElfFile, SectionFlag, SectionType, read_relocations

# Tags and attributes (DWARF 4, 7.5.3 and 7.5.4).
DW_TAG_subprogram = 0x2E
DW_TAG_inlined_subroutine = 0x1D
DW_AT_name = 0x03
DW_AT_low_pc = 0x11
DW_AT_high_pc = 0x12
DW_AT_abstract_origin = 0x31
DW_AT_ranges = 0x55
DW_AT_call_file = 0x58
DW_AT_call_line = 0x59
DW_AT_linkage_name = 0x6E

# Attribute forms (7.5.4): the fixed sizes; the others are handled by name.
FIXED_FORM_SIZES = {
    0x01: 8, 0x05: 2, 0x06: 4, 0x07: 8, 0x0B: 1, 0x0C: 1, 0x0E: 4, 0x10: 4, 0x11: 1,
    0x12: 2, 0x13: 4, 0x14: 8, 0x17: 4, 0x19: 0, 0x20: 8,
}
DW_FORM_string, DW_FORM_block, DW_FORM_block1, DW_FORM_block2, DW_FORM_block4 = 0x08, 0x09, 0x0A, 0x03, 0x04
DW_FORM_sdata, DW_FORM_udata, DW_FORM_ref_udata, DW_FORM_exprloc = 0x0D, 0x0F, 0x15, 0x18
REF_SIZES = {0x11: 1, 0x12: 2, 0x13: 4, 0x14: 8}  # DW_FORM_ref1 ... ref8: offsets in the unit

# Standard opcodes of the line program (DWARF 4, 6.2.5.2) and extended
# ones, whole (6.2.5.3).
DW_LNS_advance_pc, DW_LNS_advance_line, DW_LNS_set_file = 2, 3, 4
DW_LNS_negate_stmt, DW_LNS_const_add_pc = 6, 8
DW_LNS_set_prologue_end, DW_LNS_set_epilogue_begin = 10, 11
DW_LNE_end_sequence, DW_LNE_set_address = b"\x00\x01\x01", b"\x00\x09\x02"
# Where a unit header's line_base, then line_range, lie (DWARF 4, 6.2.4:
# after unit_length, version, header_length and three one-byte fields).
LINE_BASE_AT = 13

# Call frame instructions (DWARF 4, 6.4.2), those LLVM writes for x86-64:
# the first three keep their operand in the low six bits.
DW_CFA_advance_loc, DW_CFA_offset, DW_CFA_restore = 0x40, 0x80, 0xC0
DW_CFA_nop, DW_CFA_advance_loc1, DW_CFA_advance_loc2, DW_CFA_advance_loc4 = 0x00, 0x02, 0x03, 0x04
DW_CFA_offset_extended, DW_CFA_restore_extended = 0x05, 0x06
DW_CFA_def_cfa, DW_CFA_def_cfa_register, DW_CFA_def_cfa_offset = 0x0C, 0x0D, 0x0E
CIE_ID = 0xFFFFFFFF  # a .debug_frame entry with this id is a CIE

CHDR = struct.Struct("<IIQQ")  # Elf64_Chdr: ch_type, ch_reserved, ch_size, ch_addralign

Address = tuple[int, int]  # (section index in the object, offset in it)


# A row's flags: where a debugger stops on entering a function, where it
# leaves.
PROLOGUE_END, EPILOGUE_BEGIN = 1, 2


@dataclass
class LineRow:
    """One row of the line table: from offset on, the code is at file:line."""

    offset: int
    file: int  # index in LineTable.files
    line: int
    stmt: bool = True  # a statement begins here (a place for a breakpoint)
    flags: int = 0  # PROLOGUE_END, EPILOGUE_BEGIN


@dataclass
class LineSequence:
    """One sequence of the line program (LLVM writes one per function):
    where its DW_LNE_set_address operand is, and its rows, the last one
    its end (DW_LNE_end_sequence)."""

    address_at: int
    address: int  # the offset in its code section it starts at
    rows: list[LineRow]


class LineHeader(NamedTuple):
    """The header of a unit of the line program (DWARF 4, 6.2.4): what its
    opcodes mean, and where they are."""

    end: int  # where the unit ends
    program: int  # where its opcodes start
    min_inst: int
    default_stmt: bool
    line_base: int
    line_range: int
    opcode_base: int
    lengths: list[int]  # each standard opcode's count of LEB128 operands (lengths[0] unused)
    tables: int  # where its directory and file name tables start


class SequenceSpan(NamedTuple):
    """Where one sequence lies in the line program, and the registers it
    ends with: what the linker needs to drop it or to join it to the one
    before (link/dwarf.py)."""

    start: int
    set_address: int  # its DW_LNE_set_address opcode
    first_row_end: int  # after the opcode that appends its first row
    first_row: tuple[int, int, int, bool, int]  # (offset, file, line, stmt, flags): a LineRow's fields
    end_sequence: int  # its DW_LNE_end_sequence opcode
    end: int
    length: int  # the bytes of code it covers
    file: int  # the registers at its end
    line: int
    stmt: bool


class FrameEntry(NamedTuple):
    """One entry of .debug_frame, a CIE (the rules every function starts
    with) or an FDE (one function's rules, as instructions that change
    them as its code goes on), and the rules it ends with: what the linker
    needs to drop it or to join it to the one before (link/dwarf.py)."""

    start: int
    end: int
    cie: int  # an FDE's CIE (its offset in the section); -1: this is a CIE
    instructions: int  # where its instructions start
    last: int  # where they stop, before the DW_CFA_nop padding
    length: int  # an FDE's bytes of code (address_range)
    advanced: int  # how far its instructions move the location
    cfa: tuple[int, int] | None  # the CFA rule at its end, (register, offset); None: instructions not understood
    registers: tuple[int, ...]  # the registers its instructions give a rule


@dataclass
class LineEncoder:
    """Writes rows of a line program with its header's special opcodes
    (DWARF 4, 6.2.5.1), from the registers it holds: each row costs the
    opcodes that move the registers to it, most often one byte."""

    line_base: int
    line_range: int
    opcode_base: int
    address: int = 0
    file: int = 1
    line: int = 1
    stmt: bool = True

    @classmethod
    def starting(cls, unit: LineHeader | LineTable) -> LineEncoder:
        """An encoder for unit's opcodes, its registers as a sequence starts."""
        return cls(unit.line_base, unit.line_range, unit.opcode_base, stmt=unit.default_stmt)

    def row(self, out: bytearray, row: LineRow) -> None:
        """Append the opcodes adding row (row.offset its address)."""
        if row.file != self.file:
            out.append(DW_LNS_set_file)
            put_uleb(out, row.file)
        if row.stmt != self.stmt:
            out.append(DW_LNS_negate_stmt)
        if row.flags & PROLOGUE_END:
            out.append(DW_LNS_set_prologue_end)
        if row.flags & EPILOGUE_BEGIN:
            out.append(DW_LNS_set_epilogue_begin)
        dline, daddr = row.line - self.line, row.offset - self.address
        if not self.line_base <= dline < self.line_base + self.line_range:
            out.append(DW_LNS_advance_line)
            put_sleb(out, dline)
            dline = 0
        const_add = (255 - self.opcode_base) // self.line_range
        if self.special(dline, daddr) > 255 and self.special(dline, daddr - const_add) <= 255:
            out.append(DW_LNS_const_add_pc)
            daddr -= const_add
        elif self.special(dline, daddr) > 255:
            out.append(DW_LNS_advance_pc)
            put_uleb(out, daddr)
            daddr = 0
        out.append(self.special(dline, daddr))
        self.address, self.file, self.line, self.stmt = row.offset, row.file, row.line, row.stmt

    def advance(self, out: bytearray, address: int) -> None:
        """Append the opcode moving the address on to address, with no row."""
        if address > self.address:
            out.append(DW_LNS_advance_pc)
            put_uleb(out, address - self.address)
            self.address = address

    def special(self, dline: int, daddr: int) -> int:
        """The special opcode adding dline to the line and daddr to the
        address and appending a row (more than 255: none does)."""
        return (dline - self.line_base) + self.line_range * daddr + self.opcode_base


@dataclass
class LineTable:
    """The line program's rows, per code section, and its file names."""

    files: list[str]  # DWARF 4 file numbers count from 1: files[0] is unused
    rows: dict[int, list[LineRow]] = field(default_factory=dict)  # section -> rows by offset
    sequences: list[LineSequence] = field(default_factory=list)
    program: int = 0  # where the opcodes start, after the header
    end: int = 0  # where the unit ends
    min_inst: int = 1
    default_stmt: bool = True
    line_base: int = 0
    line_range: int = 0
    opcode_base: int = 0


@dataclass
class InlinedCall:
    """A call inlined into a function (DW_TAG_inlined_subroutine)."""

    name: str  # the inlined function
    parent: int  # index of the inlined call it sits in, -1: the function itself
    call_file: int  # the call site, in the caller
    call_line: int
    ranges: list[tuple[int, int]]  # [start, end) offsets in the function's section


class Reader:
    """A little-endian cursor over one section's bytes."""

    def __init__(self, data: bytes, pos: int = 0) -> None:
        self.data, self.pos = data, pos

    def u(self, n: int) -> int:
        v = int.from_bytes(self.data[self.pos : self.pos + n], "little")
        self.pos += n
        return v

    def uleb(self) -> int:
        result = shift = 0
        while True:
            b = self.data[self.pos]
            self.pos += 1
            result |= (b & 0x7F) << shift
            shift += 7
            if b < 0x80:
                return result

    def sleb(self) -> int:
        result = shift = 0
        while True:
            b = self.data[self.pos]
            self.pos += 1
            result |= (b & 0x7F) << shift
            shift += 7
            if b < 0x80:
                return result - (1 << shift) if b & 0x40 else result

    def cstr(self) -> str:
        end = self.data.index(0, self.pos)
        s = self.data[self.pos : end].decode("utf-8", "replace")
        self.pos = end + 1
        return s


def uleb_at(data: bytes, pos: int) -> tuple[int, int]:
    """The LEB128 number at pos and the position after it."""
    result = shift = 0
    while True:
        b = data[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if b < 0x80:
            return result, pos
        shift += 7


def sleb_at(data: bytes, pos: int) -> tuple[int, int]:
    """The signed LEB128 number at pos and the position after it."""
    result, after = uleb_at(data, pos)
    if data[after - 1] & 0x40:  # the sign bit of the last byte
        result -= 1 << 7 * (after - pos)
    return result, after


def put_uleb(out: bytearray, v: int) -> None:
    """Append v as an unsigned LEB128 number: 2 -> 02, 128 -> 80 01."""
    while v >= 0x80:
        out.append(v & 0x7F | 0x80)
        v >>= 7
    out.append(v)


def put_sleb(out: bytearray, v: int) -> None:
    """Append v as a signed LEB128 number: -2 -> 7e, 64 -> c0 00."""
    while not -0x40 <= v < 0x40:
        out.append(v & 0x7F | 0x80)
        v >>= 7
    out.append(v & 0x7F)


def run_frame_instructions(data: bytes, pos: int, end: int,
                           cfa: tuple[int, int] | None) -> tuple[tuple[int, int] | None, int, tuple[int, ...], int]:
    """Run the call frame instructions in data[pos:end] from the CFA rule
    cfa (DWARF 4, 6.4.2): the rule they end with (None for instructions
    this reader does not follow), how far they move the location, the
    registers they give a rule, and where they stop before the padding."""
    advanced, registers, last = 0, set(), pos
    while pos < end:
        op = data[pos]
        pos += 1
        kind, low = op & 0xC0, op & 0x3F
        if kind == DW_CFA_advance_loc:
            advanced += low
        elif kind in (DW_CFA_offset, DW_CFA_restore):
            registers.add(low)
            if kind == DW_CFA_offset:
                _, pos = uleb_at(data, pos)
        elif op == DW_CFA_nop:
            continue
        elif op in (DW_CFA_advance_loc1, DW_CFA_advance_loc2, DW_CFA_advance_loc4):
            n = 1 << op - DW_CFA_advance_loc1
            advanced += int.from_bytes(data[pos : pos + n], "little")
            pos += n
        elif op == DW_CFA_offset_extended:
            reg, pos = uleb_at(data, pos)
            _, pos = uleb_at(data, pos)
            registers.add(reg)
        elif op == DW_CFA_def_cfa:
            reg, pos = uleb_at(data, pos)
            offset, pos = uleb_at(data, pos)
            cfa = reg, offset
        elif op == DW_CFA_def_cfa_register and cfa is not None:
            reg, pos = uleb_at(data, pos)
            cfa = reg, cfa[1]
        elif op == DW_CFA_def_cfa_offset and cfa is not None:
            offset, pos = uleb_at(data, pos)
            cfa = cfa[0], offset
        else:
            return None, advanced, tuple(sorted(registers)), end
        last = pos
    return cfa, advanced, tuple(sorted(registers)), last


class ObjectDwarf:
    """The debug sections of one relocatable object, with their relocations.

    What the linker asks of every object it links (the relocation maps,
    the line program's sequences, the layout of the DIEs) is decoded once
    into ``decoded``, a dict of plain values: the linker keeps it in its
    object index cache (link/objcache.py) and hands it back next time.
    """

    def __init__(self, elf: ElfFile, decoded: dict[str, object] | None = None) -> None:
        self.elf = elf
        # The debug sections and their relocation sections, by name (an
        # object has thousands of sections, one per function: one pass).
        self.index: dict[str, int] = {}
        self.relas: dict[str, int] = {}
        for i, sec in enumerate(elf.sections):
            if sec.name.startswith(".debug_"):
                self.index[sec.name] = i
            elif sec.name.startswith(".rela.debug_") and sec.type == SectionType.SHT_RELA:
                self.relas[sec.name[5:]] = i
        self.sections: dict[str, bytes] = {}
        self.decoded: dict[str, object] = {} if decoded is None else decoded

    def relocs(self, section: str) -> dict[int, tuple[int, int]]:
        """Field offset -> the (section, offset) its relocation points to."""
        return self.reloc_map(section)[0]

    def symbol_relocs(self, section: str) -> dict[int, int]:
        """Field offset -> the ELF symbol its relocation names."""
        return self.reloc_map(section)[1]

    def reloc_map(self, section: str) -> tuple[dict[int, tuple[int, int]], dict[int, int]]:
        key = "relocs" + section
        if key not in self.decoded:
            targets, symbols = {}, {}
            if section in self.relas:
                for off, info, addend in read_relocations(self.elf, self.relas[section]):
                    sym = self.elf.symbols[info >> 32]
                    targets[off] = (sym[3], sym[4] + addend)
                    symbols[off] = info >> 32
            self.decoded[key] = targets, symbols
        return self.decoded[key]

    def data(self, name: str) -> bytes:
        """A debug section's bytes (empty if the object has none),
        decompressed if our linker compressed it (link/dwarf.py)."""
        if name not in self.sections:
            i = self.index.get(name)
            data = bytes(self.elf.section_data(i)) if i is not None else b""
            if i is not None and self.elf.sections[i].flags & SectionFlag.SHF_COMPRESSED:
                try:
                    data = zlib.decompress(data[CHDR.size:])
                except zlib.error as e:
                    raise ObjError(f"{self.elf.name}: {name}: {e}") from None
            self.sections[name] = data
        return self.sections[name]

    def address(self, section: str, offset: int) -> Address:
        """The (section, offset) a relocated address field stands for; an
        address without a relocation (the unit's base, 0) is in no section."""
        r = self.relocs(section).get(offset)
        if r is None:
            return 0, int.from_bytes(self.data(section)[offset : offset + 8], "little")
        return r

    def offset(self, section: str, at: int, stored: int) -> int:
        """A relocated offset into another debug section (or the stored one)."""
        r = self.relocs(section).get(at)
        return r[1] if r is not None else stored

    # --- .debug_line --------------------------------------------------------

    def line_header(self, at: int = 0) -> LineHeader:
        """The header of the unit of the line program at offset at."""
        r = Reader(self.data(".debug_line"), at)
        length = r.u(4)
        end = r.pos + length
        version = r.u(2)
        if version != 4:
            raise ObjError(f"{self.elf.name}: .debug_line version {version}, want 4")
        program = r.u(4) + r.pos
        min_inst = r.u(1)
        r.pos += 1  # maximum_operations_per_instruction
        default_stmt = r.u(1) != 0
        assert r.pos == at + LINE_BASE_AT
        line_base = struct.unpack("b", bytes([r.u(1)]))[0]
        line_range, opcode_base = r.u(1), r.u(1)
        lengths = [0] + [r.u(1) for _ in range(opcode_base - 1)]
        return LineHeader(end, program, min_inst, default_stmt, line_base, line_range, opcode_base, lengths, r.pos)

    def line_table(self, at: int = 0) -> LineTable:
        """Run the line-number state machine (DWARF 4, 6.2) over every
        sequence of the unit at offset at (an object has one; an
        executable one per package, its end the next one's start)."""
        data = self.data(".debug_line")
        table = LineTable(files=[""])
        if not data:
            return table
        h = self.line_header(at)
        unit_end, program, min_inst, default_stmt, line_base, line_range, opcode_base, lengths, _ = h
        table.end, table.program, table.min_inst, table.default_stmt = unit_end, program, min_inst, default_stmt
        table.line_base, table.line_range, table.opcode_base = line_base, line_range, opcode_base
        r = Reader(data, h.tables)
        dirs = [""]
        while (d := r.cstr()) != "":
            dirs.append(d)
        while (name := r.cstr()) != "":
            d = r.uleb()
            r.uleb(), r.uleb()
            table.files.append(f"{dirs[d]}/{name}" if dirs[d] else name)
        r.pos = program
        section, address, file, line, stmt, flags, address_at, seq_start = 0, 0, 1, 1, default_stmt, 0, 0, 0
        rows: list[LineRow] = []

        def emit() -> None:
            nonlocal flags
            rows.append(LineRow(address, file, line, stmt, flags))
            flags = 0

        while r.pos < unit_end:
            op = r.u(1)
            if op >= opcode_base:
                adj = op - opcode_base
                address += (adj // line_range) * min_inst
                line += line_base + adj % line_range
                emit()
            elif op == 0:
                size = r.uleb()
                start = r.pos
                sub = r.u(1)
                if sub == 1:  # DW_LNE_end_sequence
                    emit()
                    table.rows.setdefault(section, []).extend(rows)
                    table.sequences.append(LineSequence(address_at, seq_start, rows))
                    rows = []
                    section, address, file, line, stmt, flags = 0, 0, 1, 1, default_stmt, 0
                elif sub == 2:  # DW_LNE_set_address
                    address_at = r.pos
                    section, address = self.address(".debug_line", r.pos)
                    seq_start = address
                r.pos = start + size
            elif op == 1:  # DW_LNS_copy
                emit()
            elif op == 2:  # DW_LNS_advance_pc
                address += r.uleb() * min_inst
            elif op == 3:  # DW_LNS_advance_line
                line += r.sleb()
            elif op == 4:  # DW_LNS_set_file
                file = r.uleb()
            elif op == 6:  # DW_LNS_negate_stmt
                stmt = not stmt
            elif op == 10:  # DW_LNS_set_prologue_end
                flags |= PROLOGUE_END
            elif op == 11:  # DW_LNS_set_epilogue_begin
                flags |= EPILOGUE_BEGIN
            elif op == 8:  # DW_LNS_const_add_pc
                address += ((255 - opcode_base) // line_range) * min_inst
            elif op == 9:  # DW_LNS_fixed_advance_pc
                address += r.u(2)
            else:  # set_column, set_basic_block, ...: operands only
                for _ in range(lengths[op]):
                    r.uleb()
        return table

    def line_sequences(self) -> tuple[int, list[SequenceSpan]]:
        """Where the line program's opcodes start, and where each sequence
        lies and how it ends (for the linker, which keeps only the
        sequences of live functions and joins those laid side by side)."""
        if "line_sequences" not in self.decoded:  # plain tuples: the cache keeps them (link/objcache.py)
            self.decoded["line_sequences"] = self.decode_line_sequences()
        program, sequences = self.decoded["line_sequences"]
        return program, [SequenceSpan._make(s) for s in sequences]

    def decode_line_sequences(self) -> tuple[int, list[tuple]]:
        data = self.data(".debug_line")
        unit_end, program, _, default_stmt, line_base, line_range, opcode_base, lengths, _ = self.line_header()
        const_add = (255 - opcode_base) // line_range
        # The linker runs this over every object it links: a tight loop
        # over the bytes, special opcodes (one byte each, most of them) first.
        pos, start, set_address, first_end, first, sequences = program, program, 0, 0, None, []
        address, file, line, stmt, flags = 0, 1, 1, default_stmt, 0
        while pos < unit_end:
            op = data[pos]
            pos += 1
            if op >= opcode_base or op == 1:  # a special opcode, DW_LNS_copy: a row
                if op != 1:
                    address += (op - opcode_base) // line_range
                    line += line_base + (op - opcode_base) % line_range
                if first is None:
                    first_end, first = pos, (address, file, line, stmt, flags)
                flags = 0
            elif op == 0:
                size, after = uleb_at(data, pos)
                after += size
                if data[after - size] == 2:  # DW_LNE_set_address
                    set_address, address = pos - 1, 0  # the opcode's 0 byte
                elif data[after - size] == 1:  # DW_LNE_end_sequence
                    sequences.append((start, set_address, first_end, first, pos - 1, after, address, file, line, stmt))
                    start, first, address, file, line, stmt, flags = after, None, 0, 1, 1, default_stmt, 0
                pos = after
            elif op == 2:  # DW_LNS_advance_pc
                n, pos = uleb_at(data, pos)
                address += n
            elif op == 3:  # DW_LNS_advance_line
                n, pos = sleb_at(data, pos)
                line += n
            elif op == 4:  # DW_LNS_set_file
                file, pos = uleb_at(data, pos)
            elif op == 6:  # DW_LNS_negate_stmt
                stmt = not stmt
            elif op == 8:  # DW_LNS_const_add_pc
                address += const_add
            elif op == 9:  # DW_LNS_fixed_advance_pc: a u16, not a LEB128
                address += data[pos] | data[pos + 1] << 8
                pos += 2
            elif op == 10:  # DW_LNS_set_prologue_end
                flags |= PROLOGUE_END
            elif op == 11:  # DW_LNS_set_epilogue_begin
                flags |= EPILOGUE_BEGIN
            else:
                for _ in range(lengths[op]):
                    _, pos = uleb_at(data, pos)
        return program, sequences

    # --- .debug_frame -------------------------------------------------------

    def frame_entries(self) -> list[FrameEntry]:
        """The entries of .debug_frame, CIEs and FDEs, in order."""
        if "frame_entries" not in self.decoded:  # plain tuples: the cache keeps them (link/objcache.py)
            self.decoded["frame_entries"] = self.decode_frame_entries()
        return [FrameEntry._make(e) for e in self.decoded["frame_entries"]]

    def decode_frame_entries(self) -> list[tuple]:
        data = self.data(".debug_frame")
        entries, cies, pos = [], {}, 0
        while pos < len(data):
            length, cie_id = struct.unpack_from("<II", data, pos)
            end = pos + 4 + length
            if cie_id == CIE_ID:
                r = Reader(data, pos + 9)
                r.cstr()  # augmentation: none from LLVM
                r.pos += 2  # address_size, segment_selector_size
                code_align = r.uleb()
                r.sleb(), r.uleb()  # data_alignment_factor, return_address_register
                cfa, advanced, registers, last = run_frame_instructions(data, r.pos, end, None)
                cies[pos] = cfa if code_align == 1 and not advanced else None
                entries.append((pos, end, -1, r.pos, last, 0, 0, cies[pos], registers))
            else:
                length = struct.unpack_from("<Q", data, pos + 16)[0]
                start = cies.get(cie_id)
                cfa, advanced, registers, last = run_frame_instructions(data, pos + 24, end, start)
                entries.append((pos, end, cie_id, pos + 24, last, length, advanced, cfa, registers))
            pos = end
        return entries

    # --- .debug_info --------------------------------------------------------

    def abbreviations(self) -> dict[int, tuple[int, bool, list[tuple[int, int]]]]:
        """Abbreviation code -> (tag, has children, [(attribute, form)])."""
        r = Reader(self.data(".debug_abbrev"))
        table = {}
        while (code := r.uleb()) != 0:
            tag, children = r.uleb(), r.u(1) != 0
            specs = []
            while True:
                attr, form = r.uleb(), r.uleb()
                if attr == 0 and form == 0:
                    break
                specs.append((attr, form))
            table[code] = (tag, children, specs)
        return table

    def inlined_calls(self) -> dict[int, list[InlinedCall]]:
        """For each function section, the calls inlined into it, outermost first."""
        data = self.data(".debug_info")
        if not data:
            return {}
        strings = self.data(".debug_str")
        abbrevs = self.abbreviations()
        r = Reader(data)
        cu_start = r.pos
        unit_end = r.u(4) + 4
        r.u(2), r.u(4), r.u(1)  # version, abbreviation offset, address size
        names: dict[int, str] = {}  # DIE offset -> name, for abstract origins
        pending: list[tuple[int, InlinedCall, int]] = []  # (section, call, origin DIE)
        result: dict[int, list[InlinedCall]] = {}
        # The DIE stack: (tag, section of the enclosing function, inlined-call index).
        stack: list[tuple[int, int, int]] = []
        while r.pos < unit_end:
            die = r.pos - cu_start
            code = r.uleb()
            if code == 0:
                stack.pop()
                continue
            tag, children, specs = abbrevs[code]
            attrs = self.attributes(r, specs, strings)
            if DW_AT_linkage_name in attrs or DW_AT_name in attrs:
                names[die] = attrs.get(DW_AT_linkage_name) or attrs[DW_AT_name]
            section, parent = (stack[-1][1], stack[-1][2]) if stack else (0, -1)
            if tag == DW_TAG_subprogram and DW_AT_low_pc in attrs:
                section, parent = attrs[DW_AT_low_pc][0], -1
            elif tag == DW_TAG_inlined_subroutine and section:
                calls = result.setdefault(section, [])
                call = InlinedCall("", parent, attrs.get(DW_AT_call_file, 0), attrs.get(DW_AT_call_line, 0),
                                   self.die_ranges(attrs))
                pending.append((section, call, attrs[DW_AT_abstract_origin]))
                parent = len(calls)
                calls.append(call)
            if children:
                stack.append((tag, section, parent))
        for _, call, origin in pending:
            call.name = names.get(origin, "?")
        return result

    @property
    def die_layout(self) -> tuple[list[tuple[int, int, int | None, bool]], list[tuple[int, int]]]:
        """The children of the compile unit's DIE, each [start, end) with
        the offset of its DW_AT_low_pc field if it is a function's code
        (None otherwise) and whether it is a subprogram, and every
        reference field (offset, size): what the linker needs to drop the
        DIEs of dead functions (and of inlined ones no call is left of) and
        renumber the rest."""
        if "die_layout" not in self.decoded:
            self.decoded["die_layout"] = self.decode_die_layout()
        return self.decoded["die_layout"]

    def decode_die_layout(self) -> tuple[list[tuple[int, int, int | None, bool]], list[tuple[int, int]]]:
        data = self.data(".debug_info")
        if not data:
            return [], []
        abbrevs = self.abbreviations()
        strings = self.data(".debug_str")
        r = Reader(data)
        unit_end = r.u(4) + 4
        r.pos += 7  # version, abbreviation offset, address size
        tops: list[tuple[int, int, int | None, bool]] = []
        refs: list[tuple[int, int]] = []
        depth, top_start, low_pc_at, subprogram = 0, 0, None, False
        while r.pos < unit_end:
            start = r.pos
            code = r.uleb()
            if code == 0:  # the end of a DIE's children
                depth -= 1
                if depth == 1:
                    tops.append((top_start, r.pos, low_pc_at, subprogram))
                continue
            tag, children, specs = abbrevs[code]
            at_top = depth == 1
            if at_top:
                top_start, low_pc_at, subprogram = start, None, tag == DW_TAG_subprogram
            fields: list[tuple[int, int, int]] = []
            self.attributes(r, specs, strings, fields)
            refs += [(at, size) for at, form, size in fields if form in REF_SIZES]
            if at_top and tag == DW_TAG_subprogram:
                low_pc_at = next((at for at, form, _ in fields if form == 0x01), None)
            if children:
                depth += 1
            elif at_top:
                tops.append((top_start, r.pos, low_pc_at, subprogram))
        return tops, refs

    def attributes(self, r: Reader, specs: list[tuple[int, int]], strings: bytes,
                   fields: list[tuple[int, int, int]] | None = None) -> dict[int, object]:
        """Read one DIE's attribute values: addresses as (section, offset),
        strings decoded, references as DIE offsets, other values as ints;
        fields, if given, collects each one's (offset, form, size)."""
        attrs: dict[int, object] = {}
        for attr, form in specs:
            at = r.pos
            if form == 0x01:  # DW_FORM_addr
                r.pos += 8
                attrs[attr] = self.address(".debug_info", at)
            elif form == 0x0E:  # DW_FORM_strp
                off = self.offset(".debug_info", at, r.u(4))
                attrs[attr] = strings[off : strings.index(0, off)].decode("utf-8", "replace")
            elif form == 0x17:  # DW_FORM_sec_offset
                attrs[attr] = self.offset(".debug_info", at, r.u(4))
            elif form == DW_FORM_string:
                attrs[attr] = r.cstr()
            elif form in (DW_FORM_udata, DW_FORM_ref_udata):
                attrs[attr] = r.uleb()
            elif form == DW_FORM_sdata:
                attrs[attr] = r.sleb()
            elif form in (DW_FORM_exprloc, DW_FORM_block):
                size = r.uleb()
                r.pos += size
            elif form in (DW_FORM_block1, DW_FORM_block2, DW_FORM_block4):
                size = r.u({DW_FORM_block1: 1, DW_FORM_block2: 2, DW_FORM_block4: 4}[form])
                r.pos += size
            elif form in FIXED_FORM_SIZES:
                attrs[attr] = r.u(FIXED_FORM_SIZES[form])
            else:
                raise ObjError(f"{self.elf.name}: DWARF form {form:#x} not understood")
            if fields is not None:
                fields.append((at, form, r.pos - at))
        return attrs

    def die_ranges(self, attrs: dict[int, object]) -> list[tuple[int, int]]:
        """The [start, end) offsets a DIE covers: low_pc/high_pc or a range list."""
        if DW_AT_low_pc in attrs:
            low = attrs[DW_AT_low_pc][1]
            high = attrs.get(DW_AT_high_pc, 0)  # a length (data form) or an address
            return [(low, high[1] if isinstance(high, tuple) else low + high)]
        if DW_AT_ranges not in attrs:
            return []
        data = self.data(".debug_ranges")
        pos, out = attrs[DW_AT_ranges], []
        while True:
            begin, end = struct.unpack_from("<QQ", data, pos)
            if begin == 0 and end == 0 and pos not in self.relocs(".debug_ranges"):
                return out
            out.append((self.address(".debug_ranges", pos)[1], self.address(".debug_ranges", pos + 8)[1]))
            pos += 16
