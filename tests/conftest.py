"""Shared fixtures for the whole suite.

- One build cache for the session (GOMINICCACHE), shared by every xdist
  worker, so that the runtime and the standard library compile once per run
  (``warm_cache``, before the first end-to-end test).
- ``gominic``: run the gominic command as a user does, in a subprocess.
- ``build_and_run``: build a program from source text or a directory, run it.
- The ``e2e`` marker: tests that need the whole toolchain (compiler, linker,
  runtime, standard library) are skipped, with the reason, until it exists.
"""

from __future__ import annotations

import fcntl
import importlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def missing_toolchain() -> str | None:
    """Why end-to-end builds cannot run yet, or None if they can."""
    for module, name in (("gominic.compile", "compile_package"), ("gominic.link.main", "link")):
        try:
            if not hasattr(importlib.import_module(module), name):
                return f"{module}.{name} does not exist yet"
        except ImportError as e:
            return f"{module} cannot be imported: {e}"
    for dir in ("runtime", "stdlib/fmt"):
        if not any((REPO / dir).glob("*.go")):
            return f"{dir}/ has no Go files yet"
    return None


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "e2e: needs the whole toolchain: compiler, linker, runtime, stdlib")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    e2e = [item for item in items if "e2e" in item.keywords]
    if e2e and (reason := missing_toolchain()):
        for item in e2e:
            item.add_marker(pytest.mark.skip(reason=reason))
    for item in e2e:
        item.fixturenames.append("warm_cache")


@pytest.fixture(scope="session", autouse=True)
def session_cache(tmp_path_factory: pytest.TempPathFactory):
    """GOMINICCACHE for the session. The parent of the base temp directory is
    the same for all xdist workers of one run, so they share the cache."""
    cache = tmp_path_factory.getbasetemp().parent / "gominic-cache"
    cache.mkdir(exist_ok=True)
    os.environ["GOMINICCACHE"] = str(cache)
    os.environ.pop("GOMINICROOT", None)
    # Builds run in their own process: many tests watch that process (its
    # signals, its pool, its pipes), and those with a cache of their own
    # would each leave a build server behind. tests/server runs the server;
    # GOMINICSERVER=on runs the whole suite through servers.
    os.environ.setdefault("GOMINICSERVER", "off")
    yield cache
    if os.environ["GOMINICSERVER"] != "off":
        subprocess.run([*gominic_command(), "clean"], env=os.environ)


@pytest.fixture(scope="session")
def warm_cache(session_cache: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    """The standard library that most programs import, compiled once before
    the first end-to-end test: the first xdist worker here builds
    samples/hello (its compiles in parallel) while the others wait on the
    lock, rather than all compiling the same packages at the same time; then
    each finds them in the cache."""
    out = tmp_path_factory.mktemp("warm") / "hello"
    with open(session_cache / "warm.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        subprocess.run([*gominic_command(), "build", "-o", str(out), str(REPO / "samples" / "hello")],
                       capture_output=True, timeout=600)


def gominic_command() -> list[str]:
    """The installed gominic script, or the module run by this interpreter."""
    script = Path(sys.executable).parent / "gominic"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from gominic.cli.main import main; main()"]


@pytest.fixture
def gominic(tmp_path: Path):
    """Run ``gominic *args`` in cwd (default: the test's tmp_path)."""

    def run(*args: str, cwd: Path | None = None, input: str | None = None, env: dict | None = None):
        return subprocess.run(
            [*gominic_command(), *args],
            cwd=cwd or tmp_path,
            input=input,
            capture_output=True,
            text=True,
            env={**os.environ, **(env or {})},
            timeout=600,
        )

    return run


@pytest.fixture
def build_and_run(gominic, tmp_path: Path):
    """Build a program (Go source text, or a package directory), then run it
    with args and stdin; return the program's CompletedProcess. A failed
    build fails the test with gominic's output."""

    def run(program: str | Path, *args: str, input: str | None = None):
        if isinstance(program, Path):
            src = tmp_path / "src"
            shutil.copytree(program, src)
            target = "./src"
        else:
            (tmp_path / "prog.go").write_text(program)
            target = "prog.go"
        built = gominic("build", "-o", "prog.exe", target)
        assert built.returncode == 0, built.stderr
        return subprocess.run(
            [str(tmp_path / "prog.exe"), *args], input=input, capture_output=True, text=True, timeout=60
        )

    return run
