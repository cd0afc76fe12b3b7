"""Tests of how the command reports a failed build: Go's "# package" header,
exit statuses 1 and 2, and internal errors without a raw traceback."""

import pytest

from gominic.work.errors import ActionError, BuildError, BuildFailed, InternalError
from gominic.cli.main import run_command


@pytest.fixture
def failing_build(monkeypatch):
    """Make gominic build raise the given exception."""

    def fail_with(error: Exception):
        def build(patterns, options):
            raise error

        monkeypatch.setattr("gominic.work.driver.build", build)

    return fail_with


def test_compile_errors_follow_the_package_header(failing_build, capsys):
    failing_build(BuildFailed([
        ActionError("example/greeter", ["greeter/greeter.go:2:15: undefined: x"]),
        ActionError("example/other", ["other/o.go:1:1: syntax error: unexpected EOF"]),
    ]))
    assert run_command(["build", "."]) == 2
    assert capsys.readouterr().err == (
        "# example/greeter\ngreeter/greeter.go:2:15: undefined: x\n"
        "# example/other\nother/o.go:1:1: syntax error: unexpected EOF\n"
    )


def test_link_error(failing_build, capsys):
    failing_build(ActionError("command-line-arguments", ["main.main: relocation target main.f not defined"]))
    assert run_command(["build", "prog.go"]) == 2
    assert capsys.readouterr().err == "# command-line-arguments\nmain.main: relocation target main.f not defined\n"


def test_build_error_exits_1(failing_build, capsys):
    failing_build(BuildError("no Go files in /x"))
    assert run_command(["build"]) == 1
    assert capsys.readouterr().err == "no Go files in /x\n"


def test_internal_compiler_error_hides_the_traceback(failing_build, capsys, monkeypatch):
    monkeypatch.delenv("GOMINIC_DEBUG", raising=False)
    failing_build(BuildFailed([InternalError("fmt", ["internal compiler error: boom"], "Traceback: here")]))
    assert run_command(["build"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("# fmt\ninternal compiler error: boom\n\nPlease file a bug report")
    assert "Traceback" not in err


def test_gominic_debug_shows_the_traceback(failing_build, capsys, monkeypatch):
    monkeypatch.setenv("GOMINIC_DEBUG", "1")
    failing_build(BuildFailed([InternalError("fmt", ["internal compiler error: boom"], "Traceback: here")]))
    assert run_command(["build"]) == 2
    assert "Traceback: here" in capsys.readouterr().err


def test_an_unexpected_exception_is_not_a_traceback(failing_build, capsys, monkeypatch):
    monkeypatch.delenv("GOMINIC_DEBUG", raising=False)
    failing_build(RuntimeError("surprise"))
    assert run_command(["build"]) == 2
    assert capsys.readouterr().err.startswith("gominic: internal error: surprise\nPlease file a bug report")
    monkeypatch.setenv("GOMINIC_DEBUG", "1")
    with pytest.raises(RuntimeError):
        run_command(["build"])
