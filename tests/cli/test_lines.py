"""Tests of line information outside the runtime: the DWARF our linker
carries through, read by the real binutils and gdb (each test skips when
its tool is missing), the strip flags, and the .gopclntab size report."""

from __future__ import annotations

import bisect
import re
import shutil
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

RSP, RIP = 7, 16  # DWARF's numbers of the x86-64 registers

# Line numbers matter below: add's body is line 12, the call of add line 22.
PROG = """package main

import (
	"fmt"
	"strings"
)

var sink int

//go:noinline
func add(a, b int) int {
	c := a + b
	sink = c
	return c
}

func main() {
	n := 40
	f := 2.5
	ok := true
	s := strings.ToUpper("hello")
	r := add(n, 2)
	fmt.Println(r, f, ok, s)
}
"""


def build_variants(dir: Path, source: str, variants: tuple[tuple[str, list[str]], ...]) -> Path:
    """source as dir/main.go, built once per (output, flags) of variants."""
    import os
    import sys
    (dir / "main.go").write_text(source)
    gominic = str(Path(sys.executable).parent / "gominic")
    for out, flags in variants:
        r = subprocess.run([gominic, "build", *flags, "-o", out, "main.go"], cwd=dir, capture_output=True,
                           text=True, timeout=600, env=os.environ)
        assert r.returncode == 0, r.stderr
    return dir


@pytest.fixture(scope="module")
def built(tmp_path_factory, session_cache) -> Path:
    """PROG built four ways: default, -gcflags=-N (every local in memory), -ldflags=-w and -s."""
    return build_variants(tmp_path_factory.mktemp("lines"), PROG,
                          (("prog", []), ("progN", ["-gcflags=-N"]), ("progw", ["-ldflags=-w"]),
                           ("progs", ["-ldflags=-s"])))


def needs(tool: str):
    return pytest.mark.skipif(shutil.which(tool) is None, reason=f"{tool} not installed")


def run(*args: str, cwd: Path) -> str:
    r = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    return r.stdout


def address_of(built: Path, name: str) -> str:
    for line in run("nm", "prog", cwd=built).splitlines():
        if line.endswith(" " + name):
            return line.split()[0]
    raise AssertionError(f"{name} not in the symbol table")


@needs("addr2line")
@needs("nm")
def test_binutils_addr2line_finds_function_and_line(built):
    out = run("addr2line", "-f", "-e", "prog", "0x" + address_of(built, "main.add"), cwd=built)
    func, pos = out.splitlines()
    assert func == "main.add" and pos == f"{built / 'main.go'}:11"


@needs("readelf")
def test_readelf_decodes_the_line_program(built):
    out = run("readelf", "--debug-dump=decodedline", "prog", cwd=built)
    assert "main.go" in out
    # Rows, not the "main.go:" heading readelf puts above a file's rows.
    rows = [line.split() for line in out.splitlines() if line.startswith("main.go ")]
    assert [r[1] for r in rows[:1]] == ["11"]  # add's first row: its func line
    assert any(r[1] == "22" for r in rows)
    sections = run("readelf", "-S", "-W", "prog", cwd=built)
    for name in (".debug_info", ".debug_abbrev", ".debug_line", ".debug_str", ".debug_frame", ".gopclntab"):
        assert name in sections


@needs("readelf")
@needs("nm")
def test_the_line_program_runs_one_sequence_per_unit(built):
    """A unit's functions lie side by side, so the linker writes their rows
    as one sequence, as Go's linker does (LLVM wrote one per function),
    and every function still has a row at its entry."""
    raw = run("readelf", "--debug-dump=rawline", "prog", cwd=built)
    assert raw.count("End of Sequence") == raw.count("Offset:") > 1
    rows = {int(fields[2], 16) for fields in (line.split() for line in run(
        "readelf", "--debug-dump=decodedline", "prog", cwd=built).splitlines())
        if len(fields) >= 3 and fields[2].startswith("0x")}
    funcs = [int(addr, 16) for addr, kind, name in (line.split() for line in run("nm", "prog", cwd=built).splitlines())
             if kind == "T" and name.startswith(("main.", "fmt.", "strings."))]
    assert len(funcs) > 20 and all(f in rows for f in funcs)


