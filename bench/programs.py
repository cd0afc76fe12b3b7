"""This module implements the run-time figures (item 6 of issue 7): the
programs in bench/programs/, written once in Go, built by gominic (default
optimisation) and by go build, run by both.

Before any timing, each program's two executables are run once and their
outputs (standard output and standard error, where println writes) must be
byte for byte the same: a fast wrong answer is no result.  Each program's
peak memory is noted beside its time, and what its garbage collection
cost, read from one run with GODEBUG=gctrace=1 (both runtimes print Go's
trace format): the number of cycles, the longest pause and the total.  The figure of
the item is the geometric mean of the per-program ratios (gominic / go),
the usual summary of ratios since it does not let one program dominate.
"""

from __future__ import annotations

import re
from pathlib import Path

from bench.measure import Command, CommandFailed, geomean, median, run, run_with_peak_memory, time_interleaved
from bench.report import Figure, failed
from bench.toolchains import ROOT, Toolchain

PROGRAMS = ROOT / "bench" / "programs"
GEOMEAN_LIMIT = 0.9
LIMITS = {"binarytrees": 1.5, "jsonbench": 3.0}  # programs with a target of their own
# Programs measured a second time with a larger size as their argument
# (issue 10 asks for binarytrees at depths 16 and 21), timed that many
# times: a depth-21 run takes go itself some 16 s.
LARGER = {"binarytrees": (("21",), 1)}

# A gctrace line's clock phases: "... 0.015+0.32+0.004 ms clock, ..."
GCTRACE_CLOCK = re.compile(rb"^gc \d+ @[\d.]+s \d+%: ([\d.]+)\+([\d.]+)\+([\d.]+) ms clock", re.M)


def build_program(tool: Toolchain, source: Path, work: Path, cache: Path) -> Path:
    """Build one program with tool; return the executable."""
    exe = work / f"{source.stem}-{tool.name}.exe"
    run(tool.build(source, exe, cache))
    return exe


def same_output(exes: dict[str, Path], args: tuple[str, ...] = ()) -> str:
    """Run each executable once; return "" if their outputs and exit
    statuses agree, else a description of the difference."""
    outputs = {name: run(Command([str(exe), *args])) for name, exe in exes.items()}
    seen = {name: (p.stdout, p.stderr) for name, p in outputs.items()}
    if len(set(seen.values())) > 1:
        return "outputs differ: " + "; ".join(f"{n}: {o + e!r:.80}" for n, (o, e) in seen.items())
    return ""


def peak_memory(exes: dict[str, Path], args: tuple[str, ...] = ()) -> str:
    """Each executable's peak memory, in words: a program that never frees
    (no collector yet) can win on time by spending memory."""
    peaks = {name: run_with_peak_memory(Command([str(exe), *args]))[1] for name, exe in exes.items()}
    return "peak memory " + ", ".join(f"{name} {rss / 2**20:.0f} MiB" for name, rss in peaks.items())


def gc_cost(exes: dict[str, Path], args: tuple[str, ...] = ()) -> str:
    """Each executable's collection cost from its gctrace: cycles, longest
    pause and total pause. gominic stops the world for a whole cycle (all
    three phases); Go only for the first and last (it marks concurrently)."""
    parts = []
    for name, exe in exes.items():
        trace = run(Command([str(exe), *args], env={"GODEBUG": "gctrace=1"})).stderr
        phases = [tuple(map(float, m)) for m in GCTRACE_CLOCK.findall(trace)]
        pauses = [a + b + c if name == "gominic" else a + c for a, b, c in phases]
        parts.append(f"{name} {len(pauses)} gc, max pause {max(pauses, default=0):.1f} ms, "
                     f"total {sum(pauses):.0f} ms")
    return "; ".join(parts)


def measure_program(source: Path, tools: list[Toolchain], work: Path, caches: dict[str, Path],
                    runs: int, args: tuple[str, ...] = ()) -> Figure:
    """Build, check and time one program, run with args."""
    name = " ".join([f"6 run {source.stem}", *args])
    try:
        exes = {t.name: build_program(t, source, work, caches[t.name]) for t in tools}
        if why := same_output(exes, args):
            return failed(name, "ms", why)
        samples = time_interleaved({n: Command([str(e), *args]) for n, e in exes.items()}, runs)
        memory = peak_memory(exes, args) + "; " + gc_cost(exes, args)
    except CommandFailed as e:
        return failed(name, "ms", str(e))
    f = Figure(name, "ms", median(samples["gominic"]) * 1000,
               median(samples["go"]) * 1000 if "go" in samples else None, samples=samples, note=memory)
    if source.stem in LIMITS:
        f.target = f"<= {LIMITS[source.stem]}x go"
        f.met = None if f.ratio is None else f.ratio <= LIMITS[source.stem]
    return f


def summarize(figures: list[Figure]) -> Figure:
    """The geometric mean of the programs' ratios (the failed ones left out)."""
    ratios = [f.ratio for f in figures if f.ratio is not None]
    name = "6 run time, geomean of ratios"
    if not ratios:
        return failed(name, "x", "no program was measured against go")
    g = geomean(ratios)
    note = "" if len(ratios) == len(figures) else f"over {len(ratios)} of {len(figures)} programs"
    return Figure(name, "x", g, 1.0, target=f"<= {GEOMEAN_LIMIT}x go", met=g <= GEOMEAN_LIMIT, note=note)


def measure_programs(tools: list[Toolchain], work: Path, caches: dict[str, Path], runs: int) -> list[Figure]:
    """Item 6: every program in bench/programs, then their geometric mean."""
    figures = []
    for src in sorted(PROGRAMS.glob("*.go")):
        figures.append(measure_program(src, tools, work, caches, runs))
        if src.stem in LARGER:
            args, larger_runs = LARGER[src.stem]
            figures.append(measure_program(src, tools, work, caches, larger_runs, args))
    return figures + [summarize(figures)]
