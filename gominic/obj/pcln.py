"""This module implements the position tables of one function, as the
compiler leaves them beside its code for the linker: Go's pcvalue tables.

A *pcvalue table* maps every pc offset in a function to a value (a file
number, a line, an inlined call). It is a run-length code of the function's
pcs, as in Go's runtime/symtab.go: a sequence of pairs

    value delta   zig-zag signed varint, from the previous value (the first from -1)
    pc delta      unsigned varint: how many bytes of code the value covers

ended by a value delta of 0 (a zero byte; a real pair never has one, except
the first, which is why the first starts from -1). A worked example: lines
10 for 4 bytes, then 12 for 6 bytes, encode as
``zigzag(11)=22, 4, zigzag(2)=4, 6, 0`` = ``16 04 04 06 00``.

A function's *record* (``go:pcln.<symbol>`` in section ``.gopclntab.<symbol>``
of the package's ``_pcln_.o``) holds two encodings of its tables: the
runtime's, exact only at the entry and the calls (compile/pcln.py
at_calls), which the linker reads (decode_record), then the exact ones,
for the tools (exact_record; without stack maps). Each holds, all as
varints or length-prefixed bytes:

    start line                 the line of the func keyword
    args                       how many parameters it has, the receiver counted
    file names                 count, then each; the function's own numbering
    pcfile, pcline, pcinline   three pcvalue tables
    inline tree                count, then per inlined call: the callee's
                               name, the parent call (-1: the function
                               itself), the call site's file number and line
    stack maps                 the collector's maps of the function's frame at
                               its calls (gominic/compile/statepoint.py's
                               encode_funcmap; empty: scanned conservatively)

pcinline gives, at each pc, the innermost inlined call the instruction
belongs to (-1: none), an index in the inline tree: walking its parents
gives the logical frames of a pc, innermost first (Go's inlining tree,
runtime/symtab.go's inlinedCall).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from gominic.obj.dwarf import InlinedCall, LineRow, LineTable
from gominic.obj.dwarf import put_uleb as put_uvarint  # Go's uvarint is LEB128
from gominic.obj.elffile import SymType

RECORD_PREFIX = "go:pcln."  # a function's record: go:pcln.<symbol>


@dataclass
class InlineEntry:
    """One inlined call: the callee's name, its parent call, its call site."""

    name: str
    parent: int
    file: int
    line: int


@dataclass
class FuncRecord:
    """The position tables of one function."""

    start_line: int
    files: list[str]
    pcfile: bytes
    pcline: bytes
    pcinline: bytes
    inline: list[InlineEntry] = field(default_factory=list)
    stackmap: bytes = b""
    args: int = 0


def zigzag(v: int) -> int:
    """v as an unsigned number, small for small v of either sign:
    0, -1, 1, -2 ... -> 0, 1, 2, 3 ..."""
    return (v << 1) ^ (v >> 63) if v < 0 else v << 1


def unzigzag(u: int) -> int:
    return (u >> 1) ^ -(u & 1)


def put_svarint(out: bytearray, v: int) -> None:
    """Append v zig-zag encoded."""
    put_uvarint(out, zigzag(v))


