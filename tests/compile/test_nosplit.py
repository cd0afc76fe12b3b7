"""Each function's stack check (gominic/compile/nosplit.py): none for a
leaf with a small frame, our short check for a function with a small frame
and its arguments in registers, LLVM's split-stack check for any other."""

import re

from gominic.compile import backend
from gominic.compile.nosplit import CALL_SIZE, CHECK_CMP, CHECK_JBE, CHECK_SIZE
from gominic.obj.elffile import parse_elf

IR = r"""
target triple = "x86_64-unknown-linux-gnu"
declare void @use(ptr)

define i64 @leaf(i64 %a, i64 %b) section ".text.leaf" {
  %s = mul i64 %a, %b
  ret i64 %s
}

define i64 @"(*T).leaf"(ptr %t) section ".text.(*T).leaf" {
  %v = load i64, ptr %t
  ret i64 %v
}

define void @caller(ptr %p) section ".text.caller" {
  call void @use(ptr %p)
  ret void
}

define void @"(*T).closure"(ptr nest %ctx, { ptr, i64, i64 } %s, i64 %a, i64 %b, i64 %c) section ".text.(*T).closure" {
  call void @use(ptr %ctx)
  ret void
}

define void @stack_args({ ptr, i64, i64 } %s, i64 %a, i64 %b, i64 %c, i64 %d) section ".text.stack_args" {
  call void @use(ptr null)
  ret void
}

define { i64, i64, i64, i64 } @memory_result(i64 %a, i64 %b, i64 %c, i64 %d, i64 %e, i64 %f) section ".text.memory_result" {
  call void @use(ptr null)
  %r = insertvalue { i64, i64, i64, i64 } poison, i64 %f, 0
  ret { i64, i64, i64, i64 } %r
}

define i64 @big_leaf(i64 %i) section ".text.big_leaf" {
  %buf = alloca [100 x i64], align 8
  %slot = getelementptr [100 x i64], ptr %buf, i64 0, i64 %i
  store volatile i64 %i, ptr %slot
  %v = load volatile i64, ptr %buf
  ret i64 %v
}

define i64 @"T\C2\B7big_leaf"(i64 %i) section ".text.T\C2\B7big_leaf" {
  %buf = alloca [100 x i64], align 8
  %slot = getelementptr [100 x i64], ptr %buf, i64 0, i64 %i
  store volatile i64 %i, ptr %slot
  %v = load volatile i64, ptr %buf
  ret i64 %v
}

define void @big_caller() section ".text.big_caller" {
  %buf = alloca [100 x i64], align 8
  call void @use(ptr %buf)
  ret void
}
"""

# cmp %fs:0x70, %rsp (or %r11, for a big frame): the split-stack
# prologue's compare with the stack guard
SPLIT_CHECK = re.compile(rb"\x64[\x48\x4c]\x3b[\x1c\x24]\x25\x70\x00\x00\x00.*\xe8", re.S)


def checks() -> dict[str, str]:
    """Each function's check: none, short or split."""
    elf = parse_elf(backend.emit_object(backend.optimize(IR, True), True), "t.o")
    out = {}
    for sym, name in zip(elf.symbols, elf.symbol_names):
        if 0 < sym[3] < len(elf.sections) and elf.sections[sym[3]].name == ".text." + name:
            section, entry = bytes(elf.section_data(sym[3])), sym[4]
            # short: the call just before the entry, the compare at it
            check = section[entry:entry + CHECK_SIZE]
            short = entry == CALL_SIZE and section[0] == 0xE8 and check.startswith(CHECK_CMP) \
                and check.endswith(CHECK_JBE)
            out[name] = "short" if short else "split" if SPLIT_CHECK.search(section) else "none"
    return out


def test_each_function_gets_the_shortest_check_it_can():
    assert checks() == {
        "leaf": "none", "(*T).leaf": "none", "caller": "short", "(*T).closure": "short", "stack_args": "split",
        "memory_result": "split", "big_leaf": "split", "big_caller": "split",
        # a name the module's text spells T\C2\B7big_leaf
        "T·big_leaf": "split"}
