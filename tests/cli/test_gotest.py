"""End-to-end tests of gominic test: the modules in testdata/gotest, tested
by gominic as by real go test, whose output is the golden
(testdata/gotest/<case>.golden, recorded by testdata/gotest/record.py).

Durations are masked on both sides, and so are the "file.go:LINE:"
positions of log lines while runtime.Caller has no line tables (gominic
then prints "?:1:"); test_log_lines_name_their_caller checks them exactly
and skips until the line tables land. The benchmark's figures are masked,
and so is the "-2" GOMAXPROCS suffix of its name: gominic's goroutines
share one thread. After a panic, Go's goroutine trace is left out (its
addresses and frames are Go's own).

Each case runs once per session (the runs are memoized), in a copy of the
module, so the test binary is built once and the suite stays fast.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import gominic_command

pytestmark = pytest.mark.e2e

TESTDATA = Path(__file__).parent / "testdata" / "gotest"


def load_cases() -> dict[str, tuple[str, list[str]]]:
    """The cases of record.py: name -> (module, go test arguments)."""
    spec = importlib.util.spec_from_file_location("record", TESTDATA / "record.py")
    record = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(record)
    return record.CASES


CASES = load_cases()


@pytest.fixture(scope="module")
def modules(tmp_path_factory) -> Path:
    """A copy of the test modules, shared by the tests of this file."""
    root = tmp_path_factory.mktemp("gotest")
    for module in ("calc", "more", "fuzzer", "cover"):
        shutil.copytree(TESTDATA / module, root / module)
    return root


@functools.cache
def run_case(root: Path, name: str) -> subprocess.CompletedProcess:
    module, args = CASES[name]
    cwd = root / module
    if "-fuzz" in args:
        # Fuzzing writes the failing input into testdata: a copy of its own.
        cwd = root / name
        shutil.copytree(TESTDATA / module, cwd)
    return run(cwd, *args)


def run(cwd: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*gominic_command(), "test", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=600, env={**os.environ, **(env or {})})


def golden(name: str) -> tuple[int, str, str]:
    """A case's recorded exit status, stdout and stderr. A benchmark's
    header names the processor the golden was recorded on: this machine's
    is expected instead."""
    status, rest = (TESTDATA / f"{name}.golden").read_text().split("\n", 1)
    stdout, stderr = rest.split("-- stderr --\n")
    stdout = re.sub(r"(?m)^cpu: .*$", lambda _: "cpu: " + cpu_model(), stdout)
    return int(status.removeprefix("exit status ")), stdout, stderr


def has_lines(text: str) -> bool:
    """Whether log lines carry real positions (runtime.Caller has line tables)."""
    return "    ?:1: " not in text


@functools.cache
def cpu_model() -> str:
    """This machine's processor, as go test's benchmark header names it
    (the model name in /proc/cpuinfo)."""
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        key, _, value = line.partition(":")
        if key.strip() == "model name":
            return value.strip()
    return ""


def mask(text: str, positions: bool) -> str:
    """Mask what differs from run to run, and, when positions is true,
    the log lines' file:line prefixes."""
    text = re.sub(r"\d+\.\d+s\b", "X.XXs", text)
    text = re.sub(r"^(Benchmark\w+)(-\d+)?( +\t +)\d+\t +[\d.]+ ns/op", r"\1\t N ns/op", text, flags=re.M)
    text = re.sub(r"(?ms)^goroutine \d+ \[running\]:\n.*?(?=^FAIL\t)", "goroutine [running]:\n...\n", text)
    # Fuzzing: gominic runs one worker and, without coverage, finds no input
    # "interesting"; the failing input found first is random.
    text = re.sub(r"now fuzzing with \d+ workers", "now fuzzing with N workers", text)
    text = re.sub(r"minimizing \d+-byte failing input", "minimizing N-byte failing input", text)
    text = re.sub(r"execs: (\d+) \(\d+/sec\), new interesting: \d+ \(total: \d+\)",
                  r"execs: \1 (N/sec), new interesting: N (total: N)", text)
    if positions:
        text = re.sub(r"(?m)^( +)(\?|[\w.-]+\.go):\d+: ", r"\1FILE:LINE: ", text)
    return text


