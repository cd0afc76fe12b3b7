"""This module implements ``make stdtest``: Go 1.19's own tests of a
standard library package, run with ``gominic test`` against gominic's
version of the package.

For each package it makes a scratch copy of gominic's runtime and standard
library (in a temporary directory, never in the repository), copies
$(go env GOROOT)/src/<pkg>/*_test.go beside our package's files, with
the testdata/ folders of the package and of the folders above it (Go's
tests read ../testdata), and Go's lib/time/zoneinfo.zip, which the tests
of time read, and runs ``gominic test -short -json`` there (GOMINICROOT pointing
at the copy), as Go's all.bash runs them. The packages are every one of
our standard library that Go has tests for, but the few EXCLUDED (whose
tests need what gominic does not ship). Go's files are never committed:
they are read from GOROOT at each run, and the run skips cleanly when
there is no GOROOT.

A test file that does not compile is set aside (its test functions count
as not built, with the compiler's first error as the reason) and the rest
is built again, one file at a time. A test that crashes the binary (a
panic ends every test) counts as failed, and the tests not yet run are
run again without it.
A few of Go's tests inspect Go's own source tree or the private
structures of Go's implementation rather than what the package does
(GO_INTERNALS): they are run or built like the others, but when they fail
they count in a column of their own, with why, never as passed.
The result is a table: per package, the test functions passed, failed,
skipped, not built and set apart as Go's internals, then the reasons.
"""

from __future__ import annotations

import functools
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from gominic.work.testmain import is_test_name, top_level_funcs

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tools"))
import tzdata  # noqa: E402
# Every package of our standard library that Go has tests for is run
# (see shipped_packages), but these, whose tests cannot build for want of
# what gominic will not ship.
EXCLUDED = {
    "reflect": "Go's tests read reflect's internals (export_test.go: FuncLayout, GC bitmaps, map buckets, "
               "ABI registers) and import internal/abi and internal/goarch",
    "net": "Go's tests need net/internal/socktest, net's unexported test hooks, DNS and golang.org/x/net",
    "os/exec": "Go's tests re-run the test binary as a helper process (internal/poll, net/http)",
    "os/signal": "Go's tests send signals to child processes and read runtime internals",
    "syscall": "Go's tests exec helper processes and read runtime internals",
    "testing": "Go's tests of package testing re-run the test binary and use its unexported hooks",
}
# Go's tests (or test files) that check Go's source tree or its
# implementation's private structures, per package, with why: ours cannot
# pass them without copying Go's layout or Go's code.
OS_FOLDER = "lists the package's folder and wants Go's file names there (os_test.go, dir_unix.go, stat_darwin.go...)"
GO_INTERNALS = {
    "os": {"TestFileReadDir": OS_FOLDER, "TestFileReaddir": OS_FOLDER, "TestFileReaddirnames": OS_FOLDER,
           "readfrom_linux_test.go": "hooks Go's internal/poll.CopyFileRange (*poll.FD) to see File.ReadFrom call it"},
    "runtime/debug": {"TestStack": "wants the frames' files under $GOROOT/src/ and testing's in testing/testing.go "
                                   "(our sources are in $GOMINICROOT/stdlib/, testing's runner in run.go)"},
    "encoding/gob": {
        "codec_test.go": "drives Go's encoder and decoder engines directly (newEncoderState, newDecodeState, "
                         "encBuffer.Bytes); ours encodes the same stream another way",
        "type_test.go": "reads Go's type registry (getBaseType, the gobType interface, typeId.gobType, "
                        "nameToConcreteType as a sync.Map); ours keeps types another way",
    },
}
MAX_ROUNDS = 30
RUN_TIMEOUT = 900  # seconds, the test binary's build included (slow on a loaded machine)
ERROR_LINE = re.compile(r"([\w./-]+_test\.go):\d+:\d+: (.*)")


@dataclass
class Result:
    package: str
    passed: set[str] = field(default_factory=set)
    failed: dict[str, str] = field(default_factory=dict)  # test -> why
    skipped: set[str] = field(default_factory=set)
    not_built: dict[str, str] = field(default_factory=dict)  # test -> reason
    internals: dict[str, str] = field(default_factory=dict)  # test of Go's internals -> why set apart
    note: str = ""  # why the whole package did not run

    def fail(self, test: str, why: str) -> None:
        """A failed test, set apart when it is one of Go's internals."""
        internal = GO_INTERNALS.get(self.package, {})
        if test in internal:
            self.internals[test] = internal[test]
        else:
            self.failed[test] = why

    def not_build(self, file: str, tests: list[str], message: str) -> None:
        """The tests of a file that does not build, set apart when the file
        is one of Go's internals."""
        internal = GO_INTERNALS.get(self.package, {})
        for test in tests:
            if file in internal:
                self.internals.setdefault(test, f"{file}: {internal[file]}")
            else:
                self.not_built.setdefault(test, f"{file}: {message}")

    def outcomes(self) -> set[str]:
        """The tests that have an outcome (not built ones apart)."""
        return self.passed | set(self.failed) | self.skipped | set(self.internals)


