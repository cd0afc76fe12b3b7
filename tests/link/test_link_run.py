"""Tests that linked programs run: imports followed breadth first, dupok
string literals merged to one copy, sections LLVM makes on its own
(constant pools, jump tables, several symbols in one section) laid out."""

from __future__ import annotations

import pytest

from gominic.link import LinkError

from conftest import asm_ir, println_ir, string_literal


def test_hello(tc):
    r = tc.program(println_ir("main.main", "hello, world\n"))
    assert (r.returncode, r.stdout) == (0, b"hello, world\n")


def test_imports_are_loaded_transitively(tc):
    tc.package("example/greeter", [println_ir("example/greeter.Hello", "hello from greeter\n")],
               imports=["example/util"])
    tc.package("example/util", [println_ir("example/util.Unused", "unused\n")])
    main = '''
declare void @"example/greeter.Hello"()
define void @main.main() nounwind section ".text.main.main" {
  call void @"example/greeter.Hello"()
  ret void
}
'''
    r = tc.program(main, imports=["example/greeter"])
    assert r.stdout == b"hello from greeter\n"


def test_missing_package_file(tc):
    tc.package("main", [println_ir("main.main", "x\n")], imports=["example/absent"])
    with pytest.raises(LinkError, match=r"^cannot find package example/absent \(using -importcfg\)$"):
        tc.link()


def two_packages_printing(tc, text_a: str, text_b: str, name: str | None = None) -> None:
    """Packages a and b each print a literal under one go:string name; main calls both."""
    for pkg, text in (("a", text_a), ("b", text_b)):
        ref, definition = string_literal(text, name)
        tc.package(pkg, [definition + f'''
declare void @runtime.write(ptr, i64)
define void @{pkg}.F() nounwind section ".text.{pkg}.F" {{
  call void @runtime.write(ptr {ref}, i64 {len(text)})
  ret void
}}
'''])
    tc.package("main", ['''
declare void @a.F()
declare void @b.F()
define void @main.main() nounwind section ".text.main.main" {
  call void @a.F()
  call void @b.F()
  ret void
}
'''], imports=["a", "b"])


def test_identical_string_literals_are_merged(tc):
    text = "a string literal used by two packages\n"
    two_packages_printing(tc, text, text)
    tc.link()
    assert tc.run().stdout == text.encode() * 2
    assert (tc.dir / "a.out").read_bytes().count(text.encode()) == 1


def test_content_addressed_mismatch_is_an_error(tc):
    two_packages_printing(tc, "same name\n", "different\n", name="go:string.0123")
    with pytest.raises(LinkError, match=r"^go:string\.0123: content-addressed symbol has different "
                                         r"contents in a and b$"):
        tc.link()


def test_constant_pool_and_jump_table(tc):
    # A float constant (in .rodata.cst8, reached through a section symbol) and
    # a dense switch (a jump table in .rodata) must both be laid out and relocated.
    ir = '''
declare void @runtime.exit(i64)
define i64 @main.pick(i64 %x) noinline nounwind section ".text.main.pick" {
  switch i64 %x, label %d [ i64 0, label %a  i64 1, label %b  i64 2, label %c  i64 3, label %e
                            i64 4, label %f  i64 5, label %g ]
a: ret i64 10
b: ret i64 21
c: ret i64 32
e: ret i64 43
f: ret i64 54
g: ret i64 65
d: ret i64 0
}
define double @main.scale(double %x) noinline nounwind section ".text.main.scale" {
  %y = fmul double %x, 1.5
  ret double %y
}
@main.n = global i64 4, section ".noptrdata.main.n"
define void @main.main() nounwind section ".text.main.main" {
  %n = load volatile i64, ptr @main.n
  %v = call i64 @main.pick(i64 %n)
  %f = sitofp i64 %v to double
  %s = call double @main.scale(double %f)
  %i = fptosi double %s to i64
  call void @runtime.exit(i64 %i)
  ret void
}
'''
    r = tc.program(ir)
    assert r.returncode == 81  # pick(4) = 54, * 1.5


def test_named_symbols_sharing_a_section(tc):
    # Two named symbols in one section: both are aliases of an anonymous
    # section symbol; reaching one keeps the section.
    asm = r'''
.section .rodata.main.pair,"a",@progbits
.globl main.first
main.first: .ascii "first\n"
.globl main.second
main.second: .ascii "second\n"
.section .text.main.main,"ax",@progbits
.globl main.main
main.main:
  leaq main.second(%rip), %rdi
  movl $7, %esi
  jmp runtime.write
'''
    tc.package("main", [asm_ir(asm)])
    tc.link()
    assert tc.run().stdout == b"second\n"


def test_exit_status(tc):
    ir = '''
declare void @runtime.exit(i64)
define void @main.main() nounwind section ".text.main.main" {
  call void @runtime.exit(i64 3)
  ret void
}
'''
    assert tc.program(ir).returncode == 3


def test_strong_definition_beats_dupok(tc):
    # main, loaded first, has a weak (dupok) lib.Hook; lib's strong one replaces it.
    tc.package("lib", ['''
define void @lib.Hook() nounwind section ".text.lib.Hook" {
  call void @runtime.exit(i64 5)
  ret void
}
declare void @runtime.exit(i64)
'''])
    tc.package("main", ['''
define weak_odr void @lib.Hook() nounwind section ".text.lib.Hook" {
  call void @runtime.exit(i64 1)
  ret void
}
declare void @runtime.exit(i64)
define void @main.main() nounwind section ".text.main.main" {
  call void @lib.Hook()
  ret void
}
'''], imports=["lib"])
    tc.link()
    assert tc.run().returncode == 5
