"""Tests that a build is safe and robust against what lies in the user's
folders: nothing there runs inside the toolchain."""

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.conftest import gominic_command

pytestmark = pytest.mark.e2e

# Modules that multiprocessing and its helper processes import at start-up.
PLANTED = ("signal", "socket", "threading", "pickle", "select", "struct")


def test_a_build_imports_nothing_from_the_project(gominic, tmp_path):
    """The compile pool's fork server and resource tracker are fresh Python
    interpreters: they must not put the current folder on sys.path."""
    (tmp_path / "go.mod").write_text("module evil\n\ngo 1.19\n")
    for pkg in "ab":  # two packages to compile at once: the build starts its pool
        (tmp_path / pkg).mkdir()
        (tmp_path / pkg / f"{pkg}.go").write_text(f'package {pkg}\n\nfunc F() string {{ return "{pkg}" }}\n')
    (tmp_path / "main.go").write_text('package main\n\nimport (\n\t"evil/a"\n\t"evil/b"\n)\n\n'
                                      'func main() { println(a.F() + b.F()) }\n')
    for name in PLANTED:
        (tmp_path / f"{name}.py").write_text(f"open({str(tmp_path / ('RAN_' + name))!r}, 'w').close()\n")
    r = gominic("build", "-debug-phases", "-p", "2", "-o", "prog", ".")
    assert r.returncode == 0, r.stderr
    assert "compile in workers" in r.stderr  # the pool ran
    assert sorted(p.name for p in tmp_path.glob("RAN_*")) == []


def write_module(dir, src: bytes) -> None:
    (dir / "go.mod").write_text("module p\n\ngo 1.19\n")
    (dir / "prog.go").write_bytes(src)


# Programs Go rejects, each with the message go build 1.19 prints (after
# "# p"): they once crashed the compiler or were accepted (issue 18, 4 and 11).
REJECTED = {
    "switch_undefined": (b"package main\n\nfunc main() {\n\tswitch s {\n\tcase 1:\n\t}\n}\n",
                         "./prog.go:4:9: undefined: s"),
    "break": (b"package main\n\nfunc main() {\n\tbreak\n}\n",
              "./prog.go:4:2: break is not in a loop, switch, or select"),
    "println_struct": (b"package main\n\nfunc main() {\n\tprintln(struct{}{})\n}\n",
                       "./prog.go:4:9: illegal types for operand: print\n\tstruct {}"),
    "invalid_utf8": (b'package main\n\nfunc main() {\n\tprintln("a\xff")\n}\n',
                     "./prog.go:4:12: invalid UTF-8 encoding"),
    "nul": (b'package main\n\nfunc main() {\n\tprintln("a\x00")\n}\n', "./prog.go:4:12: invalid NUL character"),
    "bom_middle": (b'package main\n\nfunc main() {\n\tx := 1 \xef\xbb\xbf\n\tprintln(x)\n}\n',
                   "./prog.go:4:9: invalid BOM in the middle of the file"),
    "misplaced_directive": (b"package main\n\nfunc main() {\n\t//go:noinline\n\tx := 1\n\tprintln(x)\n}\n",
                            "./prog.go:4:4: misplaced compiler directive"),
    "no_main": (b"package main\n\nfunc mai() {}\n",
                "runtime.main_main\u00b7f: function main is undeclared in the main package"),
    "embed_in_func": (b'package main\n\nimport _ "embed"\n\nfunc main() {\n\t//go:embed prog.go\n\tvar s string\n'
                      b'\tprintln(s)\n}\n', "./prog.go:6:4: go:embed cannot apply to var inside func"),
    "embed_not_imported": (b"package main\n\n//go:embed prog.go\nvar s string\n\nfunc main() { println(s) }\n",
                           './prog.go:3:3: go:embed only allowed in Go files that import "embed"'),
    "type_too_large": (b"package main\n\ntype T [1 << 40][1 << 40]int\n\nvar p *T\n\nfunc main() { println(p) }\n",
                       "./prog.go:3:6: type [1099511627776][1099511627776]int larger than address space"),
}


