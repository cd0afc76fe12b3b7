"""This module implements the errors a build reports, in the go command's
two kinds.

A ``BuildError`` stops the build before anything is compiled: a missing
package, an import cycle, a directory without Go files. ``go build`` prints
its message and exits 1.

An ``ActionError`` is the failure of one step of the build, a package's
compile or the link: ``go build`` prints ``# <import path>`` and then the
step's own output, and exits 2. ``InternalError`` is the same for a bug in
gominic rather than in the program: it carries the Python traceback as text,
so that it survives the trip back from a worker process.
"""

from __future__ import annotations


class BuildError(Exception):
    """The build could not start; the message is printed as it is."""


class ActionError(Exception):
    """A compile or link step failed; ``lines`` is its output."""

    def __init__(self, package: str, lines: list[str]):
        super().__init__(package, lines)
        self.package = package
        self.lines = lines

    def __str__(self) -> str:
        return "\n".join([f"# {self.package}", *self.lines])


class InternalError(ActionError):
    """An unexpected exception inside the compiler or the linker."""

    def __init__(self, package: str, lines: list[str], traceback: str):
        super().__init__(package, lines)
        self.args = (package, lines, traceback)
        self.traceback = traceback


class BuildFailed(Exception):
    """One or more steps failed. Like go build, the packages that did not
    depend on a failed one were still compiled, so every failure is listed."""

    def __init__(self, failures: list[ActionError]):
        super().__init__(failures)
        self.failures = failures

    def __str__(self) -> str:
        return "\n".join(str(f) for f in self.failures)
