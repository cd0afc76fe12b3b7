"""This module implements compiler intrinsics: runtime functions lowered inline.

The runtime declares them without a body and marks them ``//go:intrinsic``;
a call becomes a few instructions instead of a call. ``syscall6`` is how
the runtime talks to Linux: the x86-64 ``syscall`` instruction takes the
number in rax and arguments in rdi, rsi, rdx, r10, r8, r9, returns in rax,
and clobbers rcx and r11 (System V ABI, Linux kernel conventions).
"""

from __future__ import annotations

import llvmlite.ir as ir

from gominic.compile import lltypes as L
from gominic.syntax import ast
from gominic.types.objects import Func

SYSCALL_REGS = ["{rax}", "{rdi}", "{rsi}", "{rdx}", "{r10}", "{r8}", "{r9}"]


def syscall6(fb, args: list[ir.Value]) -> ir.Value:
    fty = ir.FunctionType(L.I64, [L.I64] * 7)
    constraints = "={rax}," + ",".join(SYSCALL_REGS) + ",~{rcx},~{r11},~{memory}"
    asm = ir.InlineAsm(fty, "syscall", constraints, side_effect=True)
    return fb.b.call(asm, args)


def getfp(fb, args: list[ir.Value]) -> ir.Value:
    """The caller's frame pointer: stack traces walk the rbp chain."""
    fn = fb.pb.declare_func("llvm.frameaddress.p0", ir.FunctionType(L.PTR, [L.I32]))
    return fb.b.ptrtoint(fb.b.call(fn, [ir.Constant(L.I32, 0)]), L.I64)


def ctz64(fb, args: list[ir.Value]) -> ir.Value:
    """The count of trailing zero bits of a word known not to be zero
    (cttz's second operand says so, which spares a test for zero)."""
    fn = fb.pb.declare_func("llvm.cttz.i64", ir.FunctionType(L.I64, [L.I64, L.I1]))
    return fb.b.call(fn, [args[0], ir.Constant(L.I1, 1)])


def prefetch(fb, args: list[ir.Value]) -> ir.Value:
    """A hint to load the cache line at an address for reading (prefetcht0):
    the collector asks for an object some time before it scans it."""
    fn = fb.pb.declare_func("llvm.prefetch.p0", ir.FunctionType(ir.VoidType(), [L.PTR, L.I32, L.I32, L.I32]))
    addr = fb.b.inttoptr(args[0], L.PTR)
    return fb.b.call(fn, [addr, ir.Constant(L.I32, 0), ir.Constant(L.I32, 3), ir.Constant(L.I32, 1)])


INTRINSICS = {"syscall6": syscall6, "getfp": getfp, "ctz64": ctz64, "prefetch": prefetch}


def func_pc(fb, e: ast.CallExpr) -> ir.Value:
    """funcPC(f): the address of the code of the function named f."""
    arg = e.args[0]
    name = arg.sel if isinstance(arg, ast.SelectorExpr) else arg
    return fb.b.ptrtoint(fb.pb.func_ref(fb.info.uses[name]), L.I64)

# Functions of package math that become one machine instruction, as in Go's
# compiler (ssagen's intrinsics): their Go bodies in stdlib/math are the
# reference, the instruction gives the same results. Only those with an
# instruction in baseline x86-64 (SSE2): floor, round and fma would become
# calls to C's libm, which a Go program does not have.
MATH_INTRINSICS = {"Sqrt": "llvm.sqrt.f64", "Abs": "llvm.fabs.f64", "Copysign": "llvm.copysign.f64"}


def len64(fb, args: list[ir.Value]) -> ir.Value:
    """math/bits.Len64, the bit length of a word, as 64 minus its leading
    zeros (ctlz: bsr on x86-64), as Go's compiler does: the other counts
    of package bits (LeadingZeros64, Len32, ...) are written with it."""
    fn = fb.pb.declare_func("llvm.ctlz.i64", ir.FunctionType(L.I64, [L.I64, L.I1]))
    return fb.b.sub(ir.Constant(L.I64, 64), fb.b.call(fn, [args[0], ir.Constant(L.I1, 0)]))


# What Add64, Sub64 and Mul64 return: two words.
WORD_PAIR = ir.LiteralStructType([L.I64, L.I64])


def with_carry(op: str):
    """math/bits.Add64 or Sub64 (x, y, carry): two overflow-checked
    operations, the carry out set if either overflowed, as Go's compiler
    makes them ADD and ADC: a chain of them (math/big's addVV) becomes
    add-with-carry instructions rather than the bit formula of the Go
    bodies, which LLVM does not recognise."""
    def lower(fb, args: list[ir.Value]) -> ir.Value:
        fn = fb.pb.declare_func(f"llvm.{op}.with.overflow.i64",
                                ir.FunctionType(ir.LiteralStructType([L.I64, L.I1]), [L.I64, L.I64]))
        first = fb.b.call(fn, args[:2])
        second = fb.b.call(fn, [fb.b.extract_value(first, 0), args[2]])
        carry = fb.b.or_(fb.b.extract_value(first, 1), fb.b.extract_value(second, 1))
        return fb.make_agg(WORD_PAIR, [fb.b.extract_value(second, 0), fb.b.zext(carry, L.I64)])
    return lower


def mul64(fb, args: list[ir.Value]) -> ir.Value:
    """math/bits.Mul64, the 128-bit product as (hi, lo): one mul instruction."""
    i128 = ir.IntType(128)
    p = fb.b.mul(fb.b.zext(args[0], i128), fb.b.zext(args[1], i128))
    hi = fb.b.trunc(fb.b.lshr(p, ir.Constant(i128, 64)), L.I64)
    return fb.make_agg(WORD_PAIR, [hi, fb.b.trunc(p, L.I64)])


BITS_INTRINSICS = {"Len64": len64, "Add64": with_carry("uadd"), "Sub64": with_carry("usub"), "Mul64": mul64}


def is_intrinsic(fn: Func) -> bool:
    if fn.pkg is None or fn.sig.recv is not None:
        return False
    if fn.pkg.path == "runtime":
        return "go:intrinsic" in fn.pragmas
    if fn.pkg.path == "math/bits":
        return fn.name in BITS_INTRINSICS
    return fn.pkg.path == "math" and fn.name in MATH_INTRINSICS


def call_intrinsic(fb, e: ast.CallExpr, fn: Func) -> ir.Value:
    if fn.name == "funcPC":
        return func_pc(fb, e)
    args = [fb.expr_to(a, p.type) for a, p in zip(e.args, fn.sig.params.vars)]
    if fn.pkg.path == "math":
        llfn = fb.pb.declare_func(MATH_INTRINSICS[fn.name], ir.FunctionType(L.F64, [L.F64] * len(args)))
        return fb.b.call(llfn, args)
    if fn.pkg.path == "math/bits":
        return BITS_INTRINSICS[fn.name](fb, args)
    return INTRINSICS[fn.name](fb, args)
