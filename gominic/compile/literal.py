"""This module implements the code generation of composite literals and of big value copies.

A struct or array literal is built in memory, never as one LLVM value: the
time LLVM's passes take on a first-class aggregate grows with the square of
its size (a 5,000-element local array literal took 5 s to compile, 100,000
elements did not finish). As Go's compiler does (cmd/compile/internal/walk,
complit.go: ``fixedlit`` in its static and dynamic passes), a literal is
split in two:

- its constant part, an image of the whole value in which every element
  known at compile time has its value and every other element is zero. An
  all-zero image is a memset; a small one a store of an LLVM constant; a
  bigger one a read-only global copied with llvm.memcpy, unless it is
  mostly zero: then a memset and stores of its nonzero parts;
- its dynamic part, the elements computed at run time, each evaluated in
  source order and stored through its own address.

So ``x := [...]int{1, 2, f(), 4}`` is a copy of the image {1, 2, 0, 4} and
one store of f()'s result into x[2].

Likewise big values (``lltypes.is_big``: over 4 KB or 64 scalars) are copied
memory to memory by llvm.memmove, never loaded and stored whole: an
assignment or declaration of a big variable, several big values assigned
at once; a big argument is passed as the address of a copy
(lltypes.param_type), and big results are written to memory the caller
passes (lltypes.results_in_memory). A big literal assigned to existing
memory is built in place, never in a temporary of its size: its elements
are evaluated first (they may read that memory), then stored.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass

import llvmlite.ir as ir

from gominic.compile import lltypes as L
from gominic.syntax import ast
from gominic.types import types as T
from gominic.types.objects import Nil
from gominic.types.sizes import sizeof

# An image up to this size is stored as one LLVM constant; a bigger one is
# copied from read-only data.
SMALL_IMAGE = 128


@dataclass
class DynamicElement:
    """An element of a composite literal known only at run time."""

    path: list[ir.Value] | None  # GEP indices from the literal's address; None: a blank field
    expr: ast.Expr
    type: T.Type


@dataclass
class InMemory:
    """A value too big to be an LLVM value, held in a temporary at addr."""

    addr: ir.Value
    type: ir.Type

    def load(self, b: ir.IRBuilder) -> ir.Value:
        """The value itself, for a use that needs it whole (f()[i] at -N)."""
        return b.load(self.addr, typ=self.type)


def unparen(e: ast.Expr) -> ast.Expr:
    while isinstance(e, ast.ParenExpr):
        e = e.x
    return e


def same_layout(src: T.Type, dst: T.Type) -> bool:
    """Whether a src value is a dst value as it is (assignable, not to an interface)."""
    return T.identical(src.underlying(), dst.underlying())


def is_zero_constant(c: ir.Value) -> bool:
    """Whether constant c is all zero bits (-0.0 is not)."""
    if not isinstance(c, ir.Constant):
        return False
    v = c.constant
    if v is None:
        return True
    if isinstance(v, list):
        return all(is_zero_constant(x) for x in v)
    if isinstance(v, float):
        return v == 0 and math.copysign(1, v) > 0
    return isinstance(v, int) and v == 0


class LiteralMixin:
    def is_big(self, t: T.Type) -> bool:
        """Values this big are copied memory to memory, never loaded whole
        (LLVM compiles huge first-class aggregates slowly, or not at all)."""
        return L.is_big(t)

    # --- composite literals ---------------------------------------------------

    def composite_lit(self, e: ast.CompositeLit) -> ir.Value:
        t = self.info.type_of(e)
        if e in self.info.implicits:
            # {...} standing for &T{...} inside a []*T literal.
            elem_t = t.underlying().elem
            p = self.heap_alloc(elem_t)
            if isinstance(elem_t.underlying(), (T.Struct, T.Array)):
                self.fill_composite(p, elem_t, e)
            else:  # a slice or map type: &S{...} holds the header
                self.store(self.composite_value(e, elem_t), p, elem_t)
            return p
        return self.composite_value(e, t)

    def composite_value(self, e: ast.CompositeLit, t: T.Type) -> ir.Value:
        """The value of literal e, of type t (a struct or array literal's
        is e's own type)."""
        u = t.underlying()
        if isinstance(u, T.Slice):
            arr_t = slice_literal_array(e, u, self.info)
            # In the frame when escape analysis found the slice stays in this
            # call (fill_composite writes all of it).
            p = self.new_object(arr_t, e, zeroed=False)
            self.fill_composite(p, arr_t, e)
            return self.make_agg(L.SLICE, [p, L.I64(arr_t.len), L.I64(arr_t.len)])
        if isinstance(u, T.Map):
            return self.map_lit(e, u)
        return self.b.load(self.composite_addr(e))

    def composite_addr(self, e: ast.CompositeLit) -> ir.Value:
        """A new stack temporary holding struct or array literal e."""
        t = self.info.type_of(e)
        slot = self.alloca(L.lltype(t))
        self.fill_composite(slot, t, e)
        return slot

    def is_value_literal(self, e: ast.Expr, t: T.Type) -> bool:
        """Whether e is a struct or array literal of type t (built in place
        where a value of type t goes), not one standing for &T{...}."""
        return isinstance(e, ast.CompositeLit) and e not in self.info.implicits \
            and isinstance(t.underlying(), (T.Struct, T.Array)) and same_layout(self.info.type_of(e), t)

    def fill_composite(self, p: ir.Value, t: T.Type, e: ast.CompositeLit, fresh: bool = True) -> None:
        """Store struct or array literal e, of type t, into the memory at p:
        its constant image, then its dynamic elements in source order.

        Memory that is not fresh (``*p = T{...}``, ``x = T{...}``) may be
        read by the elements, and a panic in one of them must leave it as
        it was: every element is evaluated first, then the memory is
        written. So no temporary of the literal's size is ever needed (Go
        issue 18636: a 1 MB literal assigned through a pointer on a 64 KB
        stack)."""
        dynamic: list[DynamicElement] = []
        image = self.literal_image(e, t, [L.I64(0)], dynamic)
        ty = L.lltype(t)
        if fresh:
            self.store_image(p, image, t)
            for d in dynamic:
                if d.path is None:
                    self.discard(d.expr)  # evaluated, not stored: a blank field stays zero (Go issue 31546)
                    continue
                self.store_value(self.b.gep(p, d.path, source_etype=ty), d.expr, d.type, fresh=True)
            return
        values = self.rhs_values([d.expr for d in dynamic], len(dynamic),
                                 [d.type if d.path is not None else None for d in dynamic])
        self.store_image(p, image, t)
        for d, v in zip(dynamic, values):
            if d.path is not None:
                self.store(v, self.b.gep(p, d.path, source_etype=ty), d.type)

    def literal_image(self, e: ast.CompositeLit, t: T.Type, path: list[ir.Value],
                      dynamic: list[DynamicElement]) -> ir.Constant:
        """The constant image of literal e (of type t, at GEP path from the
        outermost literal); its dynamic elements are appended to dynamic."""
        u = t.underlying()
        if isinstance(u, T.Struct):
            fields = [L.zero(L.lltype(f.type)) for f in u.fields]
            for i, el in struct_elements(e, u):
                if u.fields[i].name == "_":
                    dynamic.append(DynamicElement(None, el, u.fields[i].type))
                    continue
                fields[i] = self.element_image(el, u.fields[i].type, path + [L.I32(i)], dynamic)
            return ir.Constant(L.lltype(t), fields)
        if isinstance(u, T.Array):
            # A sparse literal ([1 << 20]int{5: 1}) keeps a zero image: its
            # few elements are stored one by one.
            sparse = u.len > 2 * len(e.elems) + 64
            elems: dict[int, ir.Constant] = {}
            for index, el in indexed_elements(e.elems, self.info):
                sub = path + [L.I64(index)]
                if sparse:
                    dynamic.append(DynamicElement(sub, el, u.elem))
                else:
                    elems[index] = self.element_image(el, u.elem, sub, dynamic)
            if not elems:
                return L.zero(L.lltype(t))
            zero = L.zero(L.lltype(u.elem))
            return ir.Constant(L.lltype(t), [elems.get(i, zero) for i in range(u.len)])
        raise NotImplementedError(f"composite literal of {t}")

    def element_image(self, el: ast.Expr, t: T.Type, path: list[ir.Value],
                      dynamic: list[DynamicElement]) -> ir.Constant:
        """An element's part of the image: its constant value, the image of
        a nested literal, or zero for an element computed at run time."""
        inner = unparen(el)
        if isinstance(inner, ast.CompositeLit) and inner not in self.info.implicits \
                and isinstance(t.underlying(), (T.Struct, T.Array)):
            return self.literal_image(inner, t, path, dynamic)
        tv = self.info.types.get(inner)
        if tv is not None and tv.value is not None and isinstance(t.underlying(), T.Basic):
            return self.const_of(tv.value, t)
        if isinstance(inner, ast.Name) and isinstance(self.info.uses.get(inner), Nil):
            return L.zero(L.lltype(t))
        dynamic.append(DynamicElement(path, el, t))
        return L.zero(L.lltype(t))

    def store_image(self, p: ir.Value, image: ir.Constant, t: T.Type) -> None:
        """Store a literal's constant image at p: a memset when it is all
        zero, one LLVM store when small, a copy of read-only data when its
        nonzero bytes fill most of it; else (a big, mostly zero image, as
        Foo{B: "hello"} beside a 1 MB array) a memset and a store of each
        nonzero part, so no big constant lands in the binary."""
        if is_zero_constant(image):
            self.store_zero(p, t)
        elif sizeof(t) <= SMALL_IMAGE or is_dense(image, t):
            self.store_constant(p, image, t)
        else:
            self.store_zero(p, t)
            self.store_nonzero_parts(p, image, t)

    def store_constant(self, p: ir.Value, image: ir.Constant, t: T.Type) -> None:
        if sizeof(t) <= SMALL_IMAGE:
            self.b.store(image, p)
        else:
            self.memcpy(p, self.pb.literal_data(image, t), sizeof(t))

    def store_nonzero_parts(self, p: ir.Value, image: ir.Constant, t: T.Type) -> None:
        """Store the nonzero parts of image into zeroed memory at p."""
        ty = L.lltype(t)
        for i, part, part_t in image_parts(image, t):
            if is_zero_constant(part):
                continue
            q = self.b.gep(p, [L.I64(0), L.I32(i) if isinstance(t.underlying(), T.Struct) else L.I64(i)],
                           source_etype=ty)
            if sizeof(part_t) <= SMALL_IMAGE or is_dense(part, part_t):
                self.store_constant(q, part, part_t)
            else:
                self.store_nonzero_parts(q, part, part_t)

    def map_lit(self, e: ast.CompositeLit, mt: T.Map) -> ir.Value:
        m = self.rtcall("runtime.makemap", [self.type_descriptor(mt), L.I64(len(e.elems))])
        for el in e.elems:
            k = self.spill(self.expr_to(el.key, mt.key))
            p = self.rtcall("runtime.mapassign", [self.type_descriptor(mt), m, k])
            self.store_value(p, el.value, mt.elem)
        return m

    # --- storing values ---------------------------------------------------------

    def store_value(self, p: ir.Value, e: ast.Expr, t: T.Type, fresh: bool = False) -> None:
        """*p = e, converted to type t. A struct or array literal is built
        right at p when p is fresh memory the literal cannot read (a new
        variable, an element of a literal being built), or when it is big
        (its elements evaluated first: fill_composite); a call writes its
        big result right at a fresh p; other big values are copied memory
        to memory (a map's element, a received one... too)."""
        inner = unparen(e)
        if self.is_value_literal(inner, t):
            if fresh or self.is_big(t):
                self.fill_composite(p, t, inner, fresh)
                return
        elif self.is_big(t) and same_layout(self.info.type_of(e), t):
            if fresh and self.returns_in_memory(inner):
                self.call_results(inner, into=p)
                return
            if self.is_addressable(e) or self.returns_in_memory(inner):
                self.copy_value(p, self.addr(e), t)
                return
            if (src := self.value_in_place(inner)) is not None:
                self.copy_value(p, src, t)
                return
        self.b.store(self.expr_to(e, t), p)

    def value_in_memory(self, e: ast.Expr, t: T.Type) -> InMemory:
        """A copy of e's value (converted to t) in a new stack temporary."""
        slot = self.alloca(L.lltype(t))
        self.store_value(slot, e, t, fresh=True)
        return InMemory(slot, L.lltype(t))

    def value_in(self, p: ir.Value, t: T.Type) -> ir.Value | InMemory:
        """The value of type t at p, which stays there while it is used:
        loaded, or a big one read where it lies, never loaded whole."""
        return InMemory(p, L.lltype(t)) if self.is_big(t) else self.b.load(p, typ=L.lltype(t))

    def store(self, v: ir.Value | InMemory, p: ir.Value, t: T.Type) -> None:
        """*p = v, where v may be a big value held in memory."""
        if isinstance(v, InMemory):
            self.copy_value(p, v.addr, t)
        else:
            self.b.store(v, p)

    def copy_value(self, dst: ir.Value, src: ir.Value, t: T.Type) -> None:
        """Copy a value of type t from src to dst (which may be the same)."""
        fn = self.pb.module.declare_intrinsic("llvm.memmove", [L.PTR, L.PTR, L.I64])
        self.b.call(fn, [dst, src, L.I64(sizeof(t)), ir.Constant(L.I1, 0)])

    def memcpy(self, dst: ir.Value, src: ir.Value, size: int) -> None:
        fn = self.pb.module.declare_intrinsic("llvm.memcpy", [L.PTR, L.PTR, L.I64])
        self.b.call(fn, [dst, src, L.I64(size), ir.Constant(L.I1, 0)])


def struct_elements(e: ast.CompositeLit, u: T.Struct) -> Iterator[tuple[int, ast.Expr]]:
    """The (field index, value) of each element of struct literal e."""
    for i, el in enumerate(e.elems):
        if isinstance(el, ast.KeyValueExpr):
            i = next(j for j, f in enumerate(u.fields) if f.name == el.key.value)
            el = el.value
        yield i, el


def slice_literal_array(e: ast.CompositeLit, u: T.Slice, info) -> T.Array:
    """The array holding the elements of slice literal e, of slice type u:
    as long as its last index plus one."""
    return T.Array(max((index + 1 for index, _ in indexed_elements(e.elems, info)), default=0), u.elem)


def indexed_elements(elems: list[ast.Expr], info) -> Iterator[tuple[int, ast.Expr]]:
    """The (index, value) of each element of an array or slice literal: a
    key sets the index, an element without one follows its predecessor."""
    index = 0
    for el in elems:
        if isinstance(el, ast.KeyValueExpr):
            index = int(info.types[el.key].value)
            el = el.value
        yield index, el
        index += 1


def image_parts(image: ir.Constant, t: T.Type) -> Iterator[tuple[int, ir.Constant, T.Type]]:
    """The (index, constant, type) of each field or element of a struct or
    array image; a zeroinitializer has only zero parts."""
    u = t.underlying()
    if isinstance(u, T.Struct):
        types = [f.type for f in u.fields]
    else:
        types = [u.elem] * u.len
    parts = image.constant if isinstance(image.constant, list) else None
    for i, part_t in enumerate(types):
        yield i, parts[i] if parts is not None else L.zero(L.lltype(part_t)), part_t


def nonzero_bytes(image: ir.Constant, t: T.Type) -> int:
    """The size of the nonzero scalars of a constant of type t."""
    if is_zero_constant(image):
        return 0
    if not isinstance(t.underlying(), (T.Struct, T.Array)):
        return sizeof(t)
    return sum(nonzero_bytes(part, part_t) for _, part, part_t in image_parts(image, t))


def is_dense(image: ir.Constant, t: T.Type) -> bool:
    """Whether an image is better copied whole from read-only data than
    stored part by part into zeroed memory: its nonzero bytes are at least
    a quarter of it."""
    return 4 * nonzero_bytes(image, t) >= sizeof(t)