def mask_events(text: str, positions: bool) -> list[dict]:
    """The -json events with times masked, and their output masked as mask does."""
    events = []
    for line in text.splitlines():
        event = json.loads(line)
        event.pop("Time")
        if "Elapsed" in event:
            event["Elapsed"] = "E"
        if "Output" in event:
            event["Output"] = mask(event["Output"], positions)
        events.append(event)
    return events


def check(root: Path, name: str) -> subprocess.CompletedProcess:
    """Run a case and compare it with its golden: exit status, stdout, stderr."""
    r = run_case(root, name)
    status, stdout, stderr = golden(name)
    positions = not has_lines(r.stdout)
    assert r.returncode == status, r.stderr
    if "-json" in CASES[name][1]:
        assert mask_events(r.stdout, positions) == mask_events(stdout, positions)
    else:
        assert mask(r.stdout, positions) == mask(stdout, positions)
    assert mask(r.stderr, positions) == mask(stderr, positions)
    return r


@pytest.mark.parametrize("name", [n for n in CASES if n != "calc_pass"])
def test_output_equals_go_test(modules, name):
    check(modules, name)


def test_the_coverage_profile_is_go_test_s(modules):
    """go test writes each file's blocks in the order of a map's iteration:
    the lines are compared as sets, the "mode:" line first; then gominic
    tool cover -func reports on it as go tool cover does."""
    check(modules, "cover_profile")
    got = (modules / "cover" / "c.out").read_text().splitlines()
    want = (TESTDATA / "cover_profile.profile").read_text().splitlines()
    assert got[0] == want[0] == "mode: set"
    assert sorted(got[1:]) == sorted(want[1:])
    report = subprocess.run([*gominic_command(), "tool", "cover", "-func=c.out"], cwd=modules / "cover",
                            capture_output=True, text=True, timeout=600)
    assert (report.returncode, report.stdout) == (0, (TESTDATA / "cover_profile.func").read_text())
    page = subprocess.run([*gominic_command(), "tool", "cover", "-html=c.out", "-o", "c.html"],
                          cwd=modules / "cover", capture_output=True, text=True, timeout=600)
    html = (modules / "cover" / "c.html").read_text()
    assert page.returncode == 0 and "example/cover/shapes.go (72.1%)</option>" in html
    assert html.count("\" title=\"") == len(want) - 1  # a span per block


def test_log_lines_name_their_caller(modules):
    r = run_case(modules, "calc_v")
    if not has_lines(r.stdout):
        pytest.skip("runtime.Caller has no line tables yet: log lines print ?:1:")
    assert mask(r.stdout, False) == mask(golden("calc_v")[1], False)


def test_results_are_cached(modules, tmp_path):
    calc = tmp_path / "calc"
    shutil.copytree(TESTDATA / "calc", calc)
    first = run(calc, *CASES["calc_pass"][1])
    status, stdout, _ = golden("calc_pass")
    assert (first.returncode, mask(first.stdout, True)) == (status, mask(stdout, True))
    again = run(calc, *CASES["calc_pass"][1])
    assert again.stdout == "ok  \texample/calc\t(cached)\n"
    assert "(cached)" not in run(calc, "-count=1", *CASES["calc_pass"][1]).stdout
    assert "(cached)" not in run(calc, *CASES["calc_pass"][1][:-1]).stdout  # local directory mode
    (calc / "calc.go").write_text((calc / "calc.go").read_text() + "\nfunc unused() {}\n")
    assert "(cached)" not in run(calc, *CASES["calc_pass"][1]).stdout
    assert run(calc, *CASES["calc_pass"][1]).stdout.endswith("(cached)\n")


def test_c_writes_the_test_binary(modules, tmp_path):
    r = run(modules / "calc", "-c", "-o", str(tmp_path / "calc.test"))
    assert (r.returncode, r.stdout) == (0, "")
    ran = subprocess.run([str(tmp_path / "calc.test"), "-test.run", "TestAdd", "-test.v"], cwd=modules / "calc",
                         capture_output=True, text=True, timeout=60)
    assert ran.returncode == 0
    assert "--- PASS: TestAdd" in ran.stdout


def test_work_keeps_the_generated_test_main(modules):
    r = run(modules / "calc", "-work", "-count=1", "-run", "TestAdd", ".")
    work = Path(re.search(r"WORK=(\S+)", r.stderr).group(1))
    try:
        main = (work / "b001" / "_testmain.go").read_text()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    assert '{"TestAdd", _test.TestAdd},' in main
    assert '{"ExampleAdd_unordered", _xtest.ExampleAdd_unordered, "1\\n2\\n3\\n", true},' in main
    assert "_test.TestMain(m)" in main


