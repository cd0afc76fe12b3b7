"""Tests of the go tool nm style listing on archives and executables."""

from __future__ import annotations

import json

import llvmlite.binding as llvm
import pytest

from gominic.link import LinkConfig, link
from gominic.obj.archive import PKGDEF, write_archive
from gominic.link.nm import nm

IR = '''
target triple = "x86_64-unknown-linux-gnu"
@main.counter = global i64 0, section ".noptrbss.main.counter"
@main.table = global ptr @main.main, section ".data.main.table"
@main.msg = constant [2 x i8] c"hi", section ".rodata.main.msg"
declare void @runtime.exit(i64)
define internal void @main.helper() noinline section ".text.main.helper" {
  store volatile i64 1, ptr @main.counter
  ret void
}
define void @main.main() section ".text.main.main" {
  call void @main.helper()
  %p = load volatile ptr, ptr @main.table
  %q = load volatile i8, ptr @main.msg
  call void @runtime.exit(i64 0)
  ret void
}
'''
RT0 = '''
target triple = "x86_64-unknown-linux-gnu"
module asm ".section .text._rt0_amd64_linux,\\22ax\\22,@progbits"
module asm ".globl _rt0_amd64_linux"
module asm "_rt0_amd64_linux: call main.main"
define void @runtime.exit(i64 %code) nounwind noreturn section ".text.runtime.exit" {
  call void asm sideeffect "syscall", "{rax},{rdi},~{rcx},~{r11},~{memory}"(i64 231, i64 %code)
  unreachable
}
'''


def compile_ir(ir: str) -> bytes:
    llvm.initialize_native_target()
    llvm.initialize_native_asmprinter()
    llvm.initialize_native_asmparser()
    tm = llvm.Target.from_triple("x86_64-unknown-linux-gnu").create_target_machine(
        reloc="static", codemodel="small")
    return tm.emit_object(llvm.parse_assembly(ir))


@pytest.fixture
def archives(tmp_path):
    for path, ir in (("main", IR), ("runtime", RT0)):
        pkgdef = json.dumps({"path": path, "imports": []}).encode()
        write_archive(tmp_path / f"{path}.a", [(PKGDEF, pkgdef), ("_go_.o", compile_ir(ir))])
    return tmp_path


def test_nm_archive(archives):
    assert nm(archives / "main.a") == (
        "       0 B main.counter\n"
        "       0 t main.helper\n"
        "       0 T main.main\n"
        "       0 R main.msg\n"
        "       0 D main.table\n"
        "         U runtime.exit\n")


def test_nm_executable_sorted_by_address_with_sizes(archives):
    link(LinkConfig(main=archives / "main.a", packagefiles={"runtime": archives / "runtime.a"},
                    output=archives / "a.out"))
    lines = nm(archives / "a.out", sort="address", size=True).splitlines()
    letters = {line.split()[-1]: line.split()[-2] for line in lines}
    assert letters["main.main"] == "T" and letters["main.helper"] == "t"
    assert letters["main.msg"] == "R" and letters["main.table"] == "D" and letters["main.counter"] == "B"
    assert "runtime.text" not in letters  # boundary symbols appear only when referenced
    addrs = [int(line.split()[0], 16) for line in lines]
    assert addrs == sorted(addrs)
    main = next(line for line in lines if line.endswith(" main.main"))
    assert main[:8].strip() == f"{int(main.split()[0], 16):x}" and len(main.split()[1]) <= 8
    assert nm(archives / "a.out", sort="none") != ""


def test_nm_bad_sort(archives):
    with pytest.raises(ValueError):
        nm(archives / "main.a", sort="size")
