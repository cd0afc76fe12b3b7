"""The loaded-imports snapshot (gominic/link/snapshot.py): a link that
continues from the snapshot loads main alone and writes exactly the bytes
of a link that loads everything; a snapshot whose archives changed, or made
for another object index, is not used; a snapshot serves one link."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from gominic.link import LinkConfig, link, snapshot
from gominic.link.loader import Loader
from gominic.link.objcache import ObjectIndex
from gominic.obj.archive import write_atomically

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "fuzz"))
from fuzz_link import build_program  # noqa: E402


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Path]]:
    """A compiled program (fmt, strings, the runtime)."""
    return build_program(tmp_path_factory.mktemp("program"))


@pytest.fixture
def program(built, tmp_path: Path) -> tuple[Path, dict[str, Path]]:
    """The program's archives, copied where a test may replace them."""
    main, deps = built
    folder = tmp_path / "archives"
    folder.mkdir()
    copies = {path: Path(shutil.copy(file, folder / f"{len(path)}-{file.name}")) for path, file in deps.items()}
    return main, copies


@pytest.fixture
def loads(monkeypatch) -> list[str]:
    """The packages each link loads itself, in order."""
    loaded: list[str] = []
    load_package = Loader.load_package

    def spy(self, pkg):
        loaded.append(pkg.path)
        load_package(self, pkg)

    monkeypatch.setattr(Loader, "load_package", spy)
    monkeypatch.setattr(snapshot, "SNAPSHOT", None)
    return loaded


def linked(program, out: Path, index: ObjectIndex | None, **flags) -> bytes:
    main, deps = program
    link(LinkConfig(main=main, packagefiles=deps, output=out, index=index, **flags))
    return out.read_bytes()


def snapshot_of_last_link(index_dir: Path) -> None:
    """What the build server does between builds."""
    snapshot.make_snapshot(ObjectIndex(index_dir, "L1"))
    assert snapshot.SNAPSHOT is not None


@pytest.mark.parametrize("flags", [{}, {"strip_dwarf": True}])
def test_link_from_snapshot_is_byte_identical(program, loads, tmp_path: Path, flags) -> None:
    want = linked(program, tmp_path / "plain", None, **flags)
    index_dir = tmp_path / "objindex"
    assert linked(program, tmp_path / "first", ObjectIndex(index_dir, "L1"), **flags) == want
    assert loads[-1] == "main" and "runtime" in loads  # main is loaded last
    snapshot_of_last_link(index_dir)
    loads.clear()
    assert linked(program, tmp_path / "snap", ObjectIndex(index_dir, "L1"), **flags) == want
    assert loads == ["main"]
    assert snapshot.SNAPSHOT is None  # taken by the link: it changed the loader


def test_changed_archive_is_loaded_again(program, loads, tmp_path: Path) -> None:
    want = linked(program, tmp_path / "plain", None)
    index_dir = tmp_path / "objindex"
    linked(program, tmp_path / "first", ObjectIndex(index_dir, "L1"))
    snapshot_of_last_link(index_dir)
    fmt = program[1]["fmt"]
    write_atomically(fmt, fmt.read_bytes())  # a new file in its place, as the build cache writes
    loads.clear()
    assert linked(program, tmp_path / "again", ObjectIndex(index_dir, "L1")) == want
    assert loads[-1] == "main" and "fmt" in loads and "runtime" in loads


def test_snapshot_of_another_index_is_not_used(program, loads, tmp_path: Path) -> None:
    index_dir = tmp_path / "objindex"
    want = linked(program, tmp_path / "first", ObjectIndex(index_dir, "L1"))
    snapshot_of_last_link(index_dir)
    loads.clear()
    assert linked(program, tmp_path / "other", ObjectIndex(index_dir, "L2")) == want
    assert "runtime" in loads
    assert snapshot.SNAPSHOT is None


def test_link_set_of_another_linker_makes_no_snapshot(program, loads, tmp_path: Path) -> None:
    index_dir = tmp_path / "objindex"
    linked(program, tmp_path / "first", ObjectIndex(index_dir, "L1"))
    snapshot.make_snapshot(ObjectIndex(index_dir, "L2"))
    assert snapshot.SNAPSHOT is None
