"""The deadlock report names what each goroutine waits for, in Go's words.

test_programs.py checks a program's first line of stderr only; a deadlock
report's next lines say why goroutine 1 (and every other) is blocked:
``goroutine 1 [chan receive]:`` and so on, as Go 1.19 prints them.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

HERE = Path(__file__).parent

# program -> the goroutine headers its report must contain, in order
REPORTS = {
    "deadlock_mutex": ["goroutine 1 [semacquire]:"],
    "deadlock_select": ["goroutine 1 [select]:"],
    "deadlock_nocases": ["goroutine 1 [select (no cases)]:"],
    "deadlock_nilchan": ["goroutine 1 [chan receive (nil chan)]:"],
}


@pytest.mark.e2e
@pytest.mark.parametrize("name", sorted(REPORTS))
def test_deadlock_report(name: str, gominic, tmp_path: Path) -> None:
    prog = tmp_path / "prog"
    build = gominic("build", "-o", str(prog), str(HERE / f"{name}.go"))
    assert build.returncode == 0, build.stderr
    run = subprocess.run([str(prog)], capture_output=True, text=True, timeout=20)
    assert run.returncode == 2
    lines = run.stderr.split("\n")
    assert lines[:2] == ["fatal error: all goroutines are asleep - deadlock!", ""]
    headers = [line for line in lines if line.startswith("goroutine ")]
    assert headers == REPORTS[name]


@pytest.mark.e2e
def test_blocked_goroutines_listed(gominic, tmp_path: Path) -> None:
    """Every blocked goroutine appears, main first, each with its reason."""
    src = tmp_path / "prog.go"
    src.write_text("""package main

import "sync"

func main() {
	c := make(chan int)
	go func() { c <- 1; c <- 2 }()
	go func() { var mu sync.Mutex; mu.Lock(); mu.Lock() }()
	<-c
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Wait()
}
""")
    prog = tmp_path / "prog"
    build = gominic("build", "-o", str(prog), str(src))
    assert build.returncode == 0, build.stderr
    run = subprocess.run([str(prog)], capture_output=True, text=True, timeout=20)
    headers = [line.split(" ", 2)[2] for line in run.stderr.split("\n") if line.startswith("goroutine ")]
    assert run.returncode == 2
    assert headers == ["[semacquire]:", "[chan send]:", "[semacquire]:"]
