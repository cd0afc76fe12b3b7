"""Tests of run.py: splitting run's arguments, and reporting how the
program failed as go run does."""

from pathlib import Path

import pytest

from gominic.cli.run import run_program, split_run_args


@pytest.mark.parametrize(
    "args, package, program_args",
    [
        (["./hello", "a", "b.go"], ["./hello"], ["a", "b.go"]),
        (["a.go", "b.go", "x", "y.go"], ["a.go", "b.go"], ["x", "y.go"]),
        (["."], ["."], []),
        ([], [], []),
    ],
)
def test_split_run_args(args, package, program_args):
    assert split_run_args(args) == (package, program_args)


def test_a_failure_is_reported_and_exits_1(capfd):
    """go run prints os.ProcessState's words and exits 1."""
    assert run_program(Path("/bin/sh"), ["-c", "exit 0"]) == 0
    assert run_program(Path("/bin/sh"), ["-c", "exit 3"]) == 1
    assert run_program(Path("/bin/sh"), ["-c", "kill -TERM $$"]) == 1
    assert capfd.readouterr().err == "exit status 3\nsignal: terminated\n"


def test_args_and_streams_pass_through(capfd):
    run_program(Path("/bin/sh"), ["-c", 'echo "$1|$2"; echo err >&2', "sh", "a b", "-v"])
    out, err = capfd.readouterr()
    assert (out, err) == ("a b|-v\n", "err\n")
