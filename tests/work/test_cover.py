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

from gominic.work.cover import annotate, match_pattern

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


def go_cover(path: Path) -> tuple[str, list[tuple[int, int, int, int, int]]]:
    """What `go tool cover` makes of a file: the source with its counters
    (up to its variable's declaration) and the blocks, from that variable."""
    out = subprocess.run(["go", "tool", "cover", "-mode=set", "-var=GoCover_0", str(path)],
                         capture_output=True, text=True, check=True).stdout
    source = re.sub(r"^//line .*\n", "", out.split("\nvar GoCover_0 = struct")[0]).rstrip()
    m = re.search(r"Pos: \[3 \* \d+\]uint32\{(.*?)\},\n\tNumStmt: \[\d+\]uint16\{(.*?)\},", out, re.S)
    if m is None:
        return source, []
    pos = [int(x, 0) for x in re.findall(r"0x[0-9a-f]+|\d+", re.sub(r"//.*", "", m.group(1)))]
    stmts = [int(x) for x in re.findall(r"\d+", re.sub(r"//.*", "", m.group(2)))]
    return source, [(pos[3 * i], pos[3 * i + 2] & 0xFFFF, pos[3 * i + 1], pos[3 * i + 2] >> 16, n)
                    for i, n in enumerate(stmts)]


# Packages of our standard library with every kind of statement: switches
# and type switches, selects, labels and gotos, else-ifs, closures in
# initializers, panics.
PACKAGES = ["strconv", "fmt", "sort", "regexp", "bufio", "encoding/json", "time", "sync", "flag"]


@pytest.mark.skipif(not HAS_GO, reason="go is not installed")
@pytest.mark.parametrize("package", PACKAGES)
def test_counters_and_blocks_are_go_tool_cover_s(package):
    for path in sorted((REPO / "stdlib" / package).glob("*.go")):
        if path.name.endswith("_test.go"):
            continue
        out, blocks = annotate(path.read_bytes(), "GoCover_0", "set")
        source, want = go_cover(path)
        assert [(b.line0, b.col0, b.line1, b.col1, b.stmts) for b in blocks] == want, path.name
        assert out.decode().split("\n\nvar GoCover_0 = struct")[0].rstrip() == source, path.name


def test_an_else_if_with_an_init_statement_gets_its_braces_around_it():
    """The braces an else gets go around the whole "if ...; cond {...}",
    whose header's semicolon ends no statement (fmt/scan.go has one)."""
    src = b"package p\n\nfunc f(e any) int {\n\tif e == nil {\n\t\treturn 0\n\t} else if n, ok := e.(int); ok {\n" \
          b"\t\treturn n\n\t}\n\treturn 1\n}\n"
    out = annotate(src, "GoCover_0", "set")[0].decode()
    assert "} else{ GoCover_0.Count[3] = 1;if n, ok := e.(int); ok {GoCover_0.Count[4] = 1;\n\t\treturn n\n\t}}\n" in out


@pytest.mark.parametrize("pattern, path, matches", [
    ("fmt", "fmt", True), ("fmt", "fmt/x", False), ("net/...", "net", True), ("net/...", "net/http", True),
    ("net/...", "network", False), ("example/.../x", "example/a/b/x", True), ("...", "anything", True),
])
def test_coverpkg_patterns_match_as_go_s(pattern, path, matches):
    assert match_pattern(pattern, path) == matches
