"""This module implements the two spellings of a type the compiler emits.

``symbol_type_string`` names a type's descriptor symbol (``type:[]main.T``)
and its DWARF type, in Go's spelling (``chan int``, ``func(int) string``):
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
    """Go's link string of t (cmd/compile's LinkString): the name of its
    descriptor, as Go's own symbols and DWARF spell it: ``chan int``,
    ``func(int, ...string) (bool, error)``, ``struct { X int; p.y string }``,
    ``interface { M() int }``."""
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
            elem = symbol_type_string(t.elem)
            if t.dir == T.ChanDir.BOTH and isinstance(t.elem, T.Chan) and t.elem.dir == T.ChanDir.RECV:
                elem = f"({elem})"  # chan (<-chan int), not <-chan of chan int
            return {T.ChanDir.BOTH: "chan ", T.ChanDir.SEND: "chan<- ", T.ChanDir.RECV: "<-chan "}[t.dir] + elem
        case T.Struct():
            fields = [field_string(f, tag) for f, tag in zip(t.fields, t.tags)]
            return "struct {" + ";".join(" " + f for f in fields) + (" }" if fields else "}")
        case T.Signature():
            return "func" + signature_string(t)
        case T.Interface():
            methods = [m.id() + signature_string(m.type) for m in t.complete()]
            return "interface {" + ";".join(" " + m for m in methods) + (" }" if methods else "}")
        case T.Tuple():
            return "(" + ", ".join(symbol_type_string(v.type) for v in t.vars) + ")"
    raise TypeError(f"no symbol name for {t}")


def signature_string(sig: T.Signature) -> str:
    """A signature after "func": its parameter types, then none, one or a
    parenthesized list of result types."""
    params = [symbol_type_string(v.type) for v in sig.params.vars]
    if sig.variadic:
        params[-1] = "..." + symbol_type_string(sig.params.vars[-1].type.elem)
    results = [symbol_type_string(v.type) for v in sig.results.vars]
    tail = "" if not results else " " + results[0] if len(results) == 1 else " (" + ", ".join(results) + ")"
    return "(" + ", ".join(params) + ")" + tail


def field_string(f, tag: str) -> str:
    """A struct field as Go's link string writes it: an embedded field is
    its type alone, unless an alias renamed it (``Int = int``); a name not
    exported is qualified by its package path; a tag follows quoted."""
    typ = symbol_type_string(f.type)
    base = f.type.elem if isinstance(f.type, T.Pointer) else f.type
    if f.embedded:
        text = typ if isinstance(base, T.Named) and base.obj.name == f.name else f"{f.id()} = {typ}"
    else:
        text = f"{f.id()} {typ}"
    return text + (" " + T.go_quote(tag) if tag else "")


def method_symbol(recv_t: T.Type, method_id: str) -> str:
    """Go's name of a method of recv_t, the prefix of its compiler-made
    wrappers' symbols: main.T.M, main.(*T).M, main.(*Box[int]).At."""
    if isinstance(recv_t, T.Pointer) and isinstance(recv_t.elem, T.Named) and recv_t.elem.obj.pkg is not None:
        path = recv_t.elem.obj.pkg.path
        return f"{path}.(*{symbol_type_string(recv_t.elem)[len(path) + 1:]}).{method_id}"
    return f"{symbol_type_string(recv_t)}.{method_id}"


def reflect_string(t: T.Type, by_path: bool = False) -> str:
    """The type as %T prints it: a named type qualified by its package's
    name, but by its path inside a generic type's type arguments
    (by_path), as Go's main.List[net/url.Values]."""
    match t:
        case T.Basic():
            return {"untyped nil": "nil"}.get(t.name, T.BASIC_NAMES[t.kind])
        case T.Named():
            if t.obj.pkg is None:
                return t.obj.name
            base = f"{t.obj.pkg.path if by_path else t.obj.pkg.name}.{t.obj.name}"
            if t.targs:
                base += "[" + ",".join(reflect_string(a, True) for a in t.targs) + "]"
            return base
        case T.Pointer():
            return "*" + reflect_string(t.elem, by_path)
        case T.Slice():
            return "[]" + reflect_string(t.elem, by_path)
        case T.Array():
            return f"[{t.len}]" + reflect_string(t.elem, by_path)
        case T.Map():
            return f"map[{reflect_string(t.key, by_path)}]{reflect_string(t.elem, by_path)}"
        case T.Chan():
            prefix = {T.ChanDir.BOTH: "chan ", T.ChanDir.SEND: "chan<- ", T.ChanDir.RECV: "<-chan "}[t.dir]
            e = t.elem
            if t.dir == T.ChanDir.BOTH and isinstance(e, T.Chan) and e.dir == T.ChanDir.RECV:
                return prefix + "(" + reflect_string(e, by_path) + ")"  # chan (<-chan int), not chan <-chan int
            return prefix + reflect_string(e, by_path)
        case T.Struct():
            if not t.fields:
                return "struct {}"
            parts = []
            for f, tag in zip(t.fields, t.tags):
                s = reflect_string(f.type, by_path) if f.embedded else f"{f.name} {reflect_string(f.type, by_path)}"
                if tag:
                    s += " " + T.go_quote(tag)
                parts.append(s)
            return "struct { " + "; ".join(parts) + " }"
        case T.Signature():
            params = []
            for i, v in enumerate(t.params.vars):
                if t.variadic and i == len(t.params.vars) - 1:
                    params.append("..." + reflect_string(v.type.elem, by_path))
                else:
                    params.append(reflect_string(v.type, by_path))
            s = "func(" + ", ".join(params) + ")"
            res = t.results.vars
            if len(res) == 1:
                s += " " + reflect_string(res[0].type, by_path)
            elif res:
                s += " (" + ", ".join(reflect_string(v.type, by_path) for v in res) + ")"
            return s
        case T.Interface():
            methods = t.complete()
            if not methods:
                return "interface {}"
            return "interface { " + "; ".join(m.name + reflect_string(m.type, by_path)[4:] for m in methods) + " }"
    return "?"
