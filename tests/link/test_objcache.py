"""The linker's object index cache (gominic/link/objcache.py): a link that
reads decoded objects from the cache writes exactly the bytes of a link
that decodes them all, whether the cache is empty, full, damaged, made by
another linker or filled by a -w link; hand-made archives are never cached."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from gominic.link import LinkConfig, link
from gominic.link import objcache
from gominic.link.objcache import ObjectIndex
from gominic.obj.archive import read_archive, read_package

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "fuzz"))
from fuzz_link import build_program  # noqa: E402


@pytest.fixture(scope="module")
def program(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Path]]:
    """A compiled program (fmt, strings, the runtime): archives with __.SUMS."""
    return build_program(tmp_path_factory.mktemp("program"))


def linked(program, out: Path, index: ObjectIndex | None, **flags) -> bytes:
    main, deps = program
    link(LinkConfig(main=main, packagefiles=deps, output=out, index=index, **flags))
    return out.read_bytes()


def entries(index_dir: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in sorted(index_dir.rglob("*")) if p.is_file()}


def test_cached_link_is_byte_identical(program, tmp_path: Path) -> None:
    want = linked(program, tmp_path / "plain", None)
    index_dir = tmp_path / "objindex"
    assert linked(program, tmp_path / "cold", ObjectIndex(index_dir, "L1")) == want
    stored = entries(index_dir)
    objects = sum(len(read_package(p).objects) for p in [program[0], *program[1].values()])
    assert len(stored) == objects  # one entry per object
    assert linked(program, tmp_path / "warm", ObjectIndex(index_dir, "L1")) == want
    assert entries(index_dir) == stored  # a warm link rewrites nothing


def test_preloaded_entries_link_the_same(program, tmp_path: Path, monkeypatch) -> None:
    """Entries a build server decoded ahead (preload_entries), even ones a
    -w link left without DWARF, give the bytes of a plain link."""
    want = linked(program, tmp_path / "plain", None)
    index_dir = tmp_path / "objindex"
    linked(program, tmp_path / "stripped", ObjectIndex(index_dir, "L1"), strip_dwarf=True)
    monkeypatch.setattr(objcache, "PRELOADED", {})
    objcache.preload_entries(index_dir)
    assert len(objcache.PRELOADED) == len(entries(index_dir))
    for path in entries(index_dir):
        path.unlink()  # only the preloaded copies are left to read
    assert linked(program, tmp_path / "preloaded", ObjectIndex(index_dir, "L1")) == want


def test_damaged_entry_is_decoded_again(program, tmp_path: Path) -> None:
    want = linked(program, tmp_path / "plain", None)
    index_dir = tmp_path / "objindex"
    linked(program, tmp_path / "cold", ObjectIndex(index_dir, "L1"))
    stored = entries(index_dir)
    damaged = max(stored, key=lambda p: len(stored[p]))
    data = bytearray(stored[damaged])
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    truncated = min(stored, key=lambda p: len(stored[p]))
    truncated.write_bytes(stored[truncated][:3])
    assert linked(program, tmp_path / "again", ObjectIndex(index_dir, "L1")) == want
    assert entries(index_dir) == stored  # both made whole again


def test_another_linker_reads_none_of_the_entries(program, tmp_path: Path) -> None:
    index_dir = tmp_path / "objindex"
    linked(program, tmp_path / "one", ObjectIndex(index_dir, "L1"))
    first = entries(index_dir)
    want = linked(program, tmp_path / "plain", None)
    assert linked(program, tmp_path / "two", ObjectIndex(index_dir, "L2")) == want
    assert len(entries(index_dir)) == 2 * len(first)


def test_entry_learns_dwarf_after_a_w_link(program, tmp_path: Path) -> None:
    index_dir = tmp_path / "objindex"
    assert linked(program, tmp_path / "w1", ObjectIndex(index_dir, "L1"), strip_dwarf=True) == \
        linked(program, tmp_path / "w0", None, strip_dwarf=True)
    without_dwarf = entries(index_dir)
    want = linked(program, tmp_path / "plain", None)
    assert linked(program, tmp_path / "full", ObjectIndex(index_dir, "L1")) == want
    with_dwarf = entries(index_dir)
    assert with_dwarf.keys() == without_dwarf.keys()
    assert any(len(with_dwarf[p]) > len(without_dwarf[p]) for p in with_dwarf)
    assert linked(program, tmp_path / "again", ObjectIndex(index_dir, "L1")) == want


def test_objects_without_sums_are_not_cached(program, tmp_path: Path) -> None:
    main, _ = program
    member = next(m for m in read_archive(main) if m.name == "_go_.o")  # read unchecked: no digest
    index = ObjectIndex(tmp_path / "objindex", "L1")
    assert index.key(member) == ""
    index.read(member, "main.a(_go_.o)")
    index.store()
    assert not (tmp_path / "objindex").exists()
