"""This module implements the code reflect needs to call a function whose
type it only knows at run time (Value.Call) and to make one (MakeFunc).

Go's reflect copies arguments into an "argument frame" and calls an
assembly routine that loads them into registers as the ABI demands. Here
LLVM lowers the arguments, so the compiler writes, per function type
``F`` that has a descriptor, two small adapters between the frame and
the calling convention, and lists them in the call table
``type:F·call`` that F's descriptor points to (in its ``key`` word,
unused by func types):

    callstub(nest table, code, ctx, rcvr ptr, method i64, frame ptr)
        loads F's arguments from the frame, calls code (a method's code
        with the receiver rcvr first if method != 0, else a func value's
        code with ctx as the closure record), stores the results after
        the arguments;
    makefunc(nest ctx, args...) results
        the code of a func value made by MakeFunc: stores the arguments
        in a frame on its stack, calls reflect.callReflect(ctx, frame),
        which runs the Go function and stores its results, and returns
        them.

The frame is laid out as a struct of the parameters then the results
(reflect's frameLayout computes the same offsets). The adapters depend
only on how LLVM sees the signature and on the frame's offsets, so func
types of the same shape share them: ``go:callstub.<shape>`` and
``go:makefunc.<shape>``, named by a hash of the shape. The linker keeps the
adapters only if the program can use them (Value.Call, MakeFunc, ...)
(gominic/obj/methods.py), so programs without reflection pay one pointer
per func descriptor.
"""

from __future__ import annotations

import hashlib

import llvmlite.ir as ir

from gominic.compile import lltypes as L
from gominic.compile.call import FnPtr, result_addr
from gominic.compile.irbuilder import Builder
from gominic.types import types as T
from gominic.types.sizes import alignof, sizeof

CALL_REFLECT = "reflect.callReflect"


def frame_offsets(sig: T.Signature) -> tuple[list[int], int]:
    """Byte offsets of the parameters then results in the frame, and its size."""
    offs, off, align = [], 0, 1
    for v in sig.params.vars + sig.results.vars:
        a = alignof(v.type)
        off = (off + a - 1) // a * a
        offs.append(off)
        off += sizeof(v.type)
        align = max(align, a)
    return offs, (off + align - 1) // align * align


def field_addr(b: Builder, frame: ir.Value, off: int) -> ir.Value:
    return b.gep(frame, [L.I64(off)], source_etype=L.I8)


