"""The compaction of an object's line program (compile/dwarfline.py): the
same positions at every pc with no line-0 rows, fewer bytes, and a program
an independent reader (pyelftools, relocations applied) decodes as ours."""

from __future__ import annotations

import io

from elftools.elf.elffile import ELFFile

from gominic.compile import backend, compile_package
from gominic.compile.dwarfline import LINE_BASE, LINE_RANGE, compact_line_program
from gominic.obj.dwarf import LineTable, ObjectDwarf
from gominic.obj.elffile import parse_elf

SRC = b"""package p

type T struct{ a, b []int }

func Pick(t *T, i int, flip bool) int {
	if flip {
		return t.a[i] + len(t.b)
	}
	return t.b[i] + len(t.a)
}

func Sum(xs []int) (s int) {
	for _, x := range xs {
		if x > 0 {
			s += x
		} else {
			s -= x
		}
	}
	return s
}
"""


def line_table(obj: bytes) -> LineTable:
    return ObjectDwarf(parse_elf(obj, "p.o")).line_table()


def positions(table: LineTable) -> dict[int, list[tuple[int, int]]]:
    """Section -> (file, line) at each offset, code at line 0 keeping the
    position before it."""
    out = {}
    for section, rows in table.rows.items():
        at: list[tuple[int, int]] = []
        for row, nxt in zip(rows, rows[1:]):
            if row.line or not at:
                pos = (row.file, row.line)
            at += [pos] * (nxt.offset - row.offset)
        out[section] = at
    return out


def test_compaction_keeps_every_position_and_drops_line_zero() -> None:
    pkg = compile_package("example/p", [("p.go", SRC)], {}, keep_ir=True)
    raw = backend.emit_object(pkg.module, True)
    before = line_table(raw)
    assert any(row.line == 0 for seq in before.sequences for row in seq.rows[1:-1])
    compact = compact_line_program(raw, "p.o")
    after = line_table(compact)
    assert positions(after) == positions(before)
    assert not any(row.line == 0 for seq in after.sequences for row in seq.rows[1:-1])
    assert [(r.offset, r.stmt) for s in after.sequences for r in s.rows if r.flags] == \
        [(r.offset, r.stmt) for s in before.sequences for r in s.rows if r.flags]
    size = {obj: ELFFile(io.BytesIO(obj)).get_section_by_name(".debug_line").data_size for obj in (raw, compact)}
    assert size[compact] < size[raw]
    assert compact_line_program(compact, "p.o") == compact
    # pyelftools applies the moved relocations and runs its own state machine.
    dwarf = ELFFile(io.BytesIO(compact)).get_dwarf_info()
    program = dwarf.line_program_for_CU(next(dwarf.iter_CUs()))
    theirs = [(e.state.address, e.state.file, e.state.line) for e in program.get_entries() if e.state]
    ours = [(r.offset, r.file, r.line) for s in after.sequences for r in s.rows]
    assert theirs == ours
    assert (program.header.line_base, program.header.line_range) == (LINE_BASE, LINE_RANGE)
