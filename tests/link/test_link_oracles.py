"""Tests that check our executables with independent tools: binutils'
readelf, objdump and nm, and GNU ld linking the same objects.  Each skips
cleanly when the tool is not installed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from gominic.obj.archive import PKGDEF, read_archive
from gominic.obj.elffile import ProgramFlag, ProgramType, SectionFlag, PHDR, parse_elf
from gominic.link.nm import nm

from conftest import println_ir

GREETER = [("example/greeter", println_ir("example/greeter.Hello", "hello from greeter\n"))]
MAIN = println_ir("main.main", "hello, world\n").replace(
    "  ret void", "  call void @\"example/greeter.Hello\"()\n  ret void") + \
    'declare void @"example/greeter.Hello"()\n' + println_ir("main.unused", "unused\n").replace(
        "declare void @runtime.write(ptr, i64)\n", "")
OUTPUT = b"hello, world\nhello from greeter\n"


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} not installed")
    return path


def run(*args) -> str:
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def exe(tc) -> Path:
    for path, ir in GREETER:
        tc.package(path, [ir])
    tc.package("main", [MAIN], imports=["example/greeter"])
    tc.link()
    assert tc.run().stdout == OUTPUT
    return tc.dir / "a.out"


def test_readelf_header(exe):
    out = run(tool("readelf"), "-h", exe)
    assert "EXEC (Executable file)" in out
    assert "Advanced Micro Devices X86-64" in out
    entry = int(out.split("Entry point address:")[1].split()[0], 16)
    assert f"{entry:x} T _rt0_amd64_linux" in nm(exe)


def test_readelf_segments(exe):
    readelf = tool("readelf")
    out = run(readelf, "-lW", exe)
    assert "INTERP" not in out and "DYNAMIC" not in out
    assert "GNU_STACK" in out and "NOTE" in out
    loads = [line.split() for line in out.splitlines() if line.strip().startswith("LOAD")]
    assert [" ".join(row[6:-1]) for row in loads] == ["R E", "R"]  # no data: no RW segment
    assert "warning" not in subprocess.run([readelf, "-a", str(exe)], capture_output=True, text=True).stderr.lower()


def test_no_segment_is_writable_and_executable(exe):
    elf_bytes = exe.read_bytes()
    phoff, phnum = int.from_bytes(elf_bytes[0x20:0x28], "little"), int.from_bytes(elf_bytes[0x38:0x3A], "little")
    for i in range(phnum):
        ptype, flags, off, vaddr, _, filesz, memsz, align = PHDR.unpack_from(elf_bytes, phoff + i * PHDR.size)
        assert not (flags & ProgramFlag.PF_W and flags & ProgramFlag.PF_X)
        if ptype == ProgramType.PT_LOAD:
            assert off % align == vaddr % align and memsz >= filesz
        if ptype == ProgramType.PT_GNU_STACK:
            assert not flags & ProgramFlag.PF_X


def test_objdump_disassembles_functions(exe):
    out = run(tool("objdump"), "-d", exe)
    assert "<main.main>:" in out and "<example/greeter.Hello>:" in out
    assert "<main.unused>:" not in out


def test_binutils_nm_agrees(exe):
    theirs = {(line.split()[0].lstrip("0"), line.split()[2]) for line in run(tool("nm"), exe).splitlines()}
    ours = {(line.split()[0], line.split()[2]) for line in nm(exe).splitlines()}
    assert ours == theirs


def test_build_id_is_deterministic(tc, exe):
    first = exe.read_bytes()
    tc.link(output="b.out")
    assert (tc.dir / "b.out").read_bytes() == first
    if shutil.which("readelf"):
        assert "Build ID: " in run("readelf", "-n", exe)


def loaded_bytes(path: Path) -> int:
    """Total size of the allocated sections: what the program maps."""
    elf = parse_elf(path.read_bytes(), str(path))
    return sum(s.size for s in elf.sections if s.flags & SectionFlag.SHF_ALLOC
               and not s.name.startswith(".note"))


def test_gnu_ld_oracle(tc, exe):
    ld = tool("ld")
    objects = []
    for path in ["main", "example/greeter", "runtime"]:  # our load order, so layouts compare
        for m in read_archive(tc.packagefiles[path]):
            if m.name != PKGDEF:
                obj = tc.dir / f"{path.replace('/', '_')}_{m.name}"
                obj.write_bytes(m.data)
                objects.append(obj)
    gnu = tc.dir / "gnu.out"
    subprocess.run([ld, "-static", "-e", "_rt0_amd64_linux", "--gc-sections", "-o", gnu, *objects],
                   check=True, capture_output=True)
    assert subprocess.run([gnu], capture_output=True).stdout == OUTPUT
    assert loaded_bytes(exe) <= loaded_bytes(gnu)
