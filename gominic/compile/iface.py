"""This module implements interface values: conversion, method calls, assertions.

An interface value is two words (design.md): the first is the dynamic
type's descriptor for an empty interface, or an itab for one with methods;
the second is the data word: the value itself when it is pointer-shaped,
else a pointer to a heap copy of it ("boxing").

A method call through an interface loads the code pointer from the itab
and passes the data word as receiver. Assertions compare type descriptor
addresses (the linker keeps one copy of each); an assertion to an interface
type asks the runtime to find or build the itab.
"""

from __future__ import annotations

import llvmlite.ir as ir

from gominic.compile import lltypes as L
from gominic.compile.builtins import memmove
from gominic.compile.call import FnPtr
from gominic.compile.literal import InMemory
from gominic.compile.typenames import symbol_type_string
from gominic.obj.methods import imethod_marker, useiface_marker
from gominic.syntax import ast
from gominic.types import types as T
from gominic.types.lookup import pointer_recv
from gominic.types.objects import Func, Var
from gominic.types.sizes import sizeof


class IfaceMixin:
    def type_descriptor(self, t: T.Type) -> ir.Value:
        return self.pb.typedescs.descriptor(t)

    def box(self, v: ir.Value, t: T.Type) -> ir.Value:
        """The data word for a value of concrete type t."""
        if L.is_pointer_shaped(t):
            return v
        if sizeof(t) == 0:
            return self.rtcall("runtime.mallocgc", [L.I64(0), ir.Constant(L.PTR, None)])
        if isinstance(v, ir.Constant):
            return self.pb.constant_box(v, t)
        p = self.heap_alloc(t)
        self.b.store(v, p)
        return p

    def unbox(self, data: ir.Value, t: T.Type) -> ir.Value:
        if L.is_pointer_shaped(t):
            return data
        return self.b.load(data, typ=L.lltype(t))

    def boxed(self, data: ir.Value, t: T.Type) -> ir.Value | InMemory:
        """The value of type t an interface holds at data: a big one is
        read where it lies (a boxed value never changes), not loaded whole."""
        return data if L.is_pointer_shaped(t) else self.value_in(data, t)

    def type_word(self, src: T.Type, dst: T.Type) -> ir.Value:
        """The first word of a dst interface holding a src: an itab, or for
        the empty interface the type descriptor itself (then marked as used
        in an interface; an itab says so by itself)."""
        if dst.underlying().complete():
            return self.pb.typedescs.itab(src, dst)
        descriptor = self.type_descriptor(src)
        # Tell the linker a src goes into an interface here, so that its
        # methods may be called dynamically (gominic/obj/methods.py).
        self.marker_reloc(useiface_marker(descriptor.name))
        return descriptor

    def to_iface(self, v: ir.Value, src: T.Type, dst: T.Type) -> ir.Value:
        """Convert a concrete value to interface type dst."""
        src = T.default_type(src)
        return self.make_agg(L.IFACE, [self.type_word(src, dst), self.box(v, src)])

    def to_iface_from_memory(self, addr: ir.Value, src: T.Type, dst: T.Type) -> ir.Value:
        """Convert the value stored at addr to interface type dst, copying it
        to its box memory to memory (for values too big to load whole)."""
        data = self.heap_alloc(src)
        memmove(self, data, addr, L.I64(sizeof(src)))
        return self.make_agg(L.IFACE, [self.type_word(src, dst), data])

    def dynamic_type(self, iv: ir.Value, t: T.Type) -> ir.Value:
        """The type descriptor of an interface value (nil for a nil interface)."""
        first = self.b.extract_value(iv, 0)
        if not t.underlying().complete():
            return first
        return self.rtcall("runtime.itabtype", [first])

    def iface_to_iface(self, v: ir.Value, src: T.Type, dst: T.Type) -> ir.Value:
        if not dst.underlying().complete():
            return self.make_agg(L.IFACE, [self.dynamic_type(v, src), self.b.extract_value(v, 1)])
        # A static conversion between non-empty interfaces: look the itab up
        # at run time (nil stays nil).
        typ = self.dynamic_type(v, src)
        itab = self.rtcall("runtime.assertE2I2", [self.type_descriptor(dst), typ])
        return self.make_agg(L.IFACE, [itab, self.b.extract_value(v, 1)])

    def iface_call(self, iv: ir.Value, iface_t: T.Type, m: Func, args: list[ir.Value]) -> ir.Value:
        """Call method m through the itab of interface value iv."""
        methods = iface_t.underlying().complete()
        index = next(i for i, x in enumerate(methods) if x.id() == m.id())
        b = self.b
        itab = self.nil_checked(b.extract_value(iv, 0))
        slot = b.gep(itab, [L.I64(2 + index)], source_etype=L.PTR)
        code = b.load(slot, typ=L.PTR)
        sig = m.sig
        self.mark_iface_method(m)
        return b.call(FnPtr(code, L.method_type(sig)), [b.extract_value(iv, 1)] + args)

    def mark_iface_method(self, m: Func) -> None:
        """Tell the linker this code calls method m through an interface
        (gominic/obj/methods.py): a relocation that changes no byte."""
        sig = self.pb.typedescs.plain_sig(m)
        self.marker_reloc(imethod_marker(m.id(), "type:" + symbol_type_string(sig)))

    def marker_reloc(self, marker: str) -> None:
        """A relocation to the marker symbol that changes no byte."""
        asm = ir.InlineAsm(ir.FunctionType(L.VOID, []), f".reloc ., R_X86_64_NONE, {marker}", "", side_effect=True)
        self.b.call(asm, [])

    def call_method_at(self, m: Func, addr: ir.Value, holder: T.Type, args: list[ir.Value]) -> ir.Value:
        """Call method m on the value stored at addr (of type holder), at
        once: a big value is passed by its address, as M copies it first."""
        target = self.method_func(m, holder)
        recv = addr if pointer_recv(m) or self.is_big(holder) else self.b.load(addr, typ=L.lltype(holder))
        return self.b.call(target, [recv] + args)

    def iface_equal(self, x: ir.Value, xt: T.Type, y: ir.Value, yt: T.Type) -> ir.Value:
        """Equal dynamic types, then equal values (the runtime compares by
        type). x and y may be of different interface types (an error
        compared with an any): each one's dynamic type is read its own way."""
        b = self.b
        tx, ty = self.dynamic_type(x, xt), self.dynamic_type(y, yt)
        return self.short_circuit("&&", b.icmp_unsigned("==", tx, ty), lambda: self.rtcall(
            "runtime.efaceeq", [tx, b.extract_value(x, 1), b.extract_value(y, 1)]), name="ifaceeq")

    def iface_equals_value(self, iv: ir.Value, it: T.Type, v: ir.Value, t: T.Type) -> ir.Value:
        """An interface value compared with a value v of concrete type t:
        equal when the dynamic type is t and the values are equal. v is
        not boxed, as Go's compiler does: err == syscall.EAGAIN allocates
        nothing."""
        b = self.b
        same = b.icmp_unsigned("==", self.dynamic_type(iv, it), self.type_descriptor(t))
        return self.short_circuit("&&", same, lambda: self.compare_values(
            "==", self.unbox(b.extract_value(iv, 1), t), t, v, t), name="ifaceeqv")

    # --- assertions -----------------------------------------------------------

    def type_assert(self, e: ast.AssertExpr, comma_ok: bool):
        src = self.info.type_of(e.x)
        dst = self.info.types[e.type].type
        iv = self.expr(e.x)
        return self.assert_value(iv, src, dst, comma_ok)

    def assert_value(self, iv: ir.Value, src: T.Type, dst: T.Type, comma_ok: bool):
        b = self.b
        if not comma_ok and not T.is_interface(dst):
            return self.boxed(self.asserted_data(iv, src, dst), dst)
        typ = self.dynamic_type(iv, src)
        data = b.extract_value(iv, 1)
        if T.is_interface(dst):
            # The runtime gives the new first word: the itab, or for an empty
            # interface the type descriptor itself (nil when assertE2I2 fails).
            if comma_ok:
                first = self.rtcall("runtime.assertE2I2", [self.type_descriptor(dst), typ])
                ok = b.icmp_unsigned("!=", first, ir.Constant(L.PTR, None))
                data = b.select(ok, data, ir.Constant(L.PTR, None))
                return [self.make_agg(L.IFACE, [first, data]), ok]
            first = self.rtcall("runtime.assertE2I", [self.type_descriptor(dst), typ])
            return self.make_agg(L.IFACE, [first, data])
        ok = b.icmp_unsigned("==", typ, self.type_descriptor(dst))
        hit = self.new_block("assert.ok")
        join = self.new_block("assert.done")
        start = b.block
        if self.is_big(dst):
            # Copied, not loaded whole: a zero value unless the type is dst.
            slot = self.alloca(L.lltype(dst))
            self.store_zero(slot, dst)
            b.cbranch(ok, hit, join)
            b.position_at_end(hit)
            self.copy_value(slot, data, dst)
            b.branch(join)
            b.position_at_end(join)
            return [InMemory(slot, L.lltype(dst)), ok]
        b.cbranch(ok, hit, join)
        b.position_at_end(hit)
        v = self.unbox(data, dst)
        hit_end = b.block
        b.branch(join)
        b.position_at_end(join)
        phi = b.phi(L.lltype(dst))
        phi.add_incoming(L.zero(L.lltype(dst)), start)
        phi.add_incoming(v, hit_end)
        return [phi, ok]

    def asserted_data(self, iv: ir.Value, src: T.Type, dst: T.Type) -> ir.Value:
        """x.(T) for a concrete T: the interface's data word, once its
        dynamic type is checked to be T (else the panic Go gives)."""
        b = self.b
        typ = self.dynamic_type(iv, src)
        want = self.type_descriptor(dst)
        fail = self.new_block("assert.fail")
        cont = self.new_block("assert.ok")
        b.cbranch(b.icmp_unsigned("==", typ, want), cont, fail)
        b.position_at_end(fail)
        self.rtcall("runtime.panicdottype", [typ, want, self.type_descriptor(src)])
        b.position_at_end(cont)
        return b.extract_value(iv, 1)

    def type_switch(self, s: ast.SwitchStmt, label: str | None) -> None:
        from gominic.compile.function import Target
        if s.init is not None:
            self.stmt(s.init)
        guard: ast.TypeSwitchGuard = s.tag
        src = self.info.type_of(guard.x)
        iv = self.expr(guard.x)
        b = self.b
        typ = self.dynamic_type(iv, src)
        done = self.new_block("typeswitch.done")
        bodies = [self.new_block("typeswitch.case") for _ in s.body]
        default = None
        self.targets.append(Target(label, done, None))
        for clause, body in zip(s.body, bodies):
            if clause.cases is None:
                default = body
                continue
            for e in clause.cases:
                nxt = self.new_block("typeswitch.next")
                if isinstance(e, ast.Name) and e.value == "nil" and self.info.types.get(e) is not None \
                        and self.info.types[e].type is T.UNTYPED_NIL:
                    cond = b.icmp_unsigned("==", typ, ir.Constant(L.PTR, None))
                else:
                    t = self.info.types[e].type
                    if T.is_interface(t):
                        itab = self.rtcall("runtime.assertE2I2", [self.type_descriptor(t), typ])
                        cond = b.icmp_unsigned("!=", itab, ir.Constant(L.PTR, None))
                    else:
                        cond = b.icmp_unsigned("==", typ, self.type_descriptor(t))
                b.cbranch(cond, body, nxt)
                b.position_at_end(nxt)
        b.branch(default or done)
        for clause, body in zip(s.body, bodies):
            b.position_at_end(body)
            v = self.info.implicits.get(clause)
            if isinstance(v, Var):
                self.bind_case_var(v, iv, src, clause)
            self.stmts(clause.body)
            if not b.block.is_terminated:
                b.branch(done)
        self.targets.pop()
        b.position_at_end(done)

    def bind_case_var(self, v: Var, iv: ir.Value, src: T.Type, clause: ast.CaseClause) -> None:
        """In a clause naming one type, the switch variable has that type."""
        t = v.type
        if T.is_interface(t):
            val = iv if T.identical(t, src) else self.convert_value(iv, src, t)
        else:
            val = self.boxed(self.b.extract_value(iv, 1), t)
        self.declare_local(v, val)
