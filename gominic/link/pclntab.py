"""This module implements ``.gopclntab``: the table that turns a program
counter into a function, a file and a line, for the runtime's tracebacks,
``runtime.Caller`` and ``FuncForPC``, as Go's linker writes it
(cmd/link/internal/ld/pcln.go; runtime/symtab.go reads it).

The compiler leaves each function's tables beside its code, in a record
``go:pcln.<symbol>`` (format in gominic/obj/pcln.py). After dead-code
elimination the linker lays out .text (layout.place_text) and gathers the
records of the reachable functions, in layout order, into one blob. Every
number is little-endian; every offset counts from the blob's start.

    header      magic 0xfffffff1, 4 bytes of 0, then six u64:
                nfunc, textStart (= runtime.text, -T), and the offsets of
                funcnametab, cutab, filetab and pctab
    functab     nfunc+1 pairs (entryoff u32, funcoff u32), by address:
                entryoff = entry - textStart; the last pair's entryoff
                is the end of the text, so function i covers
                [entryoff[i], entryoff[i+1])
    _func       per function, unsigned varints: nameoff (in funcnametab),
                args (how many parameters, the receiver counted: a
                traceback prints name() for none, as Go's), startline,
                cuoff (its first file in cutab), pcfile,
                pcline, pcinline, stackmap (offsets in pctab; 0: no
                table, and for pcfile: all the code in file 0, which is
                most functions; pcline 0: no positions at all; a stack map
                is opaque bytes, read by the runtime's collector,
                runtime/mgcstack.go), ninline,
                then its inline tree: ninline entries of four varints:
                nameoff, parent + 1 (0: the function itself), file (a
                number of the function's own, through cutab), call line
    funcnametab NUL-terminated names, each once
    cutab       u32 offsets in filetab: a function's file number n is
                cutab[cuoff+n]; identical file lists are shared
    filetab     NUL-terminated file names, each once
    pctab       the pcvalue tables, each once, after one 0 byte so that
                offset 0 means "none"

Looking up pc: binary-search functab for the last entryoff <= pc - textStart,
read that _func, and run the pcvalue tables from the entry to pc (the
runtime's pcvalue; docs/tour.md follows one pc through by hand).

Three things make hello's table 14 KB instead of 44, without changing an
answer the runtime gives:

  - The pc tables are exact where the runtime looks, at function entries
    and in calls, and nowhere else (the compiler's records hold such
    tables for the runtime, compile/pcln.py at_calls): the position
    changes between two calls, and inlined calls with no call in them, go
    (44 KB to 32).
  - The section holds the blob deflated (pclntab_section); the runtime
    inflates it the first time it needs it (runtime/inflate.go), so a
    program that never asks for a line pays neither the time nor the
    memory (32 KB to 17).
  - Before deflating, the growing numbers of functab and the _funcs are
    written as steps (pack, below), which deflate codes in fewer bits;
    the runtime unpacks them after inflating (runtime/pclnpack.go): 17 KB
    to 14.

Tools that show every instruction's line (objdump) read DWARF's line
program when the executable has one.
"""

from __future__ import annotations

import struct
import zlib

from gominic.link.layout import TEXT_ADDR, place_text
from gominic.link.loader import Loader, Sym
from gominic.link.symkind import SymKind
from gominic.obj.archive import ObjError
from gominic.obj.elffile import RelocType
from gominic.obj.pcln import (
    RECORD_PREFIX, FuncLines, FuncRecord, InlineEntry, decode_pcvalue, decode_record, get_uvarint, put_uvarint,
    unzigzag, zigzag,
)

PCLNTAB_VAR = "runtime.pclnDeflated"  # the runtime's []byte
PCLNTAB = "go:pclntab"  # the section's one symbol
MAGIC = 0xFFFFFFF1
HEADER = struct.Struct("<II6Q")
assert HEADER.size == 56


class Interned:
    """A table of byte strings, each stored once; add returns its offset."""

    def __init__(self, initial: bytes = b"") -> None:
        self.data = bytearray(initial)
        self.offsets: dict[bytes, int] = {}

    def add(self, b: bytes) -> int:
        off = self.offsets.get(b)
        if off is None:
            off = self.offsets[b] = len(self.data)
            self.data += b
        return off


