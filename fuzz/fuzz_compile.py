"""This module implements the compiler fuzzer: ``make fuzz``.

It takes the Go programs of the conformance suite and of tests/run as
seeds, mutates them (bytes, tokens, truncation, deep nesting) and builds
each mutant with ``gominic build``, run in-process by worker processes that
each take one mutant at a time. A build must end in one of three ways:

    exit 0   accepted (and linked)
    exit 2   rejected, every line ``file:line:col: message`` under ``# pkg``
    exit 1   a load error, in Go's words (one line, no "internal" in it)

Anything else is a failure: an internal compiler or linker error, a Python
traceback, another exit status, or a build that takes longer than the
timeout (the worker is then killed and replaced). Failing mutants are kept
in the output folder for study; they are never committed. With Go
installed, a sample of the mutants is also built with ``go build`` and the
two verdicts (accepted or rejected) are compared.

    python fuzz/fuzz_compile.py [-n 10000] [-j 2] [--seed 1] [--out DIR]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import re
import resource
import select
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEED_DIRS = [Path("/work/shared/conformance"), REPO / "tests" / "run"]
GO_MOD = "module p\n\ngo 1.19\n"
TIMEOUT = 10.0
MEMORY_LIMIT = 3 << 30  # per worker: a runaway allocation is a failure, not a dead machine
# A compile error, or the one link error Go reports for an ordinary program.
# file:line:col, or what a //line directive makes of it: any file name
# (even none, "//line :30") and no column if the directive gave none.
DIAGNOSTIC = re.compile(r"[^\s:]*:\d+(:\d+)?: \S|runtime.main_main·f: function main is undeclared")
TOKEN = re.compile(r'\w+|"(?:\\.|[^"\\\n])*"|`[^`]*`|\'(?:\\.|[^\'\\\n])*\'|//[^\n]*|/\*.*?\*/|\S', re.S)
WORDS = ("func", "var", "const", "type", "struct", "interface", "map", "chan", "go", "defer", "return",
         "if", "else", "for", "range", "switch", "case", "default", "select", "break", "continue",
         "fallthrough", "goto", "package", "import", "nil", "true", "iota", "len", "cap", "make", "new",
         "append", "copy", "panic", "print", "println", "int", "string", "byte", "any", "_", "x", "main",
         "{", "}", "(", ")", "[", "]", ";", ",", ".", "...", ":", ":=", "=", "+", "-", "*", "/", "%",
         "&", "|", "^", "<<", ">>", "&^", "&&", "||", "!", "<-", "==", "!=", "<", ">", "~", "++",
         '"s"', "`r`", "'c'", "0", "1", "1 << 62", "0x8000000000000000", "1e309", "3.5", "2i",
         "//go:noinline", "\n", "\ufeff", "\x00", "\xff")


# --- mutations -----------------------------------------------------------------

def mutate(src: bytes, rng: random.Random) -> bytes:
    """One to three mutations of src."""
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        src = rng.choice(MUTATORS)(src, rng)
    return src


def flip_bytes(src: bytes, rng: random.Random) -> bytes:
    data = bytearray(src)
    for _ in range(rng.randint(1, 4)):
        if data:
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    return bytes(data)


def insert_bytes(src: bytes, rng: random.Random) -> bytes:
    at = rng.randint(0, len(src))
    piece = rng.choice([bytes([rng.randrange(256)]), rng.choice(WORDS).encode()])
    return src[:at] + piece + src[at:]


def delete_bytes(src: bytes, rng: random.Random) -> bytes:
    at = rng.randint(0, len(src))
    return src[:at] + src[at + rng.randint(1, 16):]


def truncate(src: bytes, rng: random.Random) -> bytes:
    return src[:rng.randint(0, len(src))]


def tokens(src: bytes) -> list[str]:
    return TOKEN.findall(src.decode("utf-8", "replace"))


def join(toks: list[str]) -> bytes:
    """Tokens back into source; newlines after ; { } keep lines short."""
    out = []
    for t in toks:
        out.append(t)
        out.append("\n" if t in ("{", "}", ";") or t.startswith("//") else " ")
    return "".join(out).encode("utf-8", "surrogateescape")


def token_edit(src: bytes, rng: random.Random) -> bytes:
    """Delete, duplicate, swap or replace tokens."""
    toks = tokens(src)
    if len(toks) < 2:
        return src
    for _ in range(rng.randint(1, 3)):
        i, j = rng.randrange(len(toks)), rng.randrange(len(toks))
        op = rng.randrange(4)
        if op == 0:
            del toks[i]
        elif op == 1:
            toks.insert(i, toks[j])
        elif op == 2:
            toks[i], toks[j] = toks[j], toks[i]
        else:
            toks[i] = rng.choice(WORDS + tuple(toks))
        if not toks:
            break
    return join(toks)


def nest(src: bytes, rng: random.Random) -> bytes:
    """Wrap a line inside a function in deep nesting: blocks, ifs,
    closures, parentheses, or a long + chain."""
    lines = src.decode("utf-8", "replace").split("\n")
    inner = [i for i, line in enumerate(lines) if line.startswith("\t") and line.strip()]
    if not inner:
        return src
    i = rng.choice(inner)
    depth = rng.choice((10, 100, 500, 2000, 2000, 3000))
    line = lines[i]
    kind = rng.randrange(5)
    if kind == 0:
        line = "{" * depth + line + "\n" + "}" * depth
    elif kind == 1:
        line = "if true {\n" * depth + line + "\n" + "}\n" * depth
    elif kind == 2:
        line = "func() {\n" * min(depth, 300) + line + "\n" + "}()\n" * min(depth, 300)
    elif kind == 3:
        line = "_ = " + "(" * depth + "1" + ")" * depth + "\n" + line
    else:
        line = "_ = " + " + ".join(["1"] * depth) + "\n" + line
    lines[i] = line
    return "\n".join(lines).encode("utf-8", "surrogateescape")


MUTATORS = (flip_bytes, insert_bytes, delete_bytes, truncate, token_edit, token_edit, token_edit, nest)


# --- the worker: builds one mutant at a time -------------------------------------

def worker() -> None:
    """Read folder names from stdin, build each with gominic in this
    process, answer one JSON line (exit status, stderr) per folder."""
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    from gominic.cli.main import run_command
    protocol = sys.stdout
    sys.stdout = io.StringIO()
    for line in sys.stdin:
        folder = line.strip()
        os.chdir(folder)
        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            try:
                rc = run_command(["build", "-o", "prog", "."])
            except BaseException as e:  # noqa: BLE001 - what escapes is a finding
                rc = f"escaped: {type(e).__name__}: {e}"
        sys.stdout = io.StringIO()
        protocol.write(json.dumps({"rc": rc, "stderr": err.getvalue()}) + "\n")
        protocol.flush()


class Worker:
    """A worker process, replaced when it hangs or dies."""

    def __init__(self):
        self.proc = subprocess.Popen([sys.executable, __file__, "--worker"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, cwd=REPO)

    def send(self, folder: Path) -> None:
        self.started = time.monotonic()
        self.proc.stdin.write(f"{folder}\n")
        self.proc.stdin.flush()

    def stop(self) -> None:
        self.proc.kill()
        self.proc.wait()


# --- judging -------------------------------------------------------------------

def well_formed(lines: list[str]) -> bool:
    """Every line a diagnostic, its tab-indented continuation, or a line of
    a raw string literal a message quotes (`unexpected literal `...``
    spans as many lines as the literal, as Go prints it)."""
    in_raw = False
    for line in lines:
        if not (in_raw or DIAGNOSTIC.match(line) or line.startswith("\t") or line == "too many errors"):
            return False
        in_raw ^= line.replace("'`'", "").count("`") % 2 == 1  # a quoted character '`' opens nothing
    # A raw literal left open ran to the end of the file, which Go reports.
    return not in_raw or any(line.endswith(": string not terminated") for line in lines)


def verdict(rc, stderr: str) -> str:
    """accepted, rejected, load-error, or a failure's description."""
    if "internal compiler error" in stderr or "internal linker error" in stderr or "Traceback" in stderr:
        return "internal error"
    if rc == 0:
        return "accepted"
    if rc == 2:
        lines = stderr.splitlines()
        if lines and lines[0].startswith("# ") and well_formed(lines[1:]):
            return "rejected"
        return "bad diagnostic"
    if rc == 1 and stderr.rstrip("\n").count("\n") == 0 and "internal" not in stderr:  # a \f is no line break
        return "load-error"
    return f"exit {rc}"


