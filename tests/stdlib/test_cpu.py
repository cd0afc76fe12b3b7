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

CRYPTO = Path(__file__).resolve().parents[1] / "run" / "crypto"


@pytest.fixture(scope="module", params=["hashes", "aes_modes"])
def program(request, tmp_path_factory) -> tuple[Path, str]:
    """A crypto program built, and the output Go printed for it."""
    src = CRYPTO / f"{request.param}.go"
    out = tmp_path_factory.mktemp("cpu") / request.param
    gominic = Path(sys.executable).parent / "gominic"
    r = subprocess.run([str(gominic), "build", "-o", str(out), str(src)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    return out, src.with_suffix(".out").read_text()


@pytest.mark.parametrize("godebug", ["", "cpu.sha=off", "gctrace=0,cpu.all=off", "cpu.sse41=off,gctrace=0",
                                     "cpu.aes=off", "cpu.pclmulqdq=off"])
def test_output_is_the_same_with_extensions_off(program: tuple[Path, str], godebug: str) -> None:
    binary, want = program
    r = subprocess.run([str(binary)], capture_output=True, text=True, timeout=60,
                       env={**os.environ, "GODEBUG": godebug})
    assert r.returncode == 0, r.stderr
    assert r.stdout == want
