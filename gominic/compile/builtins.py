"""This module implements the code generation of calls to built-in functions.

``len`` and ``cap`` read a header word; ``append`` grows through the
runtime when capacity runs out (runtime.growslice, amortised doubling);
``make``, ``new``, ``copy``, ``delete``, ``panic``, ``recover``, ``print``
and ``println`` call or inline their runtime counterparts.
"""

from __future__ import annotations

import llvmlite.ir as ir

from gominic.compile import lltypes as L
from gominic.syntax import ast
from gominic.types import types as T
from gominic.types.sizes import sizeof
from gominic.types.universe import ANY


def arg_value(fb, a: ast.Expr) -> ir.Value:
    pre = fb.preloaded
    if pre is not None and a in pre:
        return pre[a]
    return fb.expr(a)


def call_builtin(fb, e: ast.CallExpr, name: str):
    return HANDLERS[name](fb, e)


def header_word(fb, e: ast.CallExpr, name: str) -> ir.Value:
    """len(x) or cap(x): constant for arrays, a runtime call for maps and
    channels, else a word of the string or slice header (1: len, 2: cap)."""
    a = e.args[0]
    t = fb.info.type_of(a).underlying()
    if isinstance(t, T.Pointer):
        t = t.elem.underlying()
    if isinstance(t, T.Array):
        # Not a constant (the checker would have folded it): the operand
        # holds a call or a receive, which must still happen.
        fb.discard(a)
        return L.I64(t.len)
    v = arg_value(fb, a)
    if isinstance(t, T.Map):
        return fb.rtcall("runtime.maplen", [v])
    if isinstance(t, T.Chan):
        return fb.rtcall(f"runtime.chan{name}", [v])
    return fb.b.extract_value(v, 1 if name == "len" else 2)


def b_len(fb, e: ast.CallExpr) -> ir.Value:
    return header_word(fb, e, "len")


def b_cap(fb, e: ast.CallExpr) -> ir.Value:
    return header_word(fb, e, "cap")


def b_append(fb, e: ast.CallExpr) -> ir.Value:
    st = fb.info.type_of(e).underlying()
    elem_t = st.elem
    ety = L.lltype(elem_t)
    s = fb.expr_to(e.args[0], fb.info.type_of(e))
    b = fb.b
    if e.has_dots:
        other = fb.expr(e.args[1])
        src_ptr, n = b.extract_value(other, 0), b.extract_value(other, 1)
        s = grow(fb, s, n, elem_t)
        old_len = b.sub(b.extract_value(s, 1), n)
        dst = b.gep(b.extract_value(s, 0), [old_len], source_etype=ety)
        memmove(fb, dst, src_ptr, b.mul(n, L.I64(sizeof(elem_t))))
        return s
    # A big element is copied memory to memory (LLVM compiles big
    # first-class aggregates slowly).
    vals = [fb.value_in_memory(a, elem_t) if fb.is_big(elem_t) else fb.expr_to(a, elem_t) for a in e.args[1:]]
    if not vals:
        return s
    s = grow(fb, s, L.I64(len(vals)), elem_t)
    base = b.sub(b.extract_value(s, 1), L.I64(len(vals)))
    ptr = b.extract_value(s, 0)
    for i, v in enumerate(vals):
        fb.store(v, b.gep(ptr, [b.add(base, L.I64(i))], source_etype=ety), elem_t)
    return s


def grow(fb, s: ir.Value, n: ir.Value, elem_t: T.Type) -> ir.Value:
    """Make room for n more elements: the slice with its length increased by n."""
    b = fb.b
    old_len, cap = b.extract_value(s, 1), b.extract_value(s, 2)
    new_len = b.add(old_len, n)
    start = b.block
    slow = fb.new_block("append.grow")
    done = fb.new_block("append.done")
    b.cbranch(b.icmp_unsigned(">", new_len, cap), slow, done)
    b.position_at_end(slow)
    grown = fb.rtcall("runtime.growslice", [fb.type_descriptor(elem_t), b.extract_value(s, 0), old_len, cap,
                                            new_len])
    slow_end = b.block
    b.branch(done)
    b.position_at_end(done)
    phi = b.phi(L.SLICE)
    phi.add_incoming(s, start)
    phi.add_incoming(grown, slow_end)
    return b.insert_value(phi, new_len, 1)


def memmove(fb, dst: ir.Value, src: ir.Value, n: ir.Value) -> None:
    fn = fb.pb.module.declare_intrinsic("llvm.memmove", [L.PTR, L.PTR, L.I64])
    fb.b.call(fn, [dst, src, n, ir.Constant(L.I1, 0)])


def b_copy(fb, e: ast.CallExpr) -> ir.Value:
    b = fb.b
    dst = arg_value(fb, e.args[0])
    src = arg_value(fb, e.args[1])
    elem_t = fb.info.type_of(e.args[0]).underlying().elem
    n = b.extract_value(dst, 1)
    m = b.extract_value(src, 1)
    count = b.select(b.icmp_unsigned("<", n, m), n, m)
    memmove(fb, b.extract_value(dst, 0), b.extract_value(src, 0), b.mul(count, L.I64(sizeof(elem_t))))
    return count


