"""This module implements the goroutine figures (items 8-10, issue 11):

    8   peak resident memory of 100,000 goroutines blocked on channels,
        gominic against go (target: at most 1 GiB)
    9   goroutines created and finished one after another, per second,
        gominic against go
    10  the cost of the preemption checks at loop back-edges: the run time
        of bench/programs/*.go built by this checkout over the same built by
        the commit before the checks were added (target: at most 1.05x)

Item 10 needs no switch in the compiler: the "before" toolchain is this
repository's own history, the parent of the commit that introduced
loop_backedge (gominic/compile/function.py), exported with `git archive`
and run from there with its runtime and standard library.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

from bench.measure import Command, CommandFailed, geomean, median, run_with_peak_memory, time_interleaved
from bench.programs import PROGRAMS, build_program, same_output
from bench.report import Figure, failed
from bench.toolchains import ROOT, Toolchain

GOROUTINES = ROOT / "bench" / "goroutines"
RSS_LIMIT = 1 << 30
CHECKS_LIMIT = 1.05
CHURN_GOROUTINES = 1000000


def measure_blocked(tools: list[Toolchain], work: Path, caches: dict[str, Path]) -> Figure:
    """Item 8: peak memory of bench/goroutines/blocked.go."""
    name = "8 peak RSS, 100,000 blocked goroutines"
    try:
        exes = {t.name: build_program(t, GOROUTINES / "blocked.go", work, caches[t.name]) for t in tools}
        peaks = {n: run_with_peak_memory(Command([str(e)]))[1] / 2**20 for n, e in exes.items()}
    except CommandFailed as e:
        return failed(name, "MiB", str(e))
    ours = peaks["gominic"]
    return Figure(name, "MiB", ours, peaks.get("go"), target="<= 1024 MiB", met=ours <= RSS_LIMIT / 2**20)


def measure_churn(tools: list[Toolchain], work: Path, caches: dict[str, Path], runs: int) -> Figure:
    """Item 9: goroutines created and finished per second (churn.go)."""
    name = "9 goroutine create+finish"
    try:
        exes = {t.name: build_program(t, GOROUTINES / "churn.go", work, caches[t.name]) for t in tools}
        samples = time_interleaved({n: Command([str(e)]) for n, e in exes.items()}, runs)
    except CommandFailed as e:
        return failed(name, "/s", str(e))
    rates = {n: CHURN_GOROUTINES / median(s) for n, s in samples.items()}
    return Figure(name, "/s", rates["gominic"], rates.get("go"), samples=samples, per_time=True)


def before_checks(work: Path) -> Toolchain:
    """gominic as of the commit before the loop preemption checks."""
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout

    first = git("log", "--reverse", "--format=%H", "-S", "def loop_backedge", "--",
                "gominic/compile/function.py").split()[0]
    snapshot = work / "before-checks"
    snapshot.mkdir()
    archive = subprocess.run(["git", "archive", f"{first}^"], cwd=ROOT, capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(snapshot)], input=archive, check=True)
    # Without site (-S), the checkout's own editable install does not come
    # first: the snapshot's modules do, then the venv's other packages.
    main = "import sys; from gominic.cli.main import main; sys.exit(main())"
    path = os.pathsep.join([str(snapshot), sysconfig.get_paths()["purelib"]])
    env = {"PYTHONPATH": path, "GOMINICROOT": str(snapshot),
           "PYTHONDONTWRITEBYTECODE": "", "PYTHONPYCACHEPREFIX": str(work / "pycache")}
    return Toolchain("before", [sys.executable, "-S", "-c", main, "build"], "GOMINICCACHE", env)


def measure_checks(gominic: Toolchain, work: Path, caches: dict[str, Path], runs: int) -> Figure:
    """Item 10: geomean over bench/programs of (with checks / without)."""
    name = "10 run time, loop checks / none"
    try:
        before = before_checks(work)
        ratios, skipped = [], []
        for src in sorted(PROGRAMS.glob("*.go")):
            # A program newer than that commit may import a package its
            # standard library did not have yet: it cannot be compared.
            try:
                old = build_program(before, src, work, work / "cache-before")
            except CommandFailed:
                skipped.append(src.stem)
                continue
            exes = {"gominic": build_program(gominic, src, work, caches["gominic"]), "before": old}
            if why := same_output(exes):
                return failed(name, "x", f"{src.stem}: {why}")
            samples = time_interleaved({n: Command([str(e)]) for n, e in exes.items()}, runs)
            ratios.append(median(samples["gominic"]) / median(samples["before"]))
    except (CommandFailed, subprocess.CalledProcessError, IndexError) as e:
        return failed(name, "x", str(e) or "no commit adds loop_backedge")
    g = geomean(ratios)
    return Figure(name, "x", g, target=f"<= {CHECKS_LIMIT}x", met=g <= CHECKS_LIMIT,
                  note="per program: " + ", ".join(f"{r:.3f}" for r in ratios)
                  + (f"; not built by the commit before the checks: {', '.join(skipped)}" if skipped else ""))


def measure_goroutines(tools: list[Toolchain], work: Path, caches: dict[str, Path], runs: int,
                       only: set[str]) -> list[Figure]:
    """Items 8-10, those asked for."""
    figures = []
    if "8" in only:
        figures.append(measure_blocked(tools, work, caches))
    if "9" in only:
        figures.append(measure_churn(tools, work, caches, runs))
    if "10" in only:
        figures.append(measure_checks(tools[0], work, caches, runs))
    return figures