def go_verdict(folder: Path) -> str | None:
    """accepted or rejected by go build, None without Go."""
    go = shutil.which("go")
    if go is None:
        return None
    env = {**os.environ, "GOFLAGS": "-mod=mod", "GO111MODULE": "on"}
    try:
        r = subprocess.run([go, "build", "-o", os.devnull, "."], cwd=folder, capture_output=True, env=env,
                           timeout=60)
    except subprocess.TimeoutExpired:
        return None
    return "accepted" if r.returncode == 0 else "rejected"


def seeds() -> list[bytes]:
    files = sorted(f for d in SEED_DIRS if d.is_dir() for f in d.rglob("*.go"))
    return [f.read_bytes() for f in files]


def warm_cache(corpus: list[bytes], scratch: Path) -> None:
    """Compile every package the seeds import, once, before the clock runs:
    then a mutant's build compiles only its own package."""
    imports = set()
    for src in corpus:
        for block in re.findall(rb"import\s*\(([^)]*)\)|import\s+(\"[^\"]+\")", src):
            imports.update(re.findall(rb'"([^"]+)"', b" ".join(block)))
    folder = scratch / "warm"
    folder.mkdir()
    (folder / "go.mod").write_text(GO_MOD)
    names = sorted(i.decode() for i in imports)
    (folder / "prog.go").write_text("package main\n\nimport (\n" + "".join(f'\t_ "{n}"\n' for n in names)
                                    + ")\n\nfunc main() {}\n")
    r = subprocess.run([sys.executable, "-c", "from gominic.cli.main import main; main()", "build", "-o",
                        "prog", "."], cwd=folder, capture_output=True, text=True)
    if r.returncode != 0:  # an import only tests/run's own folders have: build what can be built
        print(f"warm-up: {r.stderr.strip().splitlines()[-1:]}", file=sys.stderr)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=10_000, help="mutants to build")
    ap.add_argument("-j", type=int, default=2, help="worker processes")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default=None, help="where failing mutants are kept")
    ap.add_argument("--go-sample", type=int, default=50, help="check one mutant in N against go build")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        worker()
        return 0
    rng = random.Random(args.seed)
    corpus = seeds()
    out = Path(args.out or tempfile.mkdtemp(prefix="gominic-fuzz-"))
    out.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="gominic-fuzz-work-"))
    warm_cache(corpus, scratch)
    counts: dict[str, int] = {}
    go_checked = go_agree = 0
    disagreements: list[str] = []
    workers = [Worker() for _ in range(args.j)]
    busy: dict[int, tuple[int, Path]] = {}  # worker index -> (mutant number, folder)
    next_mutant = 0
    started = time.monotonic()

    def record(n: int, folder: Path, what: str, detail: str) -> None:
        nonlocal go_checked, go_agree
        counts[what] = counts.get(what, 0) + 1
        if what not in ("accepted", "rejected", "load-error"):
            keep = out / f"{n:05d}-{what.replace(' ', '-')}"
            shutil.copytree(folder, keep, dirs_exist_ok=True)
            (keep / "gominic.txt").write_text(detail)
            print(f"[{n}] {what}: {detail.strip().splitlines()[-1] if detail.strip() else ''}", flush=True)
        elif what != "load-error" and n % args.go_sample == 0 and (go := go_verdict(folder)):
            go_checked += 1
            go_agree += go == what
            if go != what:
                disagreements.append(f"{n}: gominic {what}, go {go}")
                keep = out / f"{n:05d}-go-{go}"
                shutil.copytree(folder, keep, dirs_exist_ok=True)
                (keep / "gominic.txt").write_text(detail)
        shutil.rmtree(folder, ignore_errors=True)

    while next_mutant < args.n or busy:
        for i, w in enumerate(workers):
            if i not in busy and next_mutant < args.n:
                folder = scratch / str(next_mutant)
                folder.mkdir()
                (folder / "go.mod").write_text(GO_MOD)
                (folder / "prog.go").write_bytes(mutate(rng.choice(corpus), rng))
                w.send(folder)
                busy[i] = (next_mutant, folder)
                next_mutant += 1
        ready, _, _ = select.select([workers[i].proc.stdout for i in busy], [], [], 0.5)
        for i in list(busy):
            w = workers[i]
            n, folder = busy[i]
            if w.proc.stdout in ready:
                line = w.proc.stdout.readline()
                if not line:  # the worker died (a crash inside LLVM, the memory limit)
                    record(n, folder, "worker died", f"exit {w.proc.wait()}")
                    workers[i] = Worker()
                else:
                    result = json.loads(line)
                    record(n, folder, verdict(result["rc"], result["stderr"]), result["stderr"] + f"\nrc={result['rc']}")
                del busy[i]
            elif time.monotonic() - w.started > TIMEOUT:
                w.stop()
                workers[i] = Worker()
                record(n, folder, "hang", f"no answer in {TIMEOUT:.0f} s")
                del busy[i]
        done = sum(counts.values())
        if done and done % 500 == 0 and not ready:
            pass
    for w in workers:
        w.stop()
    shutil.rmtree(scratch, ignore_errors=True)
    elapsed = time.monotonic() - started
    failures = {k: v for k, v in counts.items() if k not in ("accepted", "rejected", "load-error")}
    print(f"{args.n} mutants in {elapsed:.0f} s: " + ", ".join(f"{v} {k}" for k, v in sorted(counts.items())))
    if go_checked:
        print(f"go build agreed on {go_agree} of {go_checked} sampled mutants")
        for d in disagreements:
            print(f"  disagreement: {d}")
    print(f"failures: {sum(failures.values())} (kept in {out})")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
