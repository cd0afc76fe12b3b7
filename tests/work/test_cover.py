"""Tests of cover.py, the counters gominic test -cover puts in a package's
files: where they go and which blocks they count must be cmd/cover's,
since the share of statements reported and the profile's lines come from
them. Go's own `go tool cover` is the oracle (skipped without go); the
end-to-end output of gominic test -cover is in tests/cli/test_gotest.py."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from gominic.work.cover import annotate

REPO = Path(__file__).resolve().parents[2]
HAS_GO = shutil.which("go") is not None

SRC = b"""package p

func Add(a, b int) int {
	if a > 100 {
		return 0
	}
	return a + b
}
"""


def test_counters_go_at_the_start_of_each_basic_block():
    out, blocks = annotate(SRC, "GoCover_0", "set")
    assert out.decode().startswith("""package p

func Add(a, b int) int {GoCover_0.Count[0] = 1;
	if a > 100 {GoCover_0.Count[2] = 1;
		return 0
	}
	GoCover_0.Count[1] = 1;return a + b
}
""")
    # go test -coverprofile's lines for this file: 3.24,4.13 1; 7.2,7.14 1; 4.13,6.3 1
    assert [(b.line0, b.col0, b.line1, b.col1, b.stmts) for b in blocks] == [
        (3, 24, 4, 13, 1), (7, 2, 7, 14, 1), (4, 13, 6, 3, 1)]
    assert "Pos: [3 * 3]uint32{3, 4, 0xd0018, 7, 7, 0xe0002, 4, 6, 0x3000d}" in out.decode()


@pytest.mark.parametrize("mode, increment", [("count", "GoCover_0.Count[0]++;"),
                                             ("atomic", "_cover_atomic_.AddUint32(&GoCover_0.Count[0], 1);")])
def test_modes_count_as_go_test_does(mode, increment):
    out = annotate(SRC, "GoCover_0", mode)[0].decode()
    assert "func Add(a, b int) int {" + increment in out
    assert out.startswith('package p; import _cover_atomic_ "sync/atomic"\n') == (mode == "atomic")


def test_a_file_that_does_not_parse_is_left_to_the_compiler():
    assert annotate(b"package p\nfunc f( {\n", "GoCover_0", "set") == (b"package p\nfunc f( {\n", [])


def go_blocks(path: Path) -> list[tuple[int, int, int, int, int]]:
    """The blocks `go tool cover` finds in a file, from its counters' variable."""
    out = subprocess.run(["go", "tool", "cover", "-mode=set", "-var=GoCover_0", str(path)],
                         capture_output=True, text=True, check=True).stdout
    m = re.search(r"Pos: \[3 \* \d+\]uint32\{(.*?)\},\n\tNumStmt: \[\d+\]uint16\{(.*?)\},", out, re.S)
    if m is None:
        return []
    pos = [int(x, 0) for x in re.findall(r"0x[0-9a-f]+|\d+", re.sub(r"//.*", "", m.group(1)))]
    stmts = [int(x) for x in re.findall(r"\d+", re.sub(r"//.*", "", m.group(2)))]
    return [(pos[3 * i], pos[3 * i + 2] & 0xFFFF, pos[3 * i + 1], pos[3 * i + 2] >> 16, n) for i, n in enumerate(stmts)]


# Packages of our standard library with every kind of statement: switches
# and type switches, selects, labels and gotos, else-ifs, closures in
# initializers, panics.
PACKAGES = ["strconv", "fmt", "sort", "regexp", "bufio", "encoding/json", "time", "sync", "flag"]


@pytest.mark.skipif(not HAS_GO, reason="go is not installed")
@pytest.mark.parametrize("package", PACKAGES)
def test_blocks_are_go_tool_cover_s(package):
    for path in sorted((REPO / "stdlib" / package).glob("*.go")):
        if path.name.endswith("_test.go"):
            continue
        blocks = annotate(path.read_bytes(), "GoCover_0", "set")[1]
        assert [(b.line0, b.col0, b.line1, b.col1, b.stmts) for b in blocks] == go_blocks(path), path.name