@needs("nm")
def test_the_frame_rules_restart_at_every_function(built):
    """The frame descriptions of a unit's functions, side by side, are
    joined into one (LLVM wrote one per function): at every function's
    entry the rules are back to the CIE's, the return address just above
    the stack pointer and no register saved yet."""
    from elftools.dwarf.callframe import FDE
    from elftools.elf.elffile import ELFFile

    with open(built / "prog", "rb") as f:
        entries = ELFFile(f).get_dwarf_info().CFI_entries()
        fdes = [e for e in entries if isinstance(e, FDE)]
        rows = sorted((row["pc"], row) for fde in fdes for row in fde.get_decoded().table)
    units = len(entries) - len(fdes)
    assert len(fdes) == units > 1
    funcs = [int(addr, 16) for addr, kind, name in (line.split() for line in run("nm", "prog", cwd=built).splitlines())
             if kind == "T" and name.startswith(("main.", "fmt.", "strings."))]
    pcs = [pc for pc, _ in rows]
    for entry in funcs:
        row = rows[bisect.bisect_right(pcs, entry) - 1][1]
        assert (row["cfa"].reg, row["cfa"].offset) == (RSP, 8), hex(entry)
        assert [reg for reg in row if reg not in ("pc", "cfa", RIP) and row[reg].type != "RESTORE"] == [], hex(entry)


@needs("readelf")
def test_dwarf_keeps_only_inlined_functions_with_a_call(built):
    """An inlined function's abstract DIE (DW_AT_inline: its name, for
    the calls' DW_AT_abstract_origin) goes when all its calls were in dead
    code, and its name from .debug_str with it."""
    out = run("readelf", "--debug-dump=info", "prog", cwd=built)
    abstract, origins, die = set(), set(), ""
    for line in out.splitlines():
        if "Abbrev Number:" in line:
            die = line.split("<")[2].split(">")[0]
        elif "DW_AT_inline" in line:
            abstract.add(int(die, 16))
        elif "DW_AT_abstract_origin" in line:
            origins.add(int(line.split("<0x")[1].split(">")[0], 16))
    assert abstract and abstract <= origins


@needs("readelf")
@needs("nm")
def test_a_units_range_list_covers_its_functions_in_one_entry(built):
    """main's functions lie side by side, padding (the INT3 after a call,
    a short stack check's call) between them: its unit's range list is one
    entry covering them all, while an inlined call's pieces stay apart."""
    info = run("readelf", "--debug-dump=info", "prog", cwd=built)
    unit = info[info.index("): main\n"):]
    at = int(unit.split("DW_AT_ranges")[1].split(":")[1].split()[0], 16)
    lists: dict[int, list[tuple[int, int]]] = {}
    for line in run("readelf", "--debug-dump=Ranges", "prog", cwd=built).splitlines():
        fields = line.split()
        if len(fields) == 3 and all(re.fullmatch("[0-9a-f]+", f) for f in fields):
            lists.setdefault(int(fields[0], 16), []).append((int(fields[1], 16), int(fields[2], 16)))
    [(low, high)] = lists[at]
    funcs = [int(addr, 16) for addr, kind, name in (line.split() for line in run("nm", "prog", cwd=built).splitlines())
             if kind == "T" and name.startswith("main.")]
    assert funcs and all(low <= f < high for f in funcs)
    assert any(len(entries) > 1 for entries in lists.values())


@needs("readelf")
def test_w_drops_dwarf_and_s_drops_the_symbol_table(built):
    with_w = run("readelf", "-S", "-W", "progw", cwd=built)
    assert ".debug_" not in with_w and ".symtab" in with_w and ".gopclntab" in with_w
    with_s = run("readelf", "-S", "-W", "progs", cwd=built)
    assert ".debug_" not in with_s and ".symtab" not in with_s and ".gopclntab" in with_s
    sizes = [(built / name).stat().st_size for name in ("progs", "progw", "prog")]
    assert sizes == sorted(sizes)


@needs("gdb")
def test_gdb_breaks_at_a_line_and_walks_the_stack(built):
    out = run("gdb", "-nx", "-batch", "-ex", "break main.go:12", "-ex", "run", "-ex", "bt", "-ex", "list",
              "-ex", "next", "-ex", "finish", "prog", cwd=built)
    assert "Breakpoint 1, main.add" in out and "main.go:12" in out
    bt = [line for line in out.splitlines() if line.startswith("#")]
    assert bt[0].startswith("#0  main.add") and bt[0].endswith("main.go:12")
    assert "in main.main () at" in bt[1] and bt[1].endswith("main.go:22")
    assert "12\t\tc := a + b" in out  # list shows the source
    assert "13\t\tsink = c" in out  # next went to the next line
    assert "Run till exit" in out or "main.main () at" in out


@needs("gdb")
def test_gdb_prints_locals(built):
    out = run("gdb", "-nx", "-batch", "-ex", "break main.go:22", "-ex", "break main.go:12", "-ex", "run",
              "-ex", "info locals", "-ex", "print s", "-ex", "print f", "-ex", "step", "-ex", "continue",
              "-ex", "info args", "progN", cwd=built)
    assert "n = 40" in out and "f = 2.5" in out and "ok = true" in out
    assert '"HELLO"' in out
    assert "main.add (a=" in out  # step went into the call
    assert "a = 40" in out and "b = 2" in out


