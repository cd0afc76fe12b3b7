"""This module implements ``gominic env``, after ``go env``: with no
arguments it prints every variable as a shell assignment
(``GOOS="linux"``), with names it prints their values, one a line.
"""

from __future__ import annotations

import shlex

from gominic.cli.base import Command


def run_env(cmd: Command, args: list[str]) -> int:
    from gominic.build.env import build_env

    env = build_env()
    if args:
        for name in args:
            print(env.get(name, ""))
    else:
        for name, value in env.items():
            print(f"{name}={shell_quote(value)}")
    return 0


def shell_quote(value: str) -> str:
    """Go's quoting for go env on Unix: double quotes unless it needs more."""
    return f'"{value}"' if '"' not in value and "$" not in value and "`" not in value else shlex.quote(value)


ENV = Command(
    name="env",
    usage_line="env [var ...]",
    short="print gominic environment information",
    long="""\
Env prints gominic environment information: GOARCH, GOMINICCACHE (the build
cache), GOMINICROOT (where runtime/ and stdlib/ are) and GOOS. With names
as arguments, it prints the value of each, one a line.""",
    run=run_env,
)