def text_functions(loader: Loader) -> list[Sym]:
    """The reachable functions in layout order (that of .text): the symbol
    of each function's section, or, where the function starts after data
    of its own (the call of its short stack check, compile/nosplit.py),
    the one function inside the section."""
    out = []
    for s in loader.reachable_section_syms():
        if loader.sym_kind(s) == SymKind.STEXT:
            f = loader.inner_symbol(s) if loader.is_anonymous(s) else s
            if f:
                out.append(f)
    return out


def printed_name(name: str) -> bytes:
    """A function's name as the runtime shows it, NUL-terminated: the type
    arguments of an instantiation, everything in its outermost brackets,
    become "[...]" (main.Map[...].func1), as Go's linker writes them."""
    i, j = name.find("["), name.rfind("]")
    if 0 <= i < j:
        name = name[:i] + "[...]" + name[j + 1:]
    return name.encode() + b"\0"


class PclnBuilder:
    """The tables of .gopclntab as they fill up, function by function."""

    def __init__(self) -> None:
        self.names, self.files, self.pctab = Interned(), Interned(), Interned(b"\0")
        self.cutab: list[int] = []
        self.culists: dict[tuple[int, ...], int] = {}
        self.funcdata = bytearray()

    def add_func(self, name: str, rec: FuncRecord | None) -> int:
        """Append a function's _func (rec None: no positions, as for
        assembly); return its offset in funcdata."""
        off = len(self.funcdata)
        fields = [self.names.add(printed_name(name))]
        if rec is None:
            fields += [0] * 8
        else:
            pcfile = 0 if all_in_file_0(rec.pcfile) else self.pctab.add(rec.pcfile)
            fields += [rec.args, rec.start_line, self.file_list(rec.files), pcfile, self.pctab.add(rec.pcline),
                       self.pctab.add(rec.pcinline) if rec.inline else 0,
                       self.pctab.add(rec.stackmap) if rec.stackmap else 0, len(rec.inline)]
            for e in rec.inline:
                fields += [self.names.add(printed_name(e.name)), e.parent + 1, e.file, e.line]
        for v in fields:
            put_uvarint(self.funcdata, v)
        return off

    def file_list(self, files: list[str]) -> int:
        """The index in cutab of a function's file list (shared when equal)."""
        offsets = tuple(self.files.add(f.encode() + b"\0") for f in files)
        if offsets not in self.culists:
            self.culists[offsets] = len(self.cutab)
            self.cutab.extend(offsets)
        return self.culists[offsets]

    def blob(self, entryoffs: list[int], funcoffs: list[int]) -> bytes:
        """The whole table, given each function's entry offset in .text
        and, last, the end of the text."""
        func_at = HEADER.size + 8 * len(entryoffs)
        nametab_at = func_at + len(self.funcdata)
        cutab_at = nametab_at + len(self.names.data)
        filetab_at = cutab_at + 4 * len(self.cutab)
        pctab_at = filetab_at + len(self.files.data)
        out = bytearray(HEADER.pack(MAGIC, 0, len(funcoffs), TEXT_ADDR, nametab_at, cutab_at, filetab_at, pctab_at))
        for entryoff, funcoff in zip(entryoffs, funcoffs + [-func_at]):
            out += struct.pack("<II", entryoff, func_at + funcoff)
        out += self.funcdata + self.names.data + struct.pack(f"<{len(self.cutab)}I", *self.cutab)
        out += self.files.data + self.pctab.data
        return bytes(out)


def all_in_file_0(pcfile: bytes) -> bool:
    """Whether a pcfile table says file 0 for every pc (Go's linker
    writes the table all the same; ours leaves it out)."""
    return [value for value, _ in decode_pcvalue(pcfile)] == [0]


