"""This module implements the checking of calls to built-in functions.

Go spec, "Built-in functions": each built-in has its own rules for its
arguments (``make`` takes a type, ``append`` a slice and elements, ``len``
of a constant string or array is itself constant). One small function a
built-in, chosen by name.
"""

from __future__ import annotations

from gominic.diag import Pos
from gominic.syntax import ast
from gominic.syntax.builder import start_pos
from gominic.types import types as T
from gominic.types.operand import Mode, Operand

# Built-ins whose call has no value (statements only).
NO_VALUE = {"close", "delete", "panic", "print", "println", "clear"}
# Built-ins whose arguments are not plain values (a type, a field
# selector): a call with several results cannot stand for them.
UNEXPANDED = {"make", "new", "Offsetof"}


def check_builtin(chk, e: ast.CallExpr, name: str) -> Operand:
    if e.has_dots and name != "append":
        chk.error(e.pos, f"invalid operation: invalid use of ... with built-in {name}")
        chk.use_args(e.args)
        return Operand(Mode.INVALID, e)
    if name not in UNEXPANDED and len(e.args) == 1 and isinstance(e.args[0], ast.CallExpr):
        x = chk.raw_expr(e.args[0], None)
        if x.mode == Mode.INVALID:
            return Operand(Mode.INVALID, e)  # reported: Go says no more
        if x.mode == Mode.VALUE and isinstance(x.type, T.Tuple):
            return check_expanded(chk, e, name, len(x.type.vars))
        chk.prechecked[e.args[0]] = x  # the built-in's own check takes it from there
    return HANDLERS[name](chk, e)


def check_expanded(chk, e: ast.CallExpr, name: str, n: int) -> Operand:
    """A built-in given a call with n results as its only argument
    (copy(f())): its arguments are those results (Go spec, "Calls": "As a
    special case ..."). The built-in is checked as the call with one
    argument per result, which the compiler compiles in its place."""
    call = e.args[0]
    args = [ast.ResultExpr(call.pos, call, i) for i in range(n)]
    expanded = ast.CallExpr(e.pos, e.fun, args, False, e.rparen, e.lparen)
    x = HANDLERS[name](chk, expanded)
    if x.mode != Mode.INVALID:
        chk.record(expanded, x.mode, x.type, x.val)
        chk.info.expanded_calls[e] = expanded
    return Operand(x.mode, e, x.type, x.val)


def arity(chk, e: ast.CallExpr, lo: int, hi: int) -> bool:
    """Whether a built-in call has lo to hi arguments (hi -1: no limit). If
    not, the error is Go's, and the arguments still count as used."""
    n = len(e.args)
    if n < lo:
        msg, expected = "not enough", lo
    elif hi >= 0 and n > hi:
        msg, expected = "too many", hi
    else:
        return True
    # Go checks the arguments first: an invalid one was reported, and then
    # the count is not.
    before = len(chk.errors.errors)
    chk.use_args(e.args)
    if len(chk.errors.errors) == before:
        chk.error(e.pos, f"invalid operation: {msg} arguments for {chk.estr(e)} (expected {expected}, found {n})")
    return False


def b_len_cap(chk, e: ast.CallExpr) -> Operand:
    name = chk.estr(e.fun)
    if not arity(chk, e, 1, 1):
        return Operand(Mode.INVALID, e)
    x = chk.expr(e.args[0])
    if x.mode == Mode.INVALID:
        return Operand(Mode.INVALID, e)
    t = x.type
    if isinstance(t, T.TypeParam) and t.iface().terms:
        t = t.iface().terms[0].type
    u = t.underlying()
    if isinstance(u, T.Pointer) and isinstance(u.elem.underlying(), T.Array):
        u = u.elem.underlying()
    ok = isinstance(u, (T.Array, T.Slice, T.Chan)) or (name == "len" and (T.is_string(u) or isinstance(u, T.Map)))
    if not ok:
        chk.error(x.expr.pos, f"invalid argument: {chk.operand_string(x)} for {name}")
        return Operand(Mode.INVALID, e)
    if x.mode == Mode.CONSTANT and T.is_string(u):
        return Operand(Mode.CONSTANT, e, T.INT, len(x.val))
    if isinstance(u, T.Array) and not contains_call_or_receive(e.args[0], chk.info.types):
        return Operand(Mode.CONSTANT, e, T.INT, u.len)
    return Operand(Mode.VALUE, e, T.INT)


