"""Regenerate the golden files of tests/run/ programs with real Go 1.19.

Usage: python tests/run/golden.py [FILE.go ...]   (default: every program)
Writes NAME.out, and NAME.rc / NAME.err1 when the program exits non-zero or
writes to stderr, and NAME.trace when it prints a goroutine traceback.
Needs `go` on PATH.
"""

from __future__ import annotations

import os
import re
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
    stderr = run.stderr.decode()
    for suffix, present, text in ((".rc", run.returncode != 0, f"{run.returncode}\n"),
                                  (".err1", bool(run.stderr), stderr.split("\n", 1)[0] + "\n"),
                                  (".trace", "\ngoroutine " in stderr, trace(stderr, src))):
        path = src.with_suffix(suffix)
        if present:
            path.write_text(text)
        elif path.exists():
            path.unlink()


def trace(stderr: str, src: Path) -> str:
    """The goroutine tracebacks in stderr, as tests compare them: the
    goroutines' numbers left out, each function's arguments shown as
    "(...)" (they are words of memory that differ between toolchains), the
    "+0x" offsets dropped, and file:line kept for the program's own file
    only (the runtime's files and lines are each toolchain's own)."""
    lines = stderr.splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith("goroutine ")), len(lines))
    out = []
    for line in lines[start:]:
        if not line:
            out.append("")  # between goroutines
        elif line.startswith("goroutine "):
            out.append(re.sub(r"^goroutine \d+", "goroutine", line))
        elif line.startswith("\t"):
            file, _, num = line[1:].split(" +0x")[0].rpartition(":")
            out.append(f"\t{src.name}:{num}" if Path(file).name == src.name else "\t?")
        elif not line.startswith("exit status"):
            out.append(without_arguments(line))
    return "".join(line + "\n" for line in out).rstrip("\n") + "\n" if out else ""


def without_arguments(frame: str) -> str:
    """main.(*T).M(0x1, {0x2, 0x3}) -> main.(*T).M(...); created by lines stay."""
    if not frame.endswith(")"):
        return frame
    depth = 0
    for i in range(len(frame) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(frame[i], 0)
        if depth == 0:
            return frame[:i] + "(...)"
    return frame


def main() -> None:
    if shutil.which("go") is None:
        sys.exit("golden.py needs real Go on PATH (apt-get install golang-go)")
    files = [Path(a) for a in sys.argv[1:]] or sorted(HERE.rglob("*.go"))
    for src in files:
        golden(src)
        print("wrote", src.with_suffix(".out"))


if __name__ == "__main__":
    main()
