"""Tests that every relocation type the linker handles is patched correctly,
and that values which do not fit their field are errors."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from gominic.link import LinkError
from gominic.link.nm import nm
from gominic.obj.elffile import parse_elf, read_relocations, reloc_type_name

from conftest import asm_ir, compile_ir


def message(name: str, text: str) -> str:
    """A one-symbol rodata section holding ``text`` (with a newline)."""
    return f'.section .rodata.{name},"a",@progbits\n.globl {name}\n{name}:\n  .ascii "{text}\\n"\n'


# main.main prints one line per way of reaching a message; each line names
# the relocation that made the address.
RELOC_PROGRAM = "".join(message(n, t) for n, t in [
    ("main.m64", "64"), ("main.m32", "32"), ("main.m32s", "32S"), ("main.mpc32", "PC32"),
    ("main.mgot", "GOT"), ("main.mslot", "SLOT"), ("main.madd", "ADD"), ("main.mpc64", "PC64"),
    ("main.mgotdata", "GOTDATA"), ("main.mjmp", "JMP")]) + r'''
.section .data.main.p64,"aw",@progbits
main.p64: .quad main.m64
.section .data.main.pc64,"aw",@progbits
main.pc64: .quad main.mpc64 - .
.section .data.main.gotrel,"aw",@progbits
main.gotrel: .long main.mgotdata@GOTPCREL
.section .text.main.main,"ax",@progbits
.globl main.main
main.main:
  pushq %rbx
  movq main.p64(%rip), %rdi
  movl $3, %esi
  call runtime.write
  movl $main.m32, %edi
  movl $3, %esi
  call runtime.write
  movq $main.m32s, %rdi
  movl $4, %esi
  call runtime.write
  leaq main.mpc32(%rip), %rdi
  movl $5, %esi
  call runtime.write
  movq main.mgot@GOTPCREL(%rip), %rdi
  movl $4, %esi
  call *runtime.write@GOTPCREL(%rip)
  pushq main.mslot@GOTPCREL(%rip)
  popq %rdi
  movl $5, %esi
  call runtime.write
  xorl %r9d, %r9d
  addq main.madd@GOTPCREL(%rip), %r9
  movq %r9, %rdi
  movl $4, %esi
  call runtime.write
  leaq main.pc64(%rip), %rax
  movq (%rax), %rdi
  addq %rax, %rdi
  movl $5, %esi
  call runtime.write
  leaq main.gotrel(%rip), %rax
  movslq (%rax), %rdi
  addq %rax, %rdi
  movq (%rdi), %rdi
  movl $8, %esi
  call runtime.write
  popq %rbx
  leaq main.mjmp(%rip), %rdi
  movl $4, %esi
  jmp *runtime.write@GOTPCREL(%rip)
'''


def reloc_types(obj: bytes) -> set[str]:
    """The names of the relocation types an object uses."""
    elf = parse_elf(obj, "test.o")
    return {reloc_type_name(info & 0xFFFFFFFF) for i, sec in enumerate(elf.sections) if sec.type == 4
            for _, info, _ in read_relocations(elf, i)}


def test_each_relocation_type_runs(tc):
    obj = compile_ir(asm_ir(RELOC_PROGRAM))
    assert reloc_types(obj) >= {"R_X86_64_64", "R_X86_64_PC32", "R_X86_64_PLT32", "R_X86_64_32",
                                "R_X86_64_32S", "R_X86_64_PC64", "R_X86_64_GOTPCREL",
                                "R_X86_64_GOTPCRELX", "R_X86_64_REX_GOTPCRELX"}
    tc.package("main", [obj])
    tc.link()
    r = tc.run()
    assert r.returncode == 0
    assert r.stdout == b"64\n32\n32S\nPC32\nGOT\nSLOT\nADD\nPC64\nGOTDATA\nJMP\n"


@pytest.mark.skipif(shutil.which("objdump") is None, reason="objdump not installed")
def test_gotpcrelx_relaxed_to_direct(tc):
    tc.package("main", [asm_ir(RELOC_PROGRAM)])
    tc.link()
    dis = subprocess.run(["objdump", "-d", str(tc.dir / "a.out")], capture_output=True, text=True).stdout
    assert "addr32 call" in dis  # call *runtime.write@GOTPCREL(%rip)
    assert "lea    0x" in dis and "# 40" in dis  # mov main.mgot@GOTPCREL -> lea
    assert "add    $0x4" in dis  # add main.madd@GOTPCREL(%rip), %r9 -> add $main.madd, %r9 (REX.R -> REX.B)
    # The push and the data word cannot be relaxed: they use the two .got slots.
    got = [line.split() for line in nm(tc.dir / "a.out", size=True).splitlines() if line.endswith(" .got")]
    assert got and got[0][1:3] == ["16", "R"]


OVERFLOWS = [
    ("R_X86_64_32", '.section .data.main.d,"aw",@progbits\nmain.d: .long main.m + 0xfff00000'),
    ("R_X86_64_32S", '.section .text.main.f,"ax",@progbits\nmain.f: movq $main.m+0x7ff00000, %rax'),
    ("R_X86_64_PC32", '.section .text.main.f,"ax",@progbits\nmain.f: leaq main.m+0x7ffffff0(%rip), %rax'),
    ("R_X86_64_PLT32", '.section .text.main.f,"ax",@progbits\nmain.f: .reloc ., R_X86_64_PLT32, main.m+0x7ffffff0\n .long 0'),
]


@pytest.mark.parametrize("rtype,asm", OVERFLOWS, ids=[o[0] for o in OVERFLOWS])
def test_relocation_overflow_is_an_error(tc, rtype, asm):
    user = "main.d" if "main.d" in asm else "main.f"
    source = message("main.m", "m") + asm + f'''
.section .text.main.main,"ax",@progbits
.globl main.main
main.main:
  leaq {user}(%rip), %rax
  ret
'''
    tc.package("main", [asm_ir(source)])
    with pytest.raises(LinkError) as e:
        tc.link()
    assert str(e.value).startswith(f"{user}: relocation {rtype} against main.m out of range: ")
    assert not (tc.dir / "a.out").exists()


def test_in_range_unsigned_32_is_not_an_overflow(tc):
    # 0x80000000 + a small address fits 32 unsigned bits but not 32 signed.
    source = message("main.m", "m") + '''
.section .data.main.d,"aw",@progbits
main.d: .long main.m + 0x80000000
.section .text.main.main,"ax",@progbits
.globl main.main
main.main:
  leaq main.d(%rip), %rax
  ret
'''
    tc.package("main", [asm_ir(source)])
    tc.link()


def test_unknown_relocation_type(tc):
    source = message("main.m", "m") + '''
.section .text.main.main,"ax",@progbits
.globl main.main
main.main:
  .reloc ., R_X86_64_TPOFF32, main.m
  .long 0
  ret
'''
    tc.package("main", [asm_ir(source)])
    with pytest.raises(LinkError, match=r"^main\.main: unknown relocation type 23 \(R_X86_64_TPOFF32\) "
                                         r"against main\.m$"):
        tc.link()


def test_weak_undefined_reference_is_zero(tc):
    # extern_weak: with no definition anywhere, the address is 0.
    ir = '''
@main.hook = extern_weak global i8
declare void @runtime.exit(i64)
define void @main.main() nounwind section ".text.main.main" {
  %isnull = icmp eq ptr @main.hook, null
  %code = select i1 %isnull, i64 7, i64 1
  call void @runtime.exit(i64 %code)
  ret void
}
'''
    tc.package("main", [ir])
    tc.link()
    assert tc.run().returncode == 7