def contains_call_or_receive(e: ast.Expr, types: dict | None = None) -> bool:
    """len(a) is constant unless a holds a function call or a receive (Go
    spec, "Length and capacity"); with the checked types, conversions and
    constant calls are no calls."""
    types = types or {}

    def walk(e) -> bool:
        match e:
            case ast.CallExpr():
                fun = types.get(e.fun)
                call = types.get(e)
                if (fun is not None and fun.mode == Mode.TYPEXPR) or (call is not None and call.mode == Mode.CONSTANT):
                    return any(walk(a) for a in e.args)
                return True
            case ast.Operation(op="<-", y=None):
                return True
            case ast.Operation():
                return walk(e.x) or (e.y is not None and walk(e.y))
            case ast.ParenExpr() | ast.SelectorExpr():
                return walk(e.x)
            case ast.IndexExpr():
                return walk(e.x) or walk(e.index)
            case ast.CompositeLit():
                return any(walk(el) for el in e.elems)
            case ast.KeyValueExpr():
                return walk(e.key) or walk(e.value)
        return False
    return walk(e)


def b_append(chk, e: ast.CallExpr) -> Operand:
    if not arity(chk, e, 1, -1):
        return Operand(Mode.INVALID, e)
    s = chk.expr(e.args[0])
    if s.mode == Mode.INVALID:
        chk.use_args(e.args[1:])
        return Operand(Mode.INVALID, e)
    u = T.core_type(s.type)
    if not isinstance(u, T.Slice):
        if s.type is T.UNTYPED_NIL:
            cause = "have untyped nil"
        elif isinstance(s.type, T.TypeParam):
            cause = f"{chk.operand_string(s)} has core type {chk.tstr(u)}" if u is not None else \
                f"{chk.operand_string(s)} has no core type"
        else:
            cause = f"have {chk.operand_string(s)}"
        chk.error(start_pos(s.expr), f"first argument to append must be a slice; {cause}")
        chk.use_args(e.args[1:])
        return Operand(Mode.INVALID, e)
    if e.has_dots:
        if len(e.args) != 2:
            # append(s, x...) calls func(S, ...E) S: types2 counts its arguments.
            few = len(e.args) < 2
            have = ", ".join(chk.arg_type_name(a) for a in [s] + [chk.expr(a) for a in e.args[1:]])
            chk.error(start_pos(e.args[-1] if few else e.args[2]),
                      f"{'not enough' if few else 'too many'} arguments in call to append\n"
                      f"\thave ({have})\n\twant ({chk.tstr(s.type)}, ...{chk.tstr(u.elem)})")
            return Operand(Mode.INVALID, e)
        y = chk.expr(e.args[1])
        if y.mode == Mode.INVALID:
            return Operand(Mode.INVALID, e)
        # append([]byte, string...) is allowed, and so is a type parameter
        # whose types are all strings or byte slices.
        if T.basic_kind(u.elem) == T.Kind.UINT8 and T.is_bytes_or_string(y.type):
            chk.convert_untyped(y, T.STRING)
            return Operand(Mode.VALUE, e, s.type)
        chk.assignment(y, T.Slice(u.elem), "append")
        return Operand(Mode.VALUE, e, s.type)
    for a in e.args[1:]:
        x = chk.expr(a, hint=u.elem)
        if x.mode != Mode.INVALID:
            chk.assignment(x, u.elem, "argument to append")
    return Operand(Mode.VALUE, e, s.type)


def b_make(chk, e: ast.CallExpr) -> Operand:
    if not arity(chk, e, 1, 3):
        return Operand(Mode.INVALID, e)
    t = chk.var_type(e.args[0])
    if t is T.INVALID:
        return Operand(Mode.INVALID, e)
    u = T.core_type(t)
    lo, hi = {T.Slice: (2, 3), T.Map: (1, 2), T.Chan: (1, 2)}.get(type(u), (0, 0))
    if hi == 0:
        chk.error(e.args[0].pos, f"invalid argument: cannot make {chk.estr(e.args[0])}; type must be slice, map, or channel")
        return Operand(Mode.INVALID, e)
    n = len(e.args)
    if n < lo:
        chk.error(e.pos, f"invalid operation: {chk.estr(e)} expects {lo} or {hi} arguments; found {n}")
        return Operand(Mode.INVALID, e)
    if n > hi:
        chk.error(e.pos, f"invalid operation: {chk.estr(e)} expects {lo} or {hi} arguments; found {n}")
        return Operand(Mode.INVALID, e)
    sizes = []
    for a in e.args[1:]:
        size = chk.index(a, -1)
        if size is not None and size >= 0:
            sizes.append(size)
    if len(sizes) == 2 and sizes[0] > sizes[1]:
        chk.error(e.args[1].pos, "invalid argument: length and capacity swapped")
    return Operand(Mode.VALUE, e, t)


