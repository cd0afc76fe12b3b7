"""Tests of module.py: finding go.mod and reading the module path."""

from pathlib import Path

import pytest

from gominic.work.errors import BuildError
from gominic.work.module import Module, find_module, read_module_path


def test_find_module_walks_up(tmp_path: Path):
    (tmp_path / "go.mod").write_text("module example\n\ngo 1.19\n")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_module(deep) == Module("example", tmp_path.resolve())


def test_no_go_mod(tmp_path: Path):
    assert find_module(tmp_path) is None


@pytest.mark.parametrize(
    "text, path",
    [
        ("module example.com/hello\n", "example.com/hello"),
        ('// comment\nmodule "quoted/path" // trailing\n', "quoted/path"),
        ("go 1.19\n\nmodule   spaced\n", "spaced"),
    ],
)
def test_module_directive(tmp_path: Path, text: str, path: str):
    (tmp_path / "go.mod").write_text(text)
    assert read_module_path(tmp_path / "go.mod") == path


def test_missing_module_directive(tmp_path: Path):
    (tmp_path / "go.mod").write_text("go 1.19\n")
    with pytest.raises(BuildError, match="missing module declaration"):
        read_module_path(tmp_path / "go.mod")


def test_import_paths_and_dirs(tmp_path: Path):
    m = Module("example", tmp_path)
    assert m.dir_of("example") == tmp_path
    assert m.dir_of("example/greeter") == tmp_path / "greeter"
    assert m.dir_of("examples/x") is None
    assert m.import_path_of(tmp_path) == "example"
    assert m.import_path_of(tmp_path / "a" / "b") == "example/a/b"
    assert m.import_path_of(tmp_path.parent) is None
