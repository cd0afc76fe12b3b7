"""Tests of the package archive format: round trip, GNU ar compatibility,
atomic writes and one-line errors for damaged archives."""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest

from gominic.obj.archive import PKGDEF, ObjError, read_archive, read_package, write_archive, write_atomically

MEMBERS = [(PKGDEF, json.dumps({"path": "example/greeter", "imports": ["runtime"],
                                "linkvars": {"example/greeter.v": "string"}, "export": {}}).encode()),
           ("_go_.o", b"\x7fELF odd-sized"), ("asm_0.o", b"even")]
SECOND = 8 + 60 + len(MEMBERS[0][1]) + len(MEMBERS[0][1]) % 2  # offset of the second header


def test_round_trip(tmp_path):
    path = tmp_path / "greeter.a"
    write_archive(path, MEMBERS)
    assert [(m.name, bytes(m.data)) for m in read_archive(path)] == MEMBERS
    assert path.read_bytes().startswith(b"!<arch>\n")
    assert len(path.read_bytes()) % 2 == 0
    assert [p.name for p in tmp_path.iterdir()] == ["greeter.a"]  # no temp file left


def test_read_package(tmp_path):
    path = tmp_path / "greeter.a"
    write_archive(path, MEMBERS)
    pkg = read_package(path)
    assert (pkg.path, pkg.imports, pkg.linkvars) == ("example/greeter", ["runtime"],
                                                     {"example/greeter.v": "string"})
    assert [m.name for m in pkg.objects] == ["_go_.o", "asm_0.o"]


def test_writes_are_deterministic(tmp_path):
    write_archive(tmp_path / "a.a", MEMBERS)
    write_archive(tmp_path / "b.a", MEMBERS)
    assert (tmp_path / "a.a").read_bytes() == (tmp_path / "b.a").read_bytes()


@pytest.mark.skipif(shutil.which("ar") is None, reason="GNU ar not installed")
def test_gnu_ar_lists_members(tmp_path):
    path = tmp_path / "greeter.a"
    write_archive(path, MEMBERS)
    out = subprocess.run(["ar", "t", str(path)], capture_output=True, text=True, check=True).stdout
    assert out.split() == [PKGDEF, "_go_.o", "asm_0.o"]


@pytest.mark.parametrize("damage,message", [
    (lambda d: d[:-3], "truncated archive (member at offset"),
    (lambda d: d[:SECOND + 30], f"truncated archive member header at offset {SECOND}"),
    (lambda d: b"!<arch>X" + d[8:], "not an archive (bad magic)"),
    (lambda d: d[:66] + b"XX" + d[68:], "malformed archive member header at offset 8"),
], ids=["short-member", "short-header", "magic", "fmag"])
def test_damaged_archive_is_one_line(tmp_path, damage, message):
    path = tmp_path / "greeter.a"
    write_archive(path, MEMBERS)
    path.write_bytes(damage(path.read_bytes()))
    with pytest.raises(ObjError) as e:
        read_archive(path)
    assert str(e.value).startswith(f"{path}: {message}")
    assert "\n" not in str(e.value)


def test_bad_pkgdef(tmp_path):
    path = tmp_path / "bad.a"
    write_archive(path, [(PKGDEF, b"{not json"), ("_go_.o", b"")])
    with pytest.raises(ObjError, match=r"bad\.a\(__\.PKGDEF\): malformed package definition"):
        read_package(path)


def test_member_name_too_long(tmp_path):
    with pytest.raises(ValueError):
        write_archive(tmp_path / "x.a", [("a_very_long_member_name.o", b"")])


def test_a_write_removes_temporaries_of_dead_writers(tmp_path):
    """A writer killed mid-write leaves .name.<pid>.xxx.tmp: the next write
    of name removes it, unless its writer still runs."""
    dead = tmp_path / ".prog.4194399.abc.tmp"  # beyond Linux's largest pid
    alive = tmp_path / f".prog.{os.getpid()}.abc.tmp"
    other = tmp_path / ".other.4194399.abc.tmp"
    for f in (dead, alive, other):
        f.write_bytes(b"partial")
    write_atomically(tmp_path / "prog", b"whole")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([alive.name, other.name, "prog"])


def test_a_damaged_member_fails_its_checksum(tmp_path):
    """package_members adds __.SUMS; read_package checks every member."""
    from gominic.obj.archive import package_members
    path = tmp_path / "p.a"
    write_archive(path, package_members(MEMBERS[0][1], MEMBERS[1:]))
    assert [m.name for m in read_package(path).objects] == [m for m, _ in MEMBERS[1:]]
    data = bytearray(path.read_bytes())
    data[data.index(b"\x7fELF") + 2] ^= 1
    path.write_bytes(data)
    with pytest.raises(ObjError, match=r"p.a\(_go_.o\): does not match its checksum in __.SUMS \(damaged archive\)"):
        read_package(path)


def test_a_pipe_or_device_is_written_in_place_not_replaced(tmp_path):
    """-o /dev/null must leave /dev/null a device: a special file is
    written into, never renamed over (tested on a pipe, private to the test)."""
    import stat
    import threading

    fifo = tmp_path / "out"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    write_atomically(fifo, b"program")
    reader.join(timeout=10)
    assert received == [b"program"]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