@functools.cache
def goroot() -> Path | None:
    root = os.environ.get("GOROOT")
    if not root and shutil.which("go"):
        root = subprocess.run(["go", "env", "GOROOT"], capture_output=True, text=True).stdout.strip()
    return Path(root) if root and (Path(root) / "src").is_dir() else None


def root_src(pkg: str) -> Path:
    """Where Go keeps the sources (and tests) of a standard package."""
    root = goroot()
    return root / "src" / pkg if root else Path("/nonexistent")


def test_functions(path: Path) -> list[str]:
    """The Test, Fuzz and Example functions of a test file (what counts as a test here)."""
    src = path.read_text(errors="replace")
    return [d.name for d in top_level_funcs(src)
            if (is_test_name(d.name, "Test") and d.name != "TestMain") or is_test_name(d.name, "Fuzz")]


# Suffixes of the files of a Go package's source that are code.
CODE_SUFFIXES = {".go", ".s", ".S", ".c", ".h", ".syso"}


def prepare(scratch: Path, root: Path, pkg: str) -> Path | None:
    """The scratch copy of our package with Go's tests beside it."""
    ours = scratch / "stdlib" / pkg
    if not ours.is_dir():
        return None
    src = root / "src" / pkg
    for f in src.glob("*_test.go"):
        shutil.copy(f, ours / f.name)
    # Data files beside the sources (crypto/x509's test-file.crt), which
    # tests open from the package's folder; not code, which ours replaces.
    for f in src.iterdir():
        if f.is_file() and f.suffix not in CODE_SUFFIXES and not (ours / f.name).exists():
            shutil.copy(f, ours / f.name)
    # The package's testdata, and those of the folders above it, which
    # Go's tests reach as ../testdata (compress/testdata, src/testdata).
    for up in [Path(pkg), *Path(pkg).parents]:
        if (root / "src" / up / "testdata").is_dir():
            shutil.copytree(root / "src" / up / "testdata", scratch / "stdlib" / up / "testdata", dirs_exist_ok=True)
    return ours


def copy_zoneinfo(root: Path, scratch: Path) -> None:
    """Go's tests of time read the time zone database of the tree they
    run in ($GOROOT/lib/time/zoneinfo.zip, ../../lib/time from the
    package): the scratch root stands for GOROOT, so it gets Go's. Debian's
    Go leaves the zip out (it reads the system's database): then it is
    made from the system's, as tools/tzdata.py makes time/tzdata's."""
    zip_path = scratch / "lib" / "time" / "zoneinfo.zip"
    zip_path.parent.mkdir(parents=True, exist_ok=True)
    if (root / "lib" / "time" / "zoneinfo.zip").is_file():
        shutil.copy(root / "lib" / "time" / "zoneinfo.zip", zip_path)
    else:
        zip_path.write_bytes(tzdata.zoneinfo_zip())


def run_gominic(scratch: Path, pkg: str, run: str | None) -> tuple[list[dict], str]:
    """Run ``gominic test -json`` on pkg; its events and its standard error.
    A run (build included) past RUN_TIMEOUT is killed, should the test
    binary's own -timeout not end it (a test spinning in the runtime or in
    package sync, whose loops are never preempted); the events up to then
    still count."""
    env = dict(os.environ, GOMINICROOT=str(scratch))
    # -short, as Go's own all.bash runs the standard library's tests.
    argv = [sys.executable, "-c", "from gominic.cli.main import main; main()", "test", "-json", "-count=1",
            "-short", "-timeout=3m", pkg]
    if run:
        argv[8:8] = ["-run", run]
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(argv, stdout=out, stderr=err, env=env, cwd=scratch, text=True,
                                start_new_session=True)
        try:
            proc.wait(timeout=RUN_TIMEOUT)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            err.write(f"killed after {RUN_TIMEOUT} seconds\n")
        out.seek(0)
        err.seek(0)
        lines = out.read().splitlines()
        stderr = err.read()
    events = [json.loads(line) for line in lines if line.startswith("{")]
    return events, stderr + "".join(line + "\n" for line in lines if not line.startswith("{"))


def set_aside_broken_file(dir: Path, stderr: str, result: Result) -> bool:
    """Move the test file of the first error out of the package (one at a
    time: a file's errors may come from another's helpers, set aside
    before); its tests count as not built. Return whether one was moved."""
    for name, message in ERROR_LINE.findall(stderr):
        path = dir / Path(name).name
        if path.is_file():
            result.not_build(path.name, test_functions(path), message)
            path.unlink()
            return True
    return False


def record(events: list[dict], result: Result) -> set[str]:
    """Take the outcome of each top-level test; return the tests that ran
    (a parallel test paused and never continued was only waiting: it is
    not among them, and a crash is not its fault)."""
    started = set()
    for e in events:
        test = e.get("Test", "")
        if not test or "/" in test or test.startswith(("Example", "Benchmark")):
            continue
        action = e["Action"]
        if action in ("run", "cont"):
            started.add(test)
        elif action == "pause":
            started.discard(test)
        elif action == "pass":
            result.passed.add(test)
        elif action == "fail":
            result.fail(test, "failed")
        elif action == "skip":
            result.skipped.add(test)
    return started


