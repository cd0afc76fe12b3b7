"""This module implements the running half of ``gominic test`` (see
testcmd.py): for each package, build its test binary (or find its result
in the test cache), run it in the package's directory, and print its
output and summary line as go test does, or as -json's events.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from gominic.cli.base import Command
from gominic.cli.run import exit_message
from gominic.cli.test2json import Converter

from gominic.work.load import Loader

if TYPE_CHECKING:
    from gominic.work import BuildOptions
    from gominic.work.load import Package
    from gominic.work.workdir import Work
    from gominic.cli.testcmd import TestArgs

NO_TESTS_TO_RUN = "testing: warning: no tests to run"


class TestRunner:
    """One ``gominic test`` command: its packages, tested one after the other."""

    def __init__(self, cmd: Command, args: TestArgs, opts: BuildOptions, binary_flags: list[str]):
        from gominic.cli.testcmd import CACHEABLE

        self.cmd = cmd
        self.args = args
        self.opts = opts
        opts.verbose = False  # -v is the tests' verbosity here
        self.binary_flags = binary_flags
        flags = args.flags
        self.local_mode = not args.packages  # "go test" with no package: the current directory
        self.json = flags["json"]
        self.verbose = flags["v"] or flags["json"] or flags["list"] is not None
        self.stream = self.local_mode or flags["bench"] is not None or flags["fuzz"] is not None
        self.cover_mode = flags["covermode"] or (
            "set" if flags["cover"] or flags["coverprofile"] or flags["coverpkg"] else "")
        self.cover_patterns = [p for p in (flags["coverpkg"] or "").split(",") if p]
        self.cover_profile = self.opts.cwd / flags["coverprofile"] if flags["coverprofile"] else None
        self.cacheable = (not self.local_mode and not args.extra_args and self.cover_profile is None
                          and all(name in CACHEABLE for name in args.test_flags))
        self.profile_started = False  # -coverprofile's file has its "mode:" line
        self.status = 0

    def out(self, text: str) -> None:
        sys.stdout.write(text)
        sys.stdout.flush()

    def run(self) -> int:
        from gominic.work.env import gominic_root
        from gominic.work.errors import BuildError
        from gominic.work.workdir import Work

        loader = Loader(gominic_root(), self.opts.cwd, tests=True)
        roots = list({p.import_path: p for p in loader.load_patterns(self.args.packages)}.values())
        for flag in ("c", "o", "fuzz"):
            if self.args.flags[flag] and len(roots) > 1:
                raise BuildError(f"cannot use -{flag} flag with multiple packages")

        def say(line: str) -> None:
            print(line, file=self.opts.stderr)

        work = Work(say, trace=self.opts.trace, dry_run=self.opts.dry_run, keep=self.opts.keep_work)
        try:
            for pkg in roots:
                self.test_package(Loader(gominic_root(), self.opts.cwd, tests=True), pkg, work)
        finally:
            work.close([])
        # go test's last "FAIL" line, except when fuzzing (one package only).
        if (self.status and not self.local_mode and not self.json and not self.args.flags["c"]
                and self.args.flags["fuzz"] is None):
            self.out("FAIL\n")
        return self.status

    def fail(self, status: int) -> None:
        self.status = max(self.status, status)

    def test_package(self, loader: Loader, pkg: Package, work: Work) -> None:
        """Build, run and report the tests of one package."""
        from gominic.work.errors import BuildError, BuildFailed
        from gominic.work.testbuild import TestBuildFailed, build_test_binary, link_test_binary
        from gominic.cli.main import report_failure

        pkg = loader.load_local_dir(pkg.dir) if pkg.module else loader.load_import(pkg.import_path, None)
        if not loader.has_test_files(pkg):
            self.report_no_test_files(loader, pkg)
            return
        try:
            binary = build_test_binary(loader, pkg, self.opts, work, self.cover_mode, self.cover_patterns)
        except (TestBuildFailed, BuildFailed) as e:
            for failure in e.failures:
                report_failure(failure)
            self.out(f"FAIL\t{pkg.import_path} [build failed]\n")
            self.fail(2)
            return
        except BuildError as e:
            print(f"# {pkg.import_path}\n{e}", file=sys.stderr)
            self.out(f"FAIL\t{pkg.import_path} [setup failed]\n")
            self.fail(1)
            return
        key = self.cache_key(binary.key, pkg)
        if key and not self.args.flags["c"] and self.replay_cached(pkg, key):
            return
        exe = self.test_output_path(pkg, work)
        link_test_binary(binary, loader, exe, self.opts, work)
        if self.args.flags["c"] or self.opts.dry_run:
            return
        self.run_binary(pkg, exe, work, key)

    def report_no_test_files(self, loader: Loader, pkg: Package) -> None:
        """A package without test files is compiled (to report its errors), not tested."""
        from gominic.work import build
        from gominic.work.errors import BuildFailed
        from gominic.cli.main import report_failure

        try:
            if not pkg.is_command:
                build([str(pkg.dir) if pkg.module else pkg.import_path], self.opts)
        except BuildFailed as e:
            for failure in e.failures:
                report_failure(failure)
            self.out(f"FAIL\t{pkg.import_path} [build failed]\n")
            self.fail(2)
            return
        line = f"?   \t{pkg.import_path}\t[no test files]\n"
        self.summary(pkg, line)

    def test_output_path(self, pkg: Package, work: Work) -> Path:
        """Where the test binary goes: -o, pkg.test for -c, else $WORK."""
        name = pkg.import_path.rsplit("/", 1)[-1] + ".test"
        output = self.args.flags["o"]
        if output:
            target = self.opts.cwd / output
            return target / name if output.endswith("/") or target.is_dir() else target
        if self.args.flags["c"]:
            return self.opts.cwd / name
        dir = work.action_dir(pkg.import_path + ".test")
        work.mkdir(dir)
        return dir / name

    def run_binary(self, pkg: Package, exe: Path, work: Work, key: str) -> None:
        """Run the test binary in the package's directory and report."""
        flags = self.binary_flags
        profile = exe.with_suffix(".cover") if self.cover_profile else None
        if profile:
            flags = [*flags, f"-test.coverprofile={profile}"]
        work.run(pkg.dir, [exe, *flags])
        converter = Converter(self.out, pkg.import_path) if self.json else None
        show = converter.feed if converter else self.out
        tee = self.verbose and not self.stream
        start = time.monotonic()
        proc = subprocess.Popen([str(exe), *flags], cwd=pkg.dir, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT)
        captured = []
        while chunk := proc.stdout.read1(65536):
            text = chunk.decode("utf-8", "replace")
            if self.stream or tee or self.json:
                show(text)
            if not self.stream:
                captured.append(text)
        status = proc.wait()
        elapsed = time.monotonic() - start
        out = "".join(captured)
        if profile:
            self.merge_profile(profile)
        if status == 0:
            norun = self.coverage(out) + (" [no tests to run]" if NO_TESTS_TO_RUN in out else "")
            self.summary(pkg, f"ok  \t{pkg.import_path}\t{elapsed:.3f}s{norun}\n", converter)
            if key:
                self.save_cached(key, out, norun)
            return
        self.fail(1)
        if not (self.stream or tee or self.json):
            show(out)
        tail = ""
        if not out:
            tail = exit_message(status) + "\n"
        elif not out.endswith("\n"):
            tail = "\n"
        self.summary(pkg, f"{tail}FAIL\t{pkg.import_path}\t{elapsed:.3f}s\n", converter)

    def coverage(self, out: str) -> str:
        """The summary line's coverage, from the binary's report (go test
        shows it there only when the output itself is not shown)."""
        match = re.search(r"^coverage: (.*)$", out, re.M)
        return f"\tcoverage: {match.group(1)}" if match and not self.local_mode else ""

    def merge_profile(self, profile: Path) -> None:
        """Add a package's coverage profile to -coverprofile's file: its
        "mode:" line once, then every package's blocks."""
        if not profile.is_file():
            return
        lines = profile.read_text().splitlines(keepends=True)
        with open(self.cover_profile, "a" if self.profile_started else "w") as f:
            f.writelines(lines[1:] if self.profile_started else lines)
        self.profile_started = True

    def summary(self, pkg: Package, line: str, converter: Converter | None = None) -> None:
        """Print a summary line, through test2json with -json."""
        if self.json:
            converter = converter or Converter(self.out, pkg.import_path)
            converter.feed(line)
            converter.close()
        else:
            self.out(line)

    # -- the test cache -----------------------------------------------------

    def cache_key(self, binary_key: str, pkg: Package) -> str:
        """The key of a run's result: the binary, its arguments and the
        package's testdata; "" when the run may not be cached."""
        if not self.cacheable or self.opts.force:
            return ""
        from gominic.work.cache import add_fields

        h = hashlib.sha256()
        add_fields(h, "binary", binary_key, *self.binary_flags)
        testdata = pkg.dir / "testdata"
        if testdata.is_dir():
            for path in sorted(testdata.rglob("*")):
                if path.is_file():
                    add_fields(h, str(path.relative_to(pkg.dir)), path.read_bytes())
        return h.hexdigest()

    def cache_file(self, key: str) -> Path:
        from gominic.work.env import cache_dir

        return cache_dir() / "testcache" / key[:2] / key

    def replay_cached(self, pkg: Package, key: str) -> bool:
        """Print a cached result, if there is one."""
        file = self.cache_file(key)
        if not file.is_file():
            return False
        norun, _, out = file.read_text().partition("\n")
        converter = Converter(self.out, pkg.import_path) if self.json else None
        if self.verbose:
            (converter.feed if converter else self.out)(out)
        self.summary(pkg, f"ok  \t{pkg.import_path}\t(cached){norun}\n", converter)
        return True

    def save_cached(self, key: str, out: str, norun: str) -> None:
        file = self.cache_file(key)
        file.parent.mkdir(parents=True, exist_ok=True)
        tmp = file.with_suffix(f".tmp{os.getpid()}")
        tmp.write_text(f"{norun}\n{out}")
        os.replace(tmp, file)
