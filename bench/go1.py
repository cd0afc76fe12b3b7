"""This module implements item 13: Go's own benchmark set, the package
test/bench/go1 in Go's tree (binary trees, fannkuch, fmt, gob, gzip, an
HTTP client and server, JSON, Mandelbrot, go/parser, regexp, revcomp,
text/template, time): real library code, where item 6's programs are
mostly loops.

The package is read from the go command's GOROOT (an oracle, never
copied into the checkout): both toolchains build it as a test binary
(`test -c`) from a copy in the work directory, and the two binaries run
every benchmark (`-test.bench .`) in turns, runs times each. A figure per
benchmark gives the median ns/op; the last one the geometric mean of the
ratios.  Without go there is no tree to read, and the item says so.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from bench.measure import Command, CommandFailed, geomean, median, run
from bench.report import Figure, failed
from bench.toolchains import Toolchain

# How long each benchmark runs in one run of a binary: long enough for a
# steady figure, short enough for the 30 benchmarks × runs × 2 binaries.
BENCHTIME = "0.3s"

# A result line: "BenchmarkGzip-2   	      10	 145803400 ns/op	 109.28 MB/s"
RESULT = re.compile(rb"^(Benchmark\S+?)(?:-\d+)?\s+\d+\s+([\d.]+) ns/op", re.MULTILINE)


def go1_package(go: Toolchain) -> Path:
    """test/bench/go1 under the go command's GOROOT."""
    goroot = subprocess.run([go.build_argv[0], "env", "GOROOT"], capture_output=True, text=True).stdout.strip()
    return Path(goroot) / "test" / "bench" / "go1"


def build_test(tool: Toolchain, package: Path, out: Path, cache: Path) -> Path:
    """tool's test binary of package (`test -c -o out`)."""
    argv = [*tool.build_argv[:-1], "test", "-c", "-o", str(out), "."]
    run(Command(argv, cwd=package, env={**tool.env, tool.cache_var: str(cache)}))
    return out


def bench_once(exe: Path) -> dict[str, float]:
    """Every benchmark's ns/op from one run of a test binary."""
    out = run(Command([str(exe), "-test.run", "^$", "-test.bench", ".", "-test.benchtime", BENCHTIME])).stdout
    return {m.group(1).decode(): float(m.group(2)) for m in RESULT.finditer(out)}


def measure_go1(tools: list[Toolchain], work: Path, caches: dict[str, Path], runs: int) -> list[Figure]:
    """Item 13: each benchmark of test/bench/go1, then the geomean."""
    name = "13 Go's test/bench/go1, geomean of ratios"
    if len(tools) < 2:
        return [failed(name, "x", "go is not installed: test/bench/go1 comes from its tree")]
    package = work / "go1"
    shutil.copytree(go1_package(tools[1]), package)
    try:
        exes = {t.name: build_test(t, package, work / f"go1-{t.name}.test", caches[t.name]) for t in tools}
        samples: dict[str, dict[str, list[float]]] = {}
        for _ in range(runs):
            for tool, exe in exes.items():
                for bench, ns in bench_once(exe).items():
                    samples.setdefault(bench, {}).setdefault(tool, []).append(ns / 1e9)
    except CommandFailed as e:
        return [failed(name, "x", str(e))]
    figures = [Figure(f"13 {bench}", "ns", median(s["gominic"]) * 1e9, median(s["go"]) * 1e9, samples=s)
               for bench, s in samples.items() if "gominic" in s and "go" in s]
    ratios = [f.ratio for f in figures]
    return figures + [Figure(name, "x", geomean(ratios), 1.0, note=f"over {len(ratios)} benchmarks")]
