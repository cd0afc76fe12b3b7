"""This module implements command-line flags as Go's ``flag`` package parses
them, since gominic's commands take the go command's flags verbatim:

    -o out    -o=out    --o out       a flag with a value
    -v        -v=true   -v=false      a boolean flag
    -ldflags "-X main.v=1"            one argument, however many spaces

Parsing stops at the first argument that is not a flag (or after ``--``):
``gominic run prog.go -v`` passes -v to the program. A single dash never
bundles letters: ``-ldflags`` is one flag, not -l -d -f .... That is why
the CLI does not use click or typer, whose GNU-style rules read these
differently (and whose import would also slow every start-up).
"""

from __future__ import annotations

from dataclasses import dataclass, field


class FlagError(Exception):
    """A command line the flags cannot parse; the message is Go's wording."""


@dataclass
class Flag:
    name: str
    usage: str
    default: object  # a bool for a boolean flag, a list for a repeatable one, else a str
    value: object = None

    @property
    def is_bool(self) -> bool:
        return isinstance(self.default, bool)

    def set(self, text: str) -> None:
        """Take a value from the command line (a repeatable flag collects them)."""
        if isinstance(self.default, list):
            self.value = [*self.value, text]
        else:
            self.value = text


@dataclass
class FlagSet:
    """The flags of one command."""

    flags: dict[str, Flag] = field(default_factory=dict)

    def bool(self, name: str, usage: str) -> None:
        self.flags[name] = Flag(name, usage, False, False)

    def string(self, name: str, usage: str, default: str | None = None) -> None:
        self.flags[name] = Flag(name, usage, default, default)

    def list(self, name: str, usage: str) -> None:
        """A flag that may be given many times, like the compiler's -I."""
        self.flags[name] = Flag(name, usage, [], [])

    def __getitem__(self, name: str) -> object:
        return self.flags[name].value

    def parse(self, args: list[str]) -> list[str]:
        """Set the flags from the front of args; return the arguments left."""
        i = 0
        while i < len(args):
            arg = args[i]
            if arg == "--":
                return args[i + 1 :]
            if len(arg) < 2 or arg[0] != "-":
                break
            i = self.parse_one(args, i)
        return args[i:]

    def parse_one(self, args: list[str], i: int) -> int:
        """Parse the flag at args[i]; return the index of what follows it."""
        arg = args[i]
        name = arg[2:] if arg.startswith("--") else arg[1:]
        if not name or name[0] in "-=":
            raise FlagError(f"bad flag syntax: {arg}")
        name, has_value, value = name.partition("=")
        flag = self.flags.get(name)
        if flag is None:
            raise FlagError(f"flag provided but not defined: -{name}")
        if flag.is_bool:
            flag.value = parse_bool(name, value) if has_value else True
            return i + 1
        if has_value:
            flag.set(value)
            return i + 1
        if i + 1 == len(args):
            raise FlagError(f"flag needs an argument: -{name}")
        flag.set(args[i + 1])
        return i + 2

    def defaults(self) -> str:
        """The flags' help, one "  -name\\n    \\tusage" entry each, as Go prints it."""
        lines = []
        for flag in sorted(self.flags.values(), key=lambda f: f.name):
            lines.append(f"  -{flag.name}" + ("" if flag.is_bool else " string"))
            lines.append(f"    \t{flag.usage}")
        return "\n".join(lines)


def parse_bool(name: str, text: str) -> bool:
    """Go's strconv.ParseBool, which boolean flags use for -v=..."""
    if text in ("1", "t", "T", "true", "TRUE", "True"):
        return True
    if text in ("0", "f", "F", "false", "FALSE", "False"):
        return False
    raise FlagError(f'invalid boolean value "{text}" for -{name}: parse error')
