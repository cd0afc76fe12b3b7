"""This module implements the per-phase table of a warm build (issue 16):
where the time of `gominic build` goes after main.go is edited, from
Python's start-up to the linker writing the executable.

The build's own phases come from `gominic build -debug-phases`
(gominic/work/phases.py), which loads the compiler and the linker up front
so that their imports are a phase of their own. Around them:

    Python start-up        `python -c pass` with the same interpreter
    command line, exit     the process's CPU time less the build's
                           phases and less the start-up: the command
                           line's own imports, flag parsing, exit
                           (with the build server: the client's, whose
                           process does not build, less the start-up)

All in CPU time (user + system, from os.wait4 for whole processes): on a
shared machine wall time measures the neighbours as much as gominic.

Each phase is the median over the runs (so the medians need not add up to
the median total exactly). The build's figures come from separate runs
(-debug-phases loads everything eagerly), not from item 1's timed ones.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile

from bench.builds import Hello, comment_adder
from bench.measure import Command, CommandFailed
from gominic.work.phases import SERVER_NOTE

ROW = re.compile(r"^(.+?)\s+([0-9.]+)(?:\s+[0-9.]+)?$")  # phase, ms[, %]


def build_phases(stderr: str) -> dict[str, float]:
    """The -debug-phases table read back: phase -> ms."""
    phases = {}
    for line in stderr.splitlines():
        if (m := ROW.match(line)) and m.group(1) != "phase":
            phases[m.group(1)] = float(m.group(2))
    return phases


def measure_phases(hello: Hello, runs: int) -> str:
    """The table of a warm build of hello, by phase, medians of runs (CPU ms)."""
    edit = comment_adder(hello.dir / "main.go")
    cmd = hello.build(before=edit)
    cmd.argv.insert(cmd.argv.index("build") + 1, "-debug-phases")
    startup = Command([sys.executable, "-c", "pass"], env=hello.tool.env)
    samples: dict[str, list[float]] = {}
    for _ in range(runs):
        startup_ms = cpu_time(startup)[0]
        cmd.before()
        process_ms, stderr = cpu_time(cmd)
        phases = build_phases(stderr)
        inside = phases.pop("total")
        if SERVER_NOTE in stderr:  # the phases ran in the server's child, not in this process
            rows = {"Python start-up": startup_ms, "command line (client)": process_ms - startup_ms,
                    **phases, "client + server's child": process_ms + inside}
        else:
            rows = {"Python start-up": startup_ms, "command line, exit": process_ms - inside - startup_ms,
                    **phases, "whole process": process_ms}
        for name, ms in rows.items():
            samples.setdefault(name, []).append(ms)
    lines = [f"warm build of samples/hello by phase (gominic build -debug-phases; CPU time, median of {runs} runs)",
             f"  {'phase':<28} {'CPU ms':>8}"]
    lines += [f"  {name:<28} {statistics.median(ms):8.1f}" for name, ms in samples.items()]
    return "\n".join(lines)


def cpu_time(cmd: Command) -> tuple[float, str]:
    """One run of cmd: its CPU time (user + system) in ms and its standard error."""
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd.argv, cwd=cmd.cwd, env={**os.environ, **cmd.env}, stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        err.seek(0)
        text = err.read().decode(errors="replace")
    if status != 0:
        raise CommandFailed(f"{' '.join(map(str, cmd.argv))}: exit status {status}\n{text}")
    return (usage.ru_utime + usage.ru_stime) * 1000, text
