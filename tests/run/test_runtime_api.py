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


GOTRACEBACK = """package main

import "time"

func worker(ch chan int) { <-ch }

func main() {
	go worker(make(chan int))
	time.Sleep(time.Millisecond)
	panic("boom")
}
"""


@pytest.mark.e2e
def test_gotraceback_settings(gominic, tmp_path: Path) -> None:
    """GOTRACEBACK as Go's runtime reads it: none (and what is no setting)
    shows no goroutine, single the failing one, all every one; system the
    runtime's frames too, each physical one with its fp, sp and pc; crash
    then ends the program by SIGABRT."""
    (tmp_path / "tb.go").write_text(GOTRACEBACK)
    exe = build(gominic, tmp_path / "tb.go", tmp_path)

    def run(setting: str) -> tuple[int, list[str]]:
        r = subprocess.run([str(exe)], capture_output=True, text=True, timeout=20,
                           env={**os.environ, "GOTRACEBACK": setting})
        return r.returncode, r.stderr.splitlines()

    for setting in ("none", "bogus"):
        assert run(setting) == (2, ["panic: boom"])
    status, lines = run("single")
    assert status == 2 and [line for line in lines if line.startswith("goroutine")] == ["goroutine 1 [running]:"]
    assert "runtime.main()" not in lines
    status, lines = run("all")
    assert [line.split()[2] for line in lines if line.startswith("goroutine")] == ["[running]:", "[chan"]
    for setting, want in (("system", 2), ("crash", -6)):
        status, lines = run(setting)
        assert status == want
        assert lines[3] == "panic(...)" and "runtime.main()" in lines and "runtime.goexit()" in lines
        main = lines.index("main.main()")
        assert lines[main + 1].startswith(f"\t{tmp_path}/tb.go:10 +0x")
        assert " fp=0x" in lines[main + 1] and " sp=0x" in lines[main + 1] and " pc=0x" in lines[main + 1]
        assert "main.worker(...)" in lines


HUGE_PAGES = """package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	big := make([]byte, 64<<20)
	for i := 0; i < len(big); i += 4096 {
		big[i] = 1
	}
	rollup, _ := os.ReadFile("/proc/self/smaps_rollup")
	for _, line := range strings.Split(string(rollup), "\\n") {
		if strings.HasPrefix(line, "AnonHugePages:") {
			fmt.Println(strings.Fields(line)[1])
		}
	}
}
"""
THP = Path("/sys/kernel/mm/transparent_hugepage/enabled")


@pytest.mark.e2e
@pytest.mark.skipif(not THP.exists() or "[never]" in THP.read_text(), reason="no transparent huge pages")
def test_large_object_in_huge_pages(build_and_run) -> None:
    """A large object's memory is asked for in huge pages (madvise
    MADV_HUGEPAGE, as Go's runtime asks): where the kernel gives them
    only when asked, 64 MB touched page by page are partly 2 MB pages."""
    fallbacks = thp_fault_fallbacks()
    r = build_and_run(HUGE_PAGES)
    assert r.returncode == 0, r.stderr
    if int(r.stdout) == 0 and thp_fault_fallbacks() > fallbacks:
        pytest.skip("the kernel had no free huge page to give (thp_fault_fallback rose)")
    assert int(r.stdout) > 0, "AnonHugePages: 0 kB"


def thp_fault_fallbacks() -> int:
    """How many times the kernel, asked for a huge page at a fault, had none."""
    for line in Path("/proc/vmstat").read_text().splitlines():
        name, _, value = line.partition(" ")
        if name == "thp_fault_fallback":
            return int(value)
    return 0
