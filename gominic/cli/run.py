"""This module implements ``gominic run``: build a program into a temporary
directory and run it (cmd/go/internal/run).

    gominic run [build flags] package [arguments...]
    gominic run [build flags] file.go... [arguments...]

The program gets the terminal as it is (stdin, stdout and stderr). When it
fails, gominic says how, as go run does ("exit status 3", "signal:
killed", os/exec's words), and exits 1.
"""

from __future__ import annotations

import signal
import sys
from pathlib import Path

from gominic.cli.base import Command
from gominic.cli.buildcmd import add_build_flags, build_options


def split_run_args(args: list[str]) -> tuple[list[str], list[str]]:
    """Split run's arguments into the package (a pattern, or the leading .go
    files) and the program's own arguments."""
    files = 0
    while files < len(args) and args[files].endswith(".go"):
        files += 1
    if files:
        return args[:files], args[files:]
    return args[:1], args[1:]


def run_run(cmd: Command, args: list[str]) -> int:
    import tempfile

    from gominic.work import BuildError, build

    flags, rest = cmd.parse_flags(args)
    package, program_args = split_run_args(rest)
    if not package:
        raise BuildError("go: no go files listed")
    with tempfile.TemporaryDirectory(prefix="gominic-run-") as work:
        options = build_options(cmd, flags, output=work + "/")
        options.main_only = True
        [exe] = build(package, options)
        return 0 if options.dry_run else run_program(exe, program_args)


def run_program(exe: Path, args: list[str]) -> int:
    """Run exe with args; 0 if it succeeds, else 1 after saying how it
    failed on stderr (cmd/go's base.RunStdin).

    While the program runs, gominic lets the terminal's interrupt and quit
    signals pass: they reach the program too, which decides what they mean,
    and gominic then reports the outcome. (A handler that does nothing, not
    SIG_IGN: an ignored signal would stay ignored in the program after exec,
    a caught one is reset to its default.)"""
    import subprocess

    previous = {s: signal.signal(s, ignore_signal) for s in (signal.SIGINT, signal.SIGQUIT)}
    try:
        status = subprocess.call([str(exe), *args])
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
    if status == 0:
        return 0
    sys.stderr.write(exit_message(status) + "\n")
    return 1


def exit_message(status: int) -> str:
    """How Go's os.ProcessState describes a failed process: its exit
    status, or the signal (-status) that killed it."""
    return f"signal: {signal_name(-status)}" if status < 0 else f"exit status {status}"


def signal_name(signum: int) -> str:
    """How Go's os/exec names a signal that killed a process."""
    names = {signal.SIGKILL: "killed", signal.SIGSEGV: "segmentation fault", signal.SIGABRT: "aborted",
             signal.SIGTERM: "terminated", signal.SIGINT: "interrupt", signal.SIGQUIT: "quit",
             signal.SIGBUS: "bus error", signal.SIGFPE: "floating point exception", signal.SIGHUP: "hangup",
             signal.SIGPIPE: "broken pipe", signal.SIGILL: "illegal instruction"}
    return names.get(signum, f"signal {signum}")


def ignore_signal(signum: int, frame: object) -> None:
    """A handler for the signals the running program handles."""


RUN = Command(
    name="run",
    usage_line="run [build flags] package [arguments...]",
    short="compile and run Go program",
    long="""\
Run compiles and runs the named main Go package. The package is a
directory (., ./hello) or a list of .go source files from a single
directory; the arguments after it are the program's own.

The program runs with gominic's standard input, output and error. If it
fails, run prints how ("exit status 3") and exits 1.""",
    run=run_run,
    add_flags=add_build_flags,
)
