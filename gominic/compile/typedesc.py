"""This module implements type descriptors, method tables and itabs.

A type descriptor ``type:T`` describes a type at run time, for interfaces,
type switches, maps, fmt and panics. As Go's abi.Type, it is a header every
type has, mirroring ``runtime._type`` (runtime/type.go):

    size uintptr
    ptrdata uintptr   bytes of the prefix that holds pointers (0: pointer-free, "noscan")
    hash uint32; kind, align, tflag, _ uint8
    str name          how %T prints the type, e.g. "main.T", "[]int" (reflect's
                      Name is the tail of a named type's str, as Go's)
    gcdata uint32     one bit per word of that prefix, set for a word holding a
                      pointer; for a big type, a program writing those bits
                      (tflag TFLAG_GCPROG: gcdata.py)
    ptrToThis uint32  *T, for a named type T with pointer methods (so reflect's PointerTo finds them)

then a tail that depends on the kind (tail_types below):

    pointer, slice    elem *_type
    array, chan       elem *_type; len uintptr (the length; a chan's direction)
    map               elem, key *_type
    interface         methods list32 of imethod (id, signature; sorted by id),
                      each 12 bytes: name, signature (a 32-bit address), as
                      a method entry's (below)
    struct            fields list of field (name, type, offset << 1 | embedded:
                      24 bytes, as Go's); tags
    func              params *_type (params then results: types only, 8 bytes
                      each, not 24 as a field); calls (reflectcall.py);
                      nin, nout uint32 (the numbers of params and results)

and last, only for a type with a package path or methods (tflag
TFLAG_UNCOMMON), the uncommon part (``runtime.uncommontype``):

    pkgpath name
    methods list32 of method: the method set, sorted by name (named types and pointers to them):
                      name, signature, code, 32-bit addresses
                      (gominic/obj/methods.py)

A list is a slice without its capacity (LIST: the address of its first
element and its length, a uint32), as a descriptor's lists never grow.
A list32 (LIST32) is one whose address is 32 bits wide: lists that only
the compiler makes, the methods of a type or an interface (reflect's
PointerTo shares its element type's static method table). A name (NAME)
is a string as a descriptor holds it: the 32-bit address of its bytes
and its length, a uint32. gcdata and ptrToThis are 32-bit addresses too:
a static executable lies in the low 4 GB, and reflect places the strings
and bitmaps of the types it makes below 4 GB (runtime.lowalloc) and never
sets ptrToThis. So the header is 40 bytes, not 56, and the tails after
it, which start with a pointer, stay 8-aligned; the uncommon part is 16,
not 32: ``type:*int`` is 48 bytes, ``type:int`` 40 and ``type:*main.T``
with methods 64.

ptrdata and gcdata are Go's: the garbage collector scans a heap object by
them, word by word, and never looks into a pointer-free one. Pointer
bitmaps and programs are content-addressed (``go:gcbits.<hex>``,
``go:gcprog.<hex>``), so types of the same shape share one.

A struct type whose fields have tags points in its tags word to the array
``type:T·tags`` of its fields' tags (strings, as reflect.StructTag reads
them), so that only tagged structs pay for tags. An unnamed struct type
with unexported fields carries its package's path in pkgpath, so that
reflect can give those fields' StructField.PkgPath.

A method is named by its id (gominic/obj/methods.py): an unexported
method's name is qualified by its package's path, "p.get", so that the
runtime never matches it with another package's get.

Descriptors are weak (linkonce_odr) and named canonically, so the linker
keeps one per type and the runtime may compare types by address.

An itab ``go:itab.T,I`` pairs a concrete type with an interface:
{interface descriptor, type descriptor, then one code pointer per interface
method, in the interface's (sorted) method order}. A code pointer in a
method table or itab always takes the interface's data word as receiver: a
pointer for boxed values, so value methods are reached through a wrapper
``(*T).M`` that loads the value first (as Go's compiler generates them).
"""

from __future__ import annotations

import llvmlite.ir as ir

from gominic.compile import lltypes as L
from gominic.compile.gcdata import MAX_PTRMASK_WORDS, gc_program, pointer_bitmap, ptrdata_words
from gominic.compile.reflectcall import ReflectCalls
from gominic.compile.typenames import method_symbol, reflect_string, symbol_type_string
from gominic.types import types as T
from gominic.types.lookup import lookup_field_or_method, pointer_recv
from gominic.types.objects import Func
from gominic.types.sizes import WORD, alignof, offsetsof, sizeof

