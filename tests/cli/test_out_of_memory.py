"""Out of memory ends as in Go, whatever allocation hits it (issue 18, item 3).

Under an address-space limit of 1 GiB (what `prlimit --as=1GiB` sets), a
program that keeps allocating prints Go's report once — the failed block and
`fatal error: out of memory` — and exits with status 2: the report must not
allocate (it would fail again, and recurse), whether the failing allocation
is one huge slice, a stream of small objects, a growing slice, string
concatenation or map entries.
"""

from __future__ import annotations

import re
import resource
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

PROGRAM = """package main

import "os"

type node struct {
	next *node
	pad  [6]int
}

var (
	nodes   *node
	slices  [][]byte
	strs    []string
	entries = map[int][4096]int{}
)

func main() {
	switch os.Args[1] {
	case "huge":
		slices = append(slices, make([]byte, 2<<30))
	case "small":
		for {
			nodes = &node{next: nodes}
		}
	case "append":
		var s []int
		for {
			s = append(s, 1)
		}
	case "concat":
		s := "x"
		for {
			s = s[:len(s)/2] + string(make([]byte, 1000))
			strs = append(strs, s)
		}
	case "map":
		for i := 0; ; i++ {
			entries[i] = [4096]int{}
		}
	}
}
"""

LIMIT = 1 << 30


@pytest.fixture(scope="module")
def oom_program(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("oom")
    (d / "oom.go").write_text(PROGRAM)
    gominic = Path(sys.executable).parent / "gominic"
    r = subprocess.run([str(gominic), "build", "-o", "oom", "oom.go"], cwd=d, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    return d / "oom"


@pytest.mark.parametrize("site", ["huge", "small", "append", "concat", "map"])
def test_out_of_memory_is_reported_once(oom_program: Path, site: str) -> None:
    run = subprocess.run([str(oom_program), site], capture_output=True, text=True, timeout=60,
                         preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_AS, (LIMIT, LIMIT)))
    assert run.returncode == 2
    lines = run.stderr.splitlines()
    assert re.fullmatch(r"runtime: out of memory: cannot allocate \d+-byte block \(\d+ in use\)", lines[0])
    assert lines[1:] == ["fatal error: out of memory"]
