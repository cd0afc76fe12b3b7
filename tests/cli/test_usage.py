"""Tests of the gominic command's usage, messages and exit statuses, run as
a user runs it. None of them needs the compiler: they stop before it."""

from pathlib import Path

import json
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
    listed = [line.split()[0] for line in r.stdout.splitlines() if line.startswith("\t")]
    assert r.returncode == 0 and {"fmt", "flag", "os", "path/filepath", "runtime", "unsafe"} <= set(listed)
    assert not any("internal" in p for p in listed) and listed == sorted(listed)
    # A package shipped in part says which part.
    assert "\tnet                  TCP, UDP and Unix sockets, addresses, Pipe: names from /etc/hosts only" in r.stdout


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


def test_env_json(gominic):
    r = gominic("env", "-json", "GOOS", "GOARCH")
    assert (r.returncode, r.stdout) == (0, '{\n\t"GOARCH": "amd64",\n\t"GOOS": "linux"\n}\n')
    assert json.loads(gominic("env", "-json").stdout)["GOOS"] == "linux"


def test_o_creates_the_folders_it_names(gominic, tmp_path):
    (tmp_path / "hi.go").write_text('package main\n\nfunc main() { println("hi") }\n')
    r = gominic("build", "-o", "new/sub/hi", "hi.go")
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "new" / "sub" / "hi").is_file()
    (tmp_path / "blocker").write_text("")
    r = gominic("build", "-o", "blocker/hi", "hi.go")
    assert (r.returncode, r.stderr) == (1, "gominic build command-line-arguments: mkdir blocker/: file exists\n")


def test_main_package_without_main(gominic, tmp_path):
    (tmp_path / "prog.go").write_text("package main\n\nfunc helper() {}\n")
    r = gominic("build", "prog.go")
    assert (r.returncode, r.stderr) == (
        2, "# command-line-arguments\nruntime.main_main·f: function main is undeclared in the main package\n")


def test_nm_of_a_stripped_binary(gominic, tmp_path):
    (tmp_path / "hi.go").write_text('package main\n\nfunc main() { println("hi") }\n')
    assert gominic("build", "-ldflags=-s", "-o", "hi", "hi.go").returncode == 0
    r = gominic("tool", "nm", "hi")
    assert (r.returncode, r.stdout, r.stderr) == (1, "", "reading hi: no symbol section\nreading hi: no symbols\n")
