"""This module implements a runner for Go's own test tree ($GOROOT/test)
against gominic: the rules of Go's test/run.go, re-told for ``gominic
build``.

Each test file opens with its recipe, a comment up to the first blank line
(after any build-constraint line): ``// run``, ``// errorcheck -0``,
``// rundir``, ... The kinds we run:

    run              build the file, run it; its combined stdout and stderr
                     must equal the .out file beside it (or be empty), exit 0
    build, compile   the file must build
    runoutput        run the file, then build and run what it printed
    errorcheck       building must fail, and the errors must match the
                     file's ``// ERROR "regexp"`` comments line for line:
                     every comment matched by an error on its line
                     (``LINE``, ``LINE+n`` name other lines), no error on
                     a line without one
    rundir, compiledir, errorcheckdir
                     the same over the packages of the folder x.dir beside
                     x.go: its files grouped by package clause, in file
                     order; each package "test/<first file's name>", the
                     last one main (run) or the one that must fail (check)

A test is skipped, with the reason, when its build constraints exclude
linux/amd64 with the gc compiler, when its recipe has compiler flags whose
effect we do not have (-m, -d=..., -live, ...), when it imports a package
our stdlib does not ship, or when Go 1.19's own run.go lists it as failing
with Go 1.19's compiler. Nothing from Go's tree is copied into the repo:
the tests are read from the installed GOROOT and built in a scratch folder.

``tools/gotesttree.known`` lists the tests known to fail, one
``kind path`` a line: the summary says which failures are new (a
regression) and which known ones pass now. ``--write-known`` rewrites it.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from gominic.work.header import BUILD_TAGS, HeaderError, excluded_by_constraint, read_header

REPO = Path(__file__).resolve().parent.parent
KNOWN = Path(__file__).with_name("gotesttree.known")
DIRS = [".", "ken", "chan", "interface", "syntax", "fixedbugs", "typeparam", "typeparam/mdempsky"]
KINDS = {"run", "build", "compile", "runoutput", "errorcheck", "rundir", "compiledir", "errorcheckdir"}
# Recipe flags that change nothing we can observe: optimization and error-limit switches.
# Go's test tree is written for the gc compiler: its tag holds there.
TREE_TAGS = BUILD_TAGS | {"gc"}
HARMLESS_FLAGS = {"-l", "-N", "-e", "-C", "-+"}
BUILD_TIMEOUT = 180
RUN_TIMEOUT = 60


@dataclass
class Test:
    path: str  # relative to $GOROOT/test, as run.go names tests: "fixedbugs/bug123.go"
    kind: str
    flags: list[str] = field(default_factory=list)
    args: list[str] = field(default_factory=list)
    want_error: bool = False
    timeout: int = RUN_TIMEOUT

    @property
    def folder(self) -> str:
        return os.path.dirname(self.path) or "."


@dataclass
class Result:
    test: Test
    status: str  # "pass", "fail", "skip"
    why: str = ""


# --- reading recipes ---------------------------------------------------------

def read_recipe(root: Path, path: str) -> Test | Result:
    """The test a file's opening comment asks for, or why there is none."""
    try:
        src = (root / path).read_text(errors="replace")
    except OSError as e:
        return Result(Test(path, "?"), "fail", f"cannot read the test: {e.strerror}")
    if not src or src[0] == "\n":
        return Result(Test(path, "?"), "skip", "no recipe")
    action, sep, _ = src.partition("\n\n")
    if not sep:
        return Result(Test(path, "?"), "skip", "no recipe")
    first, nl, rest = action.partition("\n")
    if nl and "+build" in first:
        action = rest
    words = action.removeprefix("//").split()
    if not words:
        return Result(Test(path, "?"), "skip", "no recipe")
    kind, args = words[0], words[1:]
    test = Test(path, kind, want_error=kind in ("errorcheck", "errorcheckdir"))
    if kind not in KINDS:
        return Result(test, "skip", f"kind {kind}")
    header = src.partition("\npackage")[0]
    if why := excluded(header):
        return Result(test, "skip", f"build constraint {why}")
    while args and args[0].startswith("-"):
        flag = args.pop(0)
        if flag == "-0":
            test.want_error = False
        elif flag == "-1":
            test.want_error = True
        elif flag == "-t" and args:
            test.timeout = int(args.pop(0))
        elif flag == "-s":
            test.flags.append(flag)
        elif flag not in HARMLESS_FLAGS:
            return Result(test, "skip", f"compiler flag {flag.split('=')[0]}")
    test.args = args
    return test


