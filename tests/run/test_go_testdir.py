"""Go's own test/ programs that need line information (runtime.Caller,
FuncForPC, tracebacks through panics), built from the installed Go 1.19
tree (never copied here) and run: as Go's run.go judges a "// run" test, it
passes when it exits 0 and prints what its .out file holds, or nothing
where it has none (issue14646, which prints the line it got, is in
tools/gotesttree.known: runtime.Caller sees our defer thunk's frame)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

GO_TEST = Path("/usr/lib/go-1.19/test")
PROGRAMS = ["fixedbugs/bug347.go", "fixedbugs/bug348.go", "fixedbugs/issue4562.go", "fixedbugs/issue5856.go",
            "fixedbugs/issue10486.go", "fixedbugs/issue17381.go",
            "fixedbugs/issue19799.go", "fixedbugs/issue29735.go", "fixedbugs/issue34123.go",
            "fixedbugs/issue51401.go", "fixedbugs/issue7690.go", "inline_literal.go"]


@pytest.mark.e2e
@pytest.mark.parametrize("name", PROGRAMS)
def test_go_program(name: str, gominic, tmp_path: Path) -> None:
    src = GO_TEST / name
    if not src.exists():
        pytest.skip(f"Go's test tree is not installed ({GO_TEST})")
    build = gominic("build", "-o", str(tmp_path / "prog"), str(src))
    assert build.returncode == 0, build.stderr
    run = subprocess.run([str(tmp_path / "prog")], capture_output=True, text=True, timeout=20)
    golden = src.with_suffix(".out")
    want = golden.read_text() if golden.exists() else ""
    assert run.returncode == 0 and "BUG" not in run.stdout + run.stderr, run.stdout + run.stderr
    assert run.stdout + run.stderr == want