def build_pclntab(loader: Loader) -> tuple[int, int]:
    """Fill runtime.pclnDeflated if the program's runtime uses it; return
    the table's size in bytes, deflated and inflated ((0, 0) when there is
    none)."""
    var = loader.lookup(PCLNTAB_VAR)
    if var == 0 or not loader.attr_reachable(var):
        return 0, 0
    text = place_text(loader)
    funcs = text_functions(loader)
    builder = PclnBuilder()
    funcoffs = [builder.add_func(loader.sym_name(s), func_record(loader, s)) for s in funcs]
    blob = builder.blob([loader.sym_value(s) - TEXT_ADDR for s in funcs] + [text.size], funcoffs)
    data = pclntab_section(blob)
    table = loader.create_external(PCLNTAB, SymKind.SPCLNTAB, data)
    loader.set_attr_reachable(table)
    n = len(data).to_bytes(8, "little")
    loader.set_content(var, SymKind.SDATA, bytes(8) + n + n, [(0, RelocType.R_X86_64_64, table, 0)])
    return len(data), len(blob)


def pclntab_section(blob: bytes) -> bytes:
    """What .gopclntab holds: the table's size and its packed size (pack),
    four bytes each, then the packed table deflated as a raw DEFLATE
    stream (RFC 1951, without zlib's header: runtime/inflate.go reads it)."""
    packed = pack(blob)
    z = zlib.compressobj(9, zlib.DEFLATED, -15)
    return struct.pack("<II", len(blob), len(packed)) + z.compress(packed) + z.flush()


def inflate(section: bytes) -> bytes:
    """The table a .gopclntab section holds, inflated and unpacked."""
    try:
        return unpack(zlib.decompress(section[8:], -15))
    except (zlib.error, IndexError, ValueError, struct.error) as e:
        raise ObjError(f".gopclntab: not a table this linker writes ({e})") from None


# --- packing --------------------------------------------------------------
#
# DEFLATE finds repeated bytes; it can do little with numbers that only
# grow, and most of the table's are such: functab's entry offsets, and the
# offsets in each _func (of its name, its file list, its pc tables), which
# follow function order. So before deflating, the table is packed, as PNG
# filters an image's rows first: each number becomes its step from the
# one before, and steps are small and repeat. The runtime unpacks the
# table after inflating it (runtime/pclnpack.go, unpackPclntab):
#
#     header     as in the table
#     functab    nfunc+1 varints: each entry offset minus the one before
#                (funcoff is left out: the _funcs follow one another)
#     _funcs     each number of a _func and of its inline entries 0 if it
#                is 0, else 1 + zigzag(its step from the last nonzero
#                number of its column: the same field of a _func, or of
#                an inline entry)
#     the rest   funcnametab, cutab, filetab, pctab as in the table
#
# hello's deflated table: 16.6 KB as the table, 13.9 KB packed.

FUNC_FIELDS = 9  # nameoff, args, startline, cuoff, pcfile, pcline, pcinline, stackmap, ninline
INLINE_FIELDS = 4  # nameoff, parent + 1, file, line


def pack(blob: bytes) -> bytes:
    """The table packed (above), for deflating."""
    _, _, nfunc, _, nametab, _, _, _ = HEADER.unpack_from(blob)
    functab = struct.unpack_from(f"<{2 * (nfunc + 1)}I", blob, HEADER.size)
    out = bytearray(blob[:HEADER.size])
    entries = functab[0::2]
    for before, entry in zip((0,) + entries, entries):
        put_uvarint(out, entry - before)
    p = HEADER.size + 4 * len(functab)
    steps = Steps()
    for _ in range(nfunc):
        fields, p = read_uvarints(blob, p, FUNC_FIELDS)
        inline, p = read_uvarints(blob, p, INLINE_FIELDS * fields[-1])
        for k, v in enumerate(fields + inline):
            put_uvarint(out, steps.code(k, v))
    assert p == nametab, "the _funcs end where the names start"
    return bytes(out + blob[nametab:])


