"""Go's rule for leaf functions (gominic/compile/nosplit.py): a function
that calls nothing and has a small frame is emitted without the stack
check; any other keeps it."""

import re

from gominic.compile import backend
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
"""

# cmp %fs:0x70, %rsp (or %r11, for a big frame): the split-stack
# prologue's compare with the stack guard
STACK_CHECK = re.compile(rb"\x64[\x48\x4c]\x3b[\x1c\x24]\x25\x70\x00\x00\x00")


def checked_functions() -> set[str]:
    elf = parse_elf(backend.emit_object(backend.optimize(IR, True), True), "t.o")
    return {name for sym, name in zip(elf.symbols, elf.symbol_names)
            if name in ("leaf", "(*T).leaf", "caller", "big_leaf", "T·big_leaf") and STACK_CHECK.search(bytes(elf.section_data(sym[3])))}


def test_only_a_leaf_with_a_small_frame_goes_unchecked():
    # T·big_leaf: a name the module's text spells T\C2\B7big_leaf
    assert checked_functions() == {"caller", "big_leaf", "T·big_leaf"}
