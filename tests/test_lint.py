"""The Python code stays free of what pyflakes finds: unused imports and
variables, undefined names, placeholder-less f-strings."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def test_pyflakes_finds_nothing() -> None:
    pytest.importorskip("pyflakes")
    r = subprocess.run([sys.executable, "-m", "pyflakes", "gominic", "bench", "tests", "tools"],
                       cwd=REPO, capture_output=True, text=True)
    assert r.stdout == "", r.stdout
