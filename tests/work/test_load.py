"""Tests of load.py: patterns, import resolution, graph order, Go's errors."""

from pathlib import Path

import pytest
from gotree import ROOT_FILES, go_file, write_tree

from gominic.work.errors import BuildError
from gominic.work.load import COMMAND_LINE_ARGUMENTS, Loader, dependencies


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return write_tree(tmp_path / "root", ROOT_FILES)


@pytest.fixture
def module(tmp_path: Path) -> Path:
    """Module example: main imports fmt and example/greeter (which imports fmt)."""
    return write_tree(tmp_path / "mod", {
        "go.mod": "module example\n\ngo 1.19\n",
        "main.go": go_file("main", "fmt", "example/greeter"),
        "greeter/greeter.go": go_file("greeter", "fmt"),
    })


def load(root: Path, cwd: Path, *patterns: str):
    loader = Loader(root, cwd)
    roots = loader.load_patterns(list(patterns))
    return loader, roots, loader.load_graph(roots)


def test_resolution_and_topological_order(root: Path, module: Path):
    loader, [main], order = load(root, module, ".")
    assert main.import_path == "example" and main.is_command and main.compile_path == "main"
    paths = [p.import_path for p in order]
    assert sorted(paths) == ["example", "example/greeter", "fmt", "runtime", "unicode/utf8"]
    for pkg in order:  # every package after what it imports
        assert all(paths.index(i) < paths.index(pkg.import_path) for i in pkg.imports)
    assert loader.packages["fmt"].dir == root / "stdlib" / "fmt"
    assert loader.packages["example/greeter"].module.path == "example"
    assert loader.packages["fmt"].module is None


def test_runtime_is_always_loaded_and_linked(root: Path, module: Path):
    loader, [main], _ = load(root, module, ".")
    assert [f.path.name for f in loader.packages["runtime"].asm_files] == ["rt0_linux_amd64.s"]
    assert {p.import_path for p in dependencies(main, loader.packages)} == {
        "example/greeter", "fmt", "runtime", "unicode/utf8"}


def test_test_files_are_not_part_of_the_package(root: Path, module: Path):
    loader, _, _ = load(root, module, ".")
    assert [f.path.name for f in loader.packages["fmt"].go_files] == ["print.go"]


def test_compiler_output_shows_short_directories(root: Path, module: Path):
    loader, _, _ = load(root, module, ".")
    assert loader.packages["example"].shown_dir == "./"
    assert loader.packages["example/greeter"].shown_dir == "greeter/"
    assert loader.packages["fmt"].shown_dir == "../root/stdlib/fmt/"
    assert loader.packages["fmt"].go_files[0].path == root / "stdlib/fmt/print.go"


def test_a_subdirectory_finds_its_module_upward(root: Path, module: Path):
    _, [pkg], _ = load(root, module / "greeter", ".")
    assert pkg.import_path == "example/greeter" and not pkg.is_command


def test_import_path_pattern(root: Path, module: Path):
    _, roots, _ = load(root, module, "example/greeter", "fmt")
    assert [p.import_path for p in roots] == ["example/greeter", "fmt"]


def test_dot_dot_dot_matches_the_tree(root: Path, module: Path):
    write_tree(module, {
        "testdata/x.go": go_file("x"),
        "_skip/x.go": go_file("x"),
        "nested/go.mod": "module other\n",
        "nested/x.go": go_file("x"),
        "empty/README": "",
    })
    _, roots, _ = load(root, module, "./...")
    assert [p.import_path for p in roots] == ["example", "example/greeter"]


def test_files_named_on_the_command_line(root: Path, tmp_path: Path):
    write_tree(tmp_path / "p", {"prog.go": "//go:build ignore\n\n" + go_file("main", "fmt"), "other.go": go_file("other")})
    _, [pkg], order = load(root, tmp_path / "p", "prog.go")
    assert pkg.import_path == COMMAND_LINE_ARGUMENTS and pkg.module is None
    assert [f.path.name for f in pkg.go_files] == ["prog.go"]  # //go:build ignore does not apply
    assert order[-1] is pkg or order[-1].import_path == "runtime"


def test_go_build_ignore_leaves_a_file_out_of_a_directory(root: Path, module: Path):
    write_tree(module, {"gen.go": "//go:build ignore\n\n" + go_file("main", "nothere/at/all")})
    loader, _, _ = load(root, module, ".")
    assert [f.path.name for f in loader.packages["example"].go_files] == ["main.go"]


def test_directory_outside_a_module_builds_like_gopath_mode(root: Path, tmp_path: Path):
    write_tree(tmp_path / "loose", {"main.go": go_file("main", "fmt")})
    _, [pkg], _ = load(root, tmp_path, "./loose")
    assert pkg.import_path == f"_{(tmp_path / 'loose').as_posix()}"