def test_package(scratch: Path, root: Path, pkg: str) -> Result:
    result = Result(pkg)
    dir = prepare(scratch, root, pkg)
    if dir is None:
        result.note = "not in gominic's stdlib yet"
        return result
    every = {t for f in dir.glob("*_test.go") for t in test_functions(f)}
    run = None
    for _ in range(MAX_ROUNDS):
        events, stderr = run_gominic(scratch, pkg, run)
        if "[build failed]" in stderr or "[setup failed]" in stderr:
            if set_aside_broken_file(dir, stderr, result):
                continue
            result.note = "not built: " + first_error(stderr)
            break
        started = record(events, result)
        if not started and "killed after" in stderr:
            # Killed while building or before a test began (a loaded
            # machine): say so rather than show a package of no tests.
            result.note = f"killed after {RUN_TIMEOUT} seconds before any test ran"
            break
        crashed = started - result.outcomes()
        for test in crashed:
            result.fail(test, "crashed: " + crash_reason(events, stderr))
        left = every - result.outcomes() - set(result.not_built)
        if not crashed or not left:
            break
        run = "^(" + "|".join(sorted(left)) + ")$"
    return result


def first_error(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line and not line.startswith("#")]
    return lines[0] if lines else "(no message)"


def crash_reason(events: list[dict], stderr: str) -> str:
    for e in events:
        if e.get("Action") == "output" and e.get("Output", "").startswith("panic: "):
            return e["Output"].strip()
    if "killed after" in stderr:
        return f"still running after {RUN_TIMEOUT}s (a spinning test), killed"
    return "the test binary died"


def print_table(results: list[Result]) -> None:
    print(f"{'package':<20} {'passed':>6} {'failed':>6} {'skipped':>7} {'not built':>9} {'Go internals':>12}")
    for r in results:
        print(f"{r.package:<20} {len(r.passed):>6} {len(r.failed):>6} {len(r.skipped):>7} {len(r.not_built):>9}"
              f" {len(r.internals):>12}" + (f"  {r.note}" if r.note else ""))
    print(f"{'total':<20} {sum(len(r.passed) for r in results):>6} {sum(len(r.failed) for r in results):>6} "
          f"{sum(len(r.skipped) for r in results):>7} {sum(len(r.not_built) for r in results):>9} "
          f"{sum(len(r.internals) for r in results):>12}")
    for r in results:
        if r.failed or r.not_built or r.internals:
            print(f"\n{r.package}:")
            for test, why in sorted(r.failed.items()):
                print(f"  FAIL      {test}: {why}")
            print_grouped("NOT BUILT", r.not_built)
            print_grouped("INTERNALS", r.internals)


def print_grouped(label: str, reasons_of: dict[str, str]) -> None:
    """The tests of one reason on one line."""
    reasons: dict[str, list[str]] = {}
    for test, why in reasons_of.items():
        reasons.setdefault(why, []).append(test)
    for why, tests in sorted(reasons.items()):
        print(f"  {label} {len(tests)} tests ({', '.join(sorted(tests)[:4])}{'...' if len(tests) > 4 else ''})"
              f": {why}")


def shipped_packages(source: Path) -> list[str]:
    """Every package of our standard library that Go has tests for, but the
    internal ones and the EXCLUDED."""
    stdlib = source / "stdlib"
    packages = sorted({str(f.parent.relative_to(stdlib)) for f in stdlib.rglob("*.go")})
    return [p for p in packages if "internal" not in p.split("/") and p not in EXCLUDED
            and any(root_src(p).glob("*_test.go"))]


def main(args: list[str]) -> int:
    source = REPO
    if args[:1] == ["--root"]:
        # Another checkout's runtime and standard library (say, a branch
        # about to be merged), with this one's testing packages.
        source, args = Path(args[1]), args[2:]
    packages = args or shipped_packages(source)
    root = goroot()
    if root is None:
        print("stdtest: no GOROOT with sources (is Go installed?): skipped")
        return 0
    results = []
    with tempfile.TemporaryDirectory(prefix="gominic-stdtest-") as tmp:
        scratch = Path(tmp)
        for part in ("runtime", "stdlib"):
            shutil.copytree(source / part, scratch / part)
        for part in ("stdlib/testing", "stdlib/internal/testenv", "stdlib/internal/race", "stdlib/crypto/internal/boring"):
            shutil.copytree(REPO / part, scratch / part, dirs_exist_ok=True)
        copy_zoneinfo(root, scratch)
        for pkg in packages:
            print(f"stdtest: {pkg} ...", file=sys.stderr, end="", flush=True)
            r = test_package(scratch, root, pkg)
            print(f" {len(r.passed)} passed, {len(r.failed)} failed, {len(r.skipped)} skipped, "
                  f"{len(r.not_built)} not built, {len(r.internals)} Go internals {r.note}",
                  file=sys.stderr, flush=True)
            results.append(r)
    print_table(results)
    excluded = [p for p in EXCLUDED if p not in packages]
    if excluded and not args:
        print("\nnot run:")
        for p in excluded:
            print(f"  {p}: {EXCLUDED[p]}")
    return 0