def get_uvarint(data: bytes | memoryview, pos: int) -> tuple[int, int]:
    """The varint at pos and the position after it."""
    result = shift = 0
    while True:
        b = data[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if b < 0x80:
            return result, pos


def get_svarint(data: bytes | memoryview, pos: int) -> tuple[int, int]:
    u, pos = get_uvarint(data, pos)
    return unzigzag(u), pos


def encode_pcvalue(runs: list[tuple[int, int]]) -> bytes:
    """Encode [(value, length in bytes)] runs, each value different from
    the one before, as a pcvalue table."""
    out = bytearray()
    prev = -1
    for value, length in runs:
        put_svarint(out, value - prev)
        put_uvarint(out, length)
        prev = value
    out.append(0)
    return bytes(out)


def decode_pcvalue(table: bytes | memoryview, pos: int = 0) -> list[tuple[int, int]]:
    """The (value, length) runs of the pcvalue table at pos."""
    runs = []
    value, first = -1, True
    while True:
        delta, pos = get_svarint(table, pos)
        if delta == 0 and not first:
            return runs
        first = False
        value += delta
        length, pos = get_uvarint(table, pos)
        runs.append((value, length))


def runs_of(values: list[int]) -> list[tuple[int, int]]:
    """Compress a value per byte into runs: [7, 7, 9] -> [(7, 2), (9, 1)]."""
    runs: list[tuple[int, int]] = []
    for v in values:
        if runs and runs[-1][0] == v:
            runs[-1] = (v, runs[-1][1] + 1)
        else:
            runs.append((v, 1))
    return runs


def entry_offsets(elf) -> dict[int, int]:
    """For each function section whose function does not start at its
    first byte, the offset of its entry: a function with our short stack
    check has the call that grows its stack just before its entry
    (compile/nosplit.py). Tables count from the entry."""
    sections = elf.sections
    return {sym[3]: sym[4] for sym, name in zip(elf.symbols, elf.symbol_names)
            if sym[4] and sym[1] & 0xF == SymType.STT_FUNC and sections[sym[3]].name == ".text." + name}


def function_record(lines: LineTable, rows: list[LineRow], calls: list[InlinedCall], size: int) -> FuncRecord:
    """The tables of one function of size bytes from its rows of DWARF's
    line program (offsets from its entry) and its inlined calls.

    A row covers the code up to the next row. Code LLVM attributes to line
    0 (no particular source line: merged or moved code, which LLVM files
    under "<autogenerated>") keeps the file and line before it, so every
    pc of a function has a real position."""
    files: dict[int, int] = {}  # DWARF file number -> the function's own
    file_at, line_at = [0] * size, [0] * size
    first = next((r for r in rows if r.line), rows[0])
    line, dwarf_file = first.line or 1, first.file
    for row, nxt in zip(rows, rows[1:] + [LineRow(size, 0, 0)]):
        start, end = row.offset, min(nxt.offset, size)
        if end <= start:
            continue
        if row.line:
            line, dwarf_file = row.line, row.file
        file = files.setdefault(dwarf_file, len(files))
        file_at[start:end] = [file] * (end - start)
        line_at[start:end] = [line] * (end - start)
    inline_at = [-1] * size
    tree = []
    for k, call in enumerate(calls):
        for start, end in call.ranges:
            end = min(end, size)
            if end > start:
                inline_at[start:end] = [k] * (end - start)
        tree.append(InlineEntry(call.name, call.parent, files.setdefault(call.call_file, len(files)),
                                call.call_line))
    names = [lines.files[f] if f < len(lines.files) else "?" for f in files]
    return FuncRecord(rows[0].line or line, names, encode_pcvalue(runs_of(file_at)),
                      encode_pcvalue(runs_of(line_at)), encode_pcvalue(runs_of(inline_at)), tree)


def put_bytes(out: bytearray, b: bytes) -> None:
    put_uvarint(out, len(b))
    out += b


def encode_record(rec: FuncRecord) -> bytes:
    out = bytearray()
    put_uvarint(out, rec.start_line)
    put_uvarint(out, rec.args)
    put_uvarint(out, len(rec.files))
    for f in rec.files:
        put_bytes(out, f.encode())
    for table in (rec.pcfile, rec.pcline, rec.pcinline):
        put_bytes(out, table)
    put_uvarint(out, len(rec.inline))
    for e in rec.inline:
        put_bytes(out, e.name.encode())
        put_svarint(out, e.parent)
        put_uvarint(out, e.file)
        put_uvarint(out, e.line)
    put_bytes(out, rec.stackmap)
    return bytes(out)


def decode_record(data: bytes | memoryview) -> FuncRecord:
    """The runtime's tables of a record (the first encoding)."""
    return read_record(bytes(data), 0)[0]


def exact_record(data: bytes | memoryview) -> FuncRecord:
    """The exact tables of a record (the second encoding)."""
    data = bytes(data)
    return read_record(data, read_record(data, 0)[1])[0]


def read_record(data: bytes, pos: int) -> tuple[FuncRecord, int]:
    """The encoding of a record at pos, and the position after it."""
    start, pos = get_uvarint(data, pos)
    args, pos = get_uvarint(data, pos)
    n, pos = get_uvarint(data, pos)
    files = []
    for _ in range(n):
        size, pos = get_uvarint(data, pos)
        files.append(data[pos : pos + size].decode("utf-8", "replace"))
        pos += size
    tables = []
    for _ in range(3):
        size, pos = get_uvarint(data, pos)
        tables.append(data[pos : pos + size])
        pos += size
    rec = FuncRecord(start, files, *tables, args=args)
    n, pos = get_uvarint(data, pos)
    for _ in range(n):
        size, pos = get_uvarint(data, pos)
        name = data[pos : pos + size].decode("utf-8", "replace")
        parent, pos = get_svarint(data, pos + size)
        file, pos = get_uvarint(data, pos)
        line, pos = get_uvarint(data, pos)
        rec.inline.append(InlineEntry(name, parent, file, line))
    size, pos = get_uvarint(data, pos)
    rec.stackmap = data[pos : pos + size]
    return rec, pos + size


@dataclass
class FuncLines:
    """A function's positions, decoded for tools (objdump, addr2line, -S):
    runs of (value, length) from its entry."""

    name: str
    entry: int
    files: list[str]
    file_runs: list[tuple[int, int]]
    line_runs: list[tuple[int, int]]
    inline_runs: list[tuple[int, int]] = field(default_factory=list)
    inline: list[InlineEntry] = field(default_factory=list)

    @classmethod
    def of_record(cls, name: str, entry: int, rec: FuncRecord) -> FuncLines:
        return cls(name, entry, rec.files, decode_pcvalue(rec.pcfile), decode_pcvalue(rec.pcline),
                   decode_pcvalue(rec.pcinline) if rec.inline else [], rec.inline)

    @property
    def size(self) -> int:
        return sum(length for _, length in self.line_runs)

    def file(self, n: int) -> str:
        return self.files[n] if 0 <= n < len(self.files) else "?"

    def position(self, pc: int) -> tuple[str, int]:
        """The file and line of the code at pc (of the innermost inlined call)."""
        return self.file(value_at(self.file_runs, pc - self.entry)), value_at(self.line_runs, pc - self.entry)

    def frames(self, pc: int) -> list[tuple[str, str, int]]:
        """The logical frames at pc, innermost first: (function, file, line)."""
        file, line = self.position(pc)
        out = []
        inl = value_at(self.inline_runs, pc - self.entry) if self.inline else -1
        while inl >= 0:
            e = self.inline[inl]
            out.append((e.name, file, line))
            file, line, inl = self.file(e.file), e.line, e.parent
        out.append((self.name, file, line))
        return out


def value_at(runs: list[tuple[int, int]], off: int) -> int:
    """The value runs give the byte at offset off (-1 past the end)."""
    pc = 0
    for value, length in runs:
        pc += length
        if off < pc:
            return value
    return -1
