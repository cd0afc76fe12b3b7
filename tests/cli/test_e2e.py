"""End-to-end tests of gominic build and run: real compiles, real links, real
programs. They skip, saying why, until the compiler, the linker, the
runtime and fmt exist (see the e2e marker in tests/conftest.py)."""

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.e2e

HELLO = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hi", 42, true)\n}\n'


def test_make_run_sample(gominic):
    r = gominic("run", "./samples/hello", cwd=REPO)
    assert (r.returncode, r.stdout, r.stderr) == (0, "Hello, world!\n", "")


def test_two_package_sample(gominic):
    r = gominic("run", ".", cwd=REPO / "samples" / "greeter")
    assert (r.returncode, r.stdout) == (0, "Hello\n")


def test_conformance_style_file_build(gominic, tmp_path):
    (tmp_path / "src.go").write_text(HELLO)
    r = gominic("build", "-o", str(tmp_path / "out"), str(tmp_path / "src.go"))
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "out").stat().st_mode & 0o111


def test_output_to_a_pipe_is_written_in_place(gominic, tmp_path):
    """-o /dev/null or a FIFO: the bytes go into it (renaming a temporary
    over it, as for a file, would replace /dev/null with a file)."""
    import os
    import threading

    (tmp_path / "src.go").write_text(HELLO)
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    r = gominic("build", "-o", str(fifo), str(tmp_path / "src.go"))
    reader.join(timeout=60)
    assert r.returncode == 0, r.stderr
    assert got and got[0].startswith(b"\x7fELF") and fifo.is_fifo()


def test_build_and_run_fixture(build_and_run):
    assert build_and_run(HELLO).stdout == "hi 42 true\n"
    assert build_and_run(REPO / "samples" / "greeter").stdout == "Hello\n"


def test_default_output_names(gominic, tmp_path):
    (tmp_path / "prog.go").write_text(HELLO)
    assert gominic("build", "prog.go").returncode == 0
    assert (tmp_path / "prog").is_file()
    mod = tmp_path / "mod"
    mod.mkdir()
    (mod / "go.mod").write_text("module example.com/hello\n\ngo 1.19\n")
    (mod / "main.go").write_text(HELLO)
    assert gominic("build", cwd=mod).returncode == 0
    assert (mod / "hello").is_file()
    assert gominic("build", "-o", "bin/", "./mod").returncode == 0
    assert (tmp_path / "bin" / "hello").is_file()


def test_compile_error_is_reported_like_go_build(gominic, tmp_path):
    (tmp_path / "prog.go").write_text("package main\n\nfunc main() {\n\tx = 1\n}\n")
    r = gominic("build", "prog.go")
    assert r.returncode == 2
    assert r.stderr.startswith("# command-line-arguments\n./prog.go:4:2: undefined: x")
    assert "Traceback" not in r.stderr


def test_a_warm_build_compiles_nothing(gominic, tmp_path):
    (tmp_path / "prog.go").write_text(HELLO)
    gominic("build", "prog.go")
    r = gominic("build", "-v", "prog.go")
    assert (r.returncode, r.stderr) == (0, "")


def test_trace_prints_the_steps(gominic, tmp_path):
    (tmp_path / "prog.go").write_text(HELLO + "// -x\n")
    r = gominic("build", "-x", "prog.go")
    assert r.returncode == 0
    assert r.stderr.startswith("WORK=/tmp/go-build")
    assert "gominic tool link -o prog -importcfg $WORK/b001/importcfg.link" in r.stderr


def test_ldflags_x_sets_a_string(gominic, tmp_path):
    (tmp_path / "prog.go").write_text(
        'package main\n\nimport "fmt"\n\nvar version = "dev"\n\nfunc main() {\n\tfmt.Println(version)\n}\n')
    r = gominic("run", "-ldflags", "-X main.version=1.2", "prog.go")
    assert (r.returncode, r.stdout) == (0, "1.2\n")


def test_dumpdep_edges_go_from_function_to_function(gominic, tmp_path):
    """main.main starts after its stack check's call, inside its section:
    the edges still name the function, as Go's linker prints them."""
    (tmp_path / "prog.go").write_text(HELLO)
    r = gominic("build", "-ldflags=-dumpdep", "-o", str(tmp_path / "prog"), "prog.go", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    edges = [line.split(" -> ") for line in r.stdout.splitlines()]
    assert ["_", "main.main"] in edges and ["main.main", "fmt.Println"] in edges
    assert not any(to.startswith(".text.main") or frm.startswith(".text.main") for frm, to in edges)


@pytest.mark.skipif(not (REPO / "stdlib" / "os").is_dir(), reason="stdlib/os does not exist yet")
def test_run_passes_args_and_reports_a_failure_as_go_run(gominic, tmp_path):
    """go run prints how the program failed and exits 1 (base.RunStdin)."""
    (tmp_path / "prog.go").write_text(
        'package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\n'
        'func main() {\n\tfmt.Println(len(os.Args), os.Args[1])\n\tos.Exit(3)\n}\n')
    r = gominic("run", "prog.go", "first", "-v")
    assert (r.returncode, r.stdout, r.stderr) == (1, "3 first\n", "exit status 3\n")
    (tmp_path / "kill.go").write_text(
        'package main\n\nimport "syscall"\n\nfunc main() { syscall.Kill(syscall.Getpid(), syscall.SIGKILL) }\n')
    r = gominic("run", "kill.go")
    assert (r.returncode, r.stderr) == (1, "signal: killed\n")
