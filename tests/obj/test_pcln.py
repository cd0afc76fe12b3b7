"""Tests of the position-table formats: Go's pcvalue encoding (the worked
example of obj/pcln.py), a function record's round trip, and the
.gopclntab the linker builds from records, read back as tools read it."""

from __future__ import annotations

import struct

from gominic.link.pclntab import HEADER, PclnBuilder, read_pclntab
from gominic.obj.pcln import (
    FuncLines, FuncRecord, InlineEntry, decode_pcvalue, decode_record, encode_pcvalue, encode_record, runs_of,
    value_at,
)


def test_pcvalue_worked_example():
    table = encode_pcvalue([(10, 4), (12, 6)])
    assert table == bytes([0x16, 0x04, 0x04, 0x06, 0x00])
    assert decode_pcvalue(table) == [(10, 4), (12, 6)]


def test_pcvalue_negative_steps_and_first_value_minus_one():
    runs = [(-1, 3), (0, 2), (-1, 1), (300, 1)]
    assert decode_pcvalue(encode_pcvalue(runs)) == runs
    assert runs_of([7, 7, 9, 7]) == [(7, 2), (9, 1), (7, 1)]
    assert [value_at(runs, off) for off in (0, 3, 5, 6, 7)] == [-1, 0, -1, 300, -1]


def record() -> FuncRecord:
    """A function of 12 bytes at main.go:8 with a call of pick (main.go:4) inlined at line 10."""
    return FuncRecord(8, ["/src/main.go"], encode_pcvalue([(0, 12)]), encode_pcvalue([(8, 4), (4, 8)]),
                      encode_pcvalue([(-1, 4), (0, 8)]), [InlineEntry("main.pick", -1, 0, 10)], args=1)


def test_record_round_trip_and_inlined_frames():
    rec = record()
    assert decode_record(encode_record(rec)) == rec
    lines = FuncLines.of_record("main.last", 0x1000, rec)
    assert lines.position(0x1000) == ("/src/main.go", 8)
    assert lines.frames(0x100b) == [("main.pick", "/src/main.go", 4), ("main.last", "/src/main.go", 10)]


def test_pclntab_reads_back_what_the_builder_wrote():
    builder = PclnBuilder()
    offs = [builder.add_func("main.last", record()), builder.add_func("_rt0_amd64_linux", None)]
    blob, relocs = builder.blob([1, 2], offs, 3, 4)
    blob = bytearray(blob)
    # Apply the entry relocations by hand: the functions at text+0x20 and +0x40, the text ending at +0x60.
    for (off, _, _, _), entry in zip(relocs[1:], (0x20, 0x40, 0x60)):
        struct.pack_into("<I", blob, off, entry)
    struct.pack_into("<Q", blob, 16, 0x401000)
    assert struct.unpack_from("<I", blob)[0] == 0xFFFFFFF1 and HEADER.size == 56
    last, rt0 = read_pclntab(bytes(blob))
    assert (last.name, last.entry, last.files, last.inline) == ("main.last", 0x401020, ["/src/main.go"],
                                                                record().inline)
    assert last.frames(0x401020 + 5) == [("main.pick", "/src/main.go", 4), ("main.last", "/src/main.go", 10)]
    assert (rt0.name, rt0.entry, rt0.files) == ("_rt0_amd64_linux", 0x401040, [])



def test_pcfile_table_only_for_code_in_several_files():
    """A function all in its file 0 has pcfile 0 (no table); one with code
    from another file keeps its table. Both read back the same."""
    one = record()
    two = FuncRecord(8, ["/src/main.go", "/src/pick.go"], encode_pcvalue([(0, 4), (1, 8)]), one.pcline,
                     one.pcinline, one.inline, args=1)
    builder = PclnBuilder()
    offs = [builder.add_func("main.one", one), builder.add_func("main.two", two)]
    blob, _ = builder.blob([1, 2], offs, 3, 4)
    funcs = read_pclntab(blob)
    pcfile_fields = [blob[HEADER.size + 8 * 3 + off + 4] for off in offs]  # nameoff, args, startline, cuoff
    assert pcfile_fields[0] == 0 and pcfile_fields[1] != 0
    assert [f.position(f.entry + 5) for f in funcs] == [("/src/main.go", 4), ("/src/pick.go", 4)]
