"""This module implements the front-end figures (item 7 of issue 7) on the
package bench/gen_package.py generates (about 20,000 lines):

- parse + type-check throughput, in lines per second: parse_file on every
  file, then check_package, with the collector off as compile_package runs
  them;
- full compile throughput, from source to ELF object (compile_package with
  the default optimisation), compared with Go's compiler (`compile` from
  `go env GOTOOLDIR`) on the same files;
- the peak memory (ru_maxrss) of the process doing the full compile.

Each run is a fresh child process (`python -m bench.frontend MODE DIR`)
that times the work in-process, excluding Python's start-up, the imports
and the loading of the parser's tables, and prints the seconds as JSON; the
suite reads the child's ru_maxrss from os.wait4.
"""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import time
from pathlib import Path

from bench.gen_package import PACKAGE, write_package
from bench.measure import Command, CommandFailed, median, run_with_peak_memory
from bench.report import Figure, failed
from bench.toolchains import ROOT

LINES = 20000
THROUGHPUT_LIMIT = 30000  # lines/s, parse + type-check (issue 16)
COMPILE_RATIO_LIMIT = 3.0  # full compile: at most 3x slower than Go's compiler (issue 16)
MEMORY_LIMIT_MIB = 1024


def read_package(dir: Path) -> list[tuple[str, bytes]]:
    return [(str(p), p.read_bytes()) for p in sorted(dir.glob("*.go"))]


def time_parse_and_check(files: list[tuple[str, bytes]], path: str = PACKAGE) -> float:
    """Seconds to parse and type-check the package, in this process."""
    from gominic.syntax.parser import get_automaton, parse_file
    from gominic.types.check import check_package
    from gominic.types.export import Importer

    get_automaton()  # the LALR tables, loaded once per process, are not timed
    gc.disable()
    start = time.perf_counter()
    asts = [parse_file(name, src) for name, src in files]
    check_package(path, asts, Importer({}))
    return time.perf_counter() - start


def time_compile(files: list[tuple[str, bytes]], path: str = PACKAGE) -> float:
    """Seconds to compile the package to an object, in this process."""
    from gominic.compile import compile_package
    from gominic.syntax.parser import get_automaton

    get_automaton()
    start = time.perf_counter()
    compile_package(path, files, {})
    return time.perf_counter() - start


MODES = {"check": time_parse_and_check, "compile": time_compile}


def child_main(mode: str, dir: Path, path: str) -> None:
    """The child process: time one mode on the package of import path
    path in dir and print {"seconds": ...}."""
    print(json.dumps({"seconds": MODES[mode](read_package(dir), path)}))


def run_child(mode: str, dir: Path, env: dict[str, str], path: str = PACKAGE) -> tuple[float, int]:
    """One child run of mode: its seconds and its peak memory in bytes."""
    cmd = Command([sys.executable, "-m", "bench.frontend", mode, str(dir), path], cwd=ROOT, env=env)
    out, rss = run_with_peak_memory(cmd)
    return json.loads(out)["seconds"], rss


def go_compile(dir: Path, work: Path, path: str = PACKAGE) -> Command | None:
    """Go's compiler on the package in dir, or None without go."""
    try:
        tooldir = subprocess.run(["go", "env", "GOTOOLDIR"], capture_output=True, text=True).stdout.strip()
    except FileNotFoundError:
        return None
    files = [p.name for p in sorted(dir.glob("*.go"))]
    return Command([str(Path(tooldir) / "compile"), "-p", path, "-o", str(work / f"{dir.name}-go.o"), *files], cwd=dir)


def run_go(cmd: Command) -> tuple[float, int]:
    """One run of Go's compiler: its wall time and its peak memory in bytes."""
    start = time.perf_counter()
    _, rss = run_with_peak_memory(cmd)
    return time.perf_counter() - start, rss


def measure_frontend(work: Path, runs: int, env: dict[str, str]) -> list[Figure]:
    """Item 7: throughput of parse+check and of a full compile, and peak memory."""
    dir = work / "genpkg"
    lines = sum(p.read_text().count("\n") for p in write_package(dir, LINES))
    names = ("7 parse+typecheck", "7 full compile to .o", "7 peak memory of the compile")
    go_cmd = go_compile(dir, work)
    try:
        check = [run_child("check", dir, env) for _ in range(runs)]
        full = [run_child("compile", dir, env) for _ in range(runs)]
        go = [run_go(go_cmd) for _ in range(runs)] if go_cmd else []
    except CommandFailed as e:
        return [failed(n, "", str(e)) for n in names]
    seconds = {"check": [s for s, _ in check], "gominic": [s for s, _ in full], "go": [s for s, _ in go]}
    check_rate = lines / median(seconds["check"])
    full_rate = lines / median(seconds["gominic"])
    peak = max(r for _, r in full) / 2**20
    return [
        Figure(names[0], "lines/s", check_rate, target=f">= {THROUGHPUT_LIMIT:,} lines/s",
               met=check_rate >= THROUGHPUT_LIMIT, per_time=True, samples={"gominic": seconds["check"]},
               note=f"{lines:,} generated lines; peak memory {max(r for _, r in check) / 2**20:.0f} MiB"),
        compile_figure(names[1], full_rate, lines / median(seconds["go"]) if go else None,
                       {k: v for k, v in seconds.items() if k != "check" and v}),
        Figure(names[2], "MiB", peak, max(r for _, r in go) / 2**20 if go else None,
               target=f"<= {MEMORY_LIMIT_MIB} MiB", met=peak <= MEMORY_LIMIT_MIB),
    ]


def compile_figure(name: str, rate: float, go_rate: float | None, samples: dict[str, list[float]]) -> Figure:
    """The full compile's figure, whose target is a ratio to Go's compiler."""
    f = Figure(name, "lines/s", rate, go_rate, target=f"<= {COMPILE_RATIO_LIMIT:g}x go", per_time=True,
               samples=samples)
    f.met = None if f.ratio is None else f.ratio <= COMPILE_RATIO_LIMIT
    return f


if __name__ == "__main__":
    child_main(sys.argv[1], Path(sys.argv[2]), sys.argv[3])
