"""Tests of run.py: splitting run's arguments, and passing the program's
exit status through."""

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


def test_exit_status_passes_through():
    assert run_program(Path("/bin/sh"), ["-c", "exit 3"]) == 3
    assert run_program(Path("/bin/sh"), ["-c", "exit 0"]) == 0


def test_death_by_signal_is_128_plus_n():
    assert run_program(Path("/bin/sh"), ["-c", "kill -TERM $$"]) == 128 + 15


def test_args_and_streams_pass_through(capfd):
    run_program(Path("/bin/sh"), ["-c", 'echo "$1|$2"; echo err >&2', "sh", "a b", "-v"])
    out, err = capfd.readouterr()
    assert (out, err) == ("a b|-v\n", "err\n")
