"""internal/cpu's switches: GODEBUG=cpu.NAME=off turns an extension off, as
in Go, and the packages then take their plain Go code. crypto/sha1 and
crypto/sha256 hash with the SHA extensions where the processor has them;
with them off, the same program must print the same digests (tests/run/crypto/hashes.out,
recorded from Go)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

HASHES = Path(__file__).resolve().parents[1] / "run" / "crypto" / "hashes.go"


@pytest.fixture(scope="module")
def program(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("cpu")
    gominic = Path(sys.executable).parent / "gominic"
    r = subprocess.run([str(gominic), "build", "-o", str(d / "hashes"), str(HASHES)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    return d / "hashes"


@pytest.mark.parametrize("godebug", ["", "cpu.sha=off", "gctrace=0,cpu.all=off", "cpu.sse41=off,gctrace=0"])
def test_digests_are_the_same_with_extensions_off(program: Path, godebug: str) -> None:
    r = subprocess.run([str(program)], capture_output=True, text=True, timeout=60,
                       env={**os.environ, "GODEBUG": godebug})
    assert r.returncode == 0, r.stderr
    assert r.stdout == HASHES.with_suffix(".out").read_text()
