"""End-to-end tests of runtime API whose output a golden file cannot hold
(it depends on the environment, or ends in a signal), and Go's own test/
programs about recover, faults and the go command's environment."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from gominic.work.env import gominic_root

GOROOT_TEST = Path("/usr/lib/go-1.19/test")
# Go's `// run` programs (run from GOROOT, never copied): recover deferred
# as a call of its own (recover1), faults in mmapped memory turned into
# panics (recover4, issue15002), runtime.Breakpoint and MemProfileRate
# referenced (rename, select2).
GO_TESTS = ["recover1.go", "recover4.go", "rename.go", "chan/select2.go", "fixedbugs/issue15002.go"]

BREAKPOINT = """package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.GOROOT(), runtime.MemProfileRate)
	runtime.Breakpoint()
	fmt.Println("not reached")
}
"""


def build(gominic, src: Path, tmp_path: Path) -> Path:
    exe = tmp_path / src.stem
    r = gominic("build", "-o", str(exe), str(src))
    assert r.returncode == 0, r.stderr
    return exe


@pytest.mark.e2e
def test_breakpoint_and_goroot(gominic, tmp_path: Path) -> None:
    (tmp_path / "bp.go").write_text(BREAKPOINT)
    exe = build(gominic, tmp_path / "bp.go", tmp_path)
    env = {k: v for k, v in os.environ.items() if k != "GOROOT"}
    r = subprocess.run([str(exe)], capture_output=True, text=True, timeout=20, env=env)
    # No $GOROOT: the root of the toolchain that linked it; no memory profile.
    assert r.stdout == f"{gominic_root()} 0\n"
    assert r.returncode == 2
    lines = r.stderr.splitlines()
    assert lines[0] == "SIGTRAP: trace trap" and lines[1].startswith("PC=0x")
    assert "main.main()" in lines and lines[lines.index("main.main()") + 1].startswith(f"\t{tmp_path}/bp.go:10")
    r = subprocess.run([str(exe)], capture_output=True, text=True, timeout=20, env={**env, "GOROOT": "/elsewhere"})
    assert r.stdout == "/elsewhere 0\n"


@pytest.mark.e2e
@pytest.mark.parametrize("name", GO_TESTS)
def test_go_program(name: str, gominic, tmp_path: Path) -> None:
    src = GOROOT_TEST / name
    if not src.exists():
        pytest.skip(f"Go's test tree is not installed ({GOROOT_TEST})")
    exe = build(gominic, src, tmp_path)
    r = subprocess.run([str(exe)], capture_output=True, text=True, timeout=60)
    assert (r.returncode, r.stdout, r.stderr) == (0, "", "")
