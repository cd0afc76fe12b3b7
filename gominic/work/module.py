"""This module implements the main module: the go.mod file that encloses the
packages being built and the module path it declares.

As in Go's module mode (``cmd/go/internal/modload``), the main module is
found by walking up from the current directory to the first directory that
holds a go.mod file. The ``module`` directive maps import paths that start
with the module path to directories under the module root. gominic never
downloads modules, so other modules' packages come from the two places Go
also reads without a network: a ``replace`` directive naming a local
directory (``replace example.com/lib => ../lib``) and the module's
``vendor/`` folder. ``require`` and the rest are read by nobody.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from gominic.work.errors import BuildError

NO_GO_MOD = (
    "go: go.mod file not found in current directory or any parent directory; "
    "see 'go help modules'"
)

# module example.com/hello      or      module "example.com/hello"
_MODULE_DIRECTIVE = re.compile(r'^\s*module\s+"?([^"\s]+)"?\s*(?://.*)?$', re.MULTILINE)

# replace example.com/lib [v1.2.3] => ../lib [v1.0.0], alone or in a
# "replace ( ... )" block; group 1 is the module, group 2 the replacement.
_REPLACE_SPEC = r'"?([^"\s]+)"?(?:\s+\S+)?\s*=>\s*"?([^"\s]+)"?'
_REPLACE_LINE = re.compile(r"^\s*replace\s+" + _REPLACE_SPEC, re.MULTILINE)
_REPLACE_BLOCK = re.compile(r"^\s*replace\s*\((.*?)^\s*\)", re.MULTILINE | re.DOTALL)
_BLOCK_SPEC = re.compile(r"^\s*" + _REPLACE_SPEC, re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Module:
    path: str  # the module path, e.g. "example" or "example.com/hello"
    dir: Path  # the directory holding go.mod
    # replace directives to local directories: (module path, directory)
    replaces: tuple[tuple[str, Path], ...] = ()

    def dir_of(self, import_path: str) -> Path | None:
        """The directory of a package of this module, or None if the import
        path is outside the module: dir_of("example/greeter") is
        <dir>/greeter for module "example"."""
        if import_path == self.path:
            return self.dir
        if import_path.startswith(self.path + "/"):
            return self.dir / import_path[len(self.path) + 1 :]
        return None

    def provided_dir(self, import_path: str) -> Path:
        """The directory where another module's package would be that this
        module provides: through a replace directive (the longest module
        path that matches), else in its vendor/ folder."""
        for old, new in sorted(self.replaces, key=lambda r: -len(r[0])):
            if import_path == old or import_path.startswith(old + "/"):
                return new / import_path[len(old):].lstrip("/")
        return self.dir / "vendor" / import_path

    def import_path_of(self, dir: Path) -> str | None:
        """The import path of a directory inside the module, or None if the
        directory is outside it."""
        try:
            rel = dir.resolve().relative_to(self.dir)
        except ValueError:
            return None
        return self.path if rel == Path(".") else f"{self.path}/{rel.as_posix()}"


def find_module(start: Path, look: Callable[[Path], object] = lambda path: None) -> Module | None:
    """The module whose go.mod is in start or its nearest parent holding
    one; look is told each go.mod looked for, before it is read."""
    start = start.resolve()
    for dir in (start, *start.parents):
        gomod = dir / "go.mod"
        look(gomod)
        if gomod.is_file():
            return Module(read_module_path(gomod), dir, read_replaces(gomod))
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


def read_replaces(gomod: Path) -> tuple[tuple[str, Path], ...]:
    """The replace directives of a go.mod file that name a local directory
    (./dir, ../dir or an absolute path), resolved against go.mod's folder;
    a replacement by another module version needs a download, so it is left
    out."""
    text = gomod.read_text(errors="replace")
    specs = _REPLACE_LINE.findall(text)
    for block in _REPLACE_BLOCK.findall(text):
        specs += _BLOCK_SPEC.findall(block)
    return tuple((old, (gomod.parent / new).resolve()) for old, new in specs
                 if new.startswith(("./", "../", "/")) or new in (".", ".."))
