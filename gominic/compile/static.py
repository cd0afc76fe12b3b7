"""This module implements static initialisation of package-level variables.

As Go's compiler does (cmd/compile/internal/staticinit), a package-level
variable whose initialiser is known at compile time — a constant, the
address of a global, a function, or a composite literal of those — is laid
out as initialised data in .data or .noptrdata, with relocations where it
holds addresses, instead of being assigned by code in the package's init
function. Anything else (a call, an interface conversion, ...) is left to
init code.

Like Go's staticcopy, ``var L = _L`` copies the initial value of another
statically initialised variable of the package, as long as no initialiser
before it ran code (code could have changed _L: Go issue 51913). Strings
are never copied: the linker's -X may change them.
"""

from __future__ import annotations

import llvmlite.ir as ir

from gominic.compile import lltypes as L
from gominic.compile.literal import indexed_elements, struct_elements
from gominic.syntax import ast
from gominic.types import constant as C
from gominic.types import types as T
from gominic.types.objects import Func, Nil, Var


# Past this many zero elements after its last given one, a variable's array
# is laid out as its elements then a zero block: listing a zero for each
# element of var a = [100 << 20]byte{42} took minutes (fixedbugs/issue34395.go).
ZERO_TAIL = 4096


def zero_tail_array(elem: ir.Type, elems: list[ir.Constant], n: int) -> ir.Constant:
    """The n-element array of elem starting with elems, the rest zero, as a
    packed struct of two arrays: the same bytes, without n constants."""
    parts = [ir.ArrayType(elem, len(elems)), ir.ArrayType(elem, n - len(elems))]
    return ir.Constant(ir.LiteralStructType(parts, packed=True), [ir.Constant(parts[0], elems), ir.Constant(parts[1], None)])


class StaticData:
    def __init__(self, pb):
        self.pb = pb
        self.info = pb.info
        self.temps = 0
        self.initial: dict[Var, ir.Constant] = {}  # the statically initialised variables
        self.seen_mutation = False  # some initialiser so far runs code

    def initialize(self, v: Var, e: ast.Expr) -> bool:
        """Lay out v = e as data if e is static; report whether it was."""
        value = self.value(e, v.type, top=True)
        if value is None:
            return False
        g = self.pb.global_var(v)
        g.initializer = value
        if value.type == g.value_type:
            self.initial[v] = value
        else:
            g.value_type = value.type  # an array with a zero tail (composite)
        kind = "data" if T.has_pointers(v.type) else "noptrdata"
        g.section = f".{kind}.{g.name}"
        return True

    def value(self, e: ast.Expr, t: T.Type, top: bool = False) -> ir.Constant | None:
        """The constant for e converted to type t, or None if e is not static
        (top: e initialises a variable, not part of one)."""
        while isinstance(e, ast.ParenExpr):
            e = e.x
        u = t.underlying()
        if isinstance(u, T.Interface):
            return None  # needs a boxed copy and a type word: left to init code
        tv = self.info.types.get(e)
        if tv is not None and tv.value is not None:
            return self.constant(tv.value, t)
        if isinstance(e, ast.Name):
            obj = self.info.uses.get(e)
            if isinstance(obj, Nil):
                return L.zero(L.lltype(t))
            if isinstance(obj, Func) and obj.decl is not None and not obj.sig.tparams:
                return self.pb.static_closure(self.pb.func_ref(obj))
            if obj in self.initial and not self.seen_mutation and not T.is_string(obj.type):
                return self.initial[obj]
            return None
        if isinstance(e, ast.Operation) and e.op == "&" and e.y is None:
            return self.address(e.x)
        if isinstance(e, ast.CompositeLit):
            return self.composite(e, t, top)
        return None

    def constant(self, val, t: T.Type) -> ir.Constant | None:
        u = t.underlying()
        if not isinstance(u, T.Basic):
            return None
        k = u.kind
        ty = L.lltype(t)
        if k == T.Kind.STRING:
            return self.pb.string_data(val)
        if k == T.Kind.BOOL:
            return ir.Constant(L.I1, int(bool(val)))
        if k in T.FLOAT_KINDS:
            return ir.Constant(ty, float(C.to_fraction(val)))
        if isinstance(ty, ir.IntType):
            return ir.Constant(ty, int(C.to_fraction(val)) & ((1 << ty.width) - 1))
        return None

    def address(self, x: ast.Expr) -> ir.Constant | None:
        while isinstance(x, ast.ParenExpr):
            x = x.x
        if isinstance(x, ast.Name):
            obj = self.info.uses.get(x)
            if isinstance(obj, Var) and obj.is_global:
                return self.pb.global_var(obj)
            return None
        if isinstance(x, ast.CompositeLit):
            t = self.info.types[x].type
            data = self.composite(x, t)
            return None if data is None else self.temp(data, t)
        return None

    def temp(self, data: ir.Constant, t: T.Type) -> ir.GlobalVariable:
        """An anonymous global holding data (the target of &T{...} or a slice)."""
        self.temps += 1
        name = f"{self.pb.pkg.path}..stmp_{self.temps}"
        g = ir.GlobalVariable(self.pb.module, data.type, name)
        g.initializer = data
        kind = "data" if T.has_pointers(t) else "noptrdata"
        g.section = f".{kind}.{name}"
        g.align = 8
        return g

    def composite(self, e: ast.CompositeLit, t: T.Type, top: bool = False) -> ir.Constant | None:
        if self.info.implicits.get(e) is not None:
            return None
        u = t.underlying()
        if isinstance(u, T.Struct):
            fields = [L.zero(L.lltype(f.type)) for f in u.fields]
            for i, el in struct_elements(e, u):
                v = self.element(el, u.fields[i].type)
                if v is None:
                    return None
                if u.fields[i].name != "_":  # a blank field stays zero (Go issue 31546)
                    fields[i] = v
            return ir.Constant(L.lltype(t), fields)
        if isinstance(u, (T.Array, T.Slice)):
            elems = self.indexed(e.elems, u.elem)
            if elems is None:
                return None
            n = u.len if isinstance(u, T.Array) else len(elems)
            if top and isinstance(u, T.Array) and n - len(elems) >= ZERO_TAIL:
                return zero_tail_array(L.lltype(u.elem), elems, n)
            elems += [L.zero(L.lltype(u.elem))] * (n - len(elems))
            arr = ir.Constant(ir.ArrayType(L.lltype(u.elem), n), elems)
            if isinstance(u, T.Array):
                return arr
            if n == 0:
                return None
            backing = self.temp(arr, T.Array(n, u.elem))
            return ir.Constant(L.SLICE, [backing, L.I64(n), L.I64(n)])
        return None

    def element(self, el: ast.Expr, t: T.Type) -> ir.Constant | None:
        if isinstance(el, ast.CompositeLit) and el.type is None and not isinstance(t.underlying(), T.Pointer):
            return self.composite(el, t)
        return self.value(el, t)

    def indexed(self, elems: list[ast.Expr], elem_t: T.Type) -> list[ir.Constant] | None:
        out: dict[int, ir.Constant] = {}
        for index, el in indexed_elements(elems, self.info):
            v = self.element(el, elem_t)
            if v is None:
                return None
            out[index] = v
        n = max(out, default=-1) + 1
        zero = L.zero(L.lltype(elem_t))
        return [out.get(i, zero) for i in range(n)]
