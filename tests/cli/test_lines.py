"""Tests of line information outside the runtime: the DWARF our linker
carries through, read by the real binutils and gdb (each test skips when
its tool is missing), the strip flags, and the .gopclntab size report."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

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


@pytest.fixture(scope="module")
def built(tmp_path_factory, session_cache) -> Path:
    """PROG built three ways: default, -gcflags=-N (every local in memory) and -ldflags=-w."""
    import os
    import sys
    dir = tmp_path_factory.mktemp("lines")
    (dir / "main.go").write_text(PROG)
    gominic = str(Path(sys.executable).parent / "gominic")
    for out, flags in (("prog", []), ("progN", ["-gcflags=-N"]), ("progw", ["-ldflags=-w"]),
                       ("progs", ["-ldflags=-s"])):
        r = subprocess.run([gominic, "build", *flags, "-o", out, "main.go"], cwd=dir, capture_output=True,
                           text=True, timeout=600, env=os.environ)
        assert r.returncode == 0, r.stderr
    return dir


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


def test_link_v_reports_the_tables(gominic, built):
    r = gominic("build", "-ldflags=-v", "-o", "progv", "main.go", cwd=built)
    assert r.returncode == 0, r.stderr
    line = next(line for line in r.stdout.splitlines() if "bytes of .gopclntab" in line)
    deflated, inflated = int(line.split()[0]), int(line.split("(")[1].split()[0])
    assert 1000 < deflated < inflated and "compressed DWARF" in line