def b_new(chk, e: ast.CallExpr) -> Operand:
    if not arity(chk, e, 1, 1):
        return Operand(Mode.INVALID, e)
    t = chk.var_type(e.args[0])
    if t is T.INVALID:
        return Operand(Mode.INVALID, e)
    return Operand(Mode.VALUE, e, T.Pointer(t))


def b_copy(chk, e: ast.CallExpr) -> Operand:
    """copy(dst, src []T) int; src may be a string when dst is a []byte."""
    if not arity(chk, e, 2, 2):
        return Operand(Mode.INVALID, e)
    dst, src = chk.expr(e.args[0]), chk.expr(e.args[1])
    if dst.mode == Mode.INVALID or src.mode == Mode.INVALID:
        return Operand(Mode.INVALID, e)
    du, su = T.core_type(dst.type), T.core_type(src.type)
    src_is_string = isinstance(su, T.Basic) and T.is_string(su)
    if src_is_string:
        su = T.Slice(T.BYTE)
    if not isinstance(du, T.Slice) or not isinstance(su, T.Slice):
        chk.error(start_pos(e.args[0]), f"invalid argument: copy expects slice arguments; "
                                        f"found {chk.operand_string(dst)} and {chk.operand_string(src)}")
        return Operand(Mode.INVALID, e)
    if not T.identical(du.elem, su.elem):
        chk.error(start_pos(e.args[0]), f"invalid argument: arguments to copy {chk.operand_string(dst)} and "
                                        f"{chk.operand_string(src)} have different element types "
                                        f"{chk.tstr(du.elem)} and {chk.tstr(su.elem)}")
        return Operand(Mode.INVALID, e)
    if src_is_string:
        chk.convert_untyped(src, T.STRING)
    return Operand(Mode.VALUE, e, T.INT)


def b_delete(chk, e: ast.CallExpr) -> Operand:
    if not arity(chk, e, 2, 2):
        return Operand(Mode.INVALID, e)
    m = chk.expr(e.args[0])
    if m.mode == Mode.INVALID:
        return Operand(Mode.INVALID, e)
    maps = T.underlying_types(m.type)
    if not maps or not all(isinstance(u, T.Map) for u in maps):
        chk.error(m.expr.pos, f"invalid argument: {chk.operand_string(m)} is not a map")
        return Operand(Mode.INVALID, e)
    key = maps[0].key
    if not all(T.identical(u.key, key) for u in maps):
        chk.error(m.expr.pos, f"invalid argument: maps of {chk.operand_string(m)} must have identical key types")
        return Operand(Mode.INVALID, e)
    k = chk.expr(e.args[1], hint=key)
    if k.mode != Mode.INVALID:
        chk.assignment(k, key, "argument to delete")
    return Operand(Mode.NOVALUE, e, T.Tuple([]))


def b_panic(chk, e: ast.CallExpr) -> Operand:
    if not arity(chk, e, 1, 1):
        return Operand(Mode.INVALID, e)
    x = chk.expr(e.args[0])
    if x.mode != Mode.INVALID:
        from gominic.types.universe import ANY
        chk.assignment(x, ANY, "argument to panic")
    return Operand(Mode.NOVALUE, e, T.Tuple([]))


def b_print(chk, e: ast.CallExpr) -> Operand:
    for a in e.args:
        x = chk.expr(a)
        if x.mode != Mode.INVALID:
            if x.type is T.UNTYPED_NIL:
                chk.error(a.pos, "use of untyped nil in argument to built-in print")
                continue
            chk.default_untyped(x)
            if isinstance(x.type.underlying(), (T.Array, T.Struct)):
                # Reported by Go's back end (walk), hence its type spelling.
                chk.error(lparen(e), "illegal types for operand: print\n\t" + chk.tstr(x.type).replace("struct{", "struct {"))
    return Operand(Mode.NOVALUE, e, T.Tuple([]))


