"""Tests of the position-table formats: Go's pcvalue encoding (the worked
example of obj/pcln.py), a function record's round trip, the .gopclntab
the linker builds from records, read back as tools read it, and the
tables it keeps exact only at calls."""

from __future__ import annotations

import struct

from gominic.link.layout import TEXT_ADDR
from gominic.compile.pcln import at_calls, call_sites
from gominic.link.pclntab import HEADER, PclnBuilder, pack, pclntab_section, read_pclntab, unpack
from gominic.obj.pcln import (
    FuncLines, FuncRecord, InlineEntry, decode_pcvalue, decode_record, encode_pcvalue, encode_record, exact_record,
    runs_of, value_at,
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
    # The functions at text+0x20 and +0x40, the text ending at +0x60.
    blob = builder.blob([0x20, 0x40, 0x60], offs)
    assert struct.unpack_from("<IIQQ", blob) == (0xFFFFFFF1, 0, 2, TEXT_ADDR) and HEADER.size == 56
    section = pclntab_section(blob)
    assert int.from_bytes(section[:4], "little") == len(blob) and len(section) < len(blob)
    last, rt0 = read_pclntab(section)
    assert (last.name, last.entry, last.files, last.inline) == ("main.last", TEXT_ADDR + 0x20, ["/src/main.go"],
                                                                record().inline)
    assert last.frames(TEXT_ADDR + 0x20 + 5) == [("main.pick", "/src/main.go", 4), ("main.last", "/src/main.go", 10)]
    assert (rt0.name, rt0.entry, rt0.files) == ("_rt0_amd64_linux", TEXT_ADDR + 0x40, [])


def test_packing_writes_steps_and_unpacks_to_the_table():
    """functab becomes the steps between entries; a _func's numbers,
    steps from the last nonzero one of their column, as 1 + zigzag (0
    stays 0): main.one's are its own values, main.two's (the same tables
    under another name) all steps of 0 but its name's."""
    builder = PclnBuilder()
    offs = [builder.add_func("main.one", record()), builder.add_func("main.two", record())]
    blob = builder.blob([0x20, 0x40, 0x60], offs)
    packed = pack(blob)
    assert unpack(packed) == blob and len(packed) < len(blob)
    assert packed[HEADER.size:HEADER.size + 3] == bytes([0x20, 0x20, 0x20])
    one, two = (struct.unpack_from("<13B", blob, HEADER.size + 8 * 3 + off) for off in offs)
    assert one[1:] == two[1:] and one[8] == 1  # one inline entry
    steps = packed[HEADER.size + 3:HEADER.size + 3 + 2 * 13]
    assert list(steps[:13]) == [v and 1 + 2 * v for v in one]
    assert list(steps[13:]) == [1 + 2 * (two[0] - one[0])] + [v and 1 for v in two[1:]]


def test_call_sites_are_found_without_decoding():
    """call rel32, call *%rax, call *0x10(%rbx), call *0x1234(%rip) and
    call *(%rax,%rbx,8) with a REX prefix: each call's last byte -> its first."""
    code = bytes.fromhex("90 e8 00000000 ffd0 ff5310 ff1534120000 41ff14d8 c3".replace(" ", ""))
    assert call_sites(code) == {5: 1, 7: 6, 10: 8, 16: 11, 20: 18}
    assert call_sites(bytes.fromhex("ffe0e8")) == {}  # jmp *%rax; a call cut short by the end


def test_tables_stay_exact_at_calls_and_the_entry():
    """A function of 16 bytes: line 8 (entry), 9 (4 bytes), then a call at
    bytes 8-12 on line 10 inside an inlined call of pick, then line 11 (the
    epilogue).
    Kept: the entry's line and the call's, from the call's first byte; the
    inlined call that holds no call goes, with its line-9 detour."""
    code = bytes.fromhex("55 4889e5 90 90 90 90 e8 00000000 5d c3 cc".replace(" ", ""))
    assert len(code) == 16
    rec = FuncRecord(8, ["/src/main.go"], encode_pcvalue([(0, 16)]),
                     encode_pcvalue([(8, 2), (9, 4), (10, 7), (11, 3)]),
                     encode_pcvalue([(-1, 2), (0, 4), (1, 7), (-1, 3)]),
                     [InlineEntry("main.noop", -1, 0, 9), InlineEntry("main.pick", -1, 0, 10)], args=1)
    exact, kept = FuncLines.of_record("f", 0, rec), FuncLines.of_record("f", 0, at_calls(rec, code))
    for pc in (0, 12):  # the entry; the call's last byte
        assert kept.frames(pc) == exact.frames(pc)
    assert kept.line_runs == [(8, 8), (10, 8)]
    assert kept.inline == [InlineEntry("main.pick", -1, 0, 10)] and kept.inline_runs == [(-1, 8), (0, 8)]
    # The record holds both: the linker reads the first, the tools the second.
    data = encode_record(at_calls(rec, code)) + encode_record(rec)
    assert decode_record(data) == at_calls(rec, code) and exact_record(data) == rec


def test_a_caller_whose_code_is_all_inlined_calls_gets_a_mark():
    """f calls g at line 20 and g, all of it, calls h at line 30; h's call
    at bytes 4-8 is the only call. g has no code of its own, so the byte
    below the call's last becomes g's (Go's inline mark), at the line where
    g calls h: the pc of g's frame (runtime/symtab.go inlinePC), which
    runtime.FuncForPC names g. No mark without need: f has its entry."""
    code = bytes.fromhex("55 4889e5 e8 00000000 5d c3".replace(" ", ""))
    rec = FuncRecord(8, ["/src/main.go"], encode_pcvalue([(0, 11)]), encode_pcvalue([(8, 4), (35, 5), (9, 2)]),
                     encode_pcvalue([(-1, 4), (1, 5), (-1, 2)]),
                     [InlineEntry("main.g", -1, 0, 20), InlineEntry("main.h", 0, 0, 30)])
    exact, kept = FuncLines.of_record("f", 0, rec), FuncLines.of_record("f", 0, at_calls(rec, code))
    assert kept.frames(8) == exact.frames(8) == [
        ("main.h", "/src/main.go", 35), ("main.g", "/src/main.go", 30), ("f", "/src/main.go", 20)]
    assert kept.frames(7) == [("main.g", "/src/main.go", 30), ("f", "/src/main.go", 20)]
    assert kept.inline_runs == [(-1, 7), (0, 1), (1, 3)]


def test_pcfile_table_only_for_code_in_several_files():
    """A function all in its file 0 has pcfile 0 (no table); one with code
    from another file keeps its table. Both read back the same."""
    one = record()
    two = FuncRecord(8, ["/src/main.go", "/src/pick.go"], encode_pcvalue([(0, 4), (1, 8)]), one.pcline,
                     one.pcinline, one.inline, args=1)
    builder = PclnBuilder()
    offs = [builder.add_func("main.one", one), builder.add_func("main.two", two)]
    blob = builder.blob([1, 2, 3], offs)
    funcs = read_pclntab(pclntab_section(blob))
    pcfile_fields = [blob[HEADER.size + 8 * 3 + off + 4] for off in offs]  # nameoff, args, startline, cuoff
    assert pcfile_fields[0] == 0 and pcfile_fields[1] != 0
    assert [f.position(f.entry + 5) for f in funcs] == [("/src/main.go", 4), ("/src/pick.go", 4)]