def excluded(header: str) -> str:
    """The build-constraint line that leaves linux/amd64 with the gc
    compiler out, if any (old ``// +build`` lines as their //go:build
    equivalent: spaces are "or", commas "and")."""
    for line in header.splitlines():
        if m := re.match(r"//go:build (.*)", line):
            expr = m.group(1)
        elif m := re.match(r"// \+build (.*)", line):
            expr = " || ".join("(" + " && ".join(opt.split(",")) + ")" for opt in m.group(1).split())
        else:
            continue
        if excluded_by_constraint(expr, TREE_TAGS):
            return line
    return ""


def go_expected_failures(root: Path) -> set[str]:
    """The tests Go 1.19's run.go itself expects to fail with Go 1.19's
    compiler (its types2Failures and go118Failures sets): they are not ours
    to pass."""
    text = (root / "run.go").read_text()
    names: set[str] = set()
    for var in ("types2Failures", "go118Failures"):
        m = re.search(rf"var {var} = setOf\((.*?)\n\)", text, re.S)
        if m:
            names.update(re.findall(r'"([^"]+)"', m.group(1)))
    return names


# --- imports ------------------------------------------------------------------

IMPORT_RE = re.compile(r'^\s*(?:import\s+)?(?:[\w.]+\s+)?"([^"]+)"', re.M)


def imports_of(src: str) -> set[str]:
    """The import paths of a file (a scan of its import declarations)."""
    head = src.split("\nfunc ", 1)[0].split("\ntype ", 1)[0].split("\nvar ", 1)[0]
    paths = set()
    for block in re.findall(r"^import\s*\((.*?)\)", head, re.S | re.M):
        paths.update(IMPORT_RE.findall(block))
    paths.update(re.findall(r'^import\s+(?:[\w.]+\s+)?"([^"]+)"', head, re.M))
    return paths


def unshipped(paths: set[str], local: set[str]) -> str:
    """The first import that neither our stdlib nor the test itself provides
    (stdlib/go/build holds only go/build/constraint: no package of its own)."""
    for p in sorted(paths):
        name = p.removeprefix("./")
        if p in ("unsafe", "runtime") or name in local or any((REPO / "stdlib" / p).glob("*.go")):
            continue
        return p
    return ""


# --- running ---------------------------------------------------------------------

def gominic(args: list[str], cwd: Path, timeout: int = BUILD_TIMEOUT) -> subprocess.CompletedProcess:
    exe = Path(sys.executable).with_name("gominic")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "gominic.cli.main"]
    return subprocess.run(cmd + args, cwd=cwd, capture_output=True, text=True, timeout=timeout,
                          errors="replace")


def stdlib_importcfg(scratch: Path) -> Path:
    """An importcfg naming the archive of every package we ship, for
    compiling a test file alone (``gominic tool compile``, as run.go runs
    ``go tool compile``): the link's importcfg of a program importing them
    all. A package that does not build is left out, and said."""
    shipped = sorted(str(d.relative_to(REPO / "stdlib")) for d in (REPO / "stdlib").rglob("*")
                     if d.is_dir() and "internal" not in d.parts and any(d.glob("*.go")))
    for _ in range(5):
        (scratch / "all.go").write_text("package main\n\nimport (\n" + "".join(f'\t_ "{p}"\n' for p in shipped)
                                        + ")\n\nfunc main() {}\n")
        p = gominic(["build", "-o", "all.exe", "all.go"], scratch, timeout=1800)  # a cold stdlib
        broken = set(re.findall(r"^# (\S+)", p.stderr, re.M))
        if p.returncode == 0:
            # Linked again, warm: the importcfg names the cache's archives, not
            # $WORK's (cold again if the sources changed meanwhile).
            p = gominic(["build", "-work", "-o", "all2.exe", "all.go"], scratch, timeout=1800)
            work = Path(re.search(r"WORK=(\S+)", p.stderr).group(1))
            cfg = scratch / "importcfg"
            shutil.copy(work / "b001" / "importcfg.link", cfg)
            shutil.rmtree(work, ignore_errors=True)
            return cfg
        print(f"gotesttree: left out of the importcfg, they do not build: {sorted(broken)}", file=sys.stderr)
        shipped = [p for p in shipped if p not in broken]
    sys.exit("gotesttree: the standard library does not build")


