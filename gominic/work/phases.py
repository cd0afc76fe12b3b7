"""This module implements ``gominic build -debug-phases``: where the time of
one build goes, phase by phase, printed as a table when the build ends. The
times are this process's CPU time (time.process_time, every thread): on a
shared machine the wall clock measures the neighbours as much as the build.

    imports             the compiler, Lark, llvmlite and the linker, loaded
                        up front (otherwise each loads on first use, inside
                        the phase that needs it)
    load graph          find and read every package's files and headers
    hashing, cache      the compile's cache keys, lookups, export data read
    parse ... export    the phases of each compile run in this process
                        (compile_package's own timings); compiles run by
                        worker processes cost this process little: only
                        its share shows, as "compile in workers"
    cache writes        archives stored in the cache and in $WORK
    link: ...           the linker's phases (LinkResult.seconds)
    no-op record        the stamps a later no-op build is answered by

Python's start-up and the command line's own imports come before the build
starts: `make bench` measures them from outside (bench/phases.py).
The log is per process: a build resets it when it starts. A build run by
the build server (gominic/server) says so under its table: its process is
the server's child, with everything loaded, not the command's.
"""

from __future__ import annotations

import time


class PhaseLog:
    """Seconds per phase, in the order the phases first ran."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.last = time.process_time()
        self.accounted = 0.0  # seconds added since last, by add()

    def done(self, phase: str) -> None:
        """The time since the previous phase ended, less what add() gave,
        was spent in phase."""
        now = time.process_time()
        self.seconds[phase] = self.seconds.get(phase, 0.0) + max(0.0, now - self.last - self.accounted)
        self.last, self.accounted = now, 0.0

    def add(self, seconds: dict[str, float], prefix: str = "") -> None:
        """Phases timed by someone else (the compiler, the linker)."""
        for phase, s in seconds.items():
            self.seconds[prefix + phase] = self.seconds.get(prefix + phase, 0.0) + s
            self.accounted += s

    def table(self) -> str:
        total = sum(self.seconds.values())
        lines = [f"{'phase':<28} {'CPU ms':>8} {'%':>6}"]
        lines += [f"{phase:<28} {s * 1000:8.1f} {100 * s / total if total else 0:6.1f}"
                  for phase, s in self.seconds.items()]
        lines.append(f"{'total':<28} {total * 1000:8.1f}")
        if ON_SERVER:
            lines.append(SERVER_NOTE)
        return "\n".join(lines)


LOG = PhaseLog()  # the build running in this process
ON_SERVER = False  # this process is a build server's child (gominic/server/serve.py)
SERVER_NOTE = "(built by the build server: the command's own process is not counted)"


def start() -> PhaseLog:
    """A new log for the build starting now."""
    global LOG
    LOG = PhaseLog()
    return LOG
