"""Unit tests of the Go test-tree runner's rules (tools/gotesttree.py)."""

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import gotesttree as gt  # noqa: E402


def test_recipe_kinds_flags_and_constraints(tmp_path):
    (tmp_path / "a.go").write_text("// errorcheck -0 -l\n\n// Copyright\n\npackage p\n")
    t = gt.read_recipe(tmp_path, "a.go")
    assert (t.kind, t.want_error, t.flags) == ("errorcheck", False, [])
    (tmp_path / "b.go").write_text("// errorcheck -0 -m\n\npackage p\n")
    assert gt.read_recipe(tmp_path, "b.go").why == "compiler flag -m"
    (tmp_path / "c.go").write_text("// run\n\n//go:build windows || (linux && !amd64)\n\npackage main\n")
    assert gt.read_recipe(tmp_path, "c.go").why.startswith("build constraint")
    (tmp_path / "d.go").write_text("// +build !windows\n// run -t 5 arg\n\npackage main\n")
    t = gt.read_recipe(tmp_path, "d.go")
    assert (t.kind, t.timeout, t.args) == ("run", 5, ["arg"])


def test_wanted_errors_and_their_matching(tmp_path):
    src = tmp_path / "x.go"
    src.write_text('package p\n\nvar a = b // ERROR "undefined: b"\nvar c = d // ERROR "LINE: .*d"\n//// ERROR "off"\n')
    wanted = gt.wanted_errors(src, "x.go")
    assert [(w.line, w.text) for w in wanted] == [(3, "undefined: b"), (4, "x.go:4: .*d")]
    test = gt.Test("x.go", "errorcheck", want_error=True)

    def build(stderr):
        return subprocess.CompletedProcess([], 2, "", "# command-line-arguments\n" + stderr)

    ok = gt.check_errors(test, build("./x.go:3:9: undefined: b\n./x.go:4:9: x.go:4: undefined: d\n"), [(src, "x.go")])
    assert ok.status == "pass", ok.why
    extra = gt.check_errors(test, build("./x.go:3:9: undefined: b\n./x.go:1:1: oops\n"), [(src, "x.go")])
    assert extra.status == "fail" and "missing error at x.go:4" in extra.why and "unmatched error: x.go:1:1: oops" in extra.why


def test_imports_we_do_not_ship_are_named():
    src = 'package main\n\nimport (\n\t"fmt"\n\tx "go/types"\n\t"./a"\n)\n\nfunc main() {}\n'
    assert gt.imports_of(src) == {"fmt", "go/types", "./a"}
    assert gt.unshipped(gt.imports_of(src), {"a"}) == "go/types"
