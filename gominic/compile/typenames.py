"""This module implements the two spellings of a type the compiler emits.

``symbol_type_string`` names a type's descriptor symbol (``type:[]main.T``):
it must be canonical — identical types, and only they, get one name — since
the linker merges descriptors by name and the runtime compares types by
descriptor address. Named types are qualified by full import path; a type
declared inside a function carries a ``·N`` suffix.

``reflect_string`` is what ``%T`` and panics print, as Go's reflect spells
it: ``main.T``, ``[]int``, ``struct { A int }``, ``interface {}``.
"""

from __future__ import annotations

from gominic.types import types as T


def named_local_suffix(t: T.Named) -> str:
    n = t.obj.local_index
    return f"·{n}" if n else ""


def symbol_type_string(t: T.Type) -> str:
    match t:
        case T.Basic():
            return T.BASIC_NAMES[t.kind]
        case T.Named():
            base = t.obj.name if t.obj.pkg is None else f"{t.obj.pkg.path}.{t.obj.name}{named_local_suffix(t)}"
            if t.targs:
                base += "[" + ",".join(symbol_type_string(a) for a in t.targs) + "]"
            return base
        case T.Pointer():
            return "*" + symbol_type_string(t.elem)
        case T.Slice():
            return "[]" + symbol_type_string(t.elem)
        case T.Array():
            return f"[{t.len}]" + symbol_type_string(t.elem)
        case T.Map():
            return f"map[{symbol_type_string(t.key)}]{symbol_type_string(t.elem)}"
        case T.Chan():
            return {T.ChanDir.BOTH: "chan ", T.ChanDir.SEND: "chan<- ", T.ChanDir.RECV: "<-chan "}[t.dir] \
                + "(" + symbol_type_string(t.elem) + ")"
        case T.Struct():
            parts = []
            for f, tag in zip(t.fields, t.tags):
                parts.append(("embedded " if f.embedded else "") + f"{f.id()} {symbol_type_string(f.type)}"
                             + (f" {tag!r}" if tag else ""))
            return "struct {" + "; ".join(parts) + "}"
        case T.Signature():
            params = ",".join(symbol_type_string(v.type) for v in t.params.vars)
            results = ",".join(symbol_type_string(v.type) for v in t.results.vars)
            return f"func({params}{'...' if t.variadic else ''})({results})"
        case T.Interface():
            methods = []
            for m in t.complete():
                methods.append(m.id() + symbol_type_string(m.type)[4:])
            return "interface {" + "; ".join(methods) + "}"
        case T.Tuple():
            return "(" + ",".join(symbol_type_string(v.type) for v in t.vars) + ")"
    raise TypeError(f"no symbol name for {t}")


def method_symbol(recv_t: T.Type, method_id: str) -> str:
    """Go's name of a method of recv_t, the prefix of its compiler-made
    wrappers' symbols: main.T.M, main.(*T).M, main.(*Box[int]).At."""
    if isinstance(recv_t, T.Pointer) and isinstance(recv_t.elem, T.Named) and recv_t.elem.obj.pkg is not None:
        path = recv_t.elem.obj.pkg.path
        return f"{path}.(*{symbol_type_string(recv_t.elem)[len(path) + 1:]}).{method_id}"
    return f"{symbol_type_string(recv_t)}.{method_id}"


def reflect_string(t: T.Type) -> str:
    match t:
        case T.Basic():
            return {"untyped nil": "nil"}.get(t.name, T.BASIC_NAMES[t.kind])
        case T.Named():
            if t.obj.pkg is None:
                return t.obj.name
            base = f"{t.obj.pkg.name}.{t.obj.name}"
            if t.targs:
                base += "[" + ",".join(reflect_targ(a) for a in t.targs) + "]"
            return base
        case T.Pointer():
            return "*" + reflect_string(t.elem)
        case T.Slice():
            return "[]" + reflect_string(t.elem)
        case T.Array():
            return f"[{t.len}]" + reflect_string(t.elem)
        case T.Map():
            return f"map[{reflect_string(t.key)}]{reflect_string(t.elem)}"
        case T.Chan():
            prefix = {T.ChanDir.BOTH: "chan ", T.ChanDir.SEND: "chan<- ", T.ChanDir.RECV: "<-chan "}[t.dir]
            e = t.elem
            if t.dir == T.ChanDir.BOTH and isinstance(e, T.Chan) and e.dir == T.ChanDir.RECV:
                return prefix + "(" + reflect_string(e) + ")"  # chan (<-chan int), not chan <-chan int
            return prefix + reflect_string(e)
        case T.Struct():
            if not t.fields:
                return "struct {}"
            parts = []
            for f, tag in zip(t.fields, t.tags):
                s = reflect_string(f.type) if f.embedded else f"{f.name} {reflect_string(f.type)}"
                if tag:
                    s += " " + T.go_quote(tag)
                parts.append(s)
            return "struct { " + "; ".join(parts) + " }"
        case T.Signature():
            params = []
            for i, v in enumerate(t.params.vars):
                if t.variadic and i == len(t.params.vars) - 1:
                    params.append("..." + reflect_string(v.type.elem))
                else:
                    params.append(reflect_string(v.type))
            s = "func(" + ", ".join(params) + ")"
            res = t.results.vars
            if len(res) == 1:
                s += " " + reflect_string(res[0].type)
            elif res:
                s += " (" + ", ".join(reflect_string(v.type) for v in res) + ")"
            return s
        case T.Interface():
            methods = t.complete()
            if not methods:
                return "interface {}"
            return "interface { " + "; ".join(m.name + reflect_string(m.type)[4:] for m in methods) + " }"
    return "?"


def reflect_targ(t: T.Type) -> str:
    """Type arguments in a generic type's name are fully qualified, as Go prints them."""
    if isinstance(t, T.Named) and t.obj.pkg is not None:
        return f"{t.obj.pkg.path}.{t.obj.name}"
    return reflect_string(t)
