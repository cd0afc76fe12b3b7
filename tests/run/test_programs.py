"""End-to-end tests: every program under tests/run/ against real Go's output.

Each ``NAME.go`` (package main, opening with a comment saying what it
tests) sits beside its golden files, produced by real Go 1.19 exactly as
the conformance corpus is (../shared/conformance/README.md):

    NAME.out   expected stdout, byte for byte
    NAME.rc    expected exit status (absent: 0)
    NAME.err1  expected first line of stderr (absent: not checked)
    NAME.trace expected goroutine traceback: functions, and file:line in
               the program's own file (golden.trace says how it is compared)
    NAME.in    stdin to feed (absent: /dev/null)

``make golden`` (or tests/run/golden.py) regenerates them with real Go.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from golden import trace

HERE = Path(__file__).parent
PROGRAMS = sorted(HERE.rglob("*.go"))


def read_opt(path: Path, default: str) -> str:
    return path.read_text() if path.exists() else default


@pytest.mark.e2e
@pytest.mark.parametrize("src", PROGRAMS, ids=[str(p.relative_to(HERE).with_suffix("")) for p in PROGRAMS])
def test_program(src: Path, gominic, tmp_path: Path) -> None:
    prog = tmp_path / "prog"
    build = gominic("build", "-o", str(prog), str(src))
    assert build.returncode == 0, build.stderr
    stdin = src.with_suffix(".in")
    run = subprocess.run([str(prog)], cwd=tmp_path, capture_output=True, timeout=20,
                         input=stdin.read_bytes() if stdin.exists() else b"")
    assert run.stdout.decode(errors="replace") == src.with_suffix(".out").read_text()
    assert run.returncode == int(read_opt(src.with_suffix(".rc"), "0").strip())
    err1 = src.with_suffix(".err1")
    if err1.exists():
        first = run.stderr.decode(errors="replace").split("\n", 1)[0]
        assert first == err1.read_text().rstrip("\n")
    golden_trace = src.with_suffix(".trace")
    if golden_trace.exists():
        assert trace(run.stderr.decode(errors="replace"), src) == golden_trace.read_text()
