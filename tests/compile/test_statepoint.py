"""The stack maps pass (gominic/compile/statepoint.py): which values each
call lists, and what the code generator's maps say about them."""

import json

import llvmlite.binding as llvm

from gominic.compile import backend, compile_package, statepoint
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


# The test module's callees, all taken as callers of runtime.GC.
EVERY_CALLEE = {"alloc", "gc", "use"}


def with_statepoints(ir: str) -> llvm.ModuleRef:
    mod = llvm.parse_assembly(ir)
    return statepoint.insert_statepoints(mod, str(mod).split("\n"), EVERY_CALLEE)


def deopt_lists(text: str) -> list[str]:
    return [line.split('"deopt"(')[1].split(")")[0] for line in text.splitlines() if '"deopt"' in line]


def test_each_call_lists_the_values_live_after_it():
    mod = with_statepoints(IR)
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
    # a setjmp outside the defer frame's shape is left alone: its frames stay conservative
    g = text[text.index("define void @g"):]
    assert "statepoint" not in g.split("\n}")[0]


UNWRITTEN_IR = """
target triple = "x86_64-unknown-linux-gnu"
declare void @gc()
declare void @use(ptr)

define void @k(ptr %p) "frame-pointer"="all" section ".text.k" {
entry:
  %key = alloca { ptr, i64 }, align 8
  call void @gc()
  store ptr %p, ptr %key
  call void @use(ptr %key)
  call void @gc()
  call void @use(ptr %key)
  ret void
}
"""


def test_a_temporary_not_yet_written_is_no_live_pointer():
    """%key has no lifetime markers: until its first use nothing can have
    written it (its words are an older frame's: a stale pointer there must
    keep nothing alive, fixedbugs/issue45045.go), so the first call lists
    only %p; once stored to, its address counts."""
    lists = deopt_lists(str(with_statepoints(UNWRITTEN_IR)))
    assert lists[0] == "i64 1, ptr %p, ptr %key, i64 16"
    assert lists[2] == "i64 1, ptr %key, ptr %key, i64 16"


DEFER_IR = """
target triple = "x86_64-unknown-linux-gnu"
declare void @use(ptr)
declare void @runtime.sigpanic() noreturn
declare void @runtime.deferreturn(ptr)
declare i64 @runtime.setjmp(ptr) returns_twice

define void @h(ptr %p) "frame-pointer"="all" section ".text.h" {
entry:
  %frame = alloca [10 x i64], align 8
  %buf = getelementptr inbounds i8, ptr %frame, i64 16
  %r = call i64 @runtime.setjmp(ptr %buf)
  %c = icmp eq i64 %r, 0
  br i1 %c, label %body, label %recovered
recovered:
  call void @runtime.deferreturn(ptr %frame)
  ret void
body:
  call void @use(ptr %p)
  call void @runtime.sigpanic()
  unreachable
}
"""


def test_a_function_that_defers_lists_what_its_recovery_needs():
    """Each call after the setjmp lists the recovery block's values (the
    defer frame) besides its own, not %p, dead once used; the defer frame's
    object ends at the jump buffer; the panic gets a map though it is no
    caller of runtime.GC, deferreturn (of the runtime, no panic) none."""
    text = str(with_statepoints(DEFER_IR))
    assert deopt_lists(text) == ["i64 1, ptr %frame, ptr %frame, i64 16"] * 2
    assert "@runtime.sigpanic, i32 0" in text
    assert "call void @runtime.deferreturn(ptr %frame)" in text


def test_the_maps_name_a_slot_per_live_value():
    mod = with_statepoints(IR)
    elf = parse_elf(backend.target_machine(2).emit_object(mod), "f.o")
    maps = statepoint.function_maps(elf, set())
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


CALL_GRAPH = """
declare void @"runtime.GC"()
declare void @"other.Collect"()
define void @direct() { call void @"runtime.GC"() ret void }
define void @chain() { call void @direct() ret void }
define void @imported() { call void @"other.Collect"() ret void }
define void @through_value(ptr %f) { call void %f() ret void }
define void @loop() { call void @loop() ret void }
"""


def test_gc_callers_follow_direct_calls_only():
    bodies = statepoint.function_bodies(str(llvm.parse_assembly(CALL_GRAPH)).split("\n"))
    callers = statepoint.gc_callers(bodies, {"other.Collect"})
    assert callers == {"runtime.GC", "other.Collect", "direct", "chain", "imported"}


PKG_A = b"""package a

import _ "unsafe"

//go:linkname collect runtime.GC
func collect()

//go:noinline
func Collect() { collect() }

//go:noinline
func Quiet(p *int) int { return *p + 1 }
"""

PKG_B = b"""package b

import "a"

func Use(p *int) int {
	n := a.Quiet(p)
	a.Collect()
	return n + *p
}
"""


def test_a_call_into_another_package_gets_a_map_only_if_it_may_collect():
    """a's export data lists a.Collect as a caller of runtime.GC: b's call
    of it becomes a statepoint, its call of a.Quiet stays a plain call."""
    a = compile_package("a", [("a.go", PKG_A)], {})
    assert "a.Collect" in json.loads(a.pkgdef)["gccallers"]
    assert "a.Quiet" not in json.loads(a.pkgdef)["gccallers"]
    b = compile_package("b", [("b.go", PKG_B)], {"a": a.pkgdef}, keep_ir=True)
    calls = [line for line in str(b.module).splitlines() if "a.Quiet" in line or "a.Collect" in line]
    assert any(statepoint.STATEPOINT in line and "a.Collect" in line for line in calls)
    assert any(statepoint.STATEPOINT not in line and "call" in line and "a.Quiet" in line for line in calls)
    assert "a.Collect" in json.loads(b.pkgdef)["gccallers"]  # known to b's importers too


RUNNER_IR = """
target triple = "x86_64-unknown-linux-gnu"
declare void @use(ptr)

define void @runner(ptr %f, ptr %g) "frame-pointer"="all" section ".text.runner" {
  call void %f()
  call void %g()
  ret void
}

define void @plain(ptr %p) "frame-pointer"="all" section ".text.plain" {
  call void @use(ptr %p)
  ret void
}
"""


def test_a_function_that_calls_func_values_tells_its_saved_registers():
    """runner keeps %g across its first call in a callee-saved register:
    its record, with no call site, names the register its prologue saves
    (rbx is 0), for the collector to scan that slot as its caller's."""
    mod = llvm.parse_assembly(RUNNER_IR)
    bodies = statepoint.function_bodies(str(mod).split("\n"))
    assert statepoint.saves_only(bodies) == {"runner"}
    elf = parse_elf(backend.target_machine(2).emit_object(mod), "r.o")
    (sec, data), = statepoint.function_maps(elf, {"runner"}).items()
    assert elf.sections[sec].name == ".text.runner"
    frame, pos = get_uvarint(data, 0)
    fields = []
    while pos < len(data):
        v, pos = get_uvarint(data, pos)
        fields.append(v)
    assert fields == [2, 0, 6, 0, 0]  # two pushes, rbx and an alignment word; no stack object, no call site
    assert frame == 8 + 8 * 2  # from the stack pointer at a call to the return address: rbp, the pushes
