"""The stack maps pass (gominic/compile/statepoint.py): which values each
call lists, and what the code generator's maps say about them."""

import llvmlite.binding as llvm

from gominic.compile import backend, statepoint
from gominic.obj.elffile import parse_elf
from gominic.obj.pcln import get_uvarint

IR = """
target triple = "x86_64-unknown-linux-gnu"
declare ptr @alloc(i64)
declare void @gc()
declare void @use(ptr)
declare i64 @setjmp(ptr) returns_twice

define void @f(ptr %keep, ptr %drop) "frame-pointer"="all" section ".text.f" {
entry:
  %tmp = alloca { ptr, i64 }, align 8
  call void @use(ptr %drop)
  call void @gc()
  call void @llvm.lifetime.start.p0(ptr %tmp)
  call void @use(ptr %tmp)
  %v = load ptr, ptr %tmp
  call void @llvm.lifetime.end.p0(ptr %tmp)
  call void @gc()
  call void @use(ptr %v)
  call void @use(ptr %keep)
  ret void
}

define void @g(ptr %p) "frame-pointer"="all" section ".text.g" {
entry:
  %buf = alloca [8 x i64], align 8
  %r = call i64 @setjmp(ptr %buf)
  call void @gc()
  call void @use(ptr %p)
  ret void
}

declare void @llvm.lifetime.start.p0(ptr)
declare void @llvm.lifetime.end.p0(ptr)
"""


def deopt_lists(text: str) -> list[str]:
    return [line.split('"deopt"(')[1].split(")")[0] for line in text.splitlines() if '"deopt"' in line]


def test_each_call_lists_the_values_live_after_it():
    mod = statepoint.insert_statepoints(llvm.parse_assembly(IR))
    text = str(mod)
    f = text[text.index("define void @f"): text.index("define void @g")]
    lists = deopt_lists(f)
    assert len(lists) == 6
    # use(%drop): %drop is dead after it; %keep lives on; no temporary is in its lifetime yet
    assert lists[0] == "i64 1, ptr %keep, ptr %tmp, i64 16"
    # use(%tmp), in the temporary's lifetime: its address counts
    assert lists[2] == "i64 2, ptr %keep, ptr %tmp, ptr %tmp, i64 16"
    # after lifetime.end: the loaded value lives, the temporary does not
    assert lists[3] == "i64 2, ptr %keep, ptr %v, ptr %tmp, i64 16"
    # the last call: nothing lives after it
    assert lists[5] == "i64 0, ptr %tmp, i64 16"
    # a function that calls setjmp is left alone: its frames stay conservative
    g = text[text.index("define void @g"):]
    assert "statepoint" not in g.split("\n}")[0]


def test_the_maps_name_a_slot_per_live_value():
    mod = statepoint.insert_statepoints(llvm.parse_assembly(IR))
    elf = parse_elf(backend.target_machine(2).emit_object(mod), "f.o")
    maps = statepoint.function_maps(elf)
    (sec, data), = maps.items()
    assert elf.sections[sec].name == ".text.f"
    frame, pos = get_uvarint(data, 0)
    nsave, pos = get_uvarint(data, pos)
    for _ in range(nsave):
        _, pos = get_uvarint(data, pos)
    nobj, pos = get_uvarint(data, pos)
    assert nobj == 1  # %tmp
    off, pos = get_uvarint(data, pos)
    size, pos = get_uvarint(data, pos)
    assert size == 16 and off + size <= frame
    nsite, pos = get_uvarint(data, pos)
    slots = []
    for _ in range(nsite):
        _, pos = get_uvarint(data, pos)
        n, pos = get_uvarint(data, pos)
        for _ in range(n):
            _, pos = get_uvarint(data, pos)
        slots.append(n)
        d, pos = get_uvarint(data, pos)
        for _ in range(d):
            _, pos = get_uvarint(data, pos)
    assert pos == len(data)
    assert slots == [1, 1, 1, 2, 1, 0]  # %keep up to its use, and %v across the second gc()