def run_exe(exe: Path, args: list[str], cwd: Path, timeout: int, env: dict[str, str]) -> tuple[int, str]:
    p = subprocess.run([str(exe), *args], cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       timeout=timeout, input=b"", env=env)
    return p.returncode, p.stdout.decode("utf-8", "replace")


def expected_output(root: Path, test: Test) -> str:
    out = (root / test.path).with_suffix(".out")
    return out.read_text(errors="replace") if out.exists() else ""


@dataclass
class Runner:
    root: Path  # $GOROOT/test
    importcfg: Path  # the stdlib's archives, for compiling a file alone

    @property
    def env(self) -> dict[str, str]:
        """The environment a test program runs in: ``go run`` exports the go
        command's settings (cmd/go's MkEnv) to what it runs, among them
        GOROOT (the tree the tests come from), GOOS and GOARCH."""
        return {**os.environ, "GOROOT": str(self.root.parent), "GOOS": "linux", "GOARCH": "amd64"}

    def run(self, test: Test) -> Result:
        with tempfile.TemporaryDirectory(prefix="gotest-") as tmp:
            work = Path(tmp)
            try:
                if test.kind.endswith("dir"):
                    return self.run_dir(test, work)
                return self.run_file(test, work)
            except subprocess.TimeoutExpired as e:
                return Result(test, "fail", f"timed out after {e.timeout}s")

    def compile(self, files: list[str], path: str, work: Path, importcfg: Path, all_errors: bool = False,
                output: str = "a.a") -> subprocess.CompletedProcess:
        """``gominic tool compile`` of files in work, as run.go compiles alone."""
        flags = ["-e"] if all_errors else []
        return gominic(["tool", "compile", *flags, "-p", path, "-importcfg", str(importcfg), "-o", output, *files], work)

    def run_file(self, test: Test, work: Path) -> Result:
        src = self.root / test.path
        if test.kind in ("errorcheck", "compile"):
            shutil.copy(src, work / src.name)
            p = self.compile([src.name], "p", work, self.importcfg, all_errors=test.kind == "errorcheck")
            if test.kind == "errorcheck":
                return check_errors(test, p, [(src, src.name)])
            return Result(test, "pass") if p.returncode == 0 else Result(test, "fail", build_failure(p))
        # run, build, runoutput: as go run would (arguments naming .go files are more files)
        extra = [str(self.root / a) for a in test.args if a.endswith(".go")]
        p = gominic(["build", "-o", str(work / "a.exe"), str(src), *extra], work)
        if p.returncode != 0:
            return Result(test, "fail", build_failure(p))
        if test.kind == "build":
            return Result(test, "pass")
        args = [] if test.kind == "runoutput" else [a for a in test.args if not a.endswith(".go")]
        # run.go runs these in the test tree itself (some open files beside them).
        status, out = run_exe(work / "a.exe", args, self.root, test.timeout, self.env)
        if test.kind == "runoutput":
            if status != 0:
                return Result(test, "fail", f"generator exit status {status}")
            (work / "tmp__.go").write_text(out)
            p = gominic(["build", "-o", "b.exe", "tmp__.go"], work)
            if p.returncode != 0:
                return Result(test, "fail", "generated program: " + build_failure(p))
            status, out = run_exe(work / "b.exe", [], work, test.timeout, self.env)
        return compare_run(test, status, out, expected_output(self.root, test))

    def run_dir(self, test: Test, work: Path) -> Result:
        """Compile the folder's packages in order, each "test/<stem>" (main
        as main), as run.go does; link and run the last for rundir."""
        dir = (self.root / test.path).with_suffix(".dir")
        if not dir.is_dir():
            return Result(test, "skip", "no .dir folder")
        pkgs = dir_packages(dir, "-s" in test.flags)
        stems = {p.stem() for p in pkgs}
        cfg_text = self.importcfg.read_text()
        importcfg = work / "importcfg"
        for i, pkg in enumerate(pkgs):
            for f in pkg.files:
                (work / f).write_bytes(local_imports(dir / f, stems))
            path = "main" if pkg.name == "main" else f"test/{pkg.stem()}"
            importcfg.write_text(cfg_text)
            archive = f"{pkg.stem()}.a"
            p = self.compile(pkg.files, path, work, importcfg, all_errors=test.kind == "errorcheckdir",
                             output=archive)
            if test.kind == "errorcheckdir" and i == len(pkgs) - 1 and test.want_error:
                return check_errors(test, p, [(dir / f, f) for f in pkg.files])
            if p.returncode != 0:
                return Result(test, "fail", build_failure(p))
            cfg_text += f"packagefile {path}={work / archive}\n"
        if test.kind != "rundir":
            return Result(test, "pass")
        p = gominic(["tool", "link", "-importcfg", str(importcfg), "-o", "a.exe", f"{pkgs[-1].stem()}.a"], work)
        if p.returncode != 0:
            return Result(test, "fail", build_failure(p))
        status, out = run_exe(work / "a.exe", test.args, work, test.timeout, self.env)
        return compare_run(test, status, out, expected_output(self.root, test))