NAME = ir.LiteralStructType([L.I32, L.I32])  # a string: its bytes' 32-bit address, its length
HEADER = [L.I64, L.I64, L.I32, L.I8, L.I8, L.I8, L.I8, NAME, L.I32, L.I32]
LIST = ir.LiteralStructType([L.PTR, L.I32])  # a slice without capacity: first element, length (16 bytes)
LIST32 = ir.LiteralStructType([L.I32, L.I32])  # a list of the compiler's only: its 32-bit address, length
UNCOMMON = [NAME, LIST32]
FIELD = ir.LiteralStructType([NAME, L.PTR, L.I64])  # name, type, offset << 1 | embedded
METHOD = ir.LiteralStructType([NAME, L.I32, L.I32])  # name, signature, code: 32-bit addresses
IMETHOD = ir.LiteralStructType([NAME, L.I32])  # name, signature: an interface's method

# reflect.Kind values for composite types.
KIND_ARRAY, KIND_CHAN, KIND_FUNC, KIND_INTERFACE, KIND_MAP = 17, 18, 19, 20, 21
KIND_POINTER, KIND_SLICE, KIND_STRUCT = 22, 23, 25

TFLAG_NAMED, TFLAG_COMPARABLE, TFLAG_DIRECT, TFLAG_VARIADIC, TFLAG_UNCOMMON, TFLAG_GCPROG = 1, 2, 4, 8, 16, 32


def tail_types(u: T.Type) -> list[ir.Type]:
    """The LLVM types of the kind-specific words after the header, for a
    type whose underlying type is u (runtime/type.go's ptrtype, ...)."""
    match u:
        case T.Pointer() | T.Slice():
            return [L.PTR]
        case T.Array() | T.Chan():
            return [L.PTR, L.I64]
        case T.Map():
            return [L.PTR, L.PTR]
        case T.Interface():
            return [LIST32]
        case T.Struct():
            return [LIST, L.PTR]
        case T.Signature():
            return [L.PTR, L.PTR, L.I32, L.I32]
    return []


def address32(g: ir.Constant) -> ir.Constant:
    """g's address as 32 bits (an R_X86_64_32 relocation; 0 for nil): a
    static executable lies in the low 4 GB, so a method entry is 16 bytes,
    as Go's, an interface's method 12 and a descriptor's header 40."""
    return g.ptrtoint(L.I64).trunc(L.I32)


def kind_of(t: T.Type) -> int:
    u = t.underlying()
    match u:
        case T.Basic():
            return int(u.kind) if u.kind < 100 else int(T.default_type(u).kind)
        case T.Array():
            return KIND_ARRAY
        case T.Chan():
            return KIND_CHAN
        case T.Signature():
            return KIND_FUNC
        case T.Interface():
            return KIND_INTERFACE
        case T.Map():
            return KIND_MAP
        case T.Pointer():
            return KIND_POINTER
        case T.Slice():
            return KIND_SLICE
        case T.Struct():
            return KIND_STRUCT
    return 0


def fnv32(s: str) -> int:
    h = 2166136261
    for c in s.encode():
        h = ((h ^ c) * 16777619) & 0xFFFFFFFF
    return h


def method_set(t: T.Type) -> list[tuple[Func, list[int], bool]]:
    """The methods of t (Go spec, "Method sets"): (method, embedding path,
    reached through a pointer), sorted by name. Methods are told apart by
    their ids: a promoted unexported method of another package is not the
    type's own method of the same name."""
    names: dict[str, Func] = {}
    collect_method_names(t, names, set())
    out = []
    for _, mid in sorted((m.name, mid) for mid, m in names.items()):
        r = lookup_field_or_method(t, False, names[mid].pkg, names[mid].name)
        m = r.obj
        if not isinstance(m, Func):
            continue
        is_ptr = isinstance(t, T.Pointer)
        if pointer_recv(m) and not is_ptr and not r.indirect:
            continue  # pointer methods are not in T's method set
        out.append((m, r.index[:-1], r.indirect))
    return out


