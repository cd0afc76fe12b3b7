"""This module implements the two toolchains the suite compares: gominic
and the real go command, each able to say how it builds a program.

Each toolchain keeps its build cache where the suite says (GOMINICCACHE,
GOCACHE), never in the user's own cache: the figures then do not depend on
what the user built before, and the suite leaves the user's caches alone.

The go command builds a single file with GO111MODULE=off (GOPATH mode, no
go.mod needed) and a directory holding go.mod in module mode.  GOFLAGS is
emptied so that a user's settings (say -trimpath) do not change Go's work.
"""

from __future__ import annotations

import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

from bench.measure import Command

ROOT = Path(__file__).resolve().parent.parent  # the gominic checkout


@dataclass
class Toolchain:
    """How to run one toolchain's build command."""

    name: str  # "gominic" or "go"
    build_argv: list[str]  # the command up to "build"
    cache_var: str  # the variable naming its build cache
    env: dict[str, str] = field(default_factory=dict)  # set for every build

    def build(self, target: Path, out: Path, cache: Path, *, force: bool = False,
              before=lambda: None) -> Command:
        """The command building target (a directory with go.mod, or one .go
        file) into the executable out, with cache as the build cache; force
        (-a) rebuilds every package, the standard library included."""
        env = {**self.env, self.cache_var: str(cache)}
        if self.name == "go":
            env["GO111MODULE"] = "off" if target.suffix == ".go" else "on"
        cwd, arg = (target.parent, target.name) if target.suffix == ".go" else (target, ".")
        argv = [*self.build_argv, *(["-a"] if force else []), "-o", str(out), arg]
        return Command(argv, cwd=cwd, env=env, before=before)


def gominic_executable() -> str:
    """The gominic command of the venv running this suite."""
    beside = Path(sys.executable).parent / "gominic"
    return str(beside if beside.exists() else ROOT / ".venv" / "bin" / "gominic")


def gominic(pycache: Path, root: Path | None = None) -> Toolchain:
    """gominic, reading runtime/ and stdlib/ from root (GOMINICROOT) if given.

    An installed gominic has its modules compiled to bytecode (.pyc files),
    as pip does on install; a process run with PYTHONDONTWRITEBYTECODE set
    would compile every module it imports afresh on each run, some 100 ms
    that no user pays.  So bytecode is allowed, and kept under pycache
    (PYTHONPYCACHEPREFIX) rather than in the checkout.
    """
    env = {"PYTHONDONTWRITEBYTECODE": "", "PYTHONPYCACHEPREFIX": str(pycache)}
    if root:
        env["GOMINICROOT"] = str(root)
    return Toolchain("gominic", [gominic_executable(), "build"], "GOMINICCACHE", env)


def go() -> Toolchain | None:
    """The real go command, or None when it is not installed."""
    exe = shutil.which("go")
    if exe is None:
        return None
    return Toolchain("go", [exe, "build"], "GOCACHE", {"GOFLAGS": ""})


def go_version() -> str:
    """`go version`'s text, or "" without go."""
    import subprocess

    exe = shutil.which("go")
    return subprocess.run([exe, "version"], capture_output=True, text=True).stdout.strip() if exe else ""
