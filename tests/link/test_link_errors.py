"""Tests of the linker's error messages: one line each, in Go's words, and
no output file left behind by a failed link."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from gominic.link import LinkError
from gominic.link.main import LinkConfig, link
from gominic.obj.archive import package_members, read_archive, write_archive
from gominic.obj.elffile import RELA, SHDR, parse_elf

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


def patch_section(name_prefix: str, field: int, value) -> callable:
    """A transform setting field (SHDR index) of the first section whose name
    starts with name_prefix to value(section) (issue 18, item 10)."""
    def transform(obj: bytes) -> bytes:
        elf = parse_elf(obj, "x")
        i = next(i for i, s in enumerate(elf.sections) if s.name.startswith(name_prefix))
        shoff = int.from_bytes(obj[0x28:0x30], "little")
        data = bytearray(obj)
        fields = list(SHDR.unpack_from(data, shoff + i * SHDR.size))
        fields[field] = value(elf.sections[i])
        SHDR.pack_into(data, shoff + i * SHDR.size, *fields)
        return bytes(data)
    return transform


def patch_first_reloc(offset) -> callable:
    """A transform setting the r_offset of .text.main.main's first relocation."""
    def transform(obj: bytes) -> bytes:
        elf = parse_elf(obj, "x")
        rela = next(s for s in elf.sections if s.name == ".rela.text.main.main")
        text = next(s for s in elf.sections if s.name == ".text.main.main")
        data = bytearray(obj)
        _, info, addend = RELA.unpack_from(data, rela.offset)
        RELA.pack_into(data, rela.offset, offset(text), info, addend)
        return bytes(data)
    return transform


@pytest.mark.parametrize("transform,what", [
    (patch_section(".text.main.main", 8, lambda s: 1 << 28),
     "section .text.main.main: alignment 268435456 is not a power of two up to 4096"),
    (patch_section(".text.main.main", 8, lambda s: 1 << 33),
     "section .text.main.main: alignment 8589934592 is not a power of two up to 4096"),
    (patch_section(".text.main.main", 8, lambda s: 24),
     "section .text.main.main: alignment 24 is not a power of two up to 4096"),
    (patch_section(".rela.text.main.main", 7, lambda s: 999),
     "relocation section .rela.text.main.main applies to section 999, which does not exist"),
    (patch_first_reloc(lambda text: text.size),
     "main.main: relocation at offset {size} is outside the section ({size} bytes)"),
    (patch_first_reloc(lambda text: 1 << 40),
     "main.main: relocation at offset 1099511627776 is outside the section ({size} bytes)"),
], ids=["align-2^28", "align-2^33", "align-24", "rela-target", "reloc-past-end", "reloc-2^40"])
def test_every_field_read_is_checked(tc, transform, what):
    file = tc.package("main", [println_ir("main.main", "x\n")])
    size = next(s.size for s in parse_elf(read_archive(file)[1].data, "x").sections if s.name == ".text.main.main")
    rewrite_object(file, transform)
    with pytest.raises(LinkError) as e:
        tc.link()
    assert str(e.value) == f"{file}(_go_.o): {what.format(size=size)}"
    assert "\n" not in str(e.value)


def test_a_relocation_to_no_symbol_is_named(tc):
    """Once printed as "relocation target  not defined" (no name at all)."""
    def null_symbol(obj: bytes) -> bytes:
        elf = parse_elf(obj, "x")
        rela = next(s for s in elf.sections if s.name == ".rela.text.main.main")
        data = bytearray(obj)
        offset, info, addend = RELA.unpack_from(data, rela.offset)
        RELA.pack_into(data, rela.offset, offset, info & 0xFFFFFFFF, addend)  # symbol 0
        return bytes(data)
    file = tc.package("main", [println_ir("main.main", "x\n")])
    rewrite_object(file, null_symbol)
    with pytest.raises(LinkError, match=rf"^{file}\(_go_.o\): main.main: relocation at offset \d+ "
                                        r"names a symbol or section that is not loaded$"):
        tc.link()


def test_malformed_debug_information_is_a_link_error(tmp_path):
    """A debug section that does not decode (here .debug_abbrev full of
    continuation bytes, so a LEB128 number runs off its end) is named in
    one line, not an internal error (found by make fuzz-link)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "fuzz"))
    from fuzz_link import build_program

    main, deps = build_program(tmp_path)

    def spoil_abbrev(obj: bytes) -> bytes:
        elf = parse_elf(obj, "x")
        sec = next(s for s in elf.sections if s.name == ".debug_abbrev")
        return obj[:sec.offset] + b"\xff" * sec.size + obj[sec.offset + sec.size:]

    # Resealed (__.SUMS written again), so the damage gets past the sums.
    members = [(m.name, bytes(m.data)) for m in read_archive(main)]
    objects = [(n, spoil_abbrev(d) if n == "_go_.o" else d) for n, d in members[1:-1]]
    copy = tmp_path / "main.a"
    write_archive(copy, package_members(members[0][1], objects))
    with pytest.raises(LinkError, match=r"\(_go_\.o\): \.debug_\w+: malformed debug information$"):
        link(LinkConfig(main=copy, packagefiles=deps, output=tmp_path / "a.out"))
    assert not (tmp_path / "a.out").exists()
