"""Go's own test programs on the garbage collector and finalizers.

They are run from Go's installation (GOROOT/test, never copied here) as
Go's test driver runs a `// run` program: it must exit with status 0 and
print exactly NAME.out when Go ships one, else nothing. Skipped when Go's
test tree is not installed.

Not listed, as they need what a conservative stack scan cannot give:
stackobj.go and stackobj3.go (an object dies while a dead stack slot still
holds its address), fixedbugs/issue24491b.go (//go:uintptrescapes).
gcgort.go, fixedbugs/issue27518a.go and issue30977.go pass too, and are
left out only to keep the suite short.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

GOROOT_TEST = Path("/usr/lib/go-1.19/test")
PROGRAMS = ["mallocfin", "tinyfin", "finprofiled", "deferfin", "gc", "gc1", "gc2", "gcstring", "stackobj2"]


@pytest.mark.e2e
@pytest.mark.skipif(not GOROOT_TEST.is_dir(), reason="Go's test tree (GOROOT/test) not installed")
@pytest.mark.parametrize("name", PROGRAMS)
def test_go_program(name: str, gominic, tmp_path: Path) -> None:
    src = GOROOT_TEST / f"{name}.go"
    prog = tmp_path / "prog"
    build = gominic("build", "-o", str(prog), str(src))
    assert build.returncode == 0, build.stderr
    run = subprocess.run([str(prog)], cwd=tmp_path, capture_output=True, timeout=60)
    want = src.with_suffix(".out")
    assert run.returncode == 0, run.stderr.decode(errors="replace")
    assert run.stdout + run.stderr == (want.read_bytes() if want.exists() else b"")
