"""This module implements the code generation of expressions.

``expr(e)`` yields e's value as an LLVM value of e's lowered type;
``lvalue(e)`` yields where an assignable expression lives: an address, or a
``MapSlot`` for ``m[k]``, which has no address. Constants come straight
from the type checker's recorded values. Integer arithmetic wraps (LLVM's
``add``/``sub``/``mul`` without nsw/nuw flags are two's complement); division
checks for zero and, for signed types, computes ``MinInt / -1`` without
trapping, as Go requires (Go spec, "Integer operators",
"Integer overflow").
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from fractions import Fraction

import llvmlite.ir as ir

from gominic.compile import lltypes as L
from gominic.compile.literal import InMemory, unparen
from gominic.obj.methods import useeq_marker
from gominic.syntax import ast
from gominic.types import constant as C
from gominic.types import types as T
from gominic.types.objects import Func, Nil, Var
from gominic.types.operand import Mode, SelectionKind


class MapSlot:
    """m[k] on the left of an assignment: stores go through mapassign."""

    def __init__(self, fb, m: ast.IndexExpr):
        self.fb = fb
        self.mt: T.Map = fb.info.type_of(m.x).underlying()
        self.mv = fb.expr(m.x)
        self.kaddr = fb.spill(fb.expr_to(m.index, self.mt.key))

    def load(self) -> ir.Value:
        return self.fb.value_at_once(self.fb.map_index_addr(self.mt, self.mv, self.kaddr), self.mt.elem)

    def assign(self, v) -> None:
        fb = self.fb
        p = fb.rtcall("runtime.mapassign", [fb.type_descriptor(self.mt), self.mv, self.kaddr])
        fb.store(v, p, self.mt.elem)


class ExprMixin:
    # --- entry points -------------------------------------------------------

    def tv(self, e: ast.Expr):
        return self.info.types.get(e)

    def constant_value(self, e: ast.Expr):
        """e's value if it is a constant (as the type checker computed it), else None."""
        tv = self.info.types.get(e)
        return tv.value if tv is not None else None

    def expr(self, e: ast.Expr) -> ir.Value:
        """The value of single-valued expression e, in e's own type."""
        tv = self.info.types.get(e)
        if tv is not None and tv.value is not None:
            return self.const_of(tv.value, tv.type)
        if (v := self.take_ordered(e)) is not False:
            return v.load(self.b) if isinstance(v, InMemory) else v
        saved = self.at(e.pos)
        v = self.expr_nonconst(e)
        self.b.debug_metadata = saved
        return v

    def expr_to(self, e: ast.Expr, t: T.Type) -> ir.Value:
        """The value of e converted (implicitly, by assignability) to type t."""
        tv = self.info.types.get(e)
        if tv is not None and tv.value is not None and not T.is_interface(t):
            return self.const_of(tv.value, t if isinstance(t.underlying(), T.Basic) else tv.type)
        src = self.info.type_of(e)
        if src is T.UNTYPED_NIL or (isinstance(e, ast.Name) and isinstance(self.info.uses.get(e), Nil)):
            return L.zero(L.lltype(t))
        if T.is_interface(t) and not T.is_interface(src) and self.is_big(src) and self.in_memory(e, src):
            return self.to_iface_from_memory(self.addr(e), src, t)
        return self.convert_value(self.expr(e), src, t)

    def expr_any(self, e: ast.Expr) -> ir.Value | InMemory | None:
        """Evaluate e for its effects; calls may have no or many results,
        big ones left in memory."""
        if isinstance(e, ast.CallExpr):
            return self.call_results(e)
        if isinstance(e, ast.ParenExpr):
            return self.expr_any(e.x)
        return self.expr(e)

    def discard(self, e: ast.Expr) -> None:
        """Evaluate e for its effects only (``_ = e``, a blank field's
        value). A big variable or literal is not loaded whole, which LLVM
        may not survive ([100000]int: out of memory); its address carries
        the nil and bounds checks."""
        inner = ast.unparen(e)
        tv = self.info.types.get(inner)
        if tv is not None and tv.value is not None:
            return  # a constant (unsafe.Sizeof(x) too): nothing to evaluate
        t = self.info.type_of(inner)
        if not isinstance(t, T.Tuple) and self.is_big(t) and self.in_memory(inner, t):
            self.addr(inner)
        else:
            self.expr_any(e)

    def in_memory(self, e: ast.Expr, t: T.Type) -> bool:
        """Whether e's value (of type t) can be read in memory, not loaded:
        a variable's, a literal's, or a call's big result."""
        inner = unparen(e)
        return self.is_addressable(inner) or self.is_value_literal(inner, t) or self.returns_in_memory(inner)

    def convert_value(self, v: ir.Value | InMemory, src: T.Type, dst: T.Type) -> ir.Value | InMemory:
        """Implicit conversion for assignment: concrete to interface, or
        nothing (v may be a big value in memory)."""
        if dst is None or src is None or T.identical(src, dst):
            return v
        if T.is_interface(dst):
            if isinstance(v, InMemory):
                return self.to_iface_from_memory(v.addr, src, dst)
            if T.is_interface(src):
                return self.iface_to_iface(v, src, dst)
            if src is T.UNTYPED_NIL:
                return L.zero(L.IFACE)
            return self.to_iface(v, src, dst)
        if src is T.UNTYPED_NIL:
            return L.zero(L.lltype(dst))
        if T.is_untyped(src):
            return self.convert(v, T.default_type(src), dst)
        return v

    def expr_nonconst(self, e: ast.Expr) -> ir.Value:
        match e:
            case ast.Name():
                return self.name_value(e)
            case ast.ParenExpr():
                return self.expr(e.x)
            case ast.FuncLit():
                return self.func_lit(e)
            case ast.CompositeLit():
                return self.composite_lit(e)
            case ast.SelectorExpr():
                return self.selector_value(e)
            case ast.IndexExpr():
                return self.index_value(e)
            case ast.SliceExpr():
                return self.slice_value(e)
            case ast.AssertExpr():
                return self.type_assert(e, comma_ok=False)
            case ast.CallExpr():
                v = self.call_expr(e)
                return v
            case ast.ResultExpr():
                return self.result_value(e)
            case ast.Operation(y=None):
                return self.unary_value(e)
            case ast.Operation():
                return self.binary_expr(e)
        raise NotImplementedError(f"expression {type(e).__name__}")

    # --- constants ------------------------------------------------------------

    def const_of(self, val, t: T.Type) -> ir.Value:
        t = T.default_type(t)
        u = t.underlying()
        if isinstance(u, T.Interface):
            return self.to_iface(self.const_of(val, default_const_type(val)), default_const_type(val), t)
        ty = L.lltype(t)
        k = u.kind if isinstance(u, T.Basic) else None
        if k == T.Kind.BOOL:
            return ir.Constant(L.I1, int(bool(val)))
        if k == T.Kind.STRING:
            return self.pb.string_data(val)
        if k in T.FLOAT_KINDS:
            f = float(C.to_fraction(val))
            if k == T.Kind.FLOAT32:
                f = struct.unpack("<f", struct.pack("<f", f))[0]
            return ir.Constant(ty, f)
        if k in T.COMPLEX_KINDS:
            c = C.to_complex(val)
            et = ty.elements[0]
            return ir.Constant(ty, [ir.Constant(et, float(c.re)), ir.Constant(et, float(c.im))])
        if isinstance(ty, ir.IntType):
            iv = int(C.to_fraction(val)) if not isinstance(val, int) else val
            return ir.Constant(ty, iv & ((1 << ty.width) - 1))
        if ty == L.PTR:
            return ir.Constant(L.PTR, None)
        raise NotImplementedError(f"constant of type {t}")

    # --- names ------------------------------------------------------------------

    def name_value(self, e: ast.Name) -> ir.Value:
        obj = self.info.uses.get(e) or self.info.defs.get(e)
        match obj:
            case Var():
                return self.b.load(self.var_addr(obj), typ=L.lltype(obj.type))
            case Func():
                return self.func_value(obj)
            case Nil():
                return L.zero(L.lltype(self.info.type_of(e)))
        raise NotImplementedError(f"value of {e.value}")

    def spill(self, v: ir.Value) -> ir.Value:
        """Store v in a fresh stack slot and return its address."""
        slot = self.alloca(v.type)
        self.b.store(v, slot)
        return slot

    # --- lvalues ----------------------------------------------------------------

    def lvalue(self, e: ast.Expr) -> tuple[ir.Value | None, MapSlot | None]:
        while isinstance(e, ast.ParenExpr):
            e = e.x
        if isinstance(e, ast.IndexExpr) and isinstance(self.info.type_of(e.x).underlying(), T.Map):
            return None, MapSlot(self, e)
        return self.addr(e), None

    def later_lvalue(self, e: ast.Expr) -> Callable[[], tuple[ir.Value | None, MapSlot | None]]:
        """e on the left of a multiple assignment, in Go's two phases: the
        operands of its indexes and pointer indirections are evaluated now;
        the returned function makes its nil and bounds checks and gives its
        place when it is assigned, after the places before it (Go spec,
        "Assignment statements"; fixedbugs/issue23017.go: in
        ``m[2], *p = 42, 2`` with p nil, m[2] is set before the panic)."""
        e = ast.unparen(e)
        if isinstance(e, ast.IndexExpr):
            u = self.info.type_of(e.x).underlying()
            if isinstance(u, T.Map):
                slot = MapSlot(self, e)
                return lambda: (None, slot)
            if isinstance(u, T.Slice):
                s, i = self.expr(e.x), self.index_int(e.index)

                def slice_elem():
                    self.bounds_check(i, self.b.extract_value(s, 1), e)
                    return self.b.gep(self.b.extract_value(s, 0), [i], source_etype=L.lltype(u.elem)), None
                return slice_elem
            if isinstance(u, T.Pointer) and isinstance(u.elem.underlying(), T.Array):
                arr = u.elem.underlying()
                base = self.expr(e.x)
                array = lambda: self.nil_checked(base)  # noqa: E731
            elif isinstance(u, T.Array):
                arr = u
                outer = self.later_lvalue(e.x)
                array = lambda: outer()[0]  # noqa: E731
            else:
                place = self.lvalue(e)
                return lambda: place
            i = self.index_int(e.index)
            checked = self.info.types.get(e.index) is None or self.info.types[e.index].value is None

            def array_elem():
                a = array()
                if checked:
                    self.bounds_check(i, L.I64(arr.len), e)
                return self.b.gep(a, [L.I64(0), i], source_etype=L.lltype(arr)), None
            return array_elem
        if isinstance(e, ast.Operation) and e.op == "*" and e.y is None:
            p = self.expr(e.x)
            return lambda: (self.nil_checked(p), None)
        sel = self.info.selections.get(e) if isinstance(e, ast.SelectorExpr) else None
        if sel is not None:
            if isinstance(sel.recv.underlying(), T.Pointer):
                p, base_t = self.expr(e.x), sel.recv.underlying().elem
                base = lambda: self.nil_checked(p)  # noqa: E731
            else:
                outer, base_t = self.later_lvalue(e.x), sel.recv
                base = lambda: outer()[0]  # noqa: E731
            return lambda: (self.field_path_addr(base(), base_t, sel.index), None)
        place = self.lvalue(e)
        return lambda: place

    def addr(self, e: ast.Expr) -> ir.Value:
        """The address of an addressable expression (or of a composite literal)."""
        match e:
            case ast.ParenExpr():
                return self.addr(e.x)
            case ast.Name():
                obj = self.info.uses.get(e) or self.info.defs.get(e)
                return self.var_addr(obj)
            case ast.SelectorExpr():
                sel = self.info.selections.get(e)
                if sel is None:  # a qualified package-level variable
                    return self.var_addr(self.info.uses[e.sel])
                base_t = sel.recv
                if isinstance(base_t.underlying(), T.Pointer):
                    base = self.nil_checked(self.expr(e.x))
                    base_t = base_t.underlying().elem
                else:
                    base = self.addr(e.x)
                return self.field_path_addr(base, base_t, sel.index)
            case ast.IndexExpr():
                return self.index_addr(e)
            case ast.Operation(op="*", y=None):
                return self.nil_checked(self.expr(e.x))
            case ast.CompositeLit() if e not in self.info.implicits and \
                    isinstance(self.info.type_of(e).underlying(), (T.Struct, T.Array)):
                return self.composite_addr(e)
        return self.temporary(e)

    def value_in_place(self, e: ast.Expr) -> ir.Value | None:
        """For a big value the program reads from memory it cannot name (a
        map's element, an interface's boxed value, a received one), the
        address to copy it from at once, so that it is never loaded whole
        (see LiteralMixin.is_big); else None."""
        if isinstance(e, ast.IndexExpr) and isinstance(mt := self.info.type_of(e.x).underlying(), T.Map):
            return self.map_lookup(e, mt)
        if isinstance(e, ast.AssertExpr) and not T.is_interface(self.info.types[e.type].type):
            return self.type_assert(e, comma_ok=False).addr
        if isinstance(e, ast.Operation) and e.op == "<-" and e.y is None:
            return self.recv_value(e, comma_ok=False).addr
        return None

    def temporary(self, e: ast.Expr) -> ir.Value:
        """The address of e's value in memory of its own: the memory a
        call writes its big result to, or a copy spilled to the frame."""
        if self.returns_in_memory(e):
            return self.call_results(unparen(e)).addr
        v = self.expr(e)
        return v.addr if isinstance(v, InMemory) else self.spill(v)

    def nil_checked(self, p: ir.Value) -> ir.Value:
        """p, checked not to be nil before it is dereferenced.

        A load from address 0 would fault and the runtime's SIGSEGV handler
        would report it, but LLVM may drop a load whose value is unused (or
        reach far past page 0 through a large offset): Go's semantics need
        the check itself, as Go's compiler inserts them. LLVM removes the
        checks it can prove redundant."""
        if isinstance(p, (ir.GlobalVariable, ir.Function)):
            return p
        fail = self.new_block("nil.fail")
        ok = self.new_block("nil.ok")
        self.b.cbranch(self.b.icmp_unsigned("==", p, ir.Constant(L.PTR, None)), fail, ok)
        self.b.position_at_end(fail)
        self.rtcall("runtime.sigpanic", [])
        self.b.position_at_end(ok)
        return p

    def field_path_addr(self, base: ir.Value, t: T.Type, index: list[int]) -> ir.Value:
        """Follow a selection's field path (through embedded fields) from address base."""
        for i in index:
            st = t.underlying()
            if isinstance(st, T.Pointer):
                base = self.nil_checked(self.b.load(base, typ=L.PTR))
                t = st.elem
                st = t.underlying()
            base = self.b.gep(base, [L.I32(0), L.I32(i)], source_etype=L.lltype(st))
            t = st.fields[i].type
        return base

    # --- selectors ----------------------------------------------------------------

    def selector_value(self, e: ast.SelectorExpr) -> ir.Value:
        sel = self.info.selections.get(e)
        if sel is None:
            obj = self.info.uses[e.sel]
            if isinstance(obj, Var):
                return self.b.load(self.var_addr(obj), typ=L.lltype(obj.type))
            if isinstance(obj, Func):
                return self.func_value(obj)
            raise NotImplementedError(f"qualified {e.sel.value}")
        if sel.kind == SelectionKind.FIELD:
            if self.is_addressable(e.x) or isinstance(sel.recv.underlying(), T.Pointer):
                return self.b.load(self.addr(e), typ=L.lltype(sel.obj.type))
            # A field of a value (e.g. a call result): extract it, or read
            # it where a big value lies.
            v = self.expr(e.x)
            if isinstance(v, InMemory):
                return self.value_in(self.field_path_addr(v.addr, sel.recv, sel.index), sel.obj.type)
            t = sel.recv
            for i in sel.index:
                u = t.underlying()
                if isinstance(u, T.Pointer):
                    v = self.b.load(self.field_path_addr(v, u.elem, [i]), typ=L.lltype(u.elem.underlying().fields[i].type))
                    t = u.elem.underlying().fields[i].type
                    continue
                v = self.b.extract_value(v, i)
                t = u.fields[i].type
            return v
        if sel.kind == SelectionKind.METHOD_EXPR:
            return self.method_expr_value(e, sel)
        return self.method_value(e, sel)

    def is_addressable(self, e: ast.Expr) -> bool:
        tv = self.info.types.get(e)
        if tv is not None:
            return tv.mode == Mode.VARIABLE
        obj = self.info.uses.get(e) if isinstance(e, ast.Name) else None
        return isinstance(obj, Var)

    # --- index and slice ------------------------------------------------------------

    def bounds_check(self, i: ir.Value, n: ir.Value, e: ast.IndexExpr) -> None:
        """Check 0 <= i < n for the value i of e's index; a panic is at e's
        [, as Go's (fixedbugs/issue29504.go)."""
        ok = self.b.icmp_unsigned("<", i, n)
        fail = self.new_block("bounds.fail")
        cont = self.new_block("bounds.ok")
        self.b.cbranch(ok, cont, fail)
        self.b.position_at_end(fail)
        saved = self.at_bracket(e)
        self.rtcall(self.bounds_panic("runtime.panicIndex", e.index), [i, n])
        self.b.debug_metadata = saved
        self.b.position_at_end(cont)

    def at_bracket(self, e: ast.IndexExpr | ast.SliceExpr) -> ir.DIValue | None:
        """Attribute what follows to e's [ (see at)."""
        return self.at(e.lbrack) if e.lbrack is not None else self.b.debug_metadata

    def bounds_panic(self, panic: str, index: ast.Expr | None) -> str:
        """The runtime function reporting an out-of-range index: its U form
        for an index of an unsigned type (printed unsigned, as Go's)."""
        return panic + "U" if index is not None and T.is_unsigned(self.info.type_of(index)) else panic

    def index_int(self, e: ast.Expr) -> ir.Value:
        """An index converted to int (i64): unsigned ones are zero-extended."""
        t = self.info.type_of(e)
        v = self.expr(e)
        if isinstance(v.type, ir.IntType) and v.type.width < 64:
            v = self.b.zext(v, L.I64) if T.is_unsigned(t) else self.b.sext(v, L.I64)
        return v

    def index_addr(self, e: ast.IndexExpr) -> ir.Value:
        xt = self.info.type_of(e.x)
        u = xt.underlying()
        if isinstance(u, T.Pointer):
            base = self.nil_checked(self.expr(e.x))
            arr = u.elem.underlying()
            i = self.index_int(e.index)
            self.bounds_check(i, L.I64(arr.len), e)
            return self.b.gep(base, [L.I64(0), i], source_etype=L.lltype(arr))
        if isinstance(u, T.Array):
            base = self.addr(e.x)
            i = self.index_int(e.index)
            if self.info.types.get(e.index) is None or self.info.types[e.index].value is None:
                self.bounds_check(i, L.I64(u.len), e)
            return self.b.gep(base, [L.I64(0), i], source_etype=L.lltype(u))
        if isinstance(u, T.Slice):
            s = self.expr(e.x)
            i = self.index_int(e.index)
            self.bounds_check(i, self.b.extract_value(s, 1), e)
            return self.b.gep(self.b.extract_value(s, 0), [i], source_etype=L.lltype(u.elem))
        raise NotImplementedError(f"index address of {xt}")

    def index_value(self, e: ast.IndexExpr) -> ir.Value:
        tv = self.info.types.get(e)
        if tv is not None and isinstance(tv.type, T.Signature) and self.instance_of(e.x) is not None:
            # F[int] or pkg.F[int] as a value
            return self.func_value_instance(e.x)
        xt = self.info.type_of(e.x)
        u = xt.underlying()
        if T.is_string(u):
            s = self.expr(e.x)
            i = self.index_int(e.index)
            self.bounds_check(i, self.b.extract_value(s, 1), e)
            p = self.b.gep(self.b.extract_value(s, 0), [i], source_etype=L.I8)
            return self.b.load(p, typ=L.I8)
        if isinstance(u, T.Map):
            return self.value_at_once(self.map_lookup(e, u), u.elem)
        if isinstance(u, T.Array) and not self.is_addressable(e.x):
            slot = self.temporary(e.x)
            i = self.index_int(e.index)
            self.bounds_check(i, L.I64(u.len), e)
            p = self.b.gep(slot, [L.I64(0), i], source_etype=L.lltype(u))
            return self.b.load(p, typ=L.lltype(u.elem))
        elem_t = self.info.type_of(e)
        return self.b.load(self.index_addr(e), typ=L.lltype(elem_t))

    def map_lookup(self, e: ast.IndexExpr, mt: T.Map) -> ir.Value:
        """m[k] looked up: where its value can be read (see map_index_addr)."""
        m = self.expr(e.x)
        k = self.string_view(e.index) if T.is_string(mt.key) else None  # m[string(b)]: a lookup keeps no key
        return self.map_index_addr(mt, m, self.spill(k if k is not None else self.expr_to(e.index, mt.key)))

    def map_index_addr(self, mt: T.Map, m: ir.Value, kaddr: ir.Value) -> ir.Value:
        """Where m[k]'s value can be read (the element or a zero value)
        until the map next changes."""
        return self.rtcall("runtime.mapaccess1", [self.type_descriptor(mt), m, kaddr])

    def slice_value(self, e: ast.SliceExpr) -> ir.Value:
        xt = self.info.type_of(e.x)
        u = xt.underlying()
        b = self.b
        if T.is_string(u):
            s = self.expr(e.x)
            ptr, n = b.extract_value(s, 0), b.extract_value(s, 1)
            cap = n
            elem = L.I8
        elif isinstance(u, T.Slice):
            s = self.expr(e.x)
            ptr, n, cap = b.extract_value(s, 0), b.extract_value(s, 1), b.extract_value(s, 2)
            elem = L.lltype(u.elem)
        else:
            if isinstance(u, T.Pointer):
                base = self.nil_checked(self.expr(e.x))
                arr = u.elem.underlying()
            else:
                base = self.addr(e.x)
                arr = u
            ptr, n, cap = base, L.I64(arr.len), L.I64(arr.len)
            elem = L.lltype(arr.elem)
        lo = self.index_int(e.low) if e.low is not None else L.I64(0)
        hi = self.index_int(e.high) if e.high is not None else n
        mx = self.index_int(e.max) if e.max is not None else cap
        # Go's checks, in order: max <= cap, high <= max, low <= high; a
        # panic is at the [.
        saved = self.at_bracket(e)
        if e.full:
            self.slice_check(mx, cap, self.bounds_panic(
                "runtime.panicSlice3Acap" if isinstance(u, T.Slice) else "runtime.panicSlice3Alen", e.max))
            self.slice_check(hi, mx, self.bounds_panic("runtime.panicSlice3B", e.high))
            self.slice_check(lo, hi, self.bounds_panic("runtime.panicSlice3C", e.low))
        else:
            bound_fn = "runtime.panicSliceAcap" if isinstance(u, T.Slice) else "runtime.panicSliceAlen"
            self.slice_check(hi, cap, self.bounds_panic(bound_fn, e.high))
            self.slice_check(lo, hi, self.bounds_panic("runtime.panicSliceB", e.low))
        self.b.debug_metadata = saved
        newlen = b.sub(hi, lo)
        newcap = newlen if T.is_string(u) else b.sub(mx, lo)
        # A result of capacity zero keeps the old base, as Go's: advanced,
        # it could point past the end of the allocation, at the next
        # object (test/slicecap.go).
        newptr = ptr
        if not (isinstance(lo, ir.Constant) and lo.constant == 0):
            empty = b.icmp_unsigned("==", newcap, L.I64(0))
            newptr = b.select(empty, ptr, b.gep(ptr, [lo], source_etype=elem))
        if T.is_string(u):
            return self.make_agg(L.STRING, [newptr, newlen])
        return self.make_agg(L.SLICE, [newptr, newlen, newcap])

    def slice_check(self, i: ir.Value, bound: ir.Value, panic: str) -> None:
        ok = self.b.icmp_unsigned("<=", i, bound)
        fail = self.new_block("slice.fail")
        cont = self.new_block("slice.ok")
        self.b.cbranch(ok, cont, fail)
        self.b.position_at_end(fail)
        self.rtcall(panic, [i, bound])
        self.b.position_at_end(cont)

    def make_agg(self, ty: ir.Type, vals: list[ir.Value]) -> ir.Value:
        agg = ir.Constant(ty, ir.Undefined)
        for i, v in enumerate(vals):
            agg = self.b.insert_value(agg, v, i)
        return agg

    # --- unary operations ------------------------------------------------------

    def unary_value(self, e: ast.Operation) -> ir.Value:
        op = e.op
        if op == "&":
            inner = e.x
            while isinstance(inner, ast.ParenExpr):
                inner = inner.x
            if isinstance(inner, ast.CompositeLit):
                t = self.info.type_of(inner)
                p = self.new_object(t, e, zeroed=False)  # the literal fills it whole
                if isinstance(t.underlying(), (T.Slice, T.Map)):
                    self.b.store(self.expr(inner), p)  # a map literal order.py made already, too
                else:
                    self.fill_composite(p, t, inner)
                return p
            return self.addr(e.x)
        if op == "*":
            t = self.info.type_of(e)
            return self.b.load(self.nil_checked(self.expr(e.x)), typ=L.lltype(t))
        if op == "<-":
            return self.recv_value(e, comma_ok=False)
        t = self.info.type_of(e)
        x = self.expr(e.x)
        if op == "+":
            return x
        if op == "-":
            if T.is_float(t):
                return self.b.fneg(x)
            if T.is_complex(t):
                return self.make_agg(x.type, [self.b.fneg(self.b.extract_value(x, 0)),
                                              self.b.fneg(self.b.extract_value(x, 1))])
            return self.b.neg(x)
        if op == "!":
            return self.b.not_(x)
        if op == "^":
            return self.b.not_(x)
        raise NotImplementedError(f"unary {op}")

    # --- binary operations --------------------------------------------------------

    def binary_expr(self, e: ast.Operation) -> ir.Value:
        op = e.op
        if op in ("&&", "||"):
            return self.logical(e)
        if op in ("<<", ">>"):
            t = self.info.type_of(e)
            return self.shift_value(op, self.expr_to(e.x, t) if T.is_untyped(self.info.type_of(e.x)) else self.expr(e.x),
                                    self.expr(e.y), t, self.info.type_of(e.y))
        xt, yt = self.info.type_of(e.x), self.info.type_of(e.y)
        if op in ("==", "!=") and (self.is_nil_expr(e.x) or self.is_nil_expr(e.y)):
            other, ot = (e.y, yt) if self.is_nil_expr(e.x) else (e.x, xt)
            return self.compare_nil(op, self.expr(other), ot)
        if op in ("==", "!=", "<", "<=", ">", ">=") and T.is_string(xt) and T.is_string(yt) \
                and not (T.is_untyped(xt) and T.is_untyped(yt)):
            # string(b) == s compares b's bytes in place. The left view is
            # taken first, so only when the right side calls nothing that
            # could change b before the comparison.
            x = self.string_view(e.x) if self.calls_nothing(e.y) else None
            if x is None:
                x = self.expr_to(e.x, yt) if T.is_untyped(xt) else self.expr(e.x)
            y = self.string_view(e.y)
            if y is None:
                y = self.expr_to(e.y, xt) if T.is_untyped(yt) else self.expr(e.y)
            return self.compare_values(op, x, xt if not T.is_untyped(xt) else yt, y, yt if not T.is_untyped(yt) else xt)
        if op in ("==", "!=", "<", "<=", ">", ">="):
            # Untyped operands were given the other side's type by the checker.
            if T.is_untyped(xt) and not T.is_untyped(yt):
                return self.compare_values(op, self.expr_to(e.x, yt), yt, self.expr(e.y), yt)
            if T.is_untyped(yt) and not T.is_untyped(xt):
                return self.compare_values(op, self.expr(e.x), xt, self.expr_to(e.y, xt), xt)
            if self.is_big(xt) and not T.is_interface(xt) and not T.is_interface(yt):
                return self.compare_in_memory(op, e.x, e.y, xt)
            return self.compare_values(op, self.expr(e.x), xt, self.expr(e.y), yt)
        t = self.info.type_of(e)
        return self.binary_value(op, self.expr_to(e.x, t), self.expr_to(e.y, t), t)

    def string_view(self, e: ast.Expr) -> ir.Value | None:
        """string(b) for a []byte b as a string sharing b's bytes, for a
        use that reads the string at once and keeps nothing of it (a
        comparison, a map lookup): the copy Go avoids too
        (slicebytetostringtmp). None when e is no such conversion."""
        while isinstance(e, ast.ParenExpr):
            e = e.x
        if not isinstance(e, ast.CallExpr) or len(e.args) != 1 or e.has_dots:
            return None
        ftv = self.info.types.get(e.fun)
        if ftv is None or ftv.mode != Mode.TYPEXPR or not T.is_string(ftv.type.underlying()):
            return None
        src = self.info.type_of(e.args[0])
        su = src.underlying() if src is not None else None
        if not isinstance(su, T.Slice) or T.basic_kind(su.elem) != T.Kind.UINT8:
            return None
        v = self.expr(e.args[0])
        s = ir.Constant(L.lltype(T.STRING), ir.Undefined)
        s = self.b.insert_value(s, self.b.extract_value(v, 0), 0)
        return self.b.insert_value(s, self.b.extract_value(v, 1), 1)

    def calls_nothing(self, e: ast.Node) -> bool:
        """Whether evaluating e runs no code of the program's (no call but
        conversions, no channel receive that lets other goroutines run)."""
        if isinstance(e, list):
            return all(self.calls_nothing(x) for x in e)
        if not isinstance(e, ast.Node) or isinstance(e, ast.FuncLit):
            return True
        if isinstance(e, ast.CallExpr):
            ftv = self.info.types.get(e.fun)
            if ftv is None or ftv.mode != Mode.TYPEXPR:
                return False
        if isinstance(e, ast.Operation) and e.op == "<-":
            return False
        return all(self.calls_nothing(getattr(e, name, None)) for name in e.__slots__)

    def is_nil_expr(self, e: ast.Expr) -> bool:
        while isinstance(e, ast.ParenExpr):
            e = e.x
        return isinstance(e, ast.Name) and isinstance(self.info.uses.get(e), Nil)

    def logical(self, e: ast.Operation) -> ir.Value:
        """a && b and a || b evaluate b only when needed (short circuit);
        each side is ordered on its own, as Go's order does."""
        return self.short_circuit(e.op, self.ordered_expr(e.x), lambda: self.ordered_expr(e.y))

    def short_circuit(self, op: str, lhs: ir.Value, rhs: Callable[[], ir.Value], name: str = "logic") -> ir.Value:
        """lhs && rhs() or lhs || rhs(): rhs's code runs only when lhs does
        not decide."""
        lhs_block = self.b.block
        rhs_block = self.new_block(f"{name}.rhs")
        done = self.new_block(f"{name}.done")
        if op == "&&":
            self.b.cbranch(lhs, rhs_block, done)
        else:
            self.b.cbranch(lhs, done, rhs_block)
        self.b.position_at_end(rhs_block)
        rhs_value = rhs()
        rhs_end = self.b.block
        self.b.branch(done)
        self.b.position_at_end(done)
        phi = self.b.phi(L.I1)
        phi.add_incoming(ir.Constant(L.I1, 1 if op == "||" else 0), lhs_block)
        phi.add_incoming(rhs_value, rhs_end)
        return phi

    def binary_value(self, op: str, x: ir.Value, y: ir.Value, t: T.Type) -> ir.Value:
        if T.is_string(t) and op == "+":
            return self.rtcall("runtime.concatstring2", [x, y])
        return self.arith(op, x, y, t)

    def arith(self, op: str, x: ir.Value, y: ir.Value, t: T.Type) -> ir.Value:
        b = self.b
        if T.is_float(t):
            return {"+": b.fadd, "-": b.fsub, "*": b.fmul, "/": b.fdiv}[op](x, y)
        if T.is_complex(t):
            return self.complex_arith(op, x, y)
        unsigned = T.is_unsigned(t)
        match op:
            case "+":
                return b.add(x, y)
            case "-":
                return b.sub(x, y)
            case "*":
                return b.mul(x, y)
            case "/" | "%":
                return self.divide(op, x, y, unsigned)
            case "&":
                return b.and_(x, y)
            case "|":
                return b.or_(x, y)
            case "^":
                return b.xor(x, y)
            case "&^":
                return b.and_(x, b.not_(y))
        raise NotImplementedError(f"operator {op} on {t}")

    def divide(self, op: str, x: ir.Value, y: ir.Value, unsigned: bool) -> ir.Value:
        b = self.b
        zero = ir.Constant(y.type, 0)
        if not (isinstance(y, ir.Constant) and y.constant != 0):
            fail = self.new_block("div.zero")
            ok = self.new_block("div.ok")
            b.cbranch(b.icmp_unsigned("==", y, zero), fail, ok)
            b.position_at_end(fail)
            self.rtcall("runtime.panicdivide", [])
            b.position_at_end(ok)
        if unsigned:
            return b.udiv(x, y) if op == "/" else b.urem(x, y)
        # MinInt / -1 overflows in hardware; Go defines it as MinInt (and % as 0).
        minus1 = b.icmp_signed("==", y, ir.Constant(y.type, -1))
        if op == "/":
            safe_y = b.select(minus1, ir.Constant(y.type, 1), y)
            q = b.sdiv(x, safe_y)
            return b.select(minus1, b.neg(x), q)
        safe_y = b.select(minus1, ir.Constant(y.type, 1), y)
        return b.srem(x, safe_y)

    def complex_arith(self, op: str, x: ir.Value, y: ir.Value) -> ir.Value:
        b = self.b
        a, bb = b.extract_value(x, 0), b.extract_value(x, 1)
        c, d = b.extract_value(y, 0), b.extract_value(y, 1)
        match op:
            case "+":
                re, im = b.fadd(a, c), b.fadd(bb, d)
            case "-":
                re, im = b.fsub(a, c), b.fsub(bb, d)
            case "*":
                re = b.fsub(b.fmul(a, c), b.fmul(bb, d))
                im = b.fadd(b.fmul(a, d), b.fmul(bb, c))
            case _:
                return self.complex_div(x, y)
        return self.make_agg(x.type, [re, im])

    def complex_div(self, x: ir.Value, y: ir.Value) -> ir.Value:
        """x / y by the runtime's complex128div (Smith's method, with Go's
        results for infinities and NaNs); complex64 goes through complex128."""
        b = self.b
        if x.type == L.C128:
            return self.rtcall("runtime.complex128div", [x, y])
        wide = [self.make_agg(L.C128, [b.fpext(b.extract_value(v, i), L.F64) for i in (0, 1)]) for v in (x, y)]
        q = self.rtcall("runtime.complex128div", wide)
        return self.make_agg(x.type, [b.fptrunc(b.extract_value(q, i), L.F32) for i in (0, 1)])

    def shift_value(self, op: str, x: ir.Value, s: ir.Value, t: T.Type, st: T.Type) -> ir.Value:
        """x << s and x >> s with Go's semantics for counts >= the width and < 0."""
        b = self.b
        width = x.type.width
        if isinstance(s, ir.Constant) and isinstance(s.constant, int):
            n = s.constant
            if n < width:
                s = ir.Constant(x.type, n)
                return b.shl(x, s) if op == "<<" else (b.lshr(x, s) if T.is_unsigned(t) else b.ashr(x, s))
            if op == "<<" or T.is_unsigned(t):
                return ir.Constant(x.type, 0)
            return b.ashr(x, ir.Constant(x.type, width - 1))
        if not T.is_unsigned(st):
            neg = b.icmp_signed("<", s, ir.Constant(s.type, 0))
            fail = self.new_block("shift.neg")
            ok = self.new_block("shift.ok")
            b.cbranch(neg, fail, ok)
            b.position_at_end(fail)
            self.rtcall("runtime.panicshift", [])
            b.position_at_end(ok)
        # Bring the count to x's width, saturating counts that do not fit.
        if s.type.width > width:
            big = b.icmp_unsigned(">=", s, ir.Constant(s.type, width))
            s = b.select(big, ir.Constant(x.type, width), b.trunc(s, x.type))
        elif s.type.width < width:
            s = b.zext(s, x.type)
        too_big = b.icmp_unsigned(">=", s, ir.Constant(x.type, width))
        safe = b.select(too_big, ir.Constant(x.type, width - 1), s)
        if op == "<<":
            return b.select(too_big, ir.Constant(x.type, 0), b.shl(x, safe))
        if T.is_unsigned(t):
            return b.select(too_big, ir.Constant(x.type, 0), b.lshr(x, safe))
        return b.ashr(x, safe)

    # --- comparisons ---------------------------------------------------------------

    def compare_values(self, op: str, x: ir.Value, xt: T.Type, y: ir.Value, yt: T.Type) -> ir.Value:
        b = self.b
        if xt is T.UNTYPED_NIL or yt is T.UNTYPED_NIL:
            v, vt = (y, yt) if xt is T.UNTYPED_NIL else (x, xt)
            return self.compare_nil(op, v, vt)
        if T.is_interface(xt) != T.is_interface(yt):
            iv, it, v, t = (x, xt, y, yt) if T.is_interface(xt) else (y, yt, x, xt)
            eq = self.iface_equals_value(iv, it, v, T.default_type(t))
            return eq if op == "==" else b.not_(eq)
        t = xt if not T.is_untyped(xt) else yt
        u = t.underlying()
        if T.is_string(u):
            if op in ("==", "!="):
                eq = self.string_equal(x, y)
                return eq if op == "==" else b.not_(eq)
            c = self.rtcall("runtime.cmpstring", [x, y])
            return b.icmp_signed(op, c, L.I64(0))
        if T.is_float(u):
            return b.fcmp_ordered(op, x, y) if op != "!=" else b.fcmp_unordered(op, x, y)
        if T.is_complex(u):
            re = b.fcmp_ordered("==", b.extract_value(x, 0), b.extract_value(y, 0))
            im = b.fcmp_ordered("==", b.extract_value(x, 1), b.extract_value(y, 1))
            eq = b.and_(re, im)
            return eq if op == "==" else b.not_(eq)
        if isinstance(x.type, ir.IntType):
            return b.icmp_unsigned(op, x, y) if T.is_unsigned(u) or u.kind == T.Kind.BOOL \
                else b.icmp_signed(op, x, y)
        if x.type == L.PTR:
            return b.icmp_unsigned(op, x, y)
        if isinstance(u, T.Interface):
            eq = self.iface_equal(x, xt, y, yt)
        else:
            eq = self.mem_equal(x, y, t)
        return eq if op == "==" else b.not_(eq)

    def string_equal(self, x: ir.Value, y: ir.Value) -> ir.Value:
        """x == y for strings, as Go's compiler writes it: the lengths
        compared here, then the bytes by memcmp, which LLVM turns into a few
        loads when one side is a constant (s == "Jan", a switch's cases)."""
        b = self.b
        n = b.extract_value(x, 1)
        memcmp = self.pb.declare_func("memcmp", ir.FunctionType(L.I32, [L.PTR, L.PTR, L.I64]))

        def same_bytes() -> ir.Value:
            c = b.call(memcmp, [b.extract_value(x, 0), b.extract_value(y, 0), n])
            return b.icmp_signed("==", c, ir.Constant(L.I32, 0))
        return self.short_circuit("&&", b.icmp_signed("==", n, b.extract_value(y, 1)), same_bytes, "streq")

    def compare_nil(self, op: str, v: ir.Value, t: T.Type) -> ir.Value:
        b = self.b
        u = t.underlying()
        if isinstance(u, T.Slice) or isinstance(u, T.Interface):
            v = b.extract_value(v, 0)
        return b.icmp_unsigned(op, v, ir.Constant(L.PTR, None))

    def compare_in_memory(self, op: str, x: ast.Expr, y: ast.Expr, t: T.Type) -> ir.Value:
        """x == y for big arrays and structs, compared where they are stored
        (or in copies, for values that have no address)."""
        px, py = (self.addr(e) if self.is_addressable(e) else self.value_in_memory(e, t).addr for e in (x, y))
        eq = self.typeeq(t, px, py)
        return eq if op == "==" else self.b.not_(eq)

    def mem_equal(self, x: ir.Value, y: ir.Value, t: T.Type) -> ir.Value:
        """Structs and arrays compare element by element (via the runtime's typeeq)."""
        return self.typeeq(t, self.spill(x), self.spill(y))

    def typeeq(self, t: T.Type, px: ir.Value, py: ir.Value) -> ir.Value:
        """The runtime's typeeq of the t values at px and py; the linker is
        told it walks t's fields here (gominic/obj/methods.py's useeq marker)."""
        descriptor = self.type_descriptor(t)
        self.marker_reloc(useeq_marker(descriptor.name))
        return self.rtcall("runtime.typeeq", [descriptor, px, py])


def default_const_type(val) -> T.Type:
    match val:
        case bool():
            return T.BOOL
        case bytes():
            return T.STRING
        case int():
            return T.INT
        case Fraction() | C.Float():
            return T.FLOAT64
    return T.COMPLEX128