def collect_method_names(t: T.Type, names: dict[str, Func], seen: set[int]) -> None:
    base = t.elem if isinstance(t, T.Pointer) else t
    if id(base) in seen:
        return
    seen.add(id(base))
    if isinstance(base, T.Named):
        from gominic.types.lookup import named_methods
        names.update((m.id(), m) for m in named_methods(base))
    u = base.underlying()
    if isinstance(u, T.Struct):
        for f in u.fields:
            if f.embedded:
                collect_method_names(f.type, names, seen)
    elif isinstance(u, T.Interface):
        names.update((m.id(), m) for m in u.complete())


class TypeDescriptors:
    def __init__(self, pb):
        self.pb = pb
        self.cache: dict[str, ir.GlobalVariable] = {}
        self.reflectcalls = ReflectCalls(pb)

    @property
    def module(self) -> ir.Module:
        return self.pb.module

    def descriptor(self, t: T.Type) -> ir.GlobalVariable:
        if T.is_untyped(t):
            t = T.default_type(t)
        name = "type:" + symbol_type_string(t)
        g = self.cache.get(name)
        if g is not None:
            return g
        g = self.module.globals.get(name)
        if g is None:
            uncommon = self.has_uncommon(t)
            ty = ir.LiteralStructType(HEADER + tail_types(t.underlying()) + (UNCOMMON if uncommon else []))
            g = ir.GlobalVariable(self.module, ty, name)
            self.cache[name] = g
            g.global_constant = True
            g.linkage = "linkonce_odr"
            g.section = L.section_name("rodata", name)
            g.align = 8
            g.initializer = ir.Constant(ty, self.header(t, uncommon) + self.tail(t)
                                        + (self.uncommon(t) if uncommon else []))
        self.cache[name] = g
        return g

    def has_uncommon(self, t: T.Type) -> bool:
        """Whether t's descriptor has the uncommon part: a package path or methods."""
        return bool(self.pkgpath(t)) or not isinstance(t.underlying(), T.Interface) and bool(method_set(t))

    def header(self, t: T.Type, uncommon: bool) -> list[ir.Constant]:
        """The words every descriptor has (runtime._type)."""
        u = t.underlying()
        tflag = TFLAG_UNCOMMON if uncommon else 0
        if isinstance(t, T.Named) or isinstance(t, T.Basic):
            tflag |= TFLAG_NAMED
        if T.comparable(t):
            tflag |= TFLAG_COMPARABLE
        if L.is_pointer_shaped(t):
            tflag |= TFLAG_DIRECT
        if isinstance(u, T.Signature) and u.variadic:
            tflag |= TFLAG_VARIADIC
        sym = symbol_type_string(t)
        ptrdata = ptrdata_words(t)
        if ptrdata > MAX_PTRMASK_WORDS:
            tflag |= TFLAG_GCPROG
            gcdata = self.gcdata("go:gcprog.", gc_program(t))
        else:
            gcdata = self.gcdata("go:gcbits.", pointer_bitmap(t))
        return [
            L.I64(sizeof(t)), L.I64(ptrdata * WORD), L.I32(fnv32(sym)), L.I8(kind_of(t)), L.I8(alignof(t)),
            L.I8(tflag), L.I8(0), self.name32(reflect_string(t)), address32(gcdata), address32(self.ptr_to_this(t)),
        ]

    def uncommon(self, t: T.Type) -> list[ir.Constant]:
        """The uncommon part: the package path and the method table."""
        methods = self.method_table(t) if not isinstance(t.underlying(), T.Interface) else []
        return [self.name32(self.pkgpath(t)), self.const_list32(METHOD, methods, f"{symbol_type_string(t)}·methods")]

    def tail(self, t: T.Type) -> list[ir.Constant]:
        """The kind-specific words (tail_types says their types)."""
        u = t.underlying()
        sym = symbol_type_string(t)
        match u:
            case T.Pointer() | T.Slice():
                return [self.descriptor(u.elem)]
            case T.Array():
                return [self.descriptor(u.elem), L.I64(u.len)]
            case T.Chan():
                return [self.descriptor(u.elem), L.I64(int(u.dir))]
            case T.Map():
                return [self.descriptor(u.elem), self.descriptor(u.key)]
            case T.Interface():
                methods = [self.imethod(m) for m in u.complete()]
                return [self.const_list32(IMETHOD, methods, f"{sym}·imethods")]
            case T.Struct():
                fields = [self.field(f.name, f.type, off, f.embedded) for f, off in zip(u.fields, offsetsof(u))]
                return [self.const_list(FIELD, fields, f"{sym}·fields"), self.tags(u, sym)]
            case T.Signature():
                params = [self.descriptor(v.type) for v in u.params.vars + u.results.vars]
                return [self.const_array(L.PTR, params, f"{sym}·params"),
                        self.reflectcalls.call_table(u, sym), L.I32(len(u.params.vars)), L.I32(len(u.results.vars))]
        return []

    def gcdata(self, prefix: str, data: bytes) -> ir.Constant:
        """A pointer bitmap or GC program (gcdata.py), named prefix<hex> so
        that types of the same shape share it; nil for none."""
        if not data:
            return ir.Constant(L.PTR, None)
        name = prefix + data.hex()
        g = self.module.globals.get(name)
        if g is None:
            arr_t = ir.ArrayType(L.I8, len(data))
            g = ir.GlobalVariable(self.module, arr_t, name)
            g.initializer = ir.Constant(arr_t, bytearray(data))
            g.global_constant = True
            g.linkage = "linkonce_odr"
            g.section = f".rodata.{name}"
        return g


    def ptr_to_this(self, t: T.Type) -> ir.Constant:
        """*T's descriptor if *T has methods T lacks (pointer receivers), else nil.

        (reflect builds *T for other types, with T's method table.)"""
        if not isinstance(t, T.Named) or isinstance(t.underlying(), (T.Pointer, T.Interface)):
            return ir.Constant(L.PTR, None)
        if len(method_set(T.Pointer(t))) == len(method_set(t)):
            return ir.Constant(L.PTR, None)
        return self.descriptor(T.Pointer(t))

    def field(self, name: str, t: T.Type, offset: int, embedded: bool = False) -> ir.Constant:
        return ir.Constant(FIELD, [self.name32(name), self.descriptor(t), L.I64(offset << 1 | int(embedded))])

    def imethod(self, m: Func) -> ir.Constant:
        """An interface's method: its id and signature, 32-bit addresses
        (interface types are only ever built by the compiler)."""
        return ir.Constant(IMETHOD, [self.name32(m.id()), address32(self.descriptor(self.plain_sig(m)))])

    def name32(self, s: str) -> ir.Constant:
        """s as a descriptor holds it (NAME): its bytes' 32-bit address, its length."""
        data = self.pb.string_data(s.encode())
        return ir.Constant(NAME, [address32(data.constant[0]), L.I32(data.constant[1].constant)])

    def tags(self, u: T.Struct, sym: str) -> ir.Constant:
        """The pointer to type:T·tags, nil if no field has a tag."""
        if not any(u.tags):
            return ir.Constant(L.PTR, None)
        return self.const_array(L.STRING, [self.pb.string_data(tag.encode()) for tag in u.tags], f"{sym}·tags")

    def pkgpath(self, t: T.Type) -> str:
        """A named type's package; for an unnamed struct, the package of its unexported fields."""
        if isinstance(t, T.Named):
            return t.obj.pkg.path if t.obj.pkg is not None else ""
        if isinstance(t, T.Basic) and t.kind == T.Kind.UNSAFE_POINTER:
            return "unsafe"
        u = t.underlying()
        if isinstance(u, T.Struct):
            for f in u.fields:
                if not f.name[:1].isupper() and f.pkg is not None:
                    return f.pkg.path
        return ""

    def plain_sig(self, m: Func) -> T.Signature:
        sig = m.sig
        return T.Signature(sig.params, sig.results, sig.variadic)

    def const_list(self, ety: ir.Type, elems: list[ir.Constant], name: str) -> ir.Constant:
        """The list (LIST) of elems, in the read-only array type:<name>."""
        return ir.Constant(LIST, [self.const_array(ety, elems, name), L.I32(len(elems))])

    def const_list32(self, ety: ir.Type, elems: list[ir.Constant], name: str) -> ir.Constant:
        """The list32 (LIST32) of elems, in the read-only array type:<name>."""
        return ir.Constant(LIST32, [address32(self.const_array(ety, elems, name)), L.I32(len(elems))])

    def const_array(self, ety: ir.Type, elems: list[ir.Constant], name: str) -> ir.Constant:
        """The address of the read-only array type:<name> of elems, nil if there are none."""
        if not elems:
            return ir.Constant(L.PTR, None)
        arr_t = ir.ArrayType(ety, len(elems))
        gname = f"type:{name}"
        g = self.module.globals.get(gname)
        if g is None:
            g = ir.GlobalVariable(self.module, arr_t, gname)
            g.initializer = ir.Constant(arr_t, elems)
            g.global_constant = True
            g.linkage = "linkonce_odr"
            g.section = L.section_name("rodata", gname)
            g.align = 8
        return g

    # --- method tables and itabs -------------------------------------------------

    def method_table(self, t: T.Type) -> list[ir.Constant]:
        out = []
        for m, path, _ in method_set(t):
            out.append(ir.Constant(METHOD, [self.name32(m.id()), address32(self.descriptor(self.plain_sig(m))),
                                            address32(self.iface_method(t, m, path))]))
        return out

    def iface_method(self, t: T.Type, m: Func, path: list[int]) -> ir.Function:
        """The code pointer for method m of t when called through an interface."""
        if not path and L.is_pointer_shaped(t):
            # The data word is the receiver itself: *T for pointer methods,
            # or a pointer-shaped named value (map, func, chan) for value methods.
            if pointer_recv(m) == isinstance(t.underlying(), T.Pointer):
                return self.method_ref(m)
        return self.wrapper(t, m, path)

    def method_ref(self, m: Func) -> ir.Function:
        if m.orig is not None and m.targs:
            return self.pb.instance(m.orig, m.targs, self.pb.info)
        return self.pb.func_ref(m)

    def wrapper(self, t: T.Type, m: Func, path: list[int]) -> ir.Function:
        """(*T).M and promoted-method wrappers: receive the data word, find the receiver, call M."""
        from gominic.compile.function import FuncBuilder
        direct = L.is_pointer_shaped(t)
        name = method_symbol(t if direct else T.Pointer(t), m.id()) + "·i"
        fn = self.module.globals.get(name)
        if fn is not None:
            return fn
        sig = m.sig
        fty = L.method_type(sig)
        fn = self.pb.declare_func(name, fty)
        self.pb.define(fn, dupok=True)
        fb = FuncBuilder.for_init(self.pb, fn)
        fb.sym = name
        if isinstance(t, T.Pointer) and isinstance(t.elem, T.Named) and not path and not pointer_recv(m):
            # A value method called through a nil *T: Go's panicwrap, not a
            # nil dereference, names the method.
            named = t.elem.obj
            is_nil = fb.b.icmp_unsigned("==", fn.args[0], ir.Constant(L.PTR, None))
            with fb.b.if_then(is_nil, likely=False):
                fb.rtcall("runtime.panicwrap", [self.pb.string_data(s.encode())
                                                for s in (named.pkg.path, named.name, m.name)])
        # The data word is the address of a T: a boxed value, or *T itself.
        base_t = t.underlying().elem if isinstance(t.underlying(), T.Pointer) else t
        r = fb.call_promoted(m, fn.args[0], T.Pointer(base_t), path, list(fn.args[1:]))
        fb.b.ret_void() if fty.return_type == L.VOID else fb.b.ret(r)
        return fn

    def itab(self, t: T.Type, iface: T.Type) -> ir.GlobalVariable:
        name = f"go:itab.{symbol_type_string(t)},{symbol_type_string(iface)}"
        g = self.module.globals.get(name)
        if g is not None:
            return g
        imethods = iface.underlying().complete()
        mset = {m.id(): (m, path) for m, path, _ in method_set(t)}
        funs = []
        for im in imethods:
            m, path = mset[im.id()]
            funs.append(self.iface_method(t, m, path))
        ty = ir.LiteralStructType([L.PTR, L.PTR] + [L.PTR] * len(funs))
        g = ir.GlobalVariable(self.module, ty, name)
        g.initializer = ir.Constant(ty, [self.descriptor(iface), self.descriptor(t)] + funs)
        g.global_constant = True
        g.linkage = "linkonce_odr"
        g.section = L.section_name("rodata", name)
        g.align = 8
        return g
