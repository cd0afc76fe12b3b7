"""The collector as a student watches it: GODEBUG=gctrace=1 prints one line
per cycle in Go's format, and GOGC from the environment paces it (off:
only runtime.GC collects)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

PROGRAM = """package main

import "runtime"

var sink []byte

func main() {
	for i := 0; i < 2000; i++ {
		sink = make([]byte, 32<<10)
	}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	println(ms.NumGC, ms.NumForcedGC)
}
"""

LINE = re.compile(r"gc (\d+) @\d+\.\d{3}s \d+%: 0\+[\d.]+\+[\d.]+ ms clock, 0\+0/[\d.]+/0\+[\d.]+ ms cpu, "
                  r"\d+->\d+->\d+ MB, \d+ MB goal, 0 MB stacks, 0 MB globals, 1 P( \(forced\))?")


@pytest.fixture(scope="module")
def program(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("gctrace")
    (d / "main.go").write_text(PROGRAM)
    gominic = Path(sys.executable).parent / "gominic"
    r = subprocess.run([str(gominic), "build", "-o", "prog", "main.go"], cwd=d, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    return d / "prog"


def run(prog: Path, **env: str) -> list[str]:
    r = subprocess.run([str(prog)], capture_output=True, text=True, env={**os.environ, **env}, timeout=60)
    assert r.returncode == 0
    return r.stderr.splitlines()


def test_gctrace_prints_one_line_per_cycle_in_gos_format(program: Path) -> None:
    lines = run(program, GODEBUG="gctrace=1", GOGC="100")
    *trace, counts = lines
    assert len(trace) >= 2
    for n, line in enumerate(trace, 1):
        m = LINE.fullmatch(line)
        assert m, line
        assert int(m.group(1)) == n
    assert trace[-1].endswith(" (forced)") and not trace[0].endswith(" (forced)")
    assert counts == f"{len(trace)} 1"


def test_gogc_off_collects_only_when_asked(program: Path) -> None:
    assert run(program, GOGC="off") == ["1 1"]


def test_gogc_paces_the_collector(program: Path) -> None:
    often = int(run(program, GOGC="10")[0].split()[0])
    rarely = int(run(program, GOGC="400")[0].split()[0])
    assert often > rarely >= 1


GROWING = """package main

import "runtime"

type node struct {
	next *node
	v    int
}

func main() {
	var list *node
	for i := 0; i < 1000000; i++ {
		list = &node{list, i}
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	n := 0
	for p := list; p != nil; p = p.next {
		n++
	}
	println(n, ms.NumGC)
}
"""


def test_small_gogc_leaves_the_program_half_the_time(tmp_path: Path) -> None:
    # GOGC=1 sets the goal 1% over the live heap: a list growing to 16 MB
    # would be scanned whole some 600 times. As Go's CPU limiter, the
    # collector lets the program run as long as a cycle took before the
    # next, so the heap grows by a share of itself per cycle: at most
    # doubling (the raise never passes GOGC=100's goal), some 9-10 cycles
    # for this list, where GOGC=100 runs 2.
    (tmp_path / "main.go").write_text(GROWING)
    gominic = Path(sys.executable).parent / "gominic"
    r = subprocess.run([str(gominic), "build", "-o", "prog", "main.go"], cwd=tmp_path, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    n, numgc = run(tmp_path / "prog", GOGC="1")[0].split()
    assert n == "1000000"
    assert 6 <= int(numgc) < 200
