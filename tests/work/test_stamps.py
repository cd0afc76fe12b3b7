"""Tests of stamps.py: a no-op build skips the build only while nothing
it read, listed, looked for or wrote has changed."""

import os
from pathlib import Path

import pytest

from gominic.work.stamps import RACY_NS, up_to_date

MAIN = 'package main\n\nimport "example/greeter"\n\nfunc main() { greeter.Hello() }\n'
GREETER = 'package greeter\n\nfunc Hello() { println("hello") }\n'


@pytest.fixture
def module(gominic, tmp_path: Path, monkeypatch):
    """A built module; its files are made older than the racy window, as
    a student's files are by the time of the next build."""
    (tmp_path / "greeter").mkdir()
    files = {"go.mod": "module example\n", "main.go": MAIN, "greeter/greeter.go": GREETER}
    for name, text in files.items():
        (tmp_path / name).write_text(text)
        age(tmp_path / name)
    monkeypatch.chdir(tmp_path)
    built = gominic("build", "-o", "prog", ".", cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    return tmp_path, os.environ["GOMINICCACHE"]  # the session's: records are kept by folder


def age(path: Path) -> None:
    old = path.stat().st_mtime_ns - 2 * RACY_NS
    os.utime(path, ns=(old, old))


def test_nothing_changed(module):
    dir, cache = module
    assert up_to_date(cache, ["-o", "prog", "."])
    assert not up_to_date(cache, ["-o", "other", "."])  # another command line has no record


def test_an_edit_of_the_same_size_and_time_is_seen(module):
    dir, cache = module
    main = dir / "main.go"
    st = main.stat()
    main.write_text(MAIN.replace("Hello", "Hellp", 1).replace("greeter.Hello", "greeter.Hellp"))
    os.utime(main, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert not up_to_date(cache, ["-o", "prog", "."])  # its ctime and inode number tell


def test_a_new_file_in_a_package_is_seen(module):
    dir, cache = module
    (dir / "greeter" / "more.go").write_text("package greeter\n")
    assert not up_to_date(cache, ["-o", "prog", "."])


def test_a_file_of_another_kind_is_not_an_input(module):
    dir, cache = module
    (dir / "notes.txt").write_text("the executable is written here too\n")
    assert up_to_date(cache, ["-o", "prog", "."])


def test_go_mod_is_an_input(module):
    dir, cache = module
    (dir / "go.mod").write_text("module other\n")
    assert not up_to_date(cache, ["-o", "prog", "."])


def test_a_changed_executable_is_seen(module):
    dir, cache = module
    prog = dir / "prog"
    data = prog.read_bytes()
    prog.write_bytes(data[:-1] + bytes([data[-1] ^ 0xFF]))
    assert not up_to_date(cache, ["-o", "prog", "."])
    prog.unlink()
    assert not up_to_date(cache, ["-o", "prog", "."])


def test_a_racy_file_is_checked_by_content(gominic, module):
    """main.go written just before the build: its stamp is not trusted,
    its content is."""
    dir, cache = module
    (dir / "main.go").write_text(MAIN + "\n")
    assert gominic("build", "-o", "prog", ".", cwd=dir).returncode == 0
    assert up_to_date(cache, ["-o", "prog", "."])
    os.utime(dir / "main.go")  # touched, same content
    assert up_to_date(cache, ["-o", "prog", "."])
    (dir / "main.go").write_text(MAIN + "\n\n")
    assert not up_to_date(cache, ["-o", "prog", "."])


def test_builds_that_print_write_no_record(gominic, module):
    dir, cache = module
    assert gominic("build", "-v", "-o", "prog2", ".", cwd=dir).returncode == 0
    assert not up_to_date(cache, ["-v", "-o", "prog2", "."])
