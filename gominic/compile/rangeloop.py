"""This module implements range loops, channel operations and select.

``for k, v := range x`` (Go spec, "For statements with range clause"):
over an array, slice or string the range expression is evaluated once and
an index counts up (strings decode one UTF-8 sequence per step, an invalid
byte giving U+FFFD; an ASCII byte is its own rune, without a call); over a
map the runtime's iterator walks the buckets (deleting entries during the
walk is safe); over a channel each step receives until the channel is
closed. The iteration variables are declared once for the whole loop (Go
1.19 semantics). A loop that only zeroes a slice's elements is one memset
(clears_slice).
"""

from __future__ import annotations

import llvmlite.ir as ir

from gominic.compile import lltypes as L
from gominic.compile.literal import InMemory
from gominic.syntax import ast
from gominic.types import types as T
from gominic.types.builtins import contains_call_or_receive
from gominic.types.constant import is_zero
from gominic.types.objects import Nil, Var
from gominic.types.sizes import sizeof

# runtime.hiter: key and elem pointers (nil when done), then the walk state.
HITER = ir.ArrayType(L.I64, 9)


class RangeMixin:
    def range_stmt(self, s: ast.RangeStmt, label: str | None) -> None:
        from gominic.compile.function import Target
        xt = self.info.type_of(s.x)
        u = xt.underlying()
        if isinstance(u, T.Pointer):
            u = u.elem.underlying()
        b = self.b
        if self.clears_slice(s):
            # for i := range a { a[i] = zero }: one memclr, as Go's arrayClear.
            x = self.expr(s.x)
            size = b.mul(b.extract_value(x, 1), L.I64(sizeof(u.elem)))
            self.memset(b, b.extract_value(x, 0), size)
            return
        key_t, val_t = self.range_var_types(u)
        store = self.range_targets(s, key_t, val_t)
        cond = self.new_block("range.cond")
        body = self.new_block("range.body")
        post = self.new_block("range.post")
        done = self.new_block("range.done")
        if isinstance(u, T.Map):
            self.range_map(s, u, store, cond, body, post, done, label)
            return
        if isinstance(u, T.Chan):
            ch = self.expr(s.x)
            slot = self.alloca(L.lltype(u.elem))
            self.branch_to(cond)
            self.lifetime("start", slot)
            ok = self.rtcall("runtime.chanrecv2", [ch, slot])
            b.cbranch(ok, body, done)
            b.position_at_end(body)
            v = b.load(slot)
            self.lifetime("end", slot)
            store(v, None)
            self.targets.append(Target(label, done, cond))
            self.stmt(s.body)
            self.targets.pop()
            self.branch_to(post)
            self.loop_backedge(cond)
            b.position_at_end(done)
            return
        # Arrays, pointers to arrays, slices and strings: an index loop.
        if isinstance(u, T.Array) and s.value is None:
            # Only the length is needed; the operand runs only for its effects.
            if contains_call_or_receive(s.x):
                self.expr(s.x)
            x = None
            length = L.I64(u.len)
        elif isinstance(u, T.Array):
            # The loop ranges over a copy of an array value (memory to memory).
            arr_ptr = self.expr(s.x) if isinstance(xt.underlying(), T.Pointer) else self.value_in_memory(s.x, xt).addr
            length = L.I64(u.len)
        else:
            x = self.expr(s.x)
            length = b.extract_value(x, 1)
        index = self.alloca(L.I64)
        b.store(L.I64(0), index)
        next_index = self.alloca(L.I64)
        self.branch_to(cond)
        i = b.load(index)
        b.cbranch(b.icmp_signed("<", i, length), body, done)
        b.position_at_end(body)
        i = b.load(index)
        if T.is_string(u):
            r, after = self.next_rune(x, i)
            b.store(after, next_index)
            store(i, r)
        else:
            b.store(b.add(i, L.I64(1)), next_index)
            elem = None
            if s.value is not None:
                if isinstance(u, T.Array):
                    p = b.gep(arr_ptr, [L.I64(0), i], source_etype=L.lltype(u))
                else:
                    p = b.gep(b.extract_value(x, 0), [i], source_etype=L.lltype(u.elem))
                elem = self.value_in(p, u.elem)
            store(i, elem)
        self.targets.append(Target(label, done, post))
        self.stmt(s.body)
        self.targets.pop()
        self.branch_to(post)
        b.store(b.load(next_index), index)
        self.loop_backedge(cond)
        b.position_at_end(done)

    def next_rune(self, s: ir.Value, i: ir.Value) -> tuple[ir.Value, ir.Value]:
        """The rune at byte i of string s and the index after it, as Go's
        compiler writes a range over a string: a byte below utf8.RuneSelf
        (0x80) is its own rune, here; only others are decoded by
        runtime.decoderune."""
        b = self.b
        c = b.load(b.gep(b.extract_value(s, 0), [i], source_etype=L.I8), typ=L.I8)
        ascii_rune, ascii_after = b.zext(c, L.I32), b.add(i, L.I64(1))
        ascii = b.block
        decode, join = self.new_block("range.decoderune"), self.new_block("range.rune")
        b.cbranch(b.icmp_unsigned("<", c, ir.Constant(L.I8, 0x80)), join, decode)
        b.position_at_end(decode)
        decoded = self.rtcall("runtime.decoderune", [s, i])
        decoded_rune, decoded_after = b.extract_value(decoded, 0), b.extract_value(decoded, 1)
        b.branch(join)
        b.position_at_end(join)
        rune, after = b.phi(L.I32), b.phi(L.I64)
        rune.add_incoming(ascii_rune, ascii)
        rune.add_incoming(decoded_rune, decode)
        after.add_incoming(ascii_after, ascii)
        after.add_incoming(decoded_after, decode)
        return rune, after

    def clears_slice(self, s: ast.RangeStmt) -> bool:
        """Whether s is ``for i := range a { a[i] = zero }`` over a slice,
        a being the same variable (or field of one) in both places: then
        the loop only zeroes a's elements, which Go's compiler does with
        one memclr (arrayClear) instead of a store, a bounds check and a
        preemption check per element (regexp's backtracker clears its
        bitmap so at every match)."""
        if not (s.define and s.value is None and isinstance(s.key, ast.Name) and len(s.body.list) == 1):
            return False
        if not isinstance(self.info.type_of(s.x).underlying(), T.Slice):
            return False
        match s.body.list[0]:
            case ast.AssignStmt(op="", lhs=[ast.IndexExpr() as place], rhs=[zero]):
                return (isinstance(place.index, ast.Name) and self.info.uses.get(place.index) is self.info.defs.get(s.key)
                        and same_variable(self.info, place.x, s.x) and self.is_zero_value(zero))
        return False

    def is_zero_value(self, e: ast.Expr) -> bool:
        """Whether e is a constant zero, nil, or an empty struct or array literal."""
        e = ast.unparen(e)
        tv = self.info.types.get(e)
        if tv is not None and tv.value is not None:
            return is_zero(tv.value)
        if isinstance(e, ast.Name):
            return isinstance(self.info.uses.get(e), Nil)
        return isinstance(e, ast.CompositeLit) and not e.elems \
            and isinstance(self.info.type_of(e).underlying(), (T.Struct, T.Array))

    def range_var_types(self, u: T.Type) -> tuple[T.Type, T.Type | None]:
        if T.is_string(u):
            return T.INT, T.RUNE
        if isinstance(u, (T.Array, T.Slice)):
            return T.INT, u.elem
        if isinstance(u, T.Map):
            return u.key, u.elem
        return u.elem, None

    def range_targets(self, s: ast.RangeStmt, key_t: T.Type, val_t: T.Type | None):
        """A function storing one iteration's key and value (either may be
        None when not needed) into the loop's variables. With ``=``, both
        places are evaluated before either is assigned, as in a parallel
        assignment: ``for i, x[i] = range y`` indexes x with the old i."""
        targets = [(e, t) for e, t in ((s.key, key_t), (s.value, val_t))]
        if s.define:
            slots = []
            for e, t in targets:
                v = self.info.defs.get(e) if e is not None else None
                if isinstance(v, Var):
                    self.declare_local(v, None)
                    slots.append((self.vars[v], t, v.type))
                else:
                    slots.append(None)

            def store_vars(*vals) -> None:
                for slot, val in zip(slots, vals):
                    if slot is not None and val is not None:
                        self.store(self.convert_value(val, slot[1], slot[2]), slot[0], slot[2])
            return store_vars

        def assign(*vals) -> None:
            places = [(self.lvalue(e), t, self.info.type_of(e)) if e is not None and not
                      (isinstance(e, ast.Name) and e.value == "_") else None for e, t in targets]
            for place, val in zip(places, vals):
                if place is None or val is None:
                    continue
                (addr, store), t, target_t = place
                val = self.convert_value(val, t, target_t)
                if store is not None:
                    store.assign(val.load(self.b) if isinstance(val, InMemory) else val)
                else:
                    self.store(val, addr, target_t)
        return assign

    def range_map(self, s, mt: T.Map, store, cond, body, post, done, label) -> None:
        from gominic.compile.function import Target
        b = self.b
        m = self.expr(s.x)
        it = self.alloca(HITER)
        b.store(L.zero(HITER), it)
        self.rtcall("runtime.mapiterinit", [self.type_descriptor(mt), m, it])
        self.branch_to(cond)
        kp = b.load(b.gep(it, [L.I64(0), L.I64(0)], source_etype=HITER), typ=L.PTR)
        b.cbranch(b.icmp_unsigned("!=", kp, ir.Constant(L.PTR, None)), body, done)
        b.position_at_end(body)
        kp = b.load(b.gep(it, [L.I64(0), L.I64(0)], source_etype=HITER), typ=L.PTR)
        vp = b.load(b.gep(it, [L.I64(0), L.I64(1)], source_etype=HITER), typ=L.PTR)
        store(b.load(kp, typ=L.lltype(mt.key)), b.load(vp, typ=L.lltype(mt.elem)) if s.value is not None else None)
        self.targets.append(Target(label, done, post))
        self.stmt(s.body)
        self.targets.pop()
        self.branch_to(post)
        self.rtcall("runtime.mapiternext", [it])
        self.loop_backedge(cond)
        b.position_at_end(done)

    # --- channels ------------------------------------------------------------------

    def send(self, s: ast.SendStmt) -> None:
        ct = self.info.type_of(s.chan).underlying()
        ch = self.expr(s.chan)
        v = self.value_in_memory(s.value, ct.elem).addr
        self.rtcall("runtime.chansend1", [ch, v])

    def recv_value(self, e: ast.Operation, comma_ok: bool):
        """<-ch, or with comma_ok its value and whether one was sent; a big
        value is left in the temporary it was received into."""
        ct = self.info.type_of(e.x).underlying()
        ch = self.expr(e.x)
        slot = self.alloca(L.lltype(ct.elem))
        self.lifetime("start", slot)
        self.store_zero(slot, ct.elem)
        ok = self.rtcall("runtime.chanrecv2" if comma_ok else "runtime.chanrecv1", [ch, slot])
        v = self.value_in(slot, ct.elem)
        if not isinstance(v, InMemory):
            self.lifetime("end", slot)
        return [v, ok] if comma_ok else v

    def select_stmt(self, s: ast.SelectStmt, label: str | None) -> None:
        """select: describe each case to runtime.selectgo, then branch on the chosen one."""
        from gominic.compile.function import Target
        b = self.b
        cases = [c for c in s.body if c.comm is not None]
        has_default = any(c.comm is None for c in s.body)
        # runtime.scase: {chan, elem pointer, is send}
        scase = ir.LiteralStructType([L.PTR, L.PTR, L.I64])
        arr_t = ir.ArrayType(scase, max(len(cases), 1))
        arr = self.alloca(arr_t)
        recv_slots = []
        for i, c in enumerate(cases):
            comm = c.comm
            if isinstance(comm, ast.SendStmt):
                ct = self.info.type_of(comm.chan).underlying()
                self.order([comm.chan, comm.value])
                ch = self.expr(comm.chan)
                slot = self.value_in_memory(comm.value, ct.elem).addr
                is_send = 1
                recv_slots.append(None)
            else:
                rx = comm.x if isinstance(comm, ast.ExprStmt) else comm.rhs[0]
                while isinstance(rx, ast.ParenExpr):
                    rx = rx.x
                ct = self.info.type_of(rx.x).underlying()
                self.order([rx.x])
                ch = self.expr(rx.x)
                slot = self.alloca(L.lltype(ct.elem))
                self.store_zero(slot, ct.elem)
                is_send = 0
                recv_slots.append((slot, ct.elem))
            p = b.gep(arr, [L.I64(0), L.I64(i)], source_etype=arr_t)
            b.store(self.make_agg(scase, [ch, slot, L.I64(is_send)]), p)
        r = self.rtcall("runtime.selectgo", [arr, L.I64(len(cases)), ir.Constant(L.I1, int(has_default))])
        chosen, recv_ok = b.extract_value(r, 0), b.extract_value(r, 1)
        done = self.new_block("select.done")
        blocks = [self.new_block("select.case") for _ in s.body]
        default_block = next((blk for c, blk in zip(s.body, blocks) if c.comm is None), done)
        sw = b.switch(chosen, default_block)
        i = 0
        for c, blk in zip(s.body, blocks):
            if c.comm is not None:
                sw.add_case(L.I64(i), blk)
                i += 1
        self.targets.append(Target(label, done, None))
        i = 0
        for c, blk in zip(s.body, blocks):
            b.position_at_end(blk)
            if c.comm is not None:
                if isinstance(c.comm, ast.AssignStmt):
                    slot, et = recv_slots[i]
                    self.bind_select_recv(c.comm, self.value_in(slot, et), recv_ok, et)
                i += 1
            self.stmts(c.body)
            if not b.block.is_terminated:
                b.branch(done)
        self.targets.pop()
        b.position_at_end(done)

    def bind_select_recv(self, comm: ast.AssignStmt, val: ir.Value | InMemory, ok: ir.Value, et: T.Type) -> None:
        values = [val, ok][:len(comm.lhs)]
        types = [et, T.BOOL]
        for e, v, t in zip(comm.lhs, values, types):
            if isinstance(e, ast.Name) and e.value == "_":
                continue
            if comm.op == ":":
                var = self.info.defs.get(e)
                if isinstance(var, Var):
                    self.declare_local(var, self.convert_value(v, t, var.type))
                    continue
            addr, store = self.lvalue(e)
            v = self.convert_value(v, t, self.info.type_of(e))
            store.assign(v) if store is not None else self.store(v, addr, self.info.type_of(e))


def same_variable(info, a: ast.Expr, b: ast.Expr) -> bool:
    """Whether a and b denote the same variable, or the same field of it
    (x, x.f.g), read without calls: evaluating either twice gives the same."""
    a, b = ast.unparen(a), ast.unparen(b)
    match a, b:
        case ast.Name(), ast.Name():
            v = info.uses.get(a)
            return isinstance(v, Var) and v is info.uses.get(b)
        case ast.SelectorExpr(), ast.SelectorExpr():
            f = info.uses.get(a.sel)
            return isinstance(f, Var) and f.is_field and f is info.uses.get(b.sel) and same_variable(info, a.x, b.x)
    return False
