"""This module implements source positions and compile diagnostics.

Every phase reports errors the way Go's toolchain prints them:
``path/file.go:LINE:COL: message`` with a lowercase message and no final
period. A phase collects its errors in an ``ErrorList`` and raises
``CompileError`` once it cannot go on; the CLI prints each line and exits 2.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Pos:
    """A position in a source file: 1-based line and column (in bytes)."""

    file: str
    line: int
    col: int

    def __str__(self) -> str:
        # Column 0: a position known to the line only (an assembler's).
        return f"{self.file}:{self.line}" + (f":{self.col}" if self.col else "")


NOPOS = Pos("<unknown>", 0, 0)


@dataclass(slots=True)
class Error:
    pos: Pos
    msg: str

    def __str__(self) -> str:
        return f"{self.pos}: {self.msg}"


class CompileError(Exception):
    """Raised when a phase stops with one or more errors."""

    def __init__(self, errors: list[Error], reported: list[Error] | None = None):
        super().__init__("\n".join(str(e) for e in errors))
        self.errors = errors  # sorted by position, as they are printed
        self.reported = errors if reported is None else reported  # in the order they were found


# go build stops listing errors after ten of them (unless -gcflags=-e).
MAX_ERRORS = 10


def limit_errors(e: CompileError, all_errors: bool = False) -> list[Error]:
    """The errors a compile shows, as Go's compiler shows them: it stops at
    the tenth error found (base.ErrorfAt), prints those ten sorted, then
    "too many errors" at the tenth's position; with -e, every error."""
    if all_errors or len(e.errors) <= MAX_ERRORS:
        return e.errors
    first = e.reported[:MAX_ERRORS]
    return sorted(first, key=by_position) + [Error(first[-1].pos, "too many errors")]


def by_position(x) -> tuple:
    """The sort key of what has a position (an error, a declared object):
    by file, line and column, as Go prints errors."""
    return (x.pos.file, x.pos.line, x.pos.col)


@dataclass
class ErrorList:
    """Collects errors as Go 1.19's compiler does: every distinct error of
    a line is kept (cmd/compile's base.ErrorfAt drops an error equal to the
    previous one on its line; the sort drops exact duplicates). Follow-on
    errors about operands already invalid are dropped as types2 drops
    them: a message mentioning "invalid operand" or "invalid type" (not
    at its start) once an error has been reported."""

    errors: list[Error] = field(default_factory=list)

    def add(self, pos: Pos, msg: str) -> None:
        if self.errors and (msg.find("invalid operand") > 0 or msg.find("invalid type") > 0):
            return
        if self.errors and self.errors[-1].pos.file == pos.file and self.errors[-1].pos.line == pos.line \
                and self.errors[-1].msg == msg:
            return
        self.errors.append(Error(pos, msg))

    def check(self) -> None:
        """Raise CompileError if any error was recorded."""
        if self.errors:
            unique = list({(e.pos, e.msg): e for e in self.errors}.values())
            raise CompileError(sorted(unique, key=by_position), unique)