def b_make(fb, e: ast.CallExpr) -> ir.Value:
    t = fb.info.types[e.args[0]].type
    u = t.underlying()
    sizes = [fb.index_int(a) for a in e.args[1:]]
    if isinstance(u, T.Slice):
        n = sizes[0]
        cap = sizes[1] if len(sizes) > 1 else n
        p = fb.rtcall("runtime.makeslice", [fb.type_descriptor(u.elem), n, cap])
        return fb.make_agg(L.SLICE, [p, n, cap])
    if isinstance(u, T.Map):
        return fb.rtcall("runtime.makemap", [fb.type_descriptor(u), sizes[0] if sizes else L.I64(0)])
    return fb.rtcall("runtime.makechan", [fb.type_descriptor(u), sizes[0] if sizes else L.I64(0)])


def b_new(fb, e: ast.CallExpr) -> ir.Value:
    t = fb.info.types[e.args[0]].type
    return fb.new_object(t, e)


def b_delete(fb, e: ast.CallExpr) -> None:
    mt = fb.info.type_of(e.args[0]).underlying()
    m = arg_value(fb, e.args[0])
    k = fb.spill(fb.expr_to(e.args[1], mt.key)) if fb.preloaded is None \
        else fb.spill(arg_value(fb, e.args[1]))
    fb.rtcall("runtime.mapdelete", [fb.type_descriptor(mt), m, k])


def b_panic(fb, e: ast.CallExpr) -> None:
    pre = fb.preloaded
    if pre is not None and e.args[0] in pre:
        v = fb.convert_value(pre[e.args[0]], fb.info.type_of(e.args[0]), ANY)
    else:
        v = fb.expr_to(e.args[0], ANY)
    fb.rtcall("runtime.gopanic", [v])


def b_recover(fb, e: ast.CallExpr) -> ir.Value:
    if fb.preloaded is not None:
        # defer recover(): the recover is the deferred call itself (its thunk).
        return fb.rtcall("runtime.gorecoverdeferred", [])
    return fb.rtcall("runtime.gorecover", [])


def b_print(fb, e: ast.CallExpr, newline: bool = False) -> None:
    fb.rtcall("runtime.printlock", [])
    for i, a in enumerate(e.args):
        if newline and i > 0:
            fb.rtcall("runtime.printsp", [])
        t = fb.info.type_of(a)
        if T.is_untyped(t):
            t = T.default_type(t)
        pre = fb.preloaded
        v = pre[a] if pre is not None and a in pre else fb.expr_to(a, t)
        print_value(fb, v, t)
    if newline:
        fb.rtcall("runtime.printnl", [])
    fb.rtcall("runtime.printunlock", [])


def print_value(fb, v: ir.Value, t: T.Type) -> None:
    b = fb.b
    u = t.underlying()
    if T.is_string(u):
        fb.rtcall("runtime.printstring", [v])
    elif T.is_boolean(u):
        fb.rtcall("runtime.printbool", [v])
    elif T.is_integer(u):
        wide = fb.to_i64(v, t)
        fb.rtcall("runtime.printuint" if T.is_unsigned(u) else "runtime.printint", [wide])
    elif T.is_float(u):
        fb.rtcall("runtime.printfloat", [v if v.type == L.F64 else b.fpext(v, L.F64)])
    elif T.is_complex(u):
        parts = [b.extract_value(v, i) for i in range(2)]
        parts = [p if p.type == L.F64 else b.fpext(p, L.F64) for p in parts]
        fb.rtcall("runtime.printcomplex", parts)
    elif isinstance(u, T.Interface):
        fb.rtcall("runtime.printeface", [fb.make_agg(L.IFACE, [fb.dynamic_type(v, t), b.extract_value(v, 1)])])
    elif isinstance(u, T.Slice):
        fb.rtcall("runtime.printslice", [v])
    else:
        fb.rtcall("runtime.printpointer", [v])


def b_println(fb, e: ast.CallExpr) -> None:
    b_print(fb, e, newline=True)


def b_close(fb, e: ast.CallExpr) -> None:
    fb.rtcall("runtime.closechan", [arg_value(fb, e.args[0])])


def b_complex(fb, e: ast.CallExpr) -> ir.Value:
    t = fb.info.type_of(e)
    return fb.make_agg(L.lltype(t), [fb.expr(e.args[0]), fb.expr(e.args[1])])


def b_real(fb, e: ast.CallExpr) -> ir.Value:
    return fb.b.extract_value(fb.expr(e.args[0]), 0)


def b_imag(fb, e: ast.CallExpr) -> ir.Value:
    return fb.b.extract_value(fb.expr(e.args[0]), 1)


def b_unsafe_add(fb, e: ast.CallExpr) -> ir.Value:
    return fb.b.gep(fb.expr(e.args[0]), [fb.index_int(e.args[1])], source_etype=L.I8)


def b_unsafe_slice(fb, e: ast.CallExpr) -> ir.Value:
    """unsafe.Slice(p, n): {p, n, n}, after the runtime's checks of p and n."""
    elem_t = fb.info.type_of(e).underlying().elem
    p, n = fb.expr(e.args[0]), fb.index_int(e.args[1])
    fb.rtcall("runtime.unsafeslicecheck", [p, L.I64(sizeof(elem_t)), n])
    return fb.make_agg(L.SLICE, [p, n, n])


HANDLERS = {
    "len": b_len, "cap": b_cap, "append": b_append, "copy": b_copy, "make": b_make,
    "new": b_new, "delete": b_delete, "panic": b_panic, "recover": b_recover,
    "print": b_print, "println": b_println, "close": b_close, "complex": b_complex,
    "real": b_real, "imag": b_imag, "Add": b_unsafe_add, "Slice": b_unsafe_slice,
}
