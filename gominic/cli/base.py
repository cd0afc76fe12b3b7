"""This module implements what every gominic command shares, after the go
command's ``cmd/go/internal/base``: a ``Command`` (its usage line, its help
text, its flags, the function that runs it) and ``UsageError``, the
"you typed it wrong" outcome that prints the usage line and exits 2.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field

from gominic.cli.flags import FlagError, FlagSet


BUG_REPORT = "Please file a bug report including a short program that triggers the error."


def debugging() -> bool:
    """GOMINIC_DEBUG=1: show Python tracebacks of gominic's own bugs."""
    return os.environ.get("GOMINIC_DEBUG", "") not in ("", "0")


class UsageError(Exception):
    """A command used wrongly: print the message, then the usage; exit 2."""

    def __init__(self, command: Command, msg: str):
        super().__init__(msg)
        self.command = command


@dataclass
class Command:
    name: str
    usage_line: str  # "build [-o output] [build flags] [packages]"
    short: str  # one line for ``gominic help``
    long: str  # the text of ``gominic help <name>``
    run: Callable[[Command, list[str]], int] = field(repr=False)  # returns the exit status
    add_flags: Callable[[FlagSet], None] = lambda flags: None

    @property
    def help_topic(self) -> str:
        """What to ask 'gominic help' about: "build", or "tool compile"."""
        words = self.usage_line.split()
        return " ".join(words[:2]) if words[0] == "tool" else words[0]

    def usage(self) -> str:
        return f"usage: gominic {self.usage_line}\nRun 'gominic help {self.help_topic}' for details."

    def parse_flags(self, args: list[str]) -> tuple[FlagSet, list[str]]:
        """Parse the command's flags from the front of args; return them
        and the arguments that follow."""
        flags = FlagSet()
        self.add_flags(flags)
        try:
            return flags, flags.parse(args)
        except FlagError as e:
            raise UsageError(self, str(e)) from None
