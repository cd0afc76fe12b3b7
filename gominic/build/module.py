"""This module implements the main module: the go.mod file that encloses the
packages being built and the module path it declares.

As in Go's module mode (``cmd/go/internal/modload``), the main module is
found by walking up from the current directory to the first directory that
holds a go.mod file. Only the ``module`` directive matters to gominic: it
maps import paths that start with the module path to directories under the
module root. ``require`` and the rest are read by nobody, since gominic
builds one module with the standard library and nothing else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from gominic.build.errors import BuildError

NO_GO_MOD = (
    "go: go.mod file not found in current directory or any parent directory; "
    "see 'go help modules'"
)

# module example.com/hello      or      module "example.com/hello"
_MODULE_DIRECTIVE = re.compile(r'^\s*module\s+"?([^"\s]+)"?\s*(?://.*)?$', re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Module:
    path: str  # the module path, e.g. "example" or "example.com/hello"
    dir: Path  # the directory holding go.mod

    def dir_of(self, import_path: str) -> Path | None:
        """The directory of a package of this module, or None if the import
        path is outside the module: dir_of("example/greeter") is
        <dir>/greeter for module "example"."""
        if import_path == self.path:
            return self.dir
        if import_path.startswith(self.path + "/"):
            return self.dir / import_path[len(self.path) + 1 :]
        return None

    def import_path_of(self, dir: Path) -> str | None:
        """The import path of a directory inside the module, or None if the
        directory is outside it."""
        try:
            rel = dir.resolve().relative_to(self.dir)
        except ValueError:
            return None
        return self.path if rel == Path(".") else f"{self.path}/{rel.as_posix()}"


def find_module(start: Path) -> Module | None:
    """The module whose go.mod is in start or its nearest parent holding one."""
    start = start.resolve()
    for dir in (start, *start.parents):
        gomod = dir / "go.mod"
        if gomod.is_file():
            return Module(read_module_path(gomod), dir)
    return None


def read_module_path(gomod: Path) -> str:
    """The path declared by a go.mod file's module directive."""
    m = _MODULE_DIRECTIVE.search(gomod.read_text(errors="replace"))
    if m is None:
        raise BuildError(
            f"go: error reading {gomod}: missing module declaration. "
            "To specify the module path:\n\tgo mod edit -module=example.com/mod"
        )
    return m.group(1)