@pytest.mark.parametrize("name", sorted(REJECTED))
def test_ordinary_mistakes_get_go_messages(gominic, tmp_path, name):
    src, message = REJECTED[name]
    write_module(tmp_path, src)
    r = gominic("build", "-o", "prog", ".")
    assert (r.returncode, r.stderr) == (2, f"# p\n{message}\n")


def test_a_bom_at_the_start_is_skipped(gominic, tmp_path):
    write_module(tmp_path, b'\xef\xbb\xbfpackage main\n\nfunc main() { println("bom") }\n')
    r = gominic("run", ".")
    assert (r.returncode, r.stderr) == (0, "bom\n")


def test_a_damaged_cache_entry_heals(gominic, tmp_path):
    """A truncated archive in the cache is found out by its hash, compiled
    again with a one-line warning, and the build after that is quiet."""
    write_module(tmp_path, b'package main\n\nfunc main() { println("healed") }\n')
    env = {"GOMINICCACHE": str(tmp_path / "cache")}
    assert gominic("build", "-o", "prog", ".", env=env).returncode == 0
    main_archive = min((tmp_path / "cache").rglob("*-d"), key=lambda p: p.stat().st_size)
    main_archive.write_bytes(main_archive.read_bytes()[:100])
    r = gominic("run", ".", env=env)
    assert (r.returncode, r.stdout) == (0, "")
    warning, output = r.stderr.splitlines()
    assert warning.startswith("gominic: warning: cache entry ") and warning.endswith("-a is damaged; rebuilding it")
    assert output == "healed"
    assert gominic("run", ".", env=env).stderr == "healed\n"


def descendants(pid: int) -> set[int]:
    """The processes below pid, from /proc."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, work = set(), [pid]
    while work:
        for child in children.get(work.pop(), []):
            found.add(child)
            work.append(child)
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux's /proc")
def test_killing_a_pooled_build_leaves_no_process(tmp_path):
    """SIGKILL to gominic alone: its fork server, workers and resource
    tracker must go too, within seconds."""
    (tmp_path / "go.mod").write_text("module p\n\ngo 1.19\n")
    (tmp_path / "main.go").write_text('package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("x") }\n')
    env = {**os.environ, "GOMINICCACHE": str(tmp_path / "cache")}
    build = subprocess.Popen([*gominic_command(), "build", "-a", "-p", "2", "-o", "prog", "."],
                             cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert_killing_leaves_no_process(build, build.pid, 4)  # tracker, fork server, two workers


def assert_killing_leaves_no_process(build: subprocess.Popen, root: int, count: int) -> None:
    """Once count processes below root are seen, SIGKILL build: within
    seconds none of them may be left."""
    helpers: set[int] = set()
    deadline = time.monotonic() + 120
    while len(helpers) < count and build.poll() is None and time.monotonic() < deadline:
        helpers |= descendants(root)
        time.sleep(0.2)
    assert len(helpers) >= count, "the build ended before its pool was seen"
    build.kill()
    build.wait()
    deadline = time.monotonic() + 15
    while any(alive(p) for p in helpers) and time.monotonic() < deadline:
        time.sleep(0.2)
    left = [p for p in helpers if alive(p)]
    for pid in left:  # leave nothing behind, even when failing
        os.kill(pid, signal.SIGKILL)
    assert left == []


ASM_MAIN = "package main\n\nfunc f() int\n\nfunc main() { println(f()) }\n"


@pytest.mark.parametrize("line, message", [
    ("\tbogus %rax", "./f_amd64.s:5: invalid instruction mnemonic 'bogus'"),
    ('\t.incbin "/etc/passwd"', "./f_amd64.s:5: .incbin directive not allowed (it reads files)"),
])
def test_a_bad_assembly_file_is_the_packages_error(gominic, tmp_path, line, message):
    """LLVM's assembler would end the build process: errors come back as
    file.s:LINE: message for the package, exit 2."""
    write_module(tmp_path, ASM_MAIN.encode())
    (tmp_path / "f_amd64.s").write_text(f".text\n.globl main.f\nmain.f:\n\tmovq $1, %rax\n{line}\n\tret\n")
    r = gominic("build", "-o", "prog", ".")
    assert (r.returncode, r.stderr) == (2, f"# p\n{message}\n")
