"""Record the goldens of tests/cli/test_gotest.py with real go test: copy
the modules here into a temporary directory, run each command of CASES
there, and write <case>.golden: the exit status on the first line, then
standard output and, after a "-- stderr --" line, standard error (and
for a case writing a coverage profile, the profile and its report).

    python3 tests/cli/testdata/gotest/record.py [case ...]

With case names, only those cases are recorded again.
"""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).parent

# name -> (module, go test arguments)
CASES = {
    "calc_list": ("calc", ["./..."]),
    "calc_v": ("calc", ["-count=1", "-v", "."]),
    "calc_local": ("calc", ["-run", "TestAdd|TestDouble|Example"]),
    "calc_json": ("calc", ["-count=1", "-json", "."]),
    "calc_pass": ("calc", ["-run", "TestAdd|TestSkip|ExampleAdd$", "."]),
    "calc_pass_v": ("calc", ["-count=1", "-v", "-run", "TestAdd|TestSkip|TestParallel|ExampleAdd$", "."]),
    "calc_alternatives": ("calc", ["-count=1", "-v", "-run", "TestParallel/b|TestAdd", "."]),
    "calc_failfast": ("calc", ["-count=1", "-failfast", "-run", "TestDouble|TestFatal", "."]),
    "calc_list_flag": ("calc", ["-list", "Test.*e", "."]),
    "calc_bench": ("calc", ["-run", "XXX", "-bench", ".", "-benchtime", "100x", "."]),
    "calc_norun": ("calc", ["-run", "XXX", "."]),
    "more": ("more", ["./..."]),
    "more_json": ("more", ["-json", "./lib", "./none"]),
    "fuzzer_crash": ("fuzzer", ["-run", "XXX", "-fuzz", "FuzzBytes", "-fuzztime", "100x", "."]),
    "fuzzer_pass": ("fuzzer", ["-fuzz", "FuzzReverse", "-fuzztime", "50x"]),
    "fuzzer_two": ("fuzzer", ["-fuzz", "Fuzz", "-fuzztime", "10x", "."]),
    "cover": ("cover", ["-cover", "."]),
    "cover_local": ("cover", ["-cover"]),
    "cover_count_v": ("cover", ["-count=1", "-v", "-covermode=count", "."]),
    "cover_profile": ("cover", ["-coverprofile=c.out", "."]),
    "cover_pkg": ("cover", ["-coverpkg=./...,nosuch/...", "."]),
}
# A case writing a coverage profile (c.out) also records it, in
# <case>.profile, and go tool cover -func's report of it, in <case>.func.
PROFILE = "-coverprofile=c.out"


def main(names):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (module, args) in CASES.items():
            if names and name not in names:
                continue
            work = Path(tmp) / name
            shutil.copytree(HERE / module, work)
            env = dict(os.environ, GOFLAGS="-count=1" if "-count=1" not in args else "")
            p = subprocess.run(["go", "test", *args], cwd=work, capture_output=True, text=True, env=env)
            text = f"exit status {p.returncode}\n{p.stdout}-- stderr --\n{p.stderr}"
            (HERE / f"{name}.golden").write_text(text)
            if PROFILE in args:
                shutil.copy(work / "c.out", HERE / f"{name}.profile")
                report = subprocess.run(["go", "tool", "cover", "-func=c.out"], cwd=work, capture_output=True,
                                        text=True, check=True).stdout
                (HERE / f"{name}.func").write_text(report)


if __name__ == "__main__":
    main(sys.argv[1:])