def test_a_command_is_tested_as_a_library(tmp_path):
    """package main under test: its main.main is not the test binary's."""
    (tmp_path / "go.mod").write_text("module example/prog\n\ngo 1.19\n")
    (tmp_path / "main.go").write_text('package main\n\nimport "fmt"\n\nfunc greet(n string) string { return "hi " + n }'
                                      '\n\nfunc main() { fmt.Println(greet("x")) }\n')
    (tmp_path / "main_test.go").write_text('package main\n\nimport "testing"\n\nfunc TestGreet(t *testing.T) {\n'
                                           '\tif greet("a") != "hi a" {\n\t\tt.Fatal("bad")\n\t}\n}\n')
    r = run(tmp_path, "-v")
    assert r.returncode == 0, r.stderr
    assert mask(r.stdout, True) == "=== RUN   TestGreet\n--- PASS: TestGreet (X.XXs)\nPASS\nok  \texample/prog\tX.XXs\n"


def test_a_test_times_out(tmp_path):
    (tmp_path / "go.mod").write_text("module example/slow\n\ngo 1.19\n")
    (tmp_path / "slow.go").write_text("package slow\n")
    (tmp_path / "slow_test.go").write_text('package slow\n\nimport (\n\t"testing"\n\t"time"\n)\n\n'
                                           'func TestSlow(t *testing.T) {\n\ttime.Sleep(3 * time.Second)\n}\n')
    r = run(tmp_path, "-timeout", "1s", ".")
    assert r.returncode == 1
    assert r.stdout.startswith("panic: test timed out after 1s\n\ngoroutine ")
    assert mask(r.stdout, True).endswith("FAIL\texample/slow\tX.XXs\nFAIL\n")
    # As go test's: every goroutine's stack (the stuck test's, the test
    # main's, "_testmain.go" without $WORK), none of the runtime's own.
    assert f"example/slow.TestSlow(...)\n\t{tmp_path}/slow_test.go:9 " in r.stdout
    assert "\nmain.main()\n\t_testmain.go:" in r.stdout
    assert "[sleep]:" in r.stdout and "timer goroutine" not in r.stdout


def test_temp_dirs_are_removed_after_the_test(tmp_path):
    (tmp_path / "go.mod").write_text("module example/tmp\n\ngo 1.19\n")
    (tmp_path / "tmp.go").write_text("package tmp\n")
    (tmp_path / "tmp_test.go").write_text('''package tmp

import (
	"os"
	"testing"
)

func TestTemp(t *testing.T) {
	t.Setenv("GOMINIC_TEST_VAR", "set")
	a, b := t.TempDir(), t.TempDir()
	if err := os.WriteFile(a+"/f", []byte("x"), 0o666); err != nil {
		t.Fatal(err)
	}
	t.Log(a, b, os.Getenv("GOMINIC_TEST_VAR"))
}
''')
    r = run(tmp_path, "-v", "-run", "TestTemp", env={"TMPDIR": str(tmp_path)})
    assert r.returncode == 0, r.stdout + r.stderr
    a, b, value = re.search(r": (\S+) (\S+) (\S+)\n", r.stdout).groups()
    assert (Path(a).name, Path(b).name, value) == ("001", "002", "set")
    assert Path(a).parent.name.startswith("TestTemp") and Path(a).parent.parent == tmp_path
    assert not Path(a).parent.exists()


def test_fuzzing_writes_the_failing_input_as_go_does(modules):
    """The fuzzer_crash case's input is Go's file under Go's name (its
    SHA-256), and the next run takes it as a seed and fails."""
    check(modules, "fuzzer_crash")
    data = b'go test fuzz v1\n[]byte("0")\n'
    file = modules / "fuzzer_crash" / "testdata" / "fuzz" / "FuzzBytes" / hashlib.sha256(data).hexdigest()
    assert file.read_bytes() == data
    again = run(modules / "fuzzer_crash", "-run", "FuzzBytes", ".")
    assert again.returncode == 1
    assert f"--- FAIL: FuzzBytes/{file.name} (" in again.stdout


