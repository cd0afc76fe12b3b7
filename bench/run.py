"""This module implements `make bench`: it measures gominic against the real
go command, prints one table of ratios and saves the figures as JSON.

The suite follows issue 7's list, one function per group of items:

    1-3  build speed of samples/hello: warm, no-op, cold   (builds.py)
    4-5  the hello executable: size and start-up           (binaries.py)
    6    run time of bench/programs/*.go                    (programs.py)
    7    front-end throughput and memory on 20,000 lines    (frontend.py)
    8-10 goroutines: memory, creation rate, cost of the
         preemption checks (issue 11)                       (goroutines.py)
    11   the large link against GNU ld (issue 16)           (link_bench.py)
    12   compile time of huge values (issue 18)             (hugevalues.py)
    13   Go's own benchmarks, test/bench/go1                (go1.py)

Item 1 also prints the table of a warm build by phase  (phases.py)

Both toolchains are measured in this same command, so the ratios compare
like with like on a machine whose speed varies from minute to minute; the
absolute figures are printed too, but only the ratios travel.  Without a go
command the suite says so and prints gominic's figures alone.

All the work happens in a temporary directory, with caches of its own
(GOMINICCACHE, GOCACHE): the checkout and the user's caches are left alone.

    .venv/bin/python -m bench [--runs 5] [--only 1,2,6] [--json bench/results.json]
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.binaries import measure_size, measure_startup
from bench.builds import measure_builds
from bench.frontend import measure_frontend
from bench.go1 import measure_go1
from bench.goroutines import measure_goroutines
from bench.hugevalues import measure_huge_values
from bench.phases import measure_phases
from bench.programs import measure_programs
from bench.report import Figure, format_table, save_json
from bench.toolchains import ROOT, Toolchain, go, go_version, gominic

DEFAULT_JSON = ROOT / "bench" / "results.json"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="python -m bench", description="gominic against go build, as ratios.")
    ap.add_argument("--runs", type=int, default=5, help="runs per figure (median taken); default 5")
    ap.add_argument("--cold-runs", type=int, default=3, help="runs of the cold build; default 3")
    ap.add_argument("--startup-runs", type=int, default=200, help="starts of hello; default 200")
    ap.add_argument("--frontend-runs", type=int, default=3, help="runs of items 7 and 12; default 3")
    ap.add_argument("--only", default="1,2,3,4,5,6,7,8,9,10,11,12,13", help="comma-separated items to measure")
    ap.add_argument("--root", type=Path, help="GOMINICROOT for gominic (a snapshot of runtime/ and stdlib/)")
    ap.add_argument("--json", type=Path, default=DEFAULT_JSON, help=f"where to save the figures ({DEFAULT_JSON.name})")
    ap.add_argument("--keep", action="store_true", help="keep the work directory and print its name")
    return ap.parse_args(argv)


def progress(text: str) -> None:
    """A line on stderr saying what is being measured now."""
    print(f"[{time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


def describe(tools: list[Toolchain]) -> list[str]:
    """The header lines: what is compared with what."""
    lines = [f"gominic {git_revision()} ({sys.executable})"]
    if len(tools) > 1:
        lines.append(f"against {go_version()}")
    else:
        lines.append("go is not installed: no ratios, gominic's own figures only")
    lines.append(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} at the start")
    return lines


def git_revision() -> str:
    """The checkout's commit, "+" when it has changes not committed."""
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout.strip()

    rev = git("rev-parse", "--short", "HEAD") or "unknown"
    return rev + ("+" if git("status", "--porcelain", "--untracked-files=no") else "")


def measure(args: argparse.Namespace, tools: list[Toolchain], work: Path) -> tuple[list[Figure], list[str]]:
    """Every item asked for, in the issue's order; also the tables printed
    apart (the phases of a warm build)."""
    only = set(args.only.split(","))
    figures: list[Figure] = []
    tables: list[str] = []
    hellos = {}
    if only & {"1", "2", "3", "4", "5"}:
        progress("items 1-3: builds of samples/hello")
        build_figures, hellos = measure_builds(tools, work, args.runs, args.cold_runs, only)
        figures += build_figures
    if "1" in only and "gominic" in hellos:
        progress("item 1: the warm build by phase")
        tables.append(measure_phases(hellos["gominic"], args.runs))
    exes = {name: h.out for name, h in hellos.items()}
    if "4" in only:
        figures.append(measure_size(exes))
    if "5" in only:
        progress("item 5: start-up of hello")
        figures.append(measure_startup(exes, args.startup_runs))
    caches = {t.name: work / f"cache-{t.name}" for t in tools}  # warm after items 1-3
    if "6" in only:
        progress("item 6: bench/programs")
        figures += measure_programs(tools, work, caches, args.runs)
    if "7" in only:
        progress("item 7: front end on a generated package")
        figures += measure_frontend(work, args.frontend_runs, {**tools[0].env, "GOMINICCACHE": str(caches["gominic"])})
    if only & {"8", "9", "10"}:
        progress("items 8-10: goroutines")
        figures += measure_goroutines(tools, work, caches, args.runs, only)
    if "11" in only:
        progress("item 11: the large link against GNU ld")
        from bench.link_bench import large_link_figure

        figures.append(large_link_figure(work / "link", max(3, args.runs // 2)))
    if "12" in only:
        progress("item 12: compile time of huge values")
        figures += measure_huge_values(work, args.frontend_runs, tools[0].env)
    if "13" in only:
        progress("item 13: Go's test/bench/go1")
        figures += measure_go1(tools, work, caches, args.runs)
    return figures, tables


def stop_servers(gominic: Toolchain, work: Path) -> None:
    """Stop the build servers gominic's builds started, one per cache."""
    for cache in work.glob("cache-gominic*"):
        subprocess.run([gominic.build_argv[0], "clean"], env={**os.environ, **gominic.env, "GOMINICCACHE": str(cache)},
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="gominic-bench-"))
    tools = [gominic(work / "pycache", args.root.resolve() if args.root else None)]
    if (reference := go()) is not None:
        tools.append(reference)
    header = describe(tools)
    print("\n".join(header), flush=True)
    try:
        figures, tables = measure(args, tools, work)
    finally:
        stop_servers(tools[0], work)
        if args.keep:
            print(f"work directory: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    print()
    print(format_table(figures))
    for table in tables:
        print(f"\n{table}")
    meta = {"date": datetime.datetime.now().isoformat(timespec="seconds"), "header": header,
            "python": platform.python_version(), "args": {k: str(v) for k, v in vars(args).items()},
            "load_average_at_end": os.getloadavg()[0]}
    save_json(args.json, figures, meta)
    print(f"\nsaved in {args.json}")


if __name__ == "__main__":
    main()
