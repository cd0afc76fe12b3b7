"""Helpers that build test programs for the linker without the compiler.

Objects are made from hand-written textual LLVM IR compiled by llvmlite
(static relocation model, small code model, as the compiler emits them);
``module asm`` supplies a tiny runtime entry point ``_rt0_amd64_linux`` that
calls ``main.main`` then exits, and inline ``syscall`` asm gives write and
exit.  Objects are wrapped in package archives with a __.PKGDEF, linked by
our linker and run.
"""

from __future__ import annotations

import io
import json
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import llvmlite.binding as llvm
import pytest

from gominic.link import LinkConfig, LinkResult, link
from gominic.obj.archive import PKGDEF, write_archive

llvm.initialize_native_target()
llvm.initialize_native_asmprinter()
llvm.initialize_native_asmparser()
TARGET_MACHINE = llvm.Target.from_triple("x86_64-unknown-linux-gnu").create_target_machine(
    reloc="static", codemodel="small", opt=2)

# The entry point: align the stack, call main.main, exit(0).
RT0_ASM = r'''
module asm ".section .text._rt0_amd64_linux,\22ax\22,@progbits"
module asm ".globl _rt0_amd64_linux"
module asm ".type _rt0_amd64_linux,@function"
module asm "_rt0_amd64_linux:"
module asm "  andq $-16, %rsp"
module asm "  call main.main"
module asm "  xorl %edi, %edi"
module asm "  movl $231, %eax"
module asm "  syscall"
module asm ".size _rt0_amd64_linux, .-_rt0_amd64_linux"
'''

# runtime.write(p, n) and runtime.exit(code) as inline syscalls.
RUNTIME_IR = r'''
define void @runtime.write(ptr %p, i64 %n) nounwind section ".text.runtime.write" {
  %r = call i64 asm sideeffect "syscall", "={rax},{rax},{rdi},{rsi},{rdx},~{rcx},~{r11},~{memory}"(i64 1, i64 1, ptr %p, i64 %n)
  ret void
}
define void @runtime.exit(i64 %code) nounwind noreturn section ".text.runtime.exit" {
  call void asm sideeffect "syscall", "{rax},{rdi},~{rcx},~{r11},~{memory}"(i64 231, i64 %code)
  unreachable
}
'''


def asm_ir(text: str) -> str:
    """Wrap assembly source as ``module asm`` lines of an IR module."""
    return "".join('module asm "{}"\n'.format(line.replace('"', "\\22"))
                   for line in text.strip().splitlines())


def compile_ir(ir: str) -> bytes:
    """Compile textual LLVM IR to an ELF relocatable object."""
    module = llvm.parse_assembly('target triple = "x86_64-unknown-linux-gnu"\n' + ir)
    module.verify()
    return TARGET_MACHINE.emit_object(module)


def string_literal(text: str, name: str | None = None) -> tuple[str, str]:
    """IR for a content-addressed string literal; returns (global name, definition)."""
    data = text.encode()
    sym = name or "go:string." + data.hex()
    escaped = "".join(f"\\{b:02X}" for b in data)
    return (f'@"{sym}"', f'@"{sym}" = linkonce_odr constant [{len(data)} x i8] c"{escaped}", '
            f'section ".rodata.{sym}"\n')


def println_ir(func: str, text: str) -> str:
    """IR of a function ``func`` that writes ``text`` with runtime.write."""
    ref, definition = string_literal(text)
    return (definition + "declare void @runtime.write(ptr, i64)\n"
            f'define void @"{func}"() nounwind section ".text.{func}" {{\n'
            f"  call void @runtime.write(ptr {ref}, i64 {len(text.encode())})\n"
            "  ret void\n}\n")


@dataclass
class Toolchain:
    """Makes package archives in a temporary directory and links them."""

    dir: Path
    packagefiles: dict[str, Path] = field(default_factory=dict)

    def package(self, path: str, objects: list[str | bytes], imports: list[str] = (),
                linkvars: dict[str, str] | None = None) -> Path:
        """Write a package archive from IR texts (or ready object bytes)."""
        pkgdef = {"path": path, "imports": list(imports), "linkvars": linkvars or {}}
        members = [(PKGDEF, json.dumps(pkgdef).encode())]
        for i, o in enumerate(objects):
            members.append(("_go_.o" if i == 0 else f"asm_{i - 1}.o",
                            compile_ir(o) if isinstance(o, str) else o))
        file = self.dir / (path.replace("/", "_") + ".a")
        write_archive(file, members)
        self.packagefiles[path] = file
        return file

    def runtime(self, extra_ir: str = "") -> Path:
        return self.package("runtime", [RUNTIME_IR + extra_ir, RT0_ASM])

    def link(self, output: str = "a.out", **options) -> tuple[LinkResult, str]:
        """Link package "main"; returns the result and what the linker printed."""
        if "runtime" not in self.packagefiles:
            self.runtime()
        out = io.StringIO()
        cfg = LinkConfig(main=self.packagefiles["main"], packagefiles=dict(self.packagefiles),
                         output=self.dir / output, out=out, **options)
        return link(cfg), out.getvalue()

    def run(self, exe: Path | str = "a.out") -> subprocess.CompletedProcess:
        return subprocess.run([str(self.dir / exe)], capture_output=True, timeout=10)

    def program(self, main_ir: str, imports: list[str] = (), **options) -> subprocess.CompletedProcess:
        """Package main_ir as "main", link it and run it."""
        self.package("main", [main_ir], imports)
        self.link(**options)
        return self.run()


@pytest.fixture
def tc(tmp_path: Path) -> Toolchain:
    return Toolchain(tmp_path)