# Locals of Go's other kinds, for gdb: main.go:31 is the Println, :14 the
# return in adder (sum escapes to the heap, captured by the closure), :16
# the closure's return, :36 div's return (its results are named).
TYPED = """package main

import "fmt"

type Point struct {
	X, Y int
	Name string
}

type Celsius float64

func adder() func(int) int {
	sum := 100
	return func(d int) int {
		sum += d
		return sum
	}
}

func main() {
	p := Point{1, 2, "origin"}
	pp := &p
	tags := []string{"a", "b"}
	m := map[string]int{"x": 1}
	var e interface{} = 3
	var err error
	arr := [3]int{7, 8, 9}
	t := Celsius(36.5)
	c := complex(1, 2)
	add := adder()
	fmt.Println(p, pp.X, tags, m, e, err, arr, t, c, add(1), first(div(7, 2)))
}

func div(a, b int) (q int, err error) {
	q = a / b
	return
}

func first(q int, _ error) int { return q }
"""
TYPED_LOCALS = ("p", "pp", "tags", "m", "e", "err", "arr", "t", "c", "add")


@pytest.fixture(scope="module")
def typed(tmp_path_factory, session_cache) -> Path:
    return build_variants(tmp_path_factory.mktemp("typed"), TYPED, (("prog", []), ("progN", ["-gcflags=-N"])))


@needs("gdb")
def test_gdb_prints_go_types(typed):
    """Structs, slices, arrays, pointers, maps, interfaces, named types and
    a variable that escaped to the heap (in its function and in the closure
    that captured it) print as under go build's DWARF, and types are named
    as Go names them."""
    out = run("gdb", "-nx", "-batch", "-ex", "break main.go:31", "-ex", "break main.go:14", "-ex", "run",
              "-ex", "info locals", "-ex", "continue", "-ex", "info locals", "-ex", "print pp.Name",
              "-ex", "whatis m", "-ex", "whatis p", "-ex", "whatis t", "-ex", "whatis add",
              # Line 14 is also the closure's first line, where sum is not yet found.
              "-ex", "delete 2", "-ex", "break main.go:16", "-ex", "continue",
              "-ex", "info locals", "progN", cwd=typed)
    assert "sum = 100" in out and "sum = 101" in out  # in adder, then in its closure
    assert re.search(r'^p = \{X = 1, Y = 2, Name = 0x[0-9a-f]+ "origin"\}$', out, re.M)
    assert re.search(r"^tags = \{array = 0x[0-9a-f]+, len = 2, cap = 2\}$", out, re.M)
    for line in ("arr = {7, 8, 9}", "t = 36.5", "c = 1 + 2i", "err = {tab = 0x0, data = 0x0}",
                 "type = map[string]int", "type = main.Point", "type = main.Celsius", "type = func(int) int"):
        assert line in out.splitlines()
    assert re.search(r'^\$1 = 0x[0-9a-f]+ "origin"$', out, re.M)


@needs("gdb")
def test_gdb_shows_named_results_as_arguments(typed):
    """As in Go's DWARF, a function's named results are among its
    arguments (info args, the frame line), not its locals."""
    out = run("gdb", "-nx", "-batch", "-ex", "break main.go:36", "-ex", "run", "-ex", "info args",
              "-ex", "info locals", "progN", cwd=typed)
    assert "main.div (a=7, b=2, q=3, err=...) at" in out
    assert "a = 7\nb = 2\nq = 3\nerr = {tab = 0x0, data = 0x0}\nNo locals." in out


@needs("gdb")
def test_gdb_lists_every_local_of_an_optimized_function(typed):
    """Where optimisation kept no value, the local is still listed, as
    <optimized out>, as Go's are."""
    out = run("gdb", "-nx", "-batch", "-ex", "break main.go:31", "-ex", "run", "-ex", "info locals", "prog",
              cwd=typed)
    listed = {line.split(" = ")[0] for line in out.splitlines() if " = " in line}
    assert set(TYPED_LOCALS) <= listed


def test_link_v_reports_the_tables(gominic, built):
    r = gominic("build", "-ldflags=-v", "-o", "progv", "main.go", cwd=built)
    assert r.returncode == 0, r.stderr
    line = next(line for line in r.stdout.splitlines() if "bytes of .gopclntab" in line)
    deflated, inflated = int(line.split()[0]), int(line.split("(")[1].split()[0])
    assert 1000 < deflated < inflated and "compressed DWARF" in line
