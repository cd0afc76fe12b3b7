"""This module implements the table of runtime functions the compiler calls.

Generated code calls into the runtime (written in Go, runtime/) for what is
too big to inline: allocation, string and slice operations, maps,
interfaces, defer and panic. Each entry gives the symbol's LLVM signature;
the runtime's Go declaration must agree (tests/compile checks a few).
"""

from __future__ import annotations

import llvmlite.ir as ir

from gominic.compile.lltypes import C128, F64, I1, I32, I64, IFACE, PTR, SLICE, STRING, VOID

RUNTIME: dict[str, tuple[ir.Type, list[ir.Type]]] = {
    # memory
    "runtime.mallocgc": (PTR, [I64, PTR]),
    # strings
    "runtime.concatstring2": (STRING, [STRING, STRING]),
    "runtime.cmpstring": (I64, [STRING, STRING]),
    "runtime.slicebytetostring": (STRING, [PTR, I64]),
    "runtime.stringtoslicebyte": (SLICE, [PTR, STRING]),
    "runtime.stringtoslicerune": (SLICE, [PTR, STRING]),
    "runtime.slicerunetostring": (STRING, [PTR, I64]),
    "runtime.intstring": (STRING, [PTR, I64]),
    "runtime.decoderune": (ir.LiteralStructType([I32, I64]), [STRING, I64]),
    # slices
    "runtime.growslice": (SLICE, [PTR, PTR, I64, I64, I64]),
    "runtime.panicwrap": (VOID, [STRING, STRING, STRING]),
    "runtime.complex128div": (C128, [C128, C128]),
    "runtime.makeslice": (PTR, [PTR, I64, I64]),
    # maps
    "runtime.makemap": (PTR, [PTR, I64]),
    "runtime.mapaccess1": (PTR, [PTR, PTR, PTR]),
    "runtime.mapaccess2": (ir.LiteralStructType([PTR, I1]), [PTR, PTR, PTR]),
    "runtime.mapassign": (PTR, [PTR, PTR, PTR]),
    "runtime.mapdelete": (VOID, [PTR, PTR, PTR]),
    "runtime.maplen": (I64, [PTR]),
    "runtime.mapiterinit": (VOID, [PTR, PTR, PTR]),
    "runtime.mapiternext": (VOID, [PTR]),
    # interfaces
    "runtime.efaceeq": (I1, [PTR, PTR, PTR]),
    "runtime.typeeq": (I1, [PTR, PTR, PTR]),
    "runtime.assertE2I": (PTR, [PTR, PTR]),
    "runtime.assertE2I2": (PTR, [PTR, PTR]),
    "runtime.panicdottype": (VOID, [PTR, PTR, PTR]),
    "runtime.itabtype": (PTR, [PTR]),
    # channels and goroutines
    "runtime.makechan": (PTR, [PTR, I64]),
    "runtime.chansend1": (VOID, [PTR, PTR]),
    "runtime.chanrecv1": (VOID, [PTR, PTR]),
    "runtime.chanrecv2": (I1, [PTR, PTR]),
    "runtime.closechan": (VOID, [PTR]),
    "runtime.chanlen": (I64, [PTR]),
    "runtime.chancap": (I64, [PTR]),
    "runtime.selectgo": (ir.LiteralStructType([I64, I1]), [PTR, I64, I1]),
    "runtime.newproc": (VOID, [PTR]),
    # defer, panic, recover
    "runtime.deferpush": (VOID, [PTR]),
    "runtime.deferproc": (VOID, [PTR, PTR]),
    "runtime.deferprocStack": (VOID, [PTR, PTR]),
    "runtime.deferreturn": (VOID, [PTR]),
    "runtime.gopanic": (VOID, [IFACE]),
    "runtime.gorecover": (IFACE, []),
    "runtime.gorecoverdeferred": (IFACE, []),
    "runtime.setjmp": (I64, [PTR]),
    # run-time errors
    "runtime.panicIndex": (VOID, [I64, I64]),
    "runtime.panicSliceAlen": (VOID, [I64, I64]),
    "runtime.panicSliceAcap": (VOID, [I64, I64]),
    "runtime.panicSliceB": (VOID, [I64, I64]),
    "runtime.panicSlice3Alen": (VOID, [I64, I64]),
    "runtime.panicSlice3Acap": (VOID, [I64, I64]),
    "runtime.panicSlice3C": (VOID, [I64, I64]),
    "runtime.panicSlice3B": (VOID, [I64, I64]),
    # ... for an index of an unsigned type
    "runtime.panicIndexU": (VOID, [I64, I64]),
    "runtime.panicSliceAlenU": (VOID, [I64, I64]),
    "runtime.panicSliceAcapU": (VOID, [I64, I64]),
    "runtime.panicSliceBU": (VOID, [I64, I64]),
    "runtime.panicSlice3AlenU": (VOID, [I64, I64]),
    "runtime.panicSlice3AcapU": (VOID, [I64, I64]),
    "runtime.panicSlice3CU": (VOID, [I64, I64]),
    "runtime.panicSlice3BU": (VOID, [I64, I64]),
    "runtime.panicSliceConvert": (VOID, [I64, I64]),
    "runtime.panicdivide": (VOID, []),
    "runtime.panicshift": (VOID, []),
    "runtime.sigpanic": (VOID, []),  # an explicit nil check fails
    "runtime.unsafeslicecheck": (VOID, [PTR, I64, I64]),
    # print and println
    "runtime.printstring": (VOID, [STRING]),
    "runtime.printint": (VOID, [I64]),
    "runtime.printuint": (VOID, [I64]),
    "runtime.printfloat": (VOID, [F64]),
    "runtime.printbool": (VOID, [I1]),
    "runtime.printpointer": (VOID, [PTR]),
    "runtime.printeface": (VOID, [IFACE]),
    "runtime.printslice": (VOID, [SLICE]),
    "runtime.printcomplex": (VOID, [F64, F64]),
    "runtime.printsp": (VOID, []),
    "runtime.printnl": (VOID, []),
    "runtime.printlock": (VOID, []),
    "runtime.printunlock": (VOID, []),
}

# Calls that never return: the code after them is unreachable. With them,
# the runtime's functions a fault's panic passes through (sigpanic calls
# one, which calls gopanic): all of them are on the stack when deferred
# calls run (statepoint.saves_only).
NORETURN = {name for name in RUNTIME if name.startswith("runtime.panic")} | {
    "runtime.gopanic", "runtime.sigpanic", "runtime.panicmem", "runtime.panicmemAddr"}