def lparen(e: ast.CallExpr) -> Pos:
    """Where the "(" of a call of a built-in function stands (Go's position of a call)."""
    if isinstance(e.fun, ast.Name):
        return Pos(e.fun.pos.file, e.fun.pos.line, e.fun.pos.col + len(e.fun.value))
    return e.pos


def b_recover(chk, e: ast.CallExpr) -> Operand:
    if not arity(chk, e, 0, 0):
        return Operand(Mode.INVALID, e)
    from gominic.types.universe import ANY
    return Operand(Mode.VALUE, e, ANY)


def b_close(chk, e: ast.CallExpr) -> Operand:
    if not arity(chk, e, 1, 1):
        return Operand(Mode.INVALID, e)
    x = chk.expr(e.args[0])
    if x.mode == Mode.INVALID:
        return Operand(Mode.INVALID, e)
    chans = T.underlying_types(x.type)
    if not chans or not all(isinstance(u, T.Chan) for u in chans):
        chk.error(x.expr.pos, f"invalid operation: cannot close non-channel {chk.operand_string(x)}")
        return Operand(Mode.INVALID, e)
    if any(u.dir == T.ChanDir.RECV for u in chans):
        chk.error(x.expr.pos, f"invalid operation: cannot close receive-only channel {chk.operand_string(x)}")
        return Operand(Mode.INVALID, e)
    return Operand(Mode.NOVALUE, e, T.Tuple([]))


def b_real_imag(chk, e: ast.CallExpr) -> Operand:
    if not arity(chk, e, 1, 1):
        return Operand(Mode.INVALID, e)
    x = chk.expr(e.args[0])
    if x.mode == Mode.INVALID:
        return Operand(Mode.INVALID, e)
    name = chk.estr(e.fun)
    if x.mode == Mode.CONSTANT and T.is_untyped(x.type):
        from gominic.types.constant import to_complex
        c = to_complex(x.val)
        return Operand(Mode.CONSTANT, e, T.UNTYPED_FLOAT, c.re if name == "real" else c.im)
    k = T.basic_kind(x.type)
    if k not in (T.Kind.COMPLEX64, T.Kind.COMPLEX128):
        chk.error(x.expr.pos, f"invalid argument: {chk.operand_string(x)} must be of complex type")
        return Operand(Mode.INVALID, e)
    return Operand(Mode.VALUE, e, T.FLOAT32 if k == T.Kind.COMPLEX64 else T.FLOAT64)


def b_complex(chk, e: ast.CallExpr) -> Operand:
    if not arity(chk, e, 2, 2):
        return Operand(Mode.INVALID, e)
    x, y = chk.expr(e.args[0]), chk.expr(e.args[1])
    if x.mode == Mode.INVALID or y.mode == Mode.INVALID:
        return Operand(Mode.INVALID, e)
    if T.is_untyped(x.type) and T.is_untyped(y.type) and not (x.mode == y.mode == Mode.CONSTANT):
        # Untyped, one not constant (a shift, 1 << s): both become float64,
        # as they must share a type, and so the shift is reported (types2).
        for a in (x, y):
            if a.mode == Mode.CONSTANT:
                chk.convert_untyped(a, T.FLOAT64)
            else:
                a.type = T.FLOAT64
                chk.update_expr_type(a.expr, T.FLOAT64, True)
        if x.mode == Mode.INVALID or y.mode == Mode.INVALID:
            return Operand(Mode.INVALID, e)
    chk.match_types(x, y)
    if x.mode == Mode.CONSTANT and y.mode == Mode.CONSTANT and T.is_untyped(x.type):
        from gominic.types.constant import Complex, to_float
        return Operand(Mode.CONSTANT, e, T.UNTYPED_COMPLEX, Complex(to_float(x.val), to_float(y.val)))
    chk.default_untyped(x)
    chk.default_untyped(y)
    k = T.basic_kind(x.type)
    if k not in (T.Kind.FLOAT32, T.Kind.FLOAT64) or not T.identical(x.type, y.type):
        chk.error(e.pos, f"invalid operation: {chk.estr(e)} (mismatched types {chk.tstr(x.type)} and {chk.tstr(y.type)})")
        return Operand(Mode.INVALID, e)
    return Operand(Mode.VALUE, e, T.COMPLEX64 if k == T.Kind.FLOAT32 else T.COMPLEX128)