def build_failure(p: subprocess.CompletedProcess) -> str:
    text = (p.stderr or p.stdout).strip()
    if "internal" in text or "Traceback" in text:
        return "internal error: " + text.splitlines()[-1][:200] if text else "internal error"
    return "build failed: " + "; ".join(line for line in text.splitlines() if not line.startswith("#"))[:300]


def compare_run(test: Test, status: int, got: str, want: str) -> Result:
    if status != 0:
        return Result(test, "fail", f"exit status {status}: {got[-300:]!r}")
    if got != want:
        return Result(test, "fail", f"output differs: got {got[:200]!r}, want {want[:200]!r}")
    return Result(test, "pass")


@dataclass
class DirPackage:
    name: str  # package clause
    files: list[str]

    def stem(self) -> str:
        return self.files[0].removesuffix(".go")


def local_imports(src: Path, stems: set[str]) -> bytes:
    """The file's source with its imports of the folder's packages, "./a",
    made "test/a" (what run.go's ``-D test`` does to relative imports
    only: "io" stays the standard library's beside a folder's io.go)."""
    data = src.read_bytes()
    try:
        specs = read_header(data).imports
    except HeaderError:
        return data  # the compiler reports it
    lines = data.split(b"\n")
    for spec in reversed(specs):
        local = spec.path.removeprefix("./")
        if spec.path.startswith("./") and local in stems:
            line = lines[spec.line - 1]
            lit = re.match(rb'"[^"]*"|`[^`]*`', line[spec.col - 1 :]).group(0)
            lines[spec.line - 1] = line[: spec.col - 1] + f'"test/{local}"'.encode() + line[spec.col - 1 + len(lit) :]
    return b"\n".join(lines)


def dir_packages(dir: Path, single_file: bool) -> list[DirPackage]:
    """The folder's files grouped by package clause, in file order (run.go's goDirPackages)."""
    pkgs: list[DirPackage] = []
    by_name: dict[str, DirPackage] = {}
    for f in sorted(p.name for p in dir.glob("*.go")):
        m = re.search(r"^package (\w+)", (dir / f).read_text(errors="replace"), re.M)
        name = m.group(1) if m else "?"
        if single_file or name not in by_name:
            by_name[name] = DirPackage(name, [])
            pkgs.append(by_name[name])
        by_name[name].files.append(f)
    return pkgs


# --- errorcheck ------------------------------------------------------------------

@dataclass
class WantedError:
    file: str  # short name
    line: int
    regexp: re.Pattern | None
    text: str


