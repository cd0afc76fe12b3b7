"""This module implements ``.gopclntab``: the table that turns a program
counter into a function, a file and a line, for the runtime's tracebacks,
``runtime.Caller`` and ``FuncForPC``, as Go's linker writes it
(cmd/link/internal/ld/pcln.go; runtime/symtab.go reads it).

The compiler leaves each function's tables beside its code, in a record
``go:pcln.<symbol>`` (format in gominic/obj/pcln.py). After dead-code
elimination the linker gathers the records of the reachable functions, in
layout order, into one blob, ``go:pclntab``, laid out in its own section
``.gopclntab``; the runtime's ``var pclntab []byte`` is set to cover it.
Every number is little-endian; every offset counts from the blob's start.

    header      magic 0xfffffff1, 4 bytes of 0, then six u64:
                nfunc, textStart (= runtime.text), and the offsets of
                funcnametab, cutab, filetab and pctab
    functab     nfunc+1 pairs (entryoff u32, funcoff u32), by address:
                entryoff = entry - textStart; the last pair's entryoff
                is the end of the text, so function i covers
                [entryoff[i], entryoff[i+1])
    _func       per function, unsigned varints: nameoff (in funcnametab),
                startline, cuoff (its first file in cutab), pcfile,
                pcline, pcinline (offsets in pctab; 0: no table), ninline,
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

The entry offsets are R_X86_64_32 relocations against each function with
addend -textStart: the blob's size is fixed before layout and its
addresses are filled in by the ordinary relocation pass.
"""

from __future__ import annotations

import struct

from gominic.link.layout import TEXT_ADDR
from gominic.link.loader import Loader, Reloc, Sym
from gominic.link.symkind import SymKind
from gominic.obj.elffile import RelocType
from gominic.obj.pcln import FuncLines, InlineEntry, decode_pcvalue, decode_record, get_uvarint, put_uvarint

PCLNTAB_VAR = "runtime.pclntab"  # the runtime's []byte
PCLNTAB = "go:pclntab"  # the blob
RECORD_PREFIX = "go:pcln."
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
    """The reachable functions in layout order (that of .text)."""
    return [s for s in loader.reachable_section_syms()
            if loader.sym_kind(s) == SymKind.STEXT and not loader.is_anonymous(s)]


def build_pclntab(loader: Loader) -> int:
    """Fill runtime.pclntab if the program's runtime uses it; return the
    table's size in bytes (0 when there is none)."""
    var = loader.lookup(PCLNTAB_VAR)
    if var == 0 or not loader.attr_reachable(var):
        return 0
    funcs = text_functions(loader)
    names, files, pctab = Interned(), Interned(), Interned(b"\0")
    cutab: list[int] = []
    culists: dict[tuple[int, ...], int] = {}
    funcdata = bytearray()
    func_at = HEADER.size + 8 * (len(funcs) + 1)
    funcoffs = []
    for s in funcs:
        name = loader.sym_name(s)
        funcoffs.append(func_at + len(funcdata))
        fields = [names.add(name.encode() + b"\0")]
        rec_sym = loader.lookup(RECORD_PREFIX + name)
        if rec_sym != 0 and loader.attr_defined(rec_sym):
            rec = decode_record(loader.data(rec_sym))
            filelist = tuple(files.add(f.encode() + b"\0") for f in rec.files)
            cuoff = culists.get(filelist)
            if cuoff is None:
                cuoff = culists[filelist] = len(cutab)
                cutab.extend(filelist)
            fields += [rec.start_line, cuoff, pctab.add(rec.pcfile), pctab.add(rec.pcline),
                       pctab.add(rec.pcinline) if rec.inline else 0, len(rec.inline)]
            for e in rec.inline:
                fields += [names.add(e.name.encode() + b"\0"), e.parent + 1, e.file, e.line]
        else:
            fields += [0] * 6  # assembly: no positions
        for v in fields:
            put_uvarint(funcdata, v)
    nametab_at = func_at + len(funcdata)
    cutab_at = nametab_at + len(names.data)
    filetab_at = cutab_at + 4 * len(cutab)
    pctab_at = filetab_at + len(files.data)
    blob = bytearray(HEADER.pack(MAGIC, 0, len(funcs), 0, nametab_at, cutab_at, filetab_at, pctab_at))
    text, etext = loader.lookup("runtime.text"), loader.lookup("runtime.etext")
    for marker in (text, etext):
        loader.set_attr_reachable(marker)
    relocs: list[Reloc] = [(16, RelocType.R_X86_64_64, text, 0)]
    for s, funcoff in zip(funcs, funcoffs):
        relocs.append((len(blob), RelocType.R_X86_64_32, s, -TEXT_ADDR))
        blob += struct.pack("<II", 0, funcoff)
    relocs.append((len(blob), RelocType.R_X86_64_32, etext, -TEXT_ADDR))
    blob += struct.pack("<II", 0, 0)
    blob += funcdata + names.data + struct.pack(f"<{len(cutab)}I", *cutab) + files.data + pctab.data
    table = loader.create_external(PCLNTAB, SymKind.SPCLNTAB, bytes(blob), relocs)
    loader.set_attr_reachable(table)
    n = len(blob).to_bytes(8, "little")
    loader.set_content(var, SymKind.SDATA, bytes(8) + n + n, [(0, RelocType.R_X86_64_64, table, 0)])
    return len(blob)


def read_pclntab(blob: bytes) -> list[FuncLines]:
    """Decode a .gopclntab (for tools: addr2line, objdump), as the runtime
    reads it: the functions in address order with their positions."""
    magic, _, nfunc, text, nametab, cutab, filetab, pctab = HEADER.unpack_from(blob)
    if magic != MAGIC:
        return []

    def cstring(off: int) -> str:
        return blob[off : blob.index(0, off)].decode("utf-8", "replace")

    funcs = []
    for i in range(nfunc):
        entryoff, p = struct.unpack_from("<II", blob, HEADER.size + 8 * i)
        fields = []
        for _ in range(7):
            v, p = get_uvarint(blob, p)
            fields.append(v)
        nameoff, _, cuoff, pcfile, pcline, pcinline, ninline = fields
        inline = []
        for _ in range(ninline):
            entry = []
            for _ in range(4):
                v, p = get_uvarint(blob, p)
                entry.append(v)
            inline.append(InlineEntry(cstring(nametab + entry[0]), entry[1] - 1, entry[2], entry[3]))
        runs = [decode_pcvalue(blob, pctab + off) if off else [] for off in (pcfile, pcline, pcinline)]
        nfiles = 1 + max([v for v, _ in runs[0]] + [e.file for e in inline], default=-1)
        files = [cstring(filetab + struct.unpack_from("<I", blob, cutab + 4 * (cuoff + n))[0]) for n in range(nfiles)]
        funcs.append(FuncLines(cstring(nametab + nameoff), text + entryoff, files, *runs, inline))
    return funcs