def test_fuzzing_encodes_every_kind_of_value_as_go_reads_it(tmp_path):
    """A failing input of int64, uint8, rune, float32 and bool values is
    written so that gominic and, where installed, real go test read it
    back as the same failing seed."""
    fuzzer = tmp_path / "fuzzer"
    shutil.copytree(TESTDATA / "fuzzer", fuzzer)
    r = run(fuzzer, "-run", "XXX", "-fuzz", "FuzzNumbers", "-fuzztime", "1000x")
    assert r.returncode == 1, r.stdout + r.stderr
    [file] = (fuzzer / "testdata" / "fuzz" / "FuzzNumbers").iterdir()
    data = file.read_bytes()
    assert file.name == hashlib.sha256(data).hexdigest()
    assert re.fullmatch(rb"go test fuzz v1\nint64\(-?\d+\)\nbyte\('.*'\)\n(rune\('.*'\)|int32\(-?\d+\))\n"
                        rb"(float32\(.*\)|math.Float32frombits\(0x[0-9a-f]+\))\nbool\((true|false)\)\n", data), data
    again = run(fuzzer, "-run", f"FuzzNumbers/{file.name}")
    assert again.returncode == 1 and f"--- FAIL: FuzzNumbers/{file.name} (" in again.stdout
    if shutil.which("go"):
        go = subprocess.run(["go", "test", "-run", f"FuzzNumbers/{file.name}"], cwd=fuzzer, capture_output=True,
                            text=True, timeout=600, env={**os.environ, "GOFLAGS": "-count=1"})
        assert go.returncode == 1 and f"--- FAIL: FuzzNumbers/{file.name} (" in go.stdout, go.stdout
        assert mask(go.stdout, True).splitlines()[2] == mask(again.stdout, True).splitlines()[2]


def test_fuzzing_reports_a_panicking_input(tmp_path):
    (tmp_path / "go.mod").write_text("module example/pan\n\ngo 1.19\n")
    (tmp_path / "pan_test.go").write_text("""package pan

import "testing"

func FuzzPanic(f *testing.F) {
	f.Add("ok")
	f.Fuzz(func(t *testing.T, s string) {
		if s != "ok" {
			panic("crash on " + s)
		}
	})
}
""")
    r = run(tmp_path, "-fuzz", "FuzzPanic", "-fuzztime", "100x")
    assert r.returncode == 1
    assert 'panic: crash on 0\n' in r.stdout and "Failing input written to testdata/fuzz/FuzzPanic/" in r.stdout


def test_a_package_of_test_files_only_is_tested(tmp_path):
    """As go test does; go build says it has no non-test Go files."""
    (tmp_path / "go.mod").write_text("module example/only\n\ngo 1.19\n")
    for pkg in ("a", "b_test"):
        (tmp_path / pkg[0]).mkdir()
        (tmp_path / pkg[0] / f"{pkg[0]}_test.go").write_text(
            f'package {pkg}\n\nimport "testing"\n\nfunc TestX(t *testing.T) {{}}\n')
    r = run(tmp_path, "./...")
    assert r.returncode == 0, r.stdout + r.stderr
    assert mask(r.stdout, True) == "ok  \texample/only/a\tX.XXs\nok  \texample/only/b\tX.XXs\n"
    built = subprocess.run([*gominic_command(), "build", "./a"], cwd=tmp_path, capture_output=True, text=True)
    assert built.returncode == 1 and "no non-test Go files in " in built.stderr


def test_errors_in_covered_code_give_lines_only(tmp_path):
    """The counters move columns on their lines: go test -cover's errors
    give the line alone (go 1.19.8 on the same module)."""
    (tmp_path / "go.mod").write_text("module ce\n\ngo 1.19\n")
    (tmp_path / "ce.go").write_text('package ce\n\nfunc F(a int) int {\n\tif a > 0 {\n\t\treturn a\n\t}\n\treturn "x"\n}\n')
    (tmp_path / "ce_test.go").write_text('package ce\n\nimport "testing"\n\nfunc TestF(t *testing.T) { F(1) }\n')
    r = run(tmp_path, "-cover", ".")
    assert (r.returncode, r.stdout) == (2, "FAIL\tce [build failed]\nFAIL\n")
    assert r.stderr == ('# ce [ce.test]\n./ce.go:7: cannot use "x" (untyped string constant) as int value '
                        "in return statement\n")