def wanted_errors(src: Path, short: str) -> list[WantedError]:
    """The // ERROR "regexp" comments of a file (run.go's wantedErrors)."""
    wanted = []
    for n, line in enumerate(src.read_text(errors="replace").split("\n"), 1):
        if "////" in line:
            continue
        m = re.search(r"// (?:GC_)?ERROR (.*)", line)
        if not m or "ERRORAUTO" in line:
            continue
        for rx in re.findall(r'"([^"]*)"', m.group(1)):
            rx = re.sub(r"LINE(([+-])([0-9]+))?",
                        lambda m: f"{short}:{n + (int(m.group(1)) if m.group(1) else 0)}", rx)
            try:
                wanted.append(WantedError(short, n, re.compile(go_regexp(rx)), rx))
            except re.error:
                wanted.append(WantedError(short, n, None, rx))
    return wanted


def go_regexp(rx: str) -> str:
    """A Go (RE2) regexp in Python's spelling: the few differences the test
    tree's patterns meet."""
    return rx.replace(r"\pL", r"[^\W\d_]").replace("(?s)", "(?s)")


def compiler_errors(p: subprocess.CompletedProcess) -> list[str]:
    """The error lines of a build, each "short.go:LINE:COL: msg" (run.go's splitOutput)."""
    lines: list[str] = []
    for line in (p.stderr + p.stdout).split("\n"):
        if line.startswith("\t") and lines:
            lines[-1] += "\n" + line
        elif line.startswith("#") or not line.strip():
            continue
        else:
            lines.append(re.sub(r"^(?:\.\./)*(?:[\w.]+/)*([\w.+-]+\.go:)", r"\1", line.removeprefix("./")))
    return lines


def at_line(error: str, prefix: str) -> bool:
    """Whether an error line is at "file.go:LINE" (run.go's matchPrefix:
    "x.go:1" names line 1 only, not line 10)."""
    return error.startswith(prefix) and error[len(prefix):len(prefix) + 1] in (":", "[")


def check_errors(test: Test, p: subprocess.CompletedProcess, files: list[tuple[Path, str]]) -> Result:
    out = compiler_errors(p)
    if any("internal" in line or "Traceback" in line for line in out):
        return Result(test, "fail", "internal error: " + out[-1][:200])
    if test.want_error and p.returncode == 0:
        return Result(test, "fail", "compilation succeeded unexpectedly")
    if not test.want_error and p.returncode != 0:
        return Result(test, "fail", build_failure(p))
    problems = []
    for src, short in files:
        for we in wanted_errors(src, short):
            prefix = f"{we.file}:{we.line}"
            mine = [e for e in out if at_line(e, prefix)]
            out = [e for e in out if not at_line(e, prefix)]
            if not mine:
                problems.append(f"missing error at {prefix}: {we.text}")
                continue
            texts = [e.split(" ", 1)[1] if " " in e else e for e in mine]
            if we.regexp is None or not any(we.regexp.search(t) for t in texts):
                problems.append(f"{prefix}: no match for {we.text!r} in {texts}")
            out += [e for e, t in zip(mine, texts) if we.regexp is None or not we.regexp.search(t)]
    problems += [f"unmatched error: {e}" for e in out]
    if problems:
        return Result(test, "fail", "; ".join(problems)[:400])
    return Result(test, "pass")


# --- the table ------------------------------------------------------------------

def collect(root: Path, only: list[str]) -> tuple[list[Test], list[Result]]:
    go_fails = go_expected_failures(root)
    tests, skipped = [], []
    if only:
        paths = only
    else:
        paths = [str((Path(d) / f.name)) .removeprefix("./") for d in DIRS for f in sorted((root / d).glob("*.go"))]
    for path in paths:
        t = read_recipe(root, path)
        if isinstance(t, Result):
            skipped.append(t)
            continue
        if path in go_fails:
            skipped.append(Result(t, "skip", "fails with Go 1.19 too (run.go)"))
            continue
        sources = [root / path] + [root / a for a in t.args if a.endswith(".go")]
        local: set[str] = set()
        if t.kind.endswith("dir"):
            d = (root / path).with_suffix(".dir")
            sources += sorted(d.glob("*.go"))
            local = {p.stem() for p in dir_packages(d, "-s" in t.flags)} if d.is_dir() else set()
        wanted = set().union(*(imports_of(s.read_text(errors="replace")) for s in sources))
        if missing := unshipped(wanted, local):
            skipped.append(Result(t, "skip", f"imports {missing}"))
            continue
        tests.append(t)
    return tests, skipped


