"""Tests of flags.py: Go's flag syntax, word for word."""

import pytest

from gominic.cli.flags import FlagError, FlagSet


def flag_set() -> FlagSet:
    flags = FlagSet()
    flags.bool("v", "verbose")
    flags.string("o", "output")
    flags.string("ldflags", "linker flags", "")
    return flags


@pytest.mark.parametrize(
    "args, o, v, rest",
    [
        (["-o", "out", "."], "out", False, ["."]),
        (["-o=out", "-v", "."], "out", True, ["."]),
        (["--o", "out", "--v=true"], "out", True, []),
        (["-v=false", "prog.go", "-o", "x"], None, False, ["prog.go", "-o", "x"]),  # stops at a non-flag
        (["-v", "--", "-o"], None, True, ["-o"]),
        (["-", "x"], None, False, ["-", "x"]),
    ],
)
def test_parse(args, o, v, rest):
    flags = flag_set()
    assert flags.parse(args) == rest
    assert (flags["o"], flags["v"]) == (o, v)


def test_a_value_keeps_its_spaces_and_dashes():
    flags = flag_set()
    flags.parse(["-ldflags", "-X main.v=1 -s"])
    assert flags["ldflags"] == "-X main.v=1 -s"
    flags.parse(["-ldflags=-v"])
    assert flags["ldflags"] == "-v"


@pytest.mark.parametrize(
    "args, message",
    [
        (["-x"], "flag provided but not defined: -x"),
        (["-ov"], "flag provided but not defined: -ov"),  # no GNU-style bundling
        (["-o"], "flag needs an argument: -o"),
        (["---v"], "bad flag syntax: ---v"),
        (["-=v"], "bad flag syntax: -=v"),
        (["-v=maybe"], 'invalid boolean value "maybe" for -v: parse error'),
    ],
)
def test_errors(args, message):
    with pytest.raises(FlagError) as e:
        flag_set().parse(args)
    assert str(e.value) == message


def test_gcflags_e_reports_every_error(gominic, tmp_path):
    """Go's compiler stops at ten errors ("too many errors"); -e lists all."""
    body = "".join(f"\tx{i} = 1\n" for i in range(12))
    (tmp_path / "prog.go").write_text(f"package main\n\nfunc main() {{\n{body}}}\n")
    limited = gominic("build", "prog.go").stderr.splitlines()
    # At the tenth error's position, as go1.19.8 `go build` prints it.
    assert limited[1:] == [f"./prog.go:{4 + i}:2: undefined: x{i}" for i in range(10)] + ["./prog.go:13:2: too many errors"]
    every = gominic("build", "-gcflags=-e", "prog.go").stderr.splitlines()
    assert every[1:] == [f"./prog.go:{4 + i}:2: undefined: x{i}" for i in range(12)]
    assert gominic("tool", "compile", "-e", "prog.go").stderr.count("undefined") == 12
