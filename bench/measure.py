"""This module implements the measuring instruments of the benchmark suite:
wall time of commands, start-up time of executables, and peak memory.

Every figure is the median of several runs (statistics.median): on a shared
machine some runs are slowed by other work, and the median ignores a
minority of such outliers where a mean would not.  The runs of the two
toolchains being compared are interleaved (gominic, go, gominic, go, ...)
so that a slow spell of the machine slows both rather than one.

Wall time is taken with time.perf_counter around the whole child process,
from the spawn to its exit, as a user waiting on a build experiences it.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Command:
    """A command to time: argv run in cwd with env added to os.environ.

    before runs ahead of each timed run and is not timed: editing a file,
    emptying a cache.
    """

    argv: list[str]
    cwd: Path | None = None
    env: dict[str, str] = field(default_factory=dict)
    before: Callable[[], None] = lambda: None


class CommandFailed(Exception):
    """A command exited with a non-zero status; the message holds its output."""


def run(cmd: Command) -> subprocess.CompletedProcess:
    """Run cmd once, capturing its output; raise CommandFailed on failure."""
    proc = subprocess.run(cmd.argv, cwd=cmd.cwd, env={**os.environ, **cmd.env},
                          stdin=subprocess.DEVNULL, capture_output=True)
    if proc.returncode != 0:
        text = (proc.stdout + proc.stderr).decode(errors="replace").strip()
        raise CommandFailed(f"{' '.join(map(str, cmd.argv))}: exit status {proc.returncode}\n{text}")
    return proc


def time_once(cmd: Command) -> float:
    """The wall time of one run of cmd, in seconds (before is not timed)."""
    cmd.before()
    start = time.perf_counter()
    run(cmd)
    return time.perf_counter() - start


def time_interleaved(cmds: dict[str, Command], runs: int) -> dict[str, list[float]]:
    """Time each command runs times, taking turns; return every sample."""
    samples: dict[str, list[float]] = {name: [] for name in cmds}
    for _ in range(runs):
        for name, cmd in cmds.items():
            samples[name].append(time_once(cmd))
    return samples


def spawn_once(path: Path, devnull: int) -> float:
    """The wall time of one start of the executable path, output discarded.

    posix_spawn and wait4 are the cheapest way Python has to run a program
    (no shell, no pipes), so that little besides the program is timed.
    """
    start = time.perf_counter()
    pid = os.posix_spawn(str(path), [str(path)], {},
                         file_actions=[(os.POSIX_SPAWN_DUP2, devnull, 1), (os.POSIX_SPAWN_DUP2, devnull, 2)])
    _, status, _ = os.wait4(pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise CommandFailed(f"{path}: exit status {os.waitstatus_to_exitcode(status)}")
    return elapsed


def time_startups(paths: dict[str, Path], runs: int) -> dict[str, list[float]]:
    """Start each executable runs times, taking turns; return every sample."""
    samples: dict[str, list[float]] = {name: [] for name in paths}
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        for _ in range(runs):
            for name, path in paths.items():
                samples[name].append(spawn_once(path, devnull))
    finally:
        os.close(devnull)
    return samples


# The helper process that run_with_peak_memory starts: it spawns the command,
# waits for it with wait4 and writes the command's ru_maxrss (KiB) and exit
# status into the file named by its first argument.
MEASURE = ("import os, sys; pid = os.posix_spawnp(sys.argv[2], sys.argv[2:], os.environ); "
           "_, status, usage = os.wait4(pid, 0); "
           "open(sys.argv[1], 'w').write(f'{usage.ru_maxrss} {os.waitstatus_to_exitcode(status)}')")


def run_with_peak_memory(cmd: Command) -> tuple[bytes, int]:
    """Run cmd once; return its standard output and its peak resident set
    size (ru_maxrss) in bytes.

    Linux keeps a process's peak across exec, and a child starts from its
    parent's pages: a command spawned by this (large) process would report
    at least this process's peak.  So the command is spawned by a small
    helper, a bare Python (-S -I) of about 8 MiB, and that is the floor of
    the figure; os.wait4 in the helper gives the rusage of this one command,
    where getrusage(RUSAGE_CHILDREN) would give the largest of all so far.
    """
    with tempfile.NamedTemporaryFile("r") as report:
        proc = subprocess.run([sys.executable, "-S", "-I", "-c", MEASURE, report.name, *cmd.argv],
                              cwd=cmd.cwd, env={**os.environ, **cmd.env}, stdin=subprocess.DEVNULL,
                              capture_output=True)
        maxrss, status = map(int, report.read().split() or (0, proc.returncode or -1))
    if status != 0:
        raise CommandFailed(f"{' '.join(map(str, cmd.argv))}: exit status {status}\n"
                            f"{proc.stderr.decode(errors='replace')}")
    return proc.stdout, maxrss * 1024  # Linux counts ru_maxrss in KiB


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def geomean(values: list[float]) -> float:
    return statistics.geometric_mean(values)