def b_unsafe_sizeof(chk, e: ast.CallExpr) -> Operand:
    if not arity(chk, e, 1, 1):
        return Operand(Mode.INVALID, e)
    x = chk.expr(e.args[0])
    if x.mode == Mode.INVALID:
        return Operand(Mode.INVALID, e)
    chk.default_untyped(x)
    from gominic.types.sizes import alignof, sizeof
    name = e.fun.sel.value if isinstance(e.fun, ast.SelectorExpr) else "Sizeof"
    val = sizeof(x.type) if name == "Sizeof" else alignof(x.type)
    return Operand(Mode.CONSTANT, e, T.UINTPTR, val)


def b_unsafe_add(chk, e: ast.CallExpr) -> Operand:
    if not arity(chk, e, 2, 2):
        return Operand(Mode.INVALID, e)
    p, n = chk.expr(e.args[0]), chk.expr(e.args[1])
    if p.mode == Mode.INVALID or n.mode == Mode.INVALID:
        return Operand(Mode.INVALID, e)
    chk.convert_untyped(n, T.INT)
    return Operand(Mode.VALUE, e, T.UNSAFE_POINTER)


def b_unsafe_slice(chk, e: ast.CallExpr) -> Operand:
    """unsafe.Slice(ptr *T, len IntegerType) []T"""
    if not arity(chk, e, 2, 2):
        return Operand(Mode.INVALID, e)
    p, n = chk.expr(e.args[0]), chk.expr(e.args[1])
    if p.mode == Mode.INVALID or n.mode == Mode.INVALID:
        return Operand(Mode.INVALID, e)
    if not isinstance(p.type.underlying(), T.Pointer):
        chk.error(p.expr.pos, f"invalid argument: {chk.operand_string(p)} is not a pointer")
        return Operand(Mode.INVALID, e)
    chk.convert_untyped(n, T.INT)
    if n.mode == Mode.INVALID or not T.is_integer(n.type):
        chk.error(e.args[1].pos, f"cannot convert {chk.operand_string(n)} to type int")
        return Operand(Mode.INVALID, e)
    return Operand(Mode.VALUE, e, T.Slice(p.type.underlying().elem))


def b_unsafe_offsetof(chk, e: ast.CallExpr) -> Operand:
    """unsafe.Offsetof(x.f): the field's offset within x's struct, embedded fields followed."""
    if not arity(chk, e, 1, 1):
        return Operand(Mode.INVALID, e)
    arg = e.args[0]
    while isinstance(arg, ast.ParenExpr):
        arg = arg.x
    if not isinstance(arg, ast.SelectorExpr):
        chk.error(arg.pos, f"invalid argument: {chk.estr(arg)} is not a selector expression")
        return Operand(Mode.INVALID, e)
    x = chk.expr(arg)
    sel = chk.info.selections.get(arg)
    if x.mode == Mode.INVALID or sel is None or sel.kind != 0:
        if x.mode != Mode.INVALID:
            chk.error(arg.pos, f"invalid argument: {chk.estr(arg)} is a method value")
        return Operand(Mode.INVALID, e)
    from gominic.types.sizes import offsetsof
    t, off = sel.recv, 0
    if isinstance(t.underlying(), T.Pointer):  # p.f with p a pointer: offset in *p
        t = t.underlying().elem
    base = t
    for i in sel.index:
        u = t.underlying()
        if isinstance(u, T.Pointer):
            chk.error(arg.pos, f"invalid argument: field {arg.sel.value} is embedded via a pointer in {chk.tstr(base)}")
            return Operand(Mode.INVALID, e)
        off += offsetsof(u)[i]
        t = u.fields[i].type
    return Operand(Mode.CONSTANT, e, T.UINTPTR, off)


HANDLERS = {
    "len": b_len_cap, "cap": b_len_cap, "append": b_append, "make": b_make, "new": b_new,
    "copy": b_copy, "delete": b_delete, "panic": b_panic, "print": b_print,
    "println": b_print, "recover": b_recover, "close": b_close, "real": b_real_imag,
    "imag": b_real_imag, "complex": b_complex, "Sizeof": b_unsafe_sizeof, "Alignof": b_unsafe_sizeof,
    "Add": b_unsafe_add, "Slice": b_unsafe_slice, "Offsetof": b_unsafe_offsetof,
}
