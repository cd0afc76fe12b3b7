"""Tests of the linker's error messages: one line each, in Go's words, and
no output file left behind by a failed link."""

from __future__ import annotations

from pathlib import Path

import pytest

from gominic.link import LinkError
from gominic.obj.archive import read_archive, write_archive

from conftest import println_ir


def test_undefined_symbol(tc):
    ir = '''
declare void @main.missing()
define void @main.main() nounwind section ".text.main.main" {
  call void @main.missing()
  ret void
}
'''
    tc.package("main", [ir])
    with pytest.raises(LinkError) as e:
        tc.link()
    assert str(e.value) == "main.main: relocation target main.missing not defined"
    assert sorted(p.name for p in tc.dir.iterdir()) == ["main.a", "runtime.a"]


def test_failed_link_keeps_existing_output(tc):
    tc.package("main", [println_ir("main.main", "old\n")])
    tc.link()
    before = (tc.dir / "a.out").read_bytes()
    tc.package("main", ['declare void @x.y()\ndefine void @main.main() section ".text.main.main" '
                        '{\n call void @x.y()\n ret void\n}\n'])
    with pytest.raises(LinkError):
        tc.link()
    assert (tc.dir / "a.out").read_bytes() == before


def test_undefined_reference_from_dead_code_is_fine(tc):
    ir = println_ir("main.main", "ok\n") + '''
declare void @main.missing()
define void @main.dead() nounwind section ".text.main.dead" {
  call void @main.missing()
  ret void
}
'''
    assert tc.program(ir).stdout == b"ok\n"


def test_duplicate_strong_definition(tc):
    tc.package("a", [println_ir("main.helper", "a\n")])
    tc.package("main", [println_ir("main.main", "m\n") + '''
define void @main.helper() nounwind section ".text.main.helper" {
  ret void
}
'''], imports=["a"])
    with pytest.raises(LinkError, match=r"^duplicated definition of symbol main\.helper, from a and main$"):
        tc.link()


def test_missing_entry_symbol(tc):
    tc.package("main", [println_ir("main.main", "x\n")])
    tc.package("runtime", ['define void @runtime.write(ptr %p, i64 %n) section ".text.runtime.write" '
                           '{\n ret void\n}\n'])
    with pytest.raises(LinkError, match=r"^_rt0_amd64_linux: entry symbol not defined$"):
        tc.link()


def rewrite_object(archive: Path, transform) -> None:
    """Replace the archive's _go_.o by transform(its bytes)."""
    members = [(m.name, bytes(m.data)) for m in read_archive(archive)]
    write_archive(archive, [(n, transform(d) if n == "_go_.o" else d) for n, d in members])


def bad_section_offset(obj: bytes) -> bytes:
    """Point section 1's sh_offset far past the end of the file."""
    shoff = int.from_bytes(obj[0x28:0x30], "little")
    field = shoff + 64 + 24  # section 1, sh_offset
    return obj[:field] + (1 << 40).to_bytes(8, "little") + obj[field + 8:]


@pytest.mark.parametrize("transform,what", [
    (lambda d: d[:100], "truncated section header table"),
    (lambda d: b"\x7fELX" + d[4:], "not an ELF object (bad magic)"),
    (bad_section_offset, "section data past end of file (truncated object)"),
], ids=["truncated", "bad-magic", "bad-offset"])
def test_corrupt_object_is_one_line(tc, transform, what):
    file = tc.package("main", [println_ir("main.main", "x\n")])
    rewrite_object(file, transform)
    with pytest.raises(LinkError) as e:
        tc.link()
    assert str(e.value) == f"{file}(_go_.o): {what}"


def test_truncated_archive(tc):
    file = tc.package("main", [println_ir("main.main", "x\n")])
    file.write_bytes(file.read_bytes()[:-10])
    with pytest.raises(LinkError, match=rf"^{file}: truncated archive"):
        tc.link()
