"""This module implements ``gominic env``, after ``go env``: with no
arguments it prints every variable as a shell assignment
(``GOOS="linux"``), with names it prints their values, one a line; with
-json, a JSON object of them, keys sorted and tab-indented as Go's.
"""

from __future__ import annotations

import json
import shlex

from gominic.cli.base import Command
from gominic.cli.flags import FlagSet


def add_env_flags(flags: FlagSet) -> None:
    flags.bool("json", "print the environment in JSON format")


def run_env(cmd: Command, args: list[str]) -> int:
    from gominic.work.env import build_env

    flags, names = cmd.parse_flags(args)
    env = build_env()
    if flags["json"]:
        chosen = {name: env.get(name, "") for name in (names or env)}
        print(json.dumps(dict(sorted(chosen.items())), indent="\t"))
    elif names:
        for name in names:
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
    usage_line="env [-json] [var ...]",
    short="print gominic environment information",
    long="""\
Env prints gominic environment information: GOARCH, GOMINICCACHE (the build
cache), GOMINICROOT (where runtime/ and stdlib/ are) and GOOS. With names
as arguments, it prints the value of each, one a line. The -json flag
prints the environment in JSON format instead.""",
    run=run_env,
    add_flags=add_env_flags,
)
