"""Tests of the gominic command's usage, messages and exit statuses, run as
a user runs it. None of them needs the compiler: they stop before it."""

from pathlib import Path

import gominic

NO_GO_MOD = "go: go.mod file not found in current directory or any parent directory; see 'go help modules'\n"
BUILD_USAGE = "usage: gominic build [-o output] [build flags] [packages]\nRun 'gominic help build' for details.\n"


def write(dir: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        (dir / rel).parent.mkdir(parents=True, exist_ok=True)
        (dir / rel).write_text(text)
    return dir


def test_version(gominic):
    r = gominic("version")
    assert (r.returncode, r.stdout) == (0, f"gominic version {gominic_version()} linux/amd64\n")


def gominic_version() -> str:
    return gominic.__version__


def test_no_command_prints_usage_and_exits_2(gominic):
    r = gominic()
    assert r.returncode == 2 and "Usage:" in r.stderr and "build" in r.stderr


def test_help(gominic):
    r = gominic("help", "build")
    assert r.returncode == 0 and r.stdout.startswith("usage: gominic build [-o output]") and "-ldflags" in r.stdout
    assert gominic("help").returncode == 0
    assert gominic("help", "nope").returncode == 2


def test_unknown_command(gominic):
    r = gominic("frobnicate")
    assert (r.returncode, r.stderr) == (2, "gominic frobnicate: unknown command\nRun 'gominic help' for usage.\n")


def test_bad_flags_print_the_usage_line(gominic):
    r = gominic("build", "-badflag")
    assert (r.returncode, r.stderr) == (2, "flag provided but not defined: -badflag\n" + BUILD_USAGE)
    r = gominic("build", "-o")
    assert (r.returncode, r.stderr) == (2, "flag needs an argument: -o\n" + BUILD_USAGE)
    r = gominic("build", "-gcflags=-Q")
    assert r.returncode == 2 and "unknown compiler flag -Q" in r.stderr
    r = gominic("run", "-o", "x", "prog.go")
    assert r.returncode == 2 and r.stderr.startswith("flag provided but not defined: -o\nusage: gominic run")


def test_env(gominic, tmp_path):
    r = gominic("env", "GOOS", "GOARCH", "GOMINICCACHE", env={"GOMINICCACHE": str(tmp_path / "c")})
    assert r.stdout == f"linux\namd64\n{tmp_path / 'c'}\n"
    r = gominic("env")
    assert 'GOOS="linux"\n' in r.stdout and "GOMINICROOT=" in r.stdout


def test_clean_cache(gominic, tmp_path):
    cache = write(tmp_path / "c", {"ab/abcd-a": "x"})
    r = gominic("clean", "-cache", env={"GOMINICCACHE": str(cache)})
    assert r.returncode == 0 and not cache.exists()


def test_no_go_mod(gominic, tmp_path):
    r = gominic("build")
    assert (r.returncode, r.stderr) == (1, NO_GO_MOD)


def test_missing_package(gominic, tmp_path):
    write(tmp_path, {"go.mod": "module example\n", "main.go": 'package main\n\nimport "foo/bar"\n'})
    r = gominic("build")
    assert (r.returncode, r.stderr) == (
        1, "main.go:3:8: package foo/bar is not in the gominic standard library (see 'gominic help stdlib')\n")


def test_help_stdlib_lists_the_shipped_packages(gominic):
    r = gominic("help", "stdlib")
    listed = [line.strip() for line in r.stdout.splitlines() if line.startswith("\t")]
    assert r.returncode == 0 and {"fmt", "flag", "os", "path/filepath", "runtime", "unsafe"} <= set(listed)
    assert not any("internal" in p for p in listed) and listed == sorted(listed)


def gominic_root() -> str:
    return str(Path(gominic.__file__).resolve().parent.parent)


def test_import_cycle(gominic, tmp_path):
    write(tmp_path, {
        "go.mod": "module example\n",
        "main.go": 'package main\nimport "example/a"\n',
        "a/a.go": 'package a\nimport "example/a"\n',
    })
    r = gominic("build", ".")
    assert r.returncode == 1
    assert r.stderr == "package example\n\timports example/a\n\timports example/a: import cycle not allowed\n"


def test_run_needs_a_main_package(gominic, tmp_path):
    write(tmp_path, {"go.mod": "module example\n", "lib/lib.go": "package lib\n"})
    r = gominic("run", "./lib")
    assert (r.returncode, r.stderr) == (1, "package example/lib is not a main package\n")
    r = gominic("run")
    assert (r.returncode, r.stderr) == (1, "go: no go files listed\n")
