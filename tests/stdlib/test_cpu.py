"""internal/cpu's switches: GODEBUG=cpu.NAME=off turns an extension off, as
in Go, and the packages then take their plain Go code. crypto/sha1 and
crypto/sha256 hash with the SHA extensions where the processor has them,
crypto/aes and GCM use AES-NI and the carry-less multiply, hash/crc32 the
carry-less multiply and SSE 4.2; with them off, the same programs must
print the same output (recorded from Go)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

RUN = Path(__file__).resolve().parents[1] / "run"


@pytest.fixture(scope="module", params=["crypto/hashes", "crypto/aes_modes", "hash/crc_lengths"])
def program(request, tmp_path_factory) -> tuple[Path, str]:
    """A program built, and the output Go printed for it."""
    src = RUN / f"{request.param}.go"
    out = tmp_path_factory.mktemp("cpu") / src.stem
    gominic = Path(sys.executable).parent / "gominic"
    r = subprocess.run([str(gominic), "build", "-o", str(out), str(src)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    return out, src.with_suffix(".out").read_text()


@pytest.mark.parametrize("godebug", ["", "cpu.sha=off", "gctrace=0,cpu.all=off", "cpu.sse41=off,gctrace=0",
                                     "cpu.aes=off", "cpu.pclmulqdq=off", "cpu.sse42=off"])
def test_output_is_the_same_with_extensions_off(program: tuple[Path, str], godebug: str) -> None:
    binary, want = program
    r = subprocess.run([str(binary)], capture_output=True, text=True, timeout=60,
                       env={**os.environ, "GODEBUG": godebug})
    assert r.returncode == 0, r.stderr
    assert r.stdout == want
