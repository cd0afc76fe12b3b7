"""This module implements the figures about the hello executable itself
(items 4 and 5 of issue 7): its size on disk and its start-up time.

Size is the file as each toolchain writes it by default (Go's includes its
DWARF and symbol table; gominic's its symbol table), in KB of 1,000 bytes.

Start-up is the wall time from spawning the program to its exit, output to
/dev/null, taken many times (the runs of both executables interleaved) and
reduced to the median.  It includes the cost of posix_spawn and wait4 in
this Python process, the same for both, so the ratio understates the gap a
little and the absolute figure overstates gominic's own start-up.
"""

from __future__ import annotations

from pathlib import Path

from bench.measure import CommandFailed, median, time_startups
from bench.report import Figure, failed

SIZE_LIMIT_KB = 16
SIZE_RATIO = 100  # Go's hello must be this many times larger
STARTUP_LIMIT_MS = 0.3


def measure_size(exes: dict[str, Path]) -> Figure:
    """Item 4: the hello executable's size."""
    name = "4 hello binary size"
    if "gominic" not in exes:
        return failed(name, "KB", "hello did not build")
    f = Figure(name, "KB", exes["gominic"].stat().st_size / 1000,
               exes["go"].stat().st_size / 1000 if "go" in exes else None,
               target=f"<= {SIZE_LIMIT_KB} KB, {SIZE_RATIO}x smaller")
    f.met = f.ours <= SIZE_LIMIT_KB and (f.ratio is None or f.ratio <= 1 / SIZE_RATIO)
    return f


def measure_startup(exes: dict[str, Path], runs: int) -> Figure:
    """Item 5: the hello executable's start-up, median of runs starts."""
    name = f"5 hello start-up (median of {runs})"
    if "gominic" not in exes:
        return failed(name, "ms", "hello did not build")
    try:
        samples = time_startups(exes, runs)
    except CommandFailed as e:
        return failed(name, "ms", str(e))
    ours = median(samples["gominic"]) * 1000
    go = median(samples["go"]) * 1000 if "go" in samples else None
    return Figure(name, "ms", ours, go, target=f"<= {STARTUP_LIMIT_MS} ms",
                  met=ours <= STARTUP_LIMIT_MS, samples=samples,
                  note="spawn+wait from Python included, for both")
