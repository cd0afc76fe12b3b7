"""This module implements the lowering of Go types to LLVM types.

The data layout is the ABI inside a binary (design.md, "Data layout"):

    string      {ptr, i64}              pointer to bytes, length
    slice       {ptr, i64, i64}         pointer, length, capacity
    interface   {ptr, ptr}              type descriptor (or itab), data
    func value  ptr                     to a closure record {code, captures...}
    map, chan   ptr                     to the runtime's hmap / hchan
    struct      {fields...}             LLVM's natural layout is Go's on amd64
    array       [N x elem]
    complex128  {double, double}

LLVM pointers are opaque (LLVM 15+): every Go pointer is one ``ptr`` type.
"""

from __future__ import annotations

import llvmlite.ir as ir

from gominic.types import types as T
from gominic.types.sizes import sizeof

# Values bigger than this many bytes, or made of more scalars than
# BIG_SCALARS, are never first-class LLVM values (literal.py): LLVM's time
# on an aggregate grows with the square of its number of elements, and it
# would pass a big argument as that many scalar arguments.
BIG_VALUE = 4096
BIG_SCALARS = 64

I1 = ir.IntType(1)
I8 = ir.IntType(8)
I16 = ir.IntType(16)
I32 = ir.IntType(32)
I64 = ir.IntType(64)
PTR = ir.PointerType()
VOID = ir.VoidType()
F32 = ir.FloatType()
F64 = ir.DoubleType()
C128 = ir.LiteralStructType([F64, F64])  # complex128, {real, imag}
STRING = ir.LiteralStructType([PTR, I64])
SLICE = ir.LiteralStructType([PTR, I64, I64])
IFACE = ir.LiteralStructType([PTR, PTR])

BASIC = {
    T.Kind.BOOL: I1, T.Kind.INT: I64, T.Kind.INT8: I8, T.Kind.INT16: I16,
    T.Kind.INT32: I32, T.Kind.INT64: I64, T.Kind.UINT: I64, T.Kind.UINT8: I8,
    T.Kind.UINT16: I16, T.Kind.UINT32: I32, T.Kind.UINT64: I64, T.Kind.UINTPTR: I64,
    T.Kind.FLOAT32: F32, T.Kind.FLOAT64: F64,
    T.Kind.COMPLEX64: ir.LiteralStructType([F32, F32]),
    T.Kind.COMPLEX128: C128,
    T.Kind.STRING: STRING, T.Kind.UNSAFE_POINTER: PTR,
    # Untyped values that reach code generation take their default types.
    T.Kind.UNTYPED_BOOL: I1, T.Kind.UNTYPED_INT: I64, T.Kind.UNTYPED_RUNE: I32,
    T.Kind.UNTYPED_FLOAT: F64, T.Kind.UNTYPED_STRING: STRING, T.Kind.UNTYPED_NIL: PTR,
    T.Kind.UNTYPED_COMPLEX: ir.LiteralStructType([F64, F64]),
}


def lltype(t: T.Type) -> ir.Type:
    """The LLVM type of a value of Go type t."""
    u = t.underlying()
    match u:
        case T.Basic():
            return BASIC[u.kind]
        case T.Pointer() | T.Map() | T.Chan() | T.Signature():
            return PTR
        case T.Slice():
            return SLICE
        case T.Interface():
            return IFACE
        case T.Array():
            return ir.ArrayType(lltype(u.elem), u.len)
        case T.Struct():
            return ir.LiteralStructType([lltype(f.type) for f in u.fields])
        case T.Tuple():
            return ir.LiteralStructType([lltype(v.type) for v in u.vars])
    raise TypeError(f"cannot lower type {t}")


def is_pointer_shaped(t: T.Type) -> bool:
    """Values stored directly in an interface's data word (not boxed)."""
    u = t.underlying()
    return isinstance(u, (T.Pointer, T.Map, T.Chan, T.Signature)) or \
        (isinstance(u, T.Basic) and u.kind == T.Kind.UNSAFE_POINTER)


def results_value_type(sig: T.Signature) -> ir.Type:
    """A call's results as one value: void, its one result, or a struct of them."""
    res = sig.results.vars
    if not res:
        return VOID
    if len(res) == 1:
        return lltype(res[0].type)
    return ir.LiteralStructType([lltype(v.type) for v in res])


def results_in_memory(sig: T.Signature) -> bool:
    """Whether sig's results are big (is_big, all of them together): then
    the caller passes, as the last argument, the address of memory for
    them (results_value_type), and the function returns void."""
    res = sig.results.vars
    return sum(sizeof(v.type) for v in res) > BIG_VALUE or sum(scalars(v.type) for v in res) > BIG_SCALARS


def results_type(sig: T.Signature) -> ir.Type:
    """What a function returns: its results as one value, or void when
    they are written to memory (results_in_memory)."""
    return VOID if results_in_memory(sig) else results_value_type(sig)


def scalars(t: T.Type) -> int:
    """The number of scalars a value of type t is made of (a string is one),
    as LLVM counts them: each element of an array of empty values is one,
    for LLVM walks them all."""
    u = t.underlying()
    if isinstance(u, T.Array):
        return u.len * max(1, scalars(u.elem))
    if isinstance(u, T.Struct):
        return sum(scalars(f.type) for f in u.fields)
    return 1


def is_big(t: T.Type) -> bool:
    """Whether values of type t are kept in memory, never loaded whole."""
    return sizeof(t) > BIG_VALUE or scalars(t) > BIG_SCALARS


def param_type(t: T.Type) -> ir.Type:
    """How a parameter of type t is passed: by value, or, for a big value,
    as the address of a copy the caller made for the call (the callee
    copies it into its own variable, as it would a value)."""
    return PTR if is_big(t) else lltype(t)


def param_types(sig: T.Signature) -> list[ir.Type]:
    return [param_type(v.type) for v in sig.params.vars]


def func_type(sig: T.Signature, closure: bool = False, recv: T.Type | None = None) -> ir.FunctionType:
    """The LLVM function type: [closure context,] [receiver,] params
    [, results' memory] -> results."""
    params = []
    if closure:
        params.append(PTR)
    if recv is not None:
        params.append(param_type(recv))
    params += param_types(sig)
    if results_in_memory(sig):
        params.append(PTR)
    return ir.FunctionType(results_type(sig), params)


def method_type(sig: T.Signature) -> ir.FunctionType:
    """A method called through its receiver's data word (an itab's or a
    method table's code): the word, then the parameters."""
    return func_type(sig, recv=T.UNSAFE_POINTER)


def zero(t: ir.Type) -> ir.Constant:
    return ir.Constant(t, None)


def section_name(kind: str, sym: str) -> str:
    """The section ``.kind.sym`` spelled for the IR's quoted strings: a type's
    name may hold quotes and backslashes (struct tags)."""
    return f".{kind}.{sym}".replace("\\", "\\5C").replace('"', "\\22")