def unpack(packed: bytes) -> bytes:
    """The table a packed one holds (the runtime's unpackPclntab in Python)."""
    nfunc = HEADER.unpack_from(packed)[2]
    p, entry, entries = HEADER.size, 0, []
    for _ in range(nfunc + 1):
        step, p = get_uvarint(packed, p)
        entry += step
        entries.append(entry)
    func_at = HEADER.size + 8 * (nfunc + 1)
    funcdata, funcoffs, steps = bytearray(), [], Steps()
    for _ in range(nfunc):
        funcoffs.append(func_at + len(funcdata))
        fields, p = steps.read(packed, p, 0, FUNC_FIELDS)
        inline, p = steps.read(packed, p, FUNC_FIELDS, INLINE_FIELDS * fields[-1])
        for v in fields + inline:
            put_uvarint(funcdata, v)
    functab = b"".join(struct.pack("<II", e, f) for e, f in zip(entries, funcoffs + [0]))
    return packed[:HEADER.size] + functab + funcdata + packed[p:]


class Steps:
    """The packing of the numbers of the _funcs, the k-th of each _func in
    column k, an inline entry's in the column of its field: 0 stays 0;
    any other number is coded as 1 + zigzag(its step from the last
    nonzero number of its column)."""

    def __init__(self) -> None:
        self.last = [0] * (FUNC_FIELDS + INLINE_FIELDS)

    @staticmethod
    def column(k: int) -> int:
        return k if k < FUNC_FIELDS else FUNC_FIELDS + (k - FUNC_FIELDS) % INLINE_FIELDS

    def code(self, k: int, v: int) -> int:
        """The code of v, the k-th number of a _func."""
        if v == 0:
            return 0
        col = self.column(k)
        u, self.last[col] = 1 + zigzag(v - self.last[col]), v
        return u

    def read(self, data: bytes, p: int, first: int, n: int) -> tuple[list[int], int]:
        """The n numbers coded at p, the first the first-th of its _func,
        and the position after them."""
        out = []
        for k in range(first, first + n):
            u, p = get_uvarint(data, p)
            col = self.column(k)
            if u:
                self.last[col] += unzigzag(u - 1)
            out.append(u and self.last[col])
        return out, p


def read_uvarints(data: bytes, p: int, n: int) -> tuple[list[int], int]:
    """The n varints at p, and the position after them."""
    out = []
    for _ in range(n):
        v, p = get_uvarint(data, p)
        out.append(v)
    return out, p


def func_record(loader: Loader, s: Sym) -> FuncRecord | None:
    """The position tables the compiler left for function s, if any."""
    rec = loader.lookup(RECORD_PREFIX + loader.sym_name(s))
    if rec == 0 or not loader.attr_defined(rec):
        return None
    return decode_record(loader.data(rec))


def read_pclntab(section: bytes) -> list[FuncLines]:
    """Decode a .gopclntab (for tools: addr2line, objdump), as the runtime
    reads it: the functions in address order with their positions."""
    blob = inflate(section)
    magic, _, nfunc, text, nametab, cutab, filetab, pctab = HEADER.unpack_from(blob)
    if magic != MAGIC:
        return []

    def cstring(off: int) -> str:
        return blob[off : blob.index(0, off)].decode("utf-8", "replace")

    funcs = []
    for i in range(nfunc):
        entryoff, p = struct.unpack_from("<II", blob, HEADER.size + 8 * i)
        fields, p = read_uvarints(blob, p, FUNC_FIELDS)
        nameoff, _, _, cuoff, pcfile, pcline, pcinline, _, ninline = fields
        inline = []
        for _ in range(ninline):
            entry, p = read_uvarints(blob, p, INLINE_FIELDS)
            inline.append(InlineEntry(cstring(nametab + entry[0]), entry[1] - 1, entry[2], entry[3]))
        runs = [decode_pcvalue(blob, pctab + off) if off else [] for off in (pcfile, pcline, pcinline)]
        if pcline and not pcfile:
            runs[0] = [(0, sum(length for _, length in runs[1]))]
        nfiles = 1 + max([v for v, _ in runs[0]] + [e.file for e in inline], default=-1)
        files = [cstring(filetab + struct.unpack_from("<I", blob, cutab + 4 * (cuoff + n))[0])
                 for n in range(nfiles)]
        funcs.append(FuncLines(cstring(nametab + nameoff), text + entryoff, files, *runs, inline))
    return funcs
