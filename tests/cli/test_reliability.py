"""Tests that a build is safe and robust against what lies in the user's
folders: nothing there runs inside the toolchain."""

import pytest

pytestmark = pytest.mark.e2e

# Modules that multiprocessing and its helper processes import at start-up.
PLANTED = ("signal", "socket", "threading", "pickle", "select", "struct")


def test_a_build_imports_nothing_from_the_project(gominic, tmp_path):
    """The compile pool's fork server and resource tracker are fresh Python
    interpreters: they must not put the current folder on sys.path."""
    (tmp_path / "go.mod").write_text("module evil\n\ngo 1.19\n")
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "a.go").write_text('package a\n\nfunc A() string { return "a" }\n')
    (tmp_path / "main.go").write_text('package main\n\nimport (\n\t"fmt"\n\t"evil/a"\n)\n\nfunc main() { fmt.Println(a.A()) }\n')
    for name in PLANTED:
        (tmp_path / f"{name}.py").write_text(f"open({str(tmp_path / ('RAN_' + name))!r}, 'w').close()\n")
    r = gominic("build", "-a", "-p", "2", "-o", "prog", ".")
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in tmp_path.glob("RAN_*")) == []
