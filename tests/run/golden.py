"""Regenerate the golden files of tests/run/ programs with real Go 1.19.

Usage: python tests/run/golden.py [FILE.go ...]   (default: every program)
Writes NAME.out, and NAME.rc / NAME.err1 when the program exits non-zero or
writes to stderr. Needs `go` on PATH.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).parent


def golden(src: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        exe = Path(tmp) / "prog"
        env = {**os.environ, "GO111MODULE": "off"}
        subprocess.run(["go", "build", "-o", str(exe), str(src)], check=True, env=env)
        stdin = src.with_suffix(".in")
        run = subprocess.run([str(exe)], cwd=tmp, capture_output=True,
                             input=stdin.read_bytes() if stdin.exists() else b"")
    src.with_suffix(".out").write_bytes(run.stdout)
    for suffix, present, text in ((".rc", run.returncode != 0, f"{run.returncode}\n"),
                                  (".err1", bool(run.stderr), run.stderr.decode().split("\n", 1)[0] + "\n")):
        path = src.with_suffix(suffix)
        if present:
            path.write_text(text)
        elif path.exists():
            path.unlink()


def main() -> None:
    if shutil.which("go") is None:
        sys.exit("golden.py needs real Go on PATH (apt-get install golang-go)")
    files = [Path(a) for a in sys.argv[1:]] or sorted(HERE.rglob("*.go"))
    for src in files:
        golden(src)
        print("wrote", src.with_suffix(".out"))


if __name__ == "__main__":
    main()