@pytest.mark.parametrize(
    "files, pattern, message",
    [
        ({"empty/x.txt": ""}, "./empty",
         "go: go.mod file not found in current directory or any parent directory; see 'go help modules'"),
        ({"go.mod": "module m\n", "empty/x.txt": ""}, "./empty", "no Go files in {tmp}/empty"),
        ({}, "./nothere", "stat {tmp}/nothere: directory not found"),
        ({"go.mod": "module m\n", "a.go": go_file("a"), "b.go": go_file("b")}, ".",
         "found packages a (a.go) and b (b.go) in {tmp}"),
        ({"main.go": "func main() {}\n"}, "main.go", "main.go:1:1: expected 'package', found 'func'"),
        ({"main.go": go_file("main")}, "main.go other.txt", "named files must be .go files: other.txt"),
    ],
)
def test_load_errors(root: Path, tmp_path: Path, files, pattern, message):
    write_tree(tmp_path / "w", files)
    with pytest.raises(BuildError) as e:
        load(root, tmp_path / "w", *pattern.split())
    assert str(e.value) == message.format(tmp=tmp_path / "w")


@pytest.mark.parametrize(
    "imports, gomod, message",
    [
        (["foo/bar"], True, "main.go:3:8: package foo/bar is not in the gominic standard library "
                            "(see 'gominic help stdlib')"),
        (["example/nothere"], True, "main.go:3:8: package example/nothere is not in the main module: "
                                    "no directory nothere"),
        (["C"], True, 'main.go:3:8: import "C": cgo is not supported by gominic'),
        (["github.com/x/y"], True,
         "main.go:3:8: no required module provides package github.com/x/y; gominic does not download modules:\n"
         "\tcopy its module into vendor/ (vendor/github.com/x/y), or add to go.mod\n"
         "\treplace <its module path> => <the directory of its source>"),
        (["github.com/x/y"], False,
         "main.go:3:8: no required module provides package github.com/x/y: go.mod file not found in "
         "current directory or any parent directory; see 'go help modules'"),
    ],
)
def test_missing_packages(root: Path, tmp_path: Path, imports, gomod, message):
    files = {"main.go": go_file("main", *imports)}
    if gomod:
        files["go.mod"] = "module example\n"
    write_tree(tmp_path / "w", files)
    with pytest.raises(BuildError) as e:
        load(root, tmp_path / "w", "main.go")
    assert str(e.value) == message.format(root=root)


def test_replace_and_vendor_provide_other_modules(root: Path, tmp_path: Path):
    write_tree(tmp_path, {
        "lib/go.mod": "module example.com/lib\n",
        "lib/lib.go": go_file("lib", "example.com/lib/sub"),
        "lib/sub/sub.go": go_file("sub"),
        "app/go.mod": "module app\n\nreplace (\n\texample.com/lib v1.0.0 => ../lib\n)\n"
                      "replace example.com/gone => example.com/other v1.2.3\n",
        "app/main.go": go_file("main", "example.com/lib", "example.org/v"),
        "app/vendor/example.org/v/v.go": go_file("v"),
    })
    loader, _, order = load(root, tmp_path / "app", ".")
    dirs = {p.import_path: p.dir for p in order}
    assert dirs["example.com/lib"] == (tmp_path / "lib").resolve()
    assert dirs["example.com/lib/sub"] == (tmp_path / "lib/sub").resolve()
    assert dirs["example.org/v"] == tmp_path / "app/vendor/example.org/v"
    assert [old for old, _ in loader.packages["app"].module.replaces] == ["example.com/lib"]


def test_internal_packages(root: Path, tmp_path: Path):
    """An internal package is imported only from below its parent, as Go's
    rule: the module's own from the module, the standard library's from the
    standard library alone."""
    write_tree(root, {"stdlib/internal/poll/fd.go": go_file("poll"),
                      "stdlib/os/file.go": go_file("os", "internal/poll")})
    write_tree(tmp_path / "w", {
        "go.mod": "module example\n",
        "main.go": go_file("main", "example/a/internal/x", "os"),
        "a/a.go": go_file("a", "example/a/internal/x"),
        "a/internal/x/x.go": go_file("x"),
        "b/b.go": go_file("b", "internal/poll"),
    })
    _, _, order = load(root, tmp_path / "w", "./a")
    assert [p.import_path for p in order][:2] == ["example/a/internal/x", "example/a"]
    with pytest.raises(BuildError) as e:
        load(root, tmp_path / "w", ".")
    assert str(e.value) == "package example\n\tmain.go:3:8: use of internal package example/a/internal/x not allowed"
    with pytest.raises(BuildError) as e:
        load(root, tmp_path / "w", "./b")
    assert str(e.value) == "package example/b\n\tb/b.go:3:8: use of internal package internal/poll not allowed"


def test_import_cycle(root: Path, tmp_path: Path):
    write_tree(tmp_path / "w", {
        "go.mod": "module example\n",
        "main.go": go_file("main", "example/a"),
        "a/a.go": go_file("a", "example/b"),
        "b/b.go": go_file("b", "example/a"),
    })
    with pytest.raises(BuildError) as e:
        load(root, tmp_path / "w", ".")
    assert str(e.value) == (
        "package example\n\timports example/a\n\timports example/b\n"
        "\timports example/a: import cycle not allowed"
    )


def test_importing_a_program(root: Path, tmp_path: Path):
    write_tree(tmp_path / "w", {
        "go.mod": "module example\n",
        "main.go": go_file("main", "example/cmd"),
        "cmd/main.go": go_file("main"),
    })
    with pytest.raises(BuildError, match='main.go:3:8: import "example/cmd" is a program, not an importable package'):
        load(root, tmp_path / "w", ".")