class ReflectCalls:
    def __init__(self, pb):
        self.pb = pb

    def call_table(self, sig: T.Signature, sym: str) -> ir.GlobalVariable:
        """type:F·call = {callstub, makefunc} for F's shape."""
        name = f"type:{sym}·call"
        g = self.pb.module.globals.get(name)
        if g is None:
            ty = ir.LiteralStructType([L.PTR, L.PTR])
            g = ir.GlobalVariable(self.pb.module, ty, name)
            shape = self.shape(sig)
            g.initializer = ir.Constant(ty, [self.call_stub(sig, shape), self.makefunc_stub(sig, shape)])
            g.global_constant = True
            g.linkage = "linkonce_odr"
            g.section = L.section_name("rodata", name)
            g.align = 8
        return g

    def shape(self, sig: T.Signature) -> str:
        """A name for what the adapters of sig depend on: its LLVM type and frame offsets."""
        offs, _ = frame_offsets(sig)
        key = f"{L.func_type(sig)} {offs}"
        return hashlib.sha256(key.encode()).hexdigest()[:16]

    def new_func(self, name: str, fty: ir.FunctionType) -> tuple[ir.Function, Builder | None]:
        """The adapter called name, and a builder for its body if it has none yet."""
        fn = self.pb.declare_func(name, fty)
        if fn.blocks:
            return fn, None
        self.pb.define(fn, dupok=True)
        fn.args[0].add_attribute("nest")
        return fn, Builder(fn.append_basic_block("entry"))

    def call_stub(self, sig: T.Signature, shape: str) -> ir.Function:
        fn, b = self.new_func(f"go:callstub.{shape}", ir.FunctionType(L.VOID, [L.PTR, L.PTR, L.PTR, L.PTR, L.I64, L.PTR]))
        if b is None:
            return fn
        _, code, ctx, rcvr, method, frame = fn.args
        offs, _ = frame_offsets(sig)
        params = sig.params.vars
        # A big argument is passed as its address in the frame (lltypes.param_type).
        args = [field_addr(b, frame, off) if ty == L.PTR and L.lltype(v.type) != L.PTR
                else b.load(field_addr(b, frame, off), typ=ty) for v, off, ty in zip(params, offs, L.param_types(sig))]
        out = b.alloca(L.results_value_type(sig)) if L.results_in_memory(sig) else None
        if out is not None:
            args.append(out)
        as_method, as_func = fn.append_basic_block("method"), fn.append_basic_block("func")
        done = fn.append_basic_block("done")
        b.cbranch(b.icmp_unsigned("!=", method, L.I64(0)), as_method, as_func)
        b.position_at_end(as_method)
        r1 = b.call(FnPtr(code, L.method_type(sig)), [rcvr] + args)
        b.branch(done)
        b.position_at_end(as_func)
        r2 = b.call(FnPtr(code, L.func_type(sig, closure=True)), [ctx] + args, arg_attrs={0: ("nest",)})
        b.branch(done)
        b.position_at_end(done)
        results = sig.results.vars
        if out is not None:
            for i, (v, off) in enumerate(zip(results, offs[len(params):])):
                self.memcpy(b, field_addr(b, frame, off), result_addr(b, out, sig, i), sizeof(v.type))
        elif results:
            r = b.phi(L.results_type(sig))
            r.add_incoming(r1, as_method)
            r.add_incoming(r2, as_func)
            for i, (v, off) in enumerate(zip(results, offs[len(params):])):
                x = r if len(results) == 1 else b.extract_value(r, i)
                b.store(x, field_addr(b, frame, off))
        b.ret_void()
        return fn

    def makefunc_stub(self, sig: T.Signature, shape: str) -> ir.Function:
        fn, b = self.new_func(f"go:makefunc.{shape}", L.func_type(sig, closure=True))
        if b is None:
            return fn
        offs, size = frame_offsets(sig)
        params = sig.params.vars
        frame = b.alloca(ir.ArrayType(L.I64, (size + 7) // 8))
        b.store(ir.Constant(ir.ArrayType(L.I64, (size + 7) // 8), None), frame)
        for v, arg, off in zip(params, fn.args[1:], offs):
            if arg.type == L.PTR and L.lltype(v.type) != L.PTR:  # a big value, by address
                self.memcpy(b, field_addr(b, frame, off), arg, sizeof(v.type))
            else:
                b.store(arg, field_addr(b, frame, off))
        target = self.pb.declare_func(CALL_REFLECT, ir.FunctionType(L.VOID, [L.PTR, L.PTR]))
        b.call(target, [fn.args[0], frame])
        results = sig.results.vars
        if L.results_in_memory(sig):
            out = fn.args[-1]
            for i, (v, off) in enumerate(zip(results, offs[len(params):])):
                self.memcpy(b, result_addr(b, out, sig, i), field_addr(b, frame, off), sizeof(v.type))
            b.ret_void()
            return fn
        if not results:
            b.ret_void()
            return fn
        loads = [b.load(field_addr(b, frame, off), typ=L.lltype(v.type))
                 for v, off in zip(results, offs[len(params):])]
        if len(loads) == 1:
            b.ret(loads[0])
            return fn
        r = ir.Constant(L.results_type(sig), None)
        for i, x in enumerate(loads):
            r = b.insert_value(r, x, i)
        b.ret(r)
        return fn

    def memcpy(self, b: Builder, dst: ir.Value, src: ir.Value, size: int) -> None:
        fn = self.pb.module.declare_intrinsic("llvm.memcpy", [L.PTR, L.PTR, L.I64])
        b.call(fn, [dst, src, L.I64(size), ir.Constant(L.I1, 0)])
