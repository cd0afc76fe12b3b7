"""End-to-end tests of goroutine stacks, preemption and the scheduler's
figures that a golden stdout cannot express: the whole stack-overflow
report, peak memory of many goroutines, the CPU count under an affinity
mask, and Go's own test/ programs about stacks and preemption."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
GOROOT_TEST = Path("/usr/lib/go-1.19/test")

# Go's `// run` programs about stack growth, deep recursion and goroutines
# that do not yield (run from GOROOT, never copied).
GO_TESTS = ["stack.go", "peano.go", "goprint.go", "chanlinear.go", "fixedbugs/bug092.go",
            "fixedbugs/issue4316.go", "fixedbugs/issue11256.go", "fixedbugs/issue16249.go",
            "fixedbugs/issue19182.go", "fixedbugs/issue30977.go"]


def build(gominic, src: Path, tmp_path: Path) -> Path:
    exe = tmp_path / src.stem
    r = gominic("build", "-o", str(exe), str(src))
    assert r.returncode == 0, r.stderr
    return exe


# Runs a program and prints its exit status and peak RSS. It is started
# from a fresh interpreter, not from pytest: a child's ru_maxrss starts
# from the high-water mark of the process that forked it (Linux keeps it
# across exec), and a pytest worker may have grown to hundreds of MiB.
MEASURE = """
import os, subprocess, sys
with open(sys.argv[2], "wb") as out:
    p = subprocess.Popen([sys.argv[1]], stdout=out, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(p.pid, 0)
print(os.waitstatus_to_exitcode(status), usage.ru_maxrss * 1024)
"""


def run_measured(exe: Path, tmp_path: Path) -> tuple[int, int]:
    """Run exe; return its exit status and its own peak resident memory in
    bytes (wait4's rusage: this process only, not the other children)."""
    r = subprocess.run([sys.executable, "-c", MEASURE, str(exe), str(tmp_path / "stdout")],
                       capture_output=True, text=True, check=True)
    status, peak = r.stdout.split()
    return int(status), int(peak)


@pytest.mark.e2e
def test_stack_overflow_report(gominic, tmp_path: Path) -> None:
    exe = build(gominic, HERE / "stacks" / "overflow_maxstack.go", tmp_path)
    r = subprocess.run([str(exe)], capture_output=True, text=True, timeout=60)
    assert r.returncode == 2
    lines = r.stderr.splitlines()
    assert lines[0] == "runtime: goroutine stack exceeds 1048576-byte limit"
    assert lines[1].startswith("runtime: sp=")
    assert lines[2] == "fatal error: stack overflow"
    assert "goroutine 2 [running]:" in lines
    frames = [line for line in lines if line.startswith("main.grow(")]
    assert len(frames) == 100
    assert lines[-1] == "...additional frames elided..." or "...additional frames elided..." in lines


@pytest.mark.e2e
def test_many_blocked_goroutines_fit_in_a_gigabyte(gominic, tmp_path: Path) -> None:
    exe = build(gominic, HERE / "stacks" / "many_blocked.go", tmp_path)
    status, peak = run_measured(exe, tmp_path)
    assert status == 0
    assert peak <= 1 << 30, f"peak RSS {peak >> 20} MiB for 100,000 goroutines"


@pytest.mark.e2e
def test_finished_goroutines_give_their_stacks_back(gominic, tmp_path: Path) -> None:
    # A million goroutines, each with at least an 8 KiB stack: without
    # reuse that would be 8 GB.
    exe = build(gominic, HERE / "stacks" / "churn.go", tmp_path)
    status, peak = run_measured(exe, tmp_path)
    assert status == 0
    assert peak <= 256 << 20, f"peak RSS {peak >> 20} MiB"


GOROUTINES = """package main

import "time"

func worker(c chan int) {
	<-c
}

func main() {
	c := make(chan int)
	go worker(c)
	go func() {
		time.Sleep(time.Millisecond)
		panic("boom")
	}()
	<-c
}
"""


def frames(stderr: str) -> list[str]:
    """The traceback's lines without their positions (file:line +pc)."""
    return [line for line in stderr.splitlines() if not line.startswith("\t")]


@pytest.mark.e2e
def test_goroutine_tracebacks(gominic, tmp_path: Path) -> None:
    (tmp_path / "g.go").write_text(GOROUTINES)
    exe = build(gominic, tmp_path / "g.go", tmp_path)
    env = {k: v for k, v in os.environ.items() if k != "GOTRACEBACK"}
    single = subprocess.run([str(exe)], capture_output=True, text=True, env=env)
    assert single.returncode == 2
    assert frames(single.stderr) == ["panic: boom", "", "goroutine 3 [running]:", "main.main.func1()",
                                     "created by main.main"]
    every = subprocess.run([str(exe)], capture_output=True, text=True, env={**env, "GOTRACEBACK": "all"})
    assert frames(every.stderr)[5:] == ["", "goroutine 1 [chan receive]:", "main.main()",
                                        "", "goroutine 2 [chan receive]:", "main.worker(...)", "created by main.main"]
    none = subprocess.run([str(exe)], capture_output=True, text=True, env={**env, "GOTRACEBACK": "none"})
    assert none.stderr == "panic: boom\n"


NUMCPU = """package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.NumCPU(), runtime.GOMAXPROCS(0))
}
"""


@pytest.mark.e2e
def test_numcpu_follows_affinity_and_gomaxprocs_env(gominic, tmp_path: Path) -> None:
    (tmp_path / "numcpu.go").write_text(NUMCPU)
    exe = build(gominic, tmp_path / "numcpu.go", tmp_path)
    n = len(os.sched_getaffinity(0))
    env = {k: v for k, v in os.environ.items() if k != "GOMAXPROCS"}
    assert subprocess.run([str(exe)], capture_output=True, text=True, env=env).stdout == f"{n} {n}\n"
    r = subprocess.run([str(exe)], capture_output=True, text=True, env={**env, "GOMAXPROCS": "5"})
    assert r.stdout == f"{n} 5\n"
    one = subprocess.run([str(exe)], capture_output=True, text=True, env=env,
                         preexec_fn=lambda: os.sched_setaffinity(0, {min(os.sched_getaffinity(0))}))
    assert one.stdout == "1 1\n"


@pytest.mark.e2e
@pytest.mark.skipif(not GOROOT_TEST.is_dir(), reason="Go 1.19's test/ tree is not installed")
@pytest.mark.parametrize("name", GO_TESTS)
def test_go_test_program(name: str, gominic, tmp_path: Path) -> None:
    src = GOROOT_TEST / name
    exe = tmp_path / "prog"
    r = gominic("build", "-o", str(exe), str(src), cwd=src.parent)
    assert r.returncode == 0, r.stderr
    run = subprocess.run([str(exe)], capture_output=True, timeout=30, cwd=src.parent)
    assert run.returncode == 0, run.stderr.decode(errors="replace")[:2000]
    golden = src.with_suffix(".out")
    if golden.exists():
        assert (run.stdout + run.stderr) == golden.read_bytes()
