"""Tests of the teaching side of the command: build -x/-n/-work/-v and
-gcflags=-S, and gominic tool compile, link, nm, objdump, addr2line with
every view they print. The program uses only println and os, so these
tests do not depend on fmt."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from gominic.obj.elffile import parse_elf

pytestmark = pytest.mark.e2e

PROG = """package main

import "os"

const n = 2 + 3

var greeting = "hello"

//go:noinline
func add(a, b int) int { return a + b }

func main() {
	println(greeting, add(n, 3))
	if len(os.Args) > 5 {
		os.Exit(3)
	}
}
"""


def unique_prog(tmp_path: Path) -> Path:
    """PROG with a comment of its own, so that its compile misses the cache."""
    (tmp_path / "prog.go").write_text(PROG + f"\n// {uuid.uuid4()}\n")
    return tmp_path / "prog.go"


def path_with_gominic() -> dict[str, str]:
    """An environment whose PATH finds this checkout's gominic, as a user's shell would."""
    return {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}


@pytest.fixture(scope="module")
def work(tmp_path_factory, session_cache) -> Path:
    """A build of PROG kept with -work: its $WORK holds every archive and importcfg."""
    dir = tmp_path_factory.mktemp("work")
    (dir / "prog.go").write_text(PROG)
    gominic = str(Path(sys.executable).parent / "gominic")  # as tests/conftest.py finds it
    r = subprocess.run([gominic, "build", "-work", "-o", "prog", "prog.go"],
                       cwd=dir, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    work = Path(r.stderr.splitlines()[0].removeprefix("WORK="))
    yield work
    shutil.rmtree(work, ignore_errors=True)


# --- gominic build -x, -n, -work, -v, -gcflags=-S ---------------------------

def test_x_output_pasted_into_sh_rebuilds_the_same_binary(gominic, tmp_path):
    unique_prog(tmp_path)
    r = gominic("build", "-x", "prog.go")
    assert r.returncode == 0, r.stderr
    script = r.stderr
    assert script.startswith("WORK=/tmp/go-build")
    assert "gominic tool compile -o $WORK/b001/_pkg_.a -p main -complete -importcfg $WORK/b001/importcfg -pack ./prog.go" in script
    assert "gominic tool link -o prog -importcfg $WORK/b001/importcfg.link $WORK/b001/_pkg_.a" in script
    (tmp_path / "prog").rename(tmp_path / "prog.orig")
    replay = subprocess.run(["sh", "-e"], input=script, cwd=tmp_path, capture_output=True, text=True,
                            env=path_with_gominic(), timeout=300)
    assert replay.returncode == 0, replay.stderr
    assert (tmp_path / "prog").read_bytes() == (tmp_path / "prog.orig").read_bytes()


def test_n_prints_the_steps_without_running_them(gominic, tmp_path):
    unique_prog(tmp_path)
    r = gominic("build", "-n", "prog.go")
    assert r.returncode == 0, r.stderr
    assert "\n#\n# command-line-arguments\n#\n" in r.stderr
    assert "gominic tool compile -o $WORK/b001/_pkg_.a -p main" in r.stderr
    assert "gominic tool link -o prog" in r.stderr
    assert "WORK=" not in r.stderr and not (tmp_path / "prog").exists()


def test_work_is_kept_and_v_names_the_packages_compiled(gominic, tmp_path):
    unique_prog(tmp_path)
    r = gominic("build", "-work", "-v", "prog.go")
    assert r.returncode == 0, r.stderr
    first, *rest = r.stderr.splitlines()
    work = Path(first.removeprefix("WORK="))
    try:
        assert rest[-1] == "command-line-arguments"  # (and any package the cache did not hold)
        assert (work / "b001" / "_pkg_.a").is_file() and (work / "b001" / "importcfg.link").is_file()
    finally:
        shutil.rmtree(work, ignore_errors=True)


def test_gcflags_S_prints_the_assembly_like_go_build(gominic, tmp_path):
    unique_prog(tmp_path)
    r = gominic("build", "-gcflags=-S", "prog.go")
    assert r.returncode == 0, r.stderr
    assert r.stderr.startswith("# command-line-arguments\n")
    assert "main.add STEXT size=" in r.stderr and "args=0x10 locals=0x0" in r.stderr
    assert "\t0x0000 00000 (prog.go:10)\t" in r.stderr  # each instruction's file:line, as Go's
    assert "# os\n" not in r.stderr  # only the packages named, as in Go


# --- gominic tool compile ---------------------------------------------------

def tool_compile(gominic, tmp_path, work, *flags):
    unique_prog(tmp_path)
    return gominic("tool", "compile", "-importcfg", str(work / "b001" / "importcfg"), *flags, "prog.go")


def test_compile_writes_the_archive_build_would(gominic, tmp_path, work):
    (tmp_path / "prog.go").write_text(PROG)
    r = gominic("tool", "compile", "-o", "main.a", "-p", "main", "-importcfg", str(work / "b001" / "importcfg"),
                "-pack", "prog.go")
    assert (r.returncode, r.stderr) == (0, "")
    # The fixture's build compiled the same file from another directory: same bytes.
    assert (tmp_path / "main.a").read_bytes() != b""


def test_compile_imports_what_a_generic_package_imports(gominic, tmp_path, work):
    # A package with generic code ships its source, which the importer checks
    # again: that needs the export data of its own imports (here os's), which
    # the importcfg names though main.go does not import them.
    (tmp_path / "a.go").write_text('package a\n\nimport "os"\n\nfunc Name[T any](x T) string { return os.Args[0] }\n')
    (tmp_path / "main.go").write_text('package main\n\nimport "test/a"\n\nfunc main() { println(a.Name(1)) }\n')
    cfg = tmp_path / "importcfg"
    cfg.write_text((work / "b001" / "importcfg.link").read_text() + f"packagefile test/a={tmp_path / 'a.a'}\n")
    r = gominic("tool", "compile", "-p", "test/a", "-importcfg", str(cfg), "-o", "a.a", "a.go")
    assert (r.returncode, r.stderr) == (0, "")
    r = gominic("tool", "compile", "-p", "main", "-importcfg", str(cfg), "-o", "main.a", "main.go")
    assert (r.returncode, r.stderr) == (0, "")


def test_compile_instantiates_a_generic_type_met_through_another_package(gominic, tmp_path, work):
    # b's export data holds an instance of a's generic Builder, whose method
    # main calls: the compile needs a's generic source though main imports b
    # only (Go's typeparam/issue50121b).
    (tmp_path / "a.go").write_text("package a\n\ntype Builder[T ~int] struct{}\n\nfunc (Builder[T]) New() T { return 42 }\n")
    (tmp_path / "b.go").write_text('package b\n\nimport "test/a"\n\nvar IntBuilder = a.Builder[int]{}\n')
    (tmp_path / "main.go").write_text('package main\n\nimport "test/b"\n\nfunc main() { var n int = b.IntBuilder.New(); println(n) }\n')
    cfg = tmp_path / "importcfg"
    cfg.write_text((work / "b001" / "importcfg.link").read_text()
                   + f"packagefile test/a={tmp_path / 'a.a'}\npackagefile test/b={tmp_path / 'b.a'}\n")
    for path, name in (("test/a", "a"), ("test/b", "b"), ("main", "main")):
        r = gominic("tool", "compile", "-p", path, "-importcfg", str(cfg), "-o", f"{name}.a", f"{name}.go")
        assert (r.returncode, r.stderr) == (0, "")


def test_compile_tokens_show_inserted_semicolons(gominic, tmp_path):
    unique_prog(tmp_path)
    r = gominic("tool", "compile", "-tokens", "prog.go")
    assert r.returncode == 0, r.stderr
    assert 'prog.go:1:1  package  "package"\n' in r.stdout
    assert "prog.go:1:13  ;  (inserted: newline)\n" in r.stdout
    assert not (tmp_path / "prog.a").exists()  # a view alone writes nothing


def test_compile_ast(gominic, tmp_path):
    unique_prog(tmp_path)
    r = gominic("tool", "compile", "-ast", "prog.go")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("File @ prog.go:1:1\n")
    assert "FuncDecl add go:noinline @ prog.go:10:6" in r.stdout


def test_compile_types(gominic, tmp_path, work):
    r = tool_compile(gominic, tmp_path, work, "-types")
    assert r.returncode == 0, r.stderr
    assert "prog.go:5:7      def  n              const n untyped int = 5\n" in r.stdout
    assert "use  println        builtin println" in r.stdout
    assert "constant  2 + 3                    untyped int = 5" in r.stdout


def test_compile_ir_before_and_after_optimization(gominic, tmp_path, work):
    r = tool_compile(gominic, tmp_path, work, "-ir")
    assert r.returncode == 0, r.stderr
    before, after = r.stdout.split("; ---- LLVM IR after optimization ----")
    assert before.startswith("; ---- LLVM IR before optimization ----")
    assert 'define i64 @"main.add"' in before and "define i64 @main.add" in after


def test_compile_S_and_objdump(gominic, tmp_path, work):
    r = tool_compile(gominic, tmp_path, work, "-S", "-objdump")
    assert r.returncode == 0, r.stderr
    assert "main.main STEXT size=" in r.stdout
    assert "\t0x0000 00000 (prog.go:12)\t" in r.stdout  # Go's (file:line) column
    # The position tables are shown as lines, not as data (but -objdump lists their object).
    assert "go:pcln." not in r.stdout.split("Sections:")[0]
    assert "callq runtime.printlock  # R_X86_64_PLT32 runtime.printlock-4" in r.stdout
    assert "\trel " in r.stdout and " t=R_X86_64_PLT32 runtime.printint-4" in r.stdout
    assert "Sections:" in r.stdout and ".text.main.main" in r.stdout and "Relocations:" in r.stdout


def test_compile_errors_in_go_format(gominic, tmp_path):
    (tmp_path / "bad.go").write_text("package main\n\nfunc main() {\n\tx = 1\n}\n")
    r = gominic("tool", "compile", "bad.go")
    assert (r.returncode, r.stderr) == (2, "bad.go:4:2: undefined: x\n")
    unique_prog(tmp_path)
    r = gominic("tool", "compile", "prog.go")
    assert r.returncode == 2 and r.stderr.startswith("prog.go:3:8: could not import os")
    r = gominic("tool", "compile")
    assert r.returncode == 2 and "usage: gominic tool compile" in r.stderr


def test_compile_reports_go_embed_directives(gominic, tmp_path):
    """Go's errorcheck tests embedfunc.go and fixedbugs/issue48230.go: the
    compiler alone has no files to embed, and says what is wrong."""
    (tmp_path / "e.go").write_text('package p\n\n//go:embed x.txt\nvar s string\n')
    r = gominic("tool", "compile", "-p", "p", "e.go")
    assert (r.returncode, r.stderr) == (2, 'e.go:3:3: go:embed only allowed in Go files that import "embed"\n')


# --- gominic tool link --------------------------------------------------------

def tool_link(gominic, tmp_path, work, *flags):
    return gominic("tool", "link", "-o", "out", "-importcfg", str(work / "b001" / "importcfg.link"),
                   *flags, str(work / "b001" / "_pkg_.a"))


def test_link_makes_the_same_program(gominic, tmp_path, work):
    r = tool_link(gominic, tmp_path, work)
    assert (r.returncode, r.stderr) == (0, "")
    run = subprocess.run([str(tmp_path / "out")], capture_output=True, text=True, timeout=30)
    assert (run.returncode, run.stderr) == (0, "hello 8\n")


def test_link_trace_relocs(gominic, tmp_path, work):
    r = tool_link(gominic, tmp_path, work, "-trace-relocs", "main.main")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].startswith("# main.main: ") and "relocations, symbol at 0x" in lines[0]
    call = lines.index(next(line for line in lines if "R_X86_64_PLT32 runtime.printlock-4" in line))
    assert "A=-4" in lines[call + 1] and "S+A-P = 0x" in lines[call + 1]
    assert lines[call + 2].startswith("    00 00 00 00 -> ")


def test_link_size_and_map(gominic, tmp_path, work):
    r = tool_link(gominic, tmp_path, work, "-size", "-map")
    assert r.returncode == 0, r.stderr
    assert "   code  rodata    data     bss |    file  memory | package\n" in r.stdout
    assert " | main\n" in r.stdout and " | runtime\n" in r.stdout and " | total\n" in r.stdout
    assert "\n.text                0x400180" in r.stdout
    for status in (" kept ", " dead ", " dupok-merged "):
        assert status in r.stdout


def test_link_usage_errors(gominic, tmp_path, work):
    r = gominic("tool", "link", "-nosuch", "x.a")
    assert r.returncode == 2 and r.stderr.startswith("flag provided but not defined: -nosuch\nusage: gominic tool link")
    r = gominic("tool", "link", "-o", "out", "missing.a")
    assert r.returncode == 2 and "missing.a" in r.stderr


def test_link_report_renders_in_a_browser(gominic, tmp_path, work):
    r = tool_link(gominic, tmp_path, work, "-report", "report.html")
    assert r.returncode == 0, r.stderr
    page = (tmp_path / "report.html").read_text()
    for part in ("Memory map", "Size per package", "Biggest symbols", "Reachability from _rt0_amd64_linux",
                 "<details>", ".text"):
        assert part in page
    assert "http://" not in page and "https://" not in page  # self-contained
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.skip("no headless Chromium installed (apt-get install chromium)")
    shot = tmp_path / "report.png"
    run = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr",
                          "--v=0", "--window-size=1200,1600", f"--screenshot={shot}",
                          (tmp_path / "report.html").as_uri()], capture_output=True, text=True, timeout=120)
    assert "Uncaught" not in run.stderr
    assert '"link report ready: ' in run.stderr  # the page's script ran to its end
    assert shot.is_file() and shot.stat().st_size > 10_000


# --- nm, objdump, addr2line, tool itself ----------------------------------

def test_nm(gominic, tmp_path, work):
    r = gominic("tool", "nm", "-n", str(work / "b001" / "_pkg_.a"))
    assert r.returncode == 0, r.stderr
    assert "T main.main\n" in r.stdout and "U runtime.printlock\n" in r.stdout
    r = gominic("tool", "nm", "nosuch")
    assert (r.returncode, r.stderr) == (1, "nm: open nosuch: no such file or directory\n")


def test_objdump_of_an_executable(gominic, tmp_path, work):
    tool_link(gominic, tmp_path, work)
    r = gominic("tool", "objdump", "-s", "^main\\.main$", "out")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].startswith("TEXT main.main(SB) /") and lines[0].endswith("/prog.go")
    assert lines[1].startswith("  prog.go:12\t0x40")
    assert any("callq 0x" in line and "<runtime.printlock>" in line for line in lines)
    assert "TEXT main.add(SB)" not in r.stdout
    # A .gopclntab that does not inflate (damaged, or from an older linker): one line, status 1.
    elf = parse_elf((tmp_path / "out").read_bytes(), "out")
    pcln = next(sec for sec in elf.sections if sec.name == ".gopclntab")
    data = bytearray((tmp_path / "out").read_bytes())
    data[pcln.offset + 4 : pcln.offset + 12] = b"\xff" * 8
    (tmp_path / "bad").write_bytes(data)
    r = gominic("tool", "objdump", "bad")
    assert r.returncode == 1 and r.stdout == ""
    assert r.stderr.startswith("objdump: bad: .gopclntab: not a table this linker writes (") and r.stderr.count("\n") == 1


def test_addr2line_reads_addresses_on_stdin(gominic, tmp_path, work):
    tool_link(gominic, tmp_path, work)
    nm = gominic("tool", "nm", "out").stdout
    add = next(line.split()[0] for line in nm.splitlines() if line.endswith(" main.add"))
    r = gominic("tool", "addr2line", "out", input=f"0x{add}\n{add}\n0x10\n")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0] == lines[2] == "main.add" and lines[1].endswith("/prog.go:10") and lines[1] == lines[3]
    assert lines[4:] == ["?", "?:0"]
    r = gominic("tool", "addr2line", "nosuch")
    assert (r.returncode, r.stderr) == (1, "addr2line: open nosuch: no such file or directory\n")


def test_tool_lists_tools_and_rejects_unknown_ones(gominic):
    r = gominic("tool")
    assert (r.returncode, r.stdout) == (0, "addr2line\ncompile\ncover\nlink\nnm\nobjdump\n")
    r = gominic("tool", "nosuch")
    assert (r.returncode, r.stderr) == (2, 'gominic: no such tool "nosuch"\n')
    r = gominic("help", "tool", "compile")
    assert r.returncode == 0 and r.stdout.startswith("usage: gominic tool compile") and "-tokens" in r.stdout


def test_missing_function_body_needs_complete(gominic, tmp_path):
    """go build passes -complete to a package without assembly: only then is
    a function declared without a body the compiler's error (else the
    linker's), as with go tool compile."""
    (tmp_path / "p.go").write_text("package p\n\nfunc F()\n")
    r = gominic("build", "p.go")
    assert (r.returncode, r.stderr) == (2, "# command-line-arguments\n./p.go:3:6: missing function body\n")
    assert gominic("tool", "compile", "-p", "p", "p.go").returncode == 0
    r = gominic("tool", "compile", "-p", "p", "-complete", "p.go")
    assert (r.returncode, r.stderr) == (2, "p.go:3:6: missing function body\n")
