"""This module implements ``gominic test``: build each package's test
binary, run it, and report as go test does (cmd/go/internal/test).

    gominic test [build flags] [test flags] [packages] [-args test binary arguments]

For each package the summary line is one of

    ok  \texample/pkg\t0.012s          the tests passed ("(cached)": the result
                                      of an identical earlier run)
    FAIL\texample/pkg\t0.010s          a test failed, or the binary crashed
    FAIL\texample/pkg [build failed]  the test binary did not compile (exit 2)
    ?   \texample/cmd\t[no test files]

With no package named ("local directory mode") the test binary's output
is shown as it comes and results are never cached. Naming packages ("package
list mode") shows only the summary line of a passing package, unless -v or
-list ask for more, and replays results from the test cache when the
package, the test binary's arguments and its testdata are unchanged and
every test flag is one go test caches (-count, -bench and -args are not).

Test flags become the test binary's -test.* flags (-v is -test.v=true); a
flag go test does not know is passed on to the binary as it is.

-cover (or -covermode, -coverprofile) builds the package under test with
counters in its files (gominic/work/cover.py), or with -coverpkg the
packages it depends on that the patterns match; the binary reports the
share of statements that ran, which the summary line repeats, and writes
the profile, which go test's -coverprofile file gathers for every package.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from gominic.cli.base import Command, UsageError
from gominic.cli.buildcmd import add_build_flags, build_options
from gominic.cli.flags import FlagError, FlagSet

# Test flags and whether each takes a value; they go to the binary as -test.<name>.
TEST_FLAGS = {
    "bench": True, "benchmem": False, "benchtime": True, "count": True, "cpu": True, "failfast": False,
    "fuzz": True, "fuzzminimizetime": True, "fuzztime": True, "list": True, "parallel": True, "run": True,
    "short": False, "timeout": True, "v": False,
}
# The test flags whose results go test caches.
CACHEABLE = {"benchtime", "cpu", "list", "parallel", "run", "short", "timeout", "failfast", "v"}


def add_test_flags(flags: FlagSet) -> None:
    add_build_flags(flags)
    del flags.flags["v"]  # -v is the tests' verbosity in go test
    for name, has_value in TEST_FLAGS.items():
        if has_value:
            flags.string(name, f"test flag -test.{name}")
        else:
            flags.bool(name, f"test flag -test.{name}")
    flags.bool("cover", "enable coverage analysis")
    flags.string("covermode", "coverage mode: set, count or atomic (default set)")
    flags.string("coverprofile", "write a coverage profile to the file after the tests")
    flags.string("coverpkg", "cover the packages matching these patterns (comma-separated), not the tested one")
    flags.bool("c", "compile the test binary to pkg.test but do not run it")
    flags.bool("json", "convert test output to JSON")
    flags.string("o", "compile the test binary to the named file")
    flags.string("vet", "ignored: gominic does not vet")


@dataclass
class TestArgs:
    """go test's command line, sorted out."""

    flags: FlagSet
    packages: list[str] = field(default_factory=list)
    test_flags: list[str] = field(default_factory=list)  # the flags set, in order
    binary_args: list[str] = field(default_factory=list)  # -test.* flags and passed-on arguments
    extra_args: bool = False  # -args or unknown flags: not cacheable


def parse_test_args(cmd: Command, args: list[str]) -> TestArgs:
    """Sort the arguments: go test's flags (anywhere before -args),
    packages, and what goes to the test binary."""
    flags, _ = cmd.parse_flags([])
    result = TestArgs(flags)
    i = 0
    while i < len(args):
        arg = args[i]
        if arg in ("-args", "--args"):
            result.binary_args += args[i + 1:]
            result.extra_args = True
            break
        if len(arg) < 2 or arg[0] != "-":
            result.packages.append(arg)
            i += 1
            continue
        name = arg.lstrip("-").partition("=")[0].removeprefix("test.")
        if name not in flags.flags:
            result.binary_args.append(arg)
            result.extra_args = True
            i += 1
            continue
        try:
            i = flags.parse_one([*args[:i], "-" + arg.lstrip("-").removeprefix("test."), *args[i + 1:]], i)
        except FlagError as e:
            raise UsageError(cmd, str(e)) from None
        if name in TEST_FLAGS:
            result.test_flags.append(name)
    return result


def format_duration_flag(text: str) -> str:
    """A duration as the binary's flag is given it: go test passes
    time.Duration's String form ("10m" -> "10m0s")."""
    from gominic.cli.durations import parse_duration, format_duration

    return format_duration(parse_duration(text))


def binary_flags(t: TestArgs) -> list[str]:
    """The -test.* flags the binary gets, go test's defaults first."""
    flags = t.flags
    timeout = flags["timeout"] if flags["timeout"] is not None else "10m"
    out = ["-test.paniconexit0"]
    if format_duration_flag(timeout) != "0s":
        out.append(f"-test.timeout={format_duration_flag(timeout)}")
    for name in dict.fromkeys(t.test_flags):
        if name in ("timeout",):
            continue
        value = flags[name]
        out.append(f"-test.{name}={'true' if value is True else 'false' if value is False else value}")
    if flags["json"] and "v" not in t.test_flags:
        out.append("-test.v=true")
    return out + t.binary_args


def run_test(cmd: Command, args: list[str]) -> int:
    from gominic.cli.testrun import TestRunner

    t = parse_test_args(cmd, args)
    if t.flags["c"] and t.flags["json"]:
        raise UsageError(cmd, "cannot use -c flag with -json")
    if t.flags["covermode"] not in (None, "set", "count", "atomic"):
        raise UsageError(cmd, f'invalid value "{t.flags["covermode"]}" for flag -covermode: '
                              'valid modes are "set", "count", or "atomic"')
    return TestRunner(cmd, t, build_options(cmd, t.flags), binary_flags(t)).run()


TEST = Command(
    name="test",
    usage_line="test [build/test flags] [packages] [build/test flags & test binary flags]",
    short="test packages",
    long="""\
Test automates testing the packages named by the import paths. It prints
a summary of the test results in the format:

	ok   archive/tar   0.011s
	FAIL archive/zip   0.022s
	ok   compress/gzip 0.033s
	...

followed by detailed output for each failed package.

Test recompiles each package along with any files with names matching
the file pattern "*_test.go": those of the package itself, and those of
package p_test, compiled together with a generated test main into one
test binary (see 'gominic test -work': $WORK/b001/_testmain.go).

The test flags are go test's: -run, -v, -count, -short, -failfast,
-timeout, -list, -json, -bench, -benchtime, -benchmem, -cpu, -parallel,
-fuzz, -fuzztime, -fuzzminimizetime, -c, -o and -args. Successful results
are cached in package list mode.

-cover reports the share of the package's statements the tests ran;
-covermode=set|count|atomic says how the statements are counted (set:
whether they ran); -coverprofile=file writes what ran, block by block, for
'gominic tool cover -func=file' (or -html=file); -coverpkg=patterns
counts the statements of the packages the patterns match instead.

-fuzz=regexp fuzzes the one fuzz test the expression matches, after the
tests ran: its seed inputs are mutated at random (gominic has no coverage
guidance) until -fuzztime (a duration or "Nx", by default forever) is up
or an input fails. The failing input is minimized (-fuzzminimizetime,
60s by default) and written to testdata/fuzz/FuzzXxx/, as go test does.""",
    run=run_test,
    add_flags=add_test_flags,
)