def print_table(results: list[Result]) -> None:
    counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for r in results:
        counts[(r.test.folder, r.test.kind)][r.status] += 1
    print(f"{'folder':22} {'kind':14} {'passed':>7} {'failed':>7} {'skipped':>8} {'pass %':>7}")
    totals: dict[str, Counter] = defaultdict(Counter)
    for (folder, kind), c in sorted(counts.items()):
        ran = c["pass"] + c["fail"]
        pct = f"{100 * c['pass'] / ran:.1f}" if ran else "-"
        print(f"{folder:22} {kind:14} {c['pass']:7} {c['fail']:7} {c['skip']:8} {pct:>7}")
        totals[kind].update(c)
    print()
    for kind, c in sorted(totals.items()):
        ran = c["pass"] + c["fail"]
        pct = f"{100 * c['pass'] / ran:.1f}%" if ran else "-"
        print(f"all {kind:14} passed {c['pass']:5}  failed {c['fail']:5}  skipped {c['skip']:5}  ({pct} of those run)")
    reasons = Counter(re.sub(r"imports .*", "imports a package we do not ship", r.why)
                      for r in results if r.status == "skip")
    print("\nskipped because:")
    for why, n in reasons.most_common():
        print(f"  {n:5}  {why}")


def run_all(pool: ThreadPoolExecutor, runner: Runner, tests: list[Test], verbose: bool) -> list[Result]:
    results = []
    for r in pool.map(runner.run, tests):
        results.append(r)
        if r.status == "fail" and verbose:
            print(f"FAIL {r.test.kind} {r.test.path}: {r.why}", flush=True)
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--goroot", type=Path, help="default: go env GOROOT")
    ap.add_argument("-j", type=int, default=2, help="tests at once (default 2)")
    ap.add_argument("--kind", action="append", help="only tests of this kind (repeatable)")
    ap.add_argument("-v", action="store_true", help="print every failure's reason")
    ap.add_argument("--write-known", action="store_true", help="record the failures in " + KNOWN.name)
    ap.add_argument("tests", nargs="*", help="test paths relative to $GOROOT/test (default: the whole tree)")
    args = ap.parse_args()
    goroot = args.goroot
    if goroot is None:
        try:
            goroot = Path(subprocess.run(["go", "env", "GOROOT"], capture_output=True, text=True).stdout.strip())
        except OSError:
            sys.exit("gotesttree: no go command; pass --goroot")
    root = goroot / "test"
    if not (root / "run.go").is_file():
        sys.exit(f"gotesttree: {root} is not Go's test tree")
    tests, results = collect(root, args.tests)
    if args.kind:
        tests = [t for t in tests if t.kind in args.kind]
        results = [r for r in results if r.test.kind in args.kind]
    start = time.time()
    with tempfile.TemporaryDirectory(prefix="gotesttree-") as scratch:
        runner = Runner(root, stdlib_importcfg(Path(scratch)))
        with ThreadPoolExecutor(args.j) as pool:
            results += run_all(pool, runner, tests, args.v)
    print_table(results)
    failed = {f"{r.test.kind} {r.test.path}" for r in results if r.status == "fail"}
    known = set(KNOWN.read_text().split("\n")) - {""} if KNOWN.exists() else set()
    ran = {f"{r.test.kind} {r.test.path}" for r in results if r.status != "skip"}
    new, fixed = sorted(failed - known), sorted((known & ran) - failed)
    print(f"\n{len(tests)} tests run in {time.time() - start:.0f}s; "
          f"{len(new)} new failures, {len(fixed)} known failures now pass")
    for name in new:
        print(f"  new failure: {name}")
    for name in fixed:
        print(f"  now passes:  {name}")
    if args.write_known:
        KNOWN.write_text("".join(f"{n}\n" for n in sorted(failed | (known - ran))))
    sys.exit(1 if new else 0)


if __name__ == "__main__":
    main()
