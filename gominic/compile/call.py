"""This module implements calls, function values, conversions and built-ins.

Calling conventions (design.md, "Data layout"): a Go function is an LLVM
function taking its receiver (for methods) and parameters, returning void,
its result, or a struct of its results. Big values (lltypes.is_big) are
never passed as LLVM values: a big parameter is the address of a copy the
caller made, and big results are written to memory whose address the
caller passes last (lltypes.results_in_memory); a call's value is then
that memory (InMemory), which an assignment copies, or which the call
writes straight into when it initialises a new variable.

A func value points to a closure record whose first word is the code
pointer; calling one passes the record in LLVM's ``nest`` register (r10 on
x86-64), which plain functions simply ignore, so any function can sit
behind a func value: a top-level function gets a static one-word record
``F·f``.
"""

from __future__ import annotations

import llvmlite.ir as ir

from gominic.compile import lltypes as L
from gominic.compile.builtins import call_builtin
from gominic.compile.escape import string_array
from gominic.compile.intrinsics import call_intrinsic, is_intrinsic
from gominic.compile.irbuilder import Builder
from gominic.compile.literal import InMemory, unparen
from gominic.compile.typenames import method_symbol
from gominic.syntax import ast
from gominic.types import types as T
from gominic.types.constant import string_runes
from gominic.types.lookup import pointer_recv
from gominic.types.objects import Builtin, Func
from gominic.types.operand import Mode, SelectionKind
from gominic.types.sizes import WORD, sizeof


class CallMixin:
    # --- calls --------------------------------------------------------------

    def call_expr(self, e: ast.CallExpr) -> ir.Value | None:
        """The value of call e (its results as one value, if several)."""
        v = self.call_results(e)
        return v.load(self.b) if isinstance(v, InMemory) else v

    def call_results(self, e: ast.CallExpr, into: ir.Value | None = None) -> ir.Value | InMemory | None:
        """Make call e; its results are a value, or in memory when big
        (lltypes.results_in_memory): in a temporary, or at into, memory no
        one reads before the call returns."""
        if (v := self.take_ordered(e)) is not False:  # made before its statement's other operands
            if into is not None and isinstance(v, InMemory):
                self.copy_value(into, v.addr, self.info.type_of(e))
            return v
        saved = self.at(e.lparen or e.pos)
        v = self.call_at(e, into)
        self.b.debug_metadata = saved
        return v

    def returns_in_memory(self, e: ast.Expr) -> bool:
        """Whether e is a call whose results are big (lltypes.results_in_memory)."""
        e = unparen(e)
        if not isinstance(e, ast.CallExpr):
            return False
        ftv = self.info.types.get(e.fun)
        if ftv is None or ftv.mode == Mode.TYPEXPR:
            return False
        sig = ftv.type.underlying()
        return isinstance(sig, T.Signature) and L.results_in_memory(sig)

    def call_at(self, e: ast.CallExpr, into: ir.Value | None) -> ir.Value | InMemory | None:
        fun = e.fun
        while isinstance(fun, ast.ParenExpr):
            fun = fun.x
        ftv = self.info.types.get(e.fun)
        if ftv is not None and ftv.mode == Mode.TYPEXPR:
            return self.conversion(e, ftv.type)
        callee = self.info.uses.get(fun) if isinstance(fun, ast.Name) else None
        if isinstance(fun, ast.SelectorExpr) and fun not in self.info.selections:
            callee = self.info.uses.get(fun.sel)
        if isinstance(callee, Builtin):
            return call_builtin(self, self.info.expanded_calls.get(e, e), callee.name)
        if isinstance(callee, Func) and is_intrinsic(callee):
            return call_intrinsic(self, e, callee)
        sig = self.callee_signature(e)
        from gominic.compile.function import arg_width
        self.callee_width = max(self.callee_width, arg_width(sig))
        out = self.results_memory_for(sig, into)
        v = self.go_call(e, fun, callee, sig, out)
        return v if out is None else out

    def results_memory_for(self, sig: T.Signature, into: ir.Value | None) -> InMemory | None:
        """Where a call of sig is to write its results, if they are big:
        into, or a temporary of the caller's."""
        if not L.results_in_memory(sig):
            return None
        ty = L.results_value_type(sig)
        if into is None:
            into = self.alloca(ty)
            self.result_temps.append(into)
        return InMemory(into, ty)

    def go_call(self, e: ast.CallExpr, fun: ast.Expr, callee, sig: T.Signature, out: InMemory | None) -> ir.Value:
        """Call a Go function, method or func value; the arguments end
        with the address of out, the results' memory, if there is one."""
        # Go evaluates the function value and the receiver before the
        # arguments (Go spec, "Order of evaluation").
        if isinstance(fun, ast.SelectorExpr) and fun in self.info.selections:
            sel = self.info.selections[fun]
            if sel.kind == SelectionKind.METHOD_VAL:
                return self.method_call(fun, sel, lambda: self.call_args(e, sig, out))
        if isinstance(callee, Func) and not self.is_generic_use(fun):
            args, kept = self.call_args(e, sig, out)
            return keep_alive(self.b, self.b.call(self.pb.func_ref(callee), args), kept)
        if isinstance(fun, (ast.Name, ast.SelectorExpr, ast.IndexExpr)) and self.instance_of(fun) is not None:
            args, kept = self.call_args(e, sig, out)
            return keep_alive(self.b, self.b.call(self.instance_func(fun), args), kept)
        fv = self.expr(e.fun)
        args, kept = self.call_args(e, sig, out)
        return keep_alive(self.b, self.call_value(fv, sig, args), kept)

    def builtin_called(self, e: ast.CallExpr) -> str | None:
        """The name of the built-in e calls (len, unsafe.Sizeof...), if it calls one."""
        fun = unparen(e.fun)
        name = fun.sel if isinstance(fun, ast.SelectorExpr) and fun not in self.info.selections else fun
        builtin = self.info.uses.get(name) if isinstance(name, ast.Name) else None
        return builtin.name if isinstance(builtin, Builtin) else None

    def is_generic_use(self, fun: ast.Expr) -> bool:
        return self.instance_of(fun) is not None

    def instance_of(self, fun: ast.Expr):
        if isinstance(fun, ast.IndexExpr):
            fun = fun.x
        key = fun.sel if isinstance(fun, ast.SelectorExpr) else fun
        return self.info.instances.get(key)

    def callee_signature(self, e: ast.CallExpr) -> T.Signature:
        t = self.info.type_of(e.fun)
        return t.underlying()

    def call_args(self, e: ast.CallExpr, sig: T.Signature,
                  out: InMemory | None = None) -> tuple[list[ir.Value], list[ir.Value]]:
        """The arguments of call e (argument_values), then the address of
        out, the memory for its big results, if any."""
        args, kept = self.argument_values(e, sig)
        return (args + [out.addr] if out is not None else args), kept

    def argument_values(self, e: ast.CallExpr, sig: T.Signature) -> tuple[list[ir.Value], list[ir.Value]]:
        """Evaluate arguments left to right, packing variadic ones into a
        slice. Return them, and the pointers the call must keep alive: those
        an argument converts to uintptr, in the list or in the ... slice
        built for the call (Go's call.KeepAlive; keep_alive)."""
        params = sig.params.vars
        on_stack = e in self.escape.stack_variadics
        if len(e.args) == 1 and isinstance(self.info.type_of(e.args[0]), T.Tuple):
            # f(g()) where g returns several values.
            vals = self.multi_value(e.args[0])
            srcs = self.multi_types(e.args[0])
            if sig.variadic:
                nfixed = len(params) - 1
                fixed = [self.pass_value(self.convert_value(v, s, p.type), p.type)
                         for v, s, p in zip(vals, srcs, params[:nfixed])]
                rest = list(zip(vals[nfixed:], srcs[nfixed:]))
                return fixed + [self.pack_variadic_values(rest, params[-1].type, on_stack)], []
            return [self.pass_value(self.convert_value(v, s, p.type), p.type) for v, s, p in zip(vals, srcs, params)], []
        if sig.variadic and not e.has_dots:
            nfixed = len(params) - 1
            fixed = [self.argument(a, p.type) for a, p in zip(e.args[:nfixed], params)]
            elem = params[-1].type.underlying().elem
            rest = [self.value_in_memory(a, elem) if self.is_big(elem) else self.expr_to(a, elem)
                    for a in e.args[nfixed:]]
            packed = self.pack_variadic_values([(v, elem) for v in rest], params[-1].type, on_stack)
            return fixed + [packed], converted_pointers(fixed + rest)
        args = [self.argument(a, p.type) for a, p in zip(e.args, params)]
        return args, converted_pointers(args)

    def argument(self, e: ast.Expr, t: T.Type) -> ir.Value:
        """An argument for a parameter of type t: its value, or the address
        of a copy of a big one (lltypes.param_type)."""
        if self.is_big(t):
            return self.value_in_memory(e, t).addr
        return self.expr_to(e, t)

    def pass_value(self, v: ir.Value | InMemory, t: T.Type) -> ir.Value:
        """Value v passed for a parameter of type t (a big one by the
        address of a copy: the temporary holding a call's result is one)."""
        if isinstance(v, InMemory):
            return v.addr
        return self.spill(v) if self.is_big(t) else v

    def pack_variadic_values(self, vals: list[tuple[ir.Value, T.Type]], slice_t: T.Type, on_stack: bool) -> ir.Value:
        """The slice a variadic call passes: its array on the heap, or in
        the frame when escape analysis found it dead after the call."""
        if not vals:
            return L.zero(L.SLICE)
        elem = slice_t.underlying().elem
        arr_t = T.Array(len(vals), elem)
        p = self.alloca(L.lltype(arr_t)) if on_stack else self.heap_alloc(arr_t)
        for i, (v, st) in enumerate(vals):
            ep = self.b.gep(p, [L.I64(0), L.I64(i)], source_etype=L.lltype(arr_t))
            self.store(self.convert_value(v, st, elem), ep, elem)
        n = L.I64(len(vals))
        return self.make_agg(L.SLICE, [p, n, n])

    def call_value(self, fv: ir.Value, sig: T.Signature, args: list[ir.Value]) -> ir.Value:
        """Call through a func value: load the code pointer, pass the record as context."""
        code = self.b.load(self.nil_checked(fv), typ=L.PTR)
        return self.call_indirect(self.b, code, fv, sig, args)

    def multi_value(self, e: ast.Expr) -> list[ir.Value]:
        """The values of a multi-valued expression: a call, or a comma-ok form."""
        while isinstance(e, ast.ParenExpr):
            e = e.x
        t = self.info.type_of(e)
        if isinstance(e, ast.IndexExpr) and isinstance(self.info.type_of(e.x).underlying(), T.Map):
            mt = self.info.type_of(e.x).underlying()
            m = self.expr(e.x)
            k = self.spill(self.expr_to(e.index, mt.key))
            r = self.rtcall("runtime.mapaccess2", [self.type_descriptor(mt), m, k])
            return [self.value_at_once(self.b.extract_value(r, 0), mt.elem), self.b.extract_value(r, 1)]
        if isinstance(e, ast.AssertExpr):
            return self.type_assert(e, comma_ok=True)
        if isinstance(e, ast.Operation) and e.op == "<-":
            return self.recv_value(e, comma_ok=True)
        v = self.expr_any(e)
        if isinstance(v, InMemory):
            return self.results_in(v, t)
        return [self.b.extract_value(v, i) for i in range(len(t.vars))]

    def results_in(self, m: InMemory, t: T.Tuple) -> list[ir.Value | InMemory]:
        """The results of a call written to memory m: each loaded, a big one left there."""
        out = []
        for i, v in enumerate(t.vars):
            p = self.b.gep(m.addr, [L.I32(0), L.I32(i)], source_etype=m.type)
            out.append(self.value_in(p, v.type))
        return out

    def result_value(self, e: ast.ResultExpr) -> ir.Value:
        """A result of the call a built-in got as its only argument
        (copy(f())): the built-ins evaluate their arguments in order, so
        the call is made at its first result, the others are its values."""
        if e.index == 0:
            self.results[e.call] = self.multi_value(e.call)
        v = self.results[e.call][e.index]
        return v.load(self.b) if isinstance(v, InMemory) else v

    def multi_types(self, e: ast.Expr) -> list[T.Type]:
        t = self.info.type_of(e)
        return [v.type for v in t.vars]

    # --- function values -------------------------------------------------------

    def func_value(self, fn: Func) -> ir.Value:
        """A top-level function as a value: a static closure record {code}."""
        return self.pb.static_closure(self.pb.func_ref(fn))

    def func_lit(self, e: ast.FuncLit, in_frame: bool = False) -> ir.Value:
        """A closure: a code function plus a record of its captured
        variables (their addresses, or copies of those captured by value),
        on the heap, or in_frame for a deferred call's (new_record) or one
        whose func value does not escape (escape.py)."""
        from gominic.compile.function import FuncBuilder
        name = self.pb.closure_name(self.closure_prefix())
        fb = FuncBuilder(self.pb, e, None, name, closure=e, info=self.info)
        fb.outer = self.outer_name()
        fb.build()
        caps = self.info.captures.get(e, [])
        rec_t = self.closure_record_type(caps)
        if not caps:
            g = ir.GlobalVariable(self.pb.module, rec_t, f"{name}·f")
            g.initializer = ir.Constant(rec_t, [fb.llfn])
            g.global_constant = True
            g.section = f".rodata.{name}·f"
            return g
        if not in_frame and e in self.escape.stack_closures:
            # Unlike a defer record, no pointer reaches it before it is
            # filled below: a slot without new_record's zeroing on entry,
            # which every call would pay for a closure made on a rare path.
            p = self.alloca(rec_t)
        else:
            p = self.new_record(rec_t, self.llsize(rec_t), in_frame)
        self.b.store(fb.llfn, p)
        for i, v in enumerate(caps):
            slot = self.b.gep(p, [L.I32(0), L.I32(i + 1)], source_etype=rec_t)
            if self.captured_by_value(v):
                self.b.store(self.b.load(self.var_addr(v), typ=L.lltype(v.type)), slot)
            else:
                self.b.store(self.var_addr(v), slot)
        return p

    def outer_name(self) -> str:
        return self.outer or self.sym

    def closure_prefix(self) -> str:
        """Go's names for this function's function literals, before their
        numbers: F.func1, F.func2 in function F; C.1, C.2 in closure C
        (main.main.func1.2); pkg.glob..func1 in the package's variable
        initialisers, which have no declaration."""
        if self.closure is not None:
            return self.sym + "."
        if self.decl is None:
            return f"{self.pb.pkg.path}.glob..func"
        return self.sym + ".func"

    # --- methods ------------------------------------------------------------------

    def receiver_value(self, x: ast.Expr, sel, want_ptr: bool) -> ir.Value:
        """The receiver for a method selected through sel: an address, or a
        value (the address of a copy of a big one, as a parameter's)."""
        path = sel.index[:-1]
        recv_t = sel.recv
        if not path:
            if want_ptr and not isinstance(recv_t.underlying(), T.Pointer):
                return self.addr(x)
            if not want_ptr and isinstance(recv_t.underlying(), T.Pointer) and not T.is_interface(recv_t):
                return self.value_at(self.nil_checked(self.expr(x)), recv_t.underlying().elem)
            if self.is_big(recv_t):
                return self.value_in_memory(x, recv_t).addr
            return self.expr(x)
        # Through embedded fields: find the embedded field's address.
        if isinstance(recv_t.underlying(), T.Pointer):
            base, bt = self.nil_checked(self.expr(x)), recv_t.underlying().elem
        elif self.is_addressable(x):
            base, bt = self.addr(x), recv_t
        else:
            base, bt = self.temporary(x), recv_t
        faddr = self.field_path_addr(base, bt, path)
        ft = self.field_type(bt, path)
        if isinstance(ft.underlying(), T.Pointer) and not T.is_interface(ft):
            ptr = self.b.load(faddr, typ=L.PTR)
            return ptr if want_ptr else self.value_at(self.nil_checked(ptr), ft.underlying().elem)
        if T.is_interface(ft):
            return self.b.load(faddr, typ=L.IFACE)
        return faddr if want_ptr else self.value_at(faddr, ft)

    def value_at_once(self, p: ir.Value, t: T.Type) -> ir.Value | InMemory:
        """The value of type t at p, which may change later: loaded, or a
        big one copied to a temporary."""
        return self.value_in(self.value_at(p, t) if self.is_big(t) else p, t)

    def value_at(self, p: ir.Value, t: T.Type) -> ir.Value:
        """The value of type t stored at p, as a receiver is passed: loaded,
        or for a big one, copied to a temporary whose address is passed."""
        if not self.is_big(t):
            return self.b.load(p, typ=L.lltype(t))
        slot = self.alloca(L.lltype(t))
        self.copy_value(slot, p, t)
        return slot

    def field_type(self, t: T.Type, path: list[int]) -> T.Type:
        for i in path:
            u = t.underlying()
            if isinstance(u, T.Pointer):
                u = u.elem.underlying()
            t = u.fields[i].type
        return t

    def method_call(self, fun: ast.SelectorExpr, sel, eval_args) -> ir.Value:
        """x.M(args): the receiver first, then the arguments (eval_args,
        returning them and the pointers to keep alive, as call_args)."""
        m: Func = sel.obj
        holder = self.field_type(sel.recv, sel.index[:-1]) if len(sel.index) > 1 else sel.recv
        if T.is_interface(holder):
            iv = self.receiver_value(fun.x, sel, want_ptr=False)
            args, kept = eval_args()
            return keep_alive(self.b, self.iface_call(iv, holder, m, args), kept)
        recv = self.receiver_value(fun.x, sel, want_ptr=pointer_recv(m))
        args, kept = eval_args()
        return keep_alive(self.b, self.b.call(self.method_func(m, holder), [recv] + args), kept)

    def method_func(self, m: Func, holder: T.Type) -> ir.Function:
        """The LLVM function of method m (an instance for generic receivers)."""
        if m.orig is not None and m.targs:
            return self.instance_method(m)
        return self.pb.func_ref(m)

    # --- generic instances ----------------------------------------------------

    def instance_func(self, fun: ast.Expr) -> ir.Function:
        """The instance of a generic function named by fun (F or pkg.F or F[T])."""
        if isinstance(fun, ast.IndexExpr):
            fun = fun.x
        name = fun.sel if isinstance(fun, ast.SelectorExpr) else fun
        fn = self.info.uses[name]
        targs, _ = self.info.instances[name]
        return self.pb.instance(fn, targs, self.info)

    def instance_method(self, m: Func) -> ir.Function:
        return self.pb.instance(m.orig, m.targs, self.info)

    def func_value_instance(self, fun: ast.Expr) -> ir.Value:
        llfn = self.instance_func(fun)
        return self.pb.static_closure(llfn)

    def method_value(self, e: ast.SelectorExpr, sel, in_frame: bool = False) -> ir.Value:
        """x.M as a value: a closure record {wrapper, receiver} bound now,
        on the heap, or in_frame for a deferred call's (new_record)."""
        m: Func = sel.obj
        holder = self.field_type(sel.recv, sel.index[:-1]) if len(sel.index) > 1 else sel.recv
        if T.is_interface(holder):
            recv = self.receiver_value(e.x, sel, want_ptr=False)
            recv_t = holder
            # i.M on a nil interface panics now, not when called.
            self.nil_checked(self.b.extract_value(recv, 0))
        else:
            ptr = pointer_recv(m)
            recv = self.receiver_value(e.x, sel, want_ptr=ptr)
            recv_t = m.sig.recv.type
        wrapper = self.method_value_wrapper(m, recv_t)
        rec_t = ir.LiteralStructType([L.PTR, L.lltype(recv_t)])  # as method_value_wrapper reads it
        p = self.new_record(rec_t, WORD + max(sizeof(recv_t), WORD), in_frame)
        self.b.store(wrapper, p)
        field = self.b.gep(p, [L.I32(0), L.I32(1)], source_etype=rec_t)
        if self.is_big(recv_t):
            self.copy_value(field, recv, recv_t)  # the record holds the value itself
        else:
            self.b.store(recv, field)
        return p

    def wrapper_builder(self, fn: ir.Function):
        """A builder of its own for a generated wrapper function fn."""
        from gominic.compile.function import FuncBuilder
        fb = FuncBuilder.for_init(self.pb, fn)
        fb.info = self.info
        return fb

    def method_value_wrapper(self, m: Func, recv_t: T.Type) -> ir.Function:
        """T.M-fm: unpacks the bound receiver from the closure record and calls M."""
        name = method_symbol(recv_t, m.id()) + "-fm"
        sig = m.sig
        fty = L.func_type(T.Signature(sig.params, sig.results, sig.variadic), closure=True)
        fn = self.pb.module.globals.get(name)
        if fn is not None:
            return fn
        fn = self.pb.declare_func(name, fty)
        self.pb.define(fn, dupok=True)
        fn.args[0].add_attribute("nest")
        fb = self.wrapper_builder(fn)
        b = fb.b
        rec_t = ir.LiteralStructType([L.PTR, L.lltype(recv_t)])
        recv = b.gep(fn.args[0], [L.I32(0), L.I32(1)], source_etype=rec_t)
        if not fb.is_big(recv_t):  # a big receiver is passed by address: M copies it
            recv = b.load(recv, typ=L.lltype(recv_t))
        args = list(fn.args[1:])
        if T.is_interface(recv_t):
            r = fb.iface_call(recv, recv_t, m, args)
        else:
            r = fb.b.call(fb.method_func(m, recv_t), [recv] + args)
        fb.b.ret_void() if fty.return_type == L.VOID else fb.b.ret(r)
        return fn

    def method_expr_value(self, e: ast.SelectorExpr, sel) -> ir.Value:
        """T.M as a value: a function taking the receiver first."""
        m: Func = sel.obj
        recv_t = sel.recv
        name = method_symbol(recv_t, m.id()) + "·expr"
        fty = L.func_type(self.info.type_of(e))
        fn = self.pb.module.globals.get(name)
        if fn is None:
            fn = self.pb.declare_func(name, fty)
            self.pb.define(fn, dupok=True)
            fb = self.wrapper_builder(fn)
            recv, args = fn.args[0], list(fn.args[1:])
            if T.is_interface(recv_t):
                r = fb.iface_call(recv, recv_t, m, args)
            else:
                r = fb.call_promoted(m, recv, recv_t, sel.index[:-1], args)
            fb.b.ret_void() if fty.return_type == L.VOID else fb.b.ret(r)
        return self.pb.static_closure(fn)

    def call_promoted(self, m: Func, recv: ir.Value, recv_t: T.Type, path: list[int],
                      args: list[ir.Value]) -> ir.Value:
        """Call method m on recv (of type recv_t), following the embedded
        fields in path to the value that really has the method."""
        if not path:
            holder = recv_t.underlying().elem if isinstance(recv_t.underlying(), T.Pointer) else recv_t
            if isinstance(recv_t.underlying(), T.Pointer) and not pointer_recv(m):
                return self.call_method_at(m, self.nil_checked(recv), holder, args)
            return self.b.call(self.method_func(m, holder), [recv] + args)
        if isinstance(recv_t.underlying(), T.Pointer):
            base, base_t = self.nil_checked(recv), recv_t.underlying().elem
        else:  # a big value is already in memory: passed by address
            base, base_t = recv if self.is_big(recv_t) else self.spill(recv), recv_t
        addr = self.field_path_addr(base, base_t, path)
        holder = self.field_type(base_t, path)
        if T.is_interface(holder):
            return self.iface_call(self.b.load(addr, typ=L.IFACE), holder, m, args)
        if isinstance(holder.underlying(), T.Pointer):
            # An embedded pointer: it is the receiver of a pointer method
            # (nil is fine there); a value method dereferences it.
            addr, holder = self.b.load(addr, typ=L.PTR), holder.underlying().elem
            if not pointer_recv(m):
                addr = self.nil_checked(addr)
        return self.call_method_at(m, addr, holder, args)

    # --- defer and go: a call bound to its arguments now -----------------------------

    def new_record(self, rec_t: ir.Type, size: int, in_frame: bool) -> ir.Value:
        """Memory for a record a call is bound with (closure, method value,
        bound call): size bytes on the heap; or, for a deferred call that
        runs before its frame ends (FuncBuilder.defers_in_frame), a slot in
        the frame, as Go's compiler does. The slot is zeroed on entry: the
        collector scans it as a stack object (mgcstack.go), maybe before
        the defer statement fills it."""
        if not in_frame:
            return self.rtcall("runtime.mallocgc", [L.I64(size), ir.Constant(L.PTR, None)])
        slot = self.alloca(rec_t)
        # memset, not a store of a zero constant, which LLVM splits into
        # every element of a big record (store_zero)
        self.memset(self.entry, slot, self.llsize(rec_t))
        return slot

    def bind_call(self, call: ast.CallExpr, in_frame: bool = False) -> ir.Value:
        """Evaluate the function value and arguments now; return a func()
        closure running the call later, its records on the heap or in_frame
        (new_record)."""
        fun = call.fun
        while isinstance(fun, ast.ParenExpr):
            fun = fun.x
        if self.builtin_called(call) is not None:
            return self.bind_builtin(call, in_frame)
        sig = self.callee_signature(call)
        fv = self.bound_callee(fun, in_frame)
        args, kept = self.call_args(call, sig)
        # The record holds the values themselves: a big argument's copy
        # lives in the caller's frame, which a go statement outlives. The
        # pointers the call keeps alive follow, as pointers: Go's wrapper
        # captures them (escape.rewriteArgument).
        vals = [fv] + args + kept
        types = [L.PTR] + [L.lltype(v.type) for v in sig.params.vars] + [L.PTR] * len(kept)
        rec_t = ir.LiteralStructType([L.PTR] + types)
        thunk = self.thunk_function(sig, rec_t)
        p = self.new_record(rec_t, max(self.llsize(rec_t), WORD), in_frame)
        self.b.store(thunk, p)
        for i, (v, t) in enumerate(zip(vals, [None] + [v.type for v in sig.params.vars] + [None] * len(kept))):
            field = self.b.gep(p, [L.I32(0), L.I32(i + 1)], source_etype=rec_t)
            if t is not None and self.is_big(t):
                self.copy_value(field, v, t)  # a big argument, from its copy
            else:
                self.b.store(v, field)
        return p

    def bound_callee(self, fun: ast.Expr, in_frame: bool) -> ir.Value:
        """The callee of a bound call as a func value: a method value binds
        its receiver now; its record, and a closure's, go in_frame too."""
        if in_frame and isinstance(fun, ast.FuncLit):
            return self.func_lit(fun, in_frame)
        sel = self.info.selections.get(fun) if isinstance(fun, ast.SelectorExpr) else None
        if in_frame and sel is not None and sel.kind == SelectionKind.METHOD_VAL:
            return self.method_value(fun, sel, in_frame)
        return self.expr(fun)

    def llsize(self, t: ir.Type) -> int:
        return self.pb.abi_size(t)

    def thunk_function(self, sig: T.Signature, rec_t: ir.LiteralStructType) -> ir.Function:
        """The code of a bound call's record rec_t: {thunk, func value,
        arguments..., pointers to keep alive...}."""
        name = self.pb.closure_name(self.outer_name() + ".deferwrap.func")
        fn = self.pb.declare_func(name, ir.FunctionType(L.VOID, [L.PTR]))
        self.pb.define(fn)
        fn.args[0].add_attribute("nest")
        b = Builder(fn.append_basic_block("entry"))
        addrs = [b.gep(fn.args[0], [L.I32(0), L.I32(i + 1)], source_etype=rec_t)
                 for i in range(len(rec_t.elements) - 1)]
        passed = [L.PTR] + L.param_types(sig)
        fields = [a if ty != pty else b.load(a, typ=ty) for a, ty, pty in zip(addrs, rec_t.elements[1:], passed)]
        fv, args = fields[0], fields[1:]
        kept = [b.load(a, typ=L.PTR) for a in addrs[len(passed):]]
        if L.results_in_memory(sig):
            args.append(b.alloca(L.results_value_type(sig)))  # results no one reads
        code = b.load(fv, typ=L.PTR)
        # Never inlined into the thunk: a traceback must show the deferred
        # or started function itself (the thunk is hidden as a wrapper).
        keep_alive(b, self.call_indirect(b, code, fv, sig, args, attrs=("noinline",)), kept)
        b.ret_void()
        return fn

    def call_indirect(self, b: ir.IRBuilder, code: ir.Value, ctx: ir.Value, sig: T.Signature,
                      args: list[ir.Value], attrs: tuple[str, ...] = ()) -> ir.Value:
        fty = L.func_type(sig, closure=True)
        callee = FnPtr(code, fty)
        return b.call(callee, [ctx] + args, attrs=attrs, arg_attrs={0: ("nest",)})

    def bind_builtin(self, call: ast.CallExpr, in_frame: bool) -> ir.Value:
        """defer close(c), defer println(x), ...: wrap the built-in call in a closure."""
        call = self.info.expanded_calls.get(call, call)  # defer copy(f()): f's results are the arguments
        name = self.pb.closure_name(self.outer_name() + ".deferwrap.func")
        args = [(self.expr(a), self.info.type_of(a)) for a in call.args]
        rec_t = ir.LiteralStructType([L.PTR] + [v.type for v, _ in args])
        fn = self.pb.declare_func(name, ir.FunctionType(L.VOID, [L.PTR]))
        self.pb.define(fn)
        fn.args[0].add_attribute("nest")
        from gominic.compile.function import FuncBuilder
        fb = FuncBuilder.for_init(self.pb, fn)
        fb.sym = name
        vals = [fb.b.load(fb.b.gep(fn.args[0], [L.I32(0), L.I32(i + 1)], source_etype=rec_t), typ=v.type)
                for i, (v, _) in enumerate(args)]
        fb.preloaded = {a: v for a, v in zip(call.args, vals)}
        call_builtin(fb, call, call.fun.value if isinstance(call.fun, ast.Name) else call.fun.sel.value)
        fb.b.ret_void()
        p = self.new_record(rec_t, max(self.llsize(rec_t), WORD), in_frame)
        self.b.store(fn, p)
        for i, (v, _) in enumerate(args):
            self.b.store(v, self.b.gep(p, [L.I32(0), L.I32(i + 1)], source_etype=rec_t))
        return p

    # --- conversions -------------------------------------------------------------------

    def conversion(self, e: ast.CallExpr, dst: T.Type) -> ir.Value:
        """T(x), e being the call that converts x to dst."""
        arg = e.args[0]
        tv = self.info.types.get(arg)
        src = self.info.type_of(arg)
        if src is T.UNTYPED_NIL:
            return L.zero(L.lltype(dst))
        if tv is not None and tv.value is not None and T.is_untyped(src):
            src = T.default_type(src)
            if isinstance(dst.underlying(), T.Basic) and not (T.is_string(dst) and T.is_integer(src)):
                return self.const_of(tv.value, dst)
        arr_t = string_array(self.info, e)
        if arr_t is not None and tv.value is not None:
            return self.constant_string_slice(bytes(tv.value), arr_t, e)
        return self.convert(self.expr(arg), src, dst, self.conversion_buffer(e, arr_t))

    def conversion_buffer(self, e: ast.CallExpr, arr_t: T.Array | None) -> ir.Value:
        """The buffer in the frame the runtime may build conversion e's
        result in, when escape analysis found the result stays in this
        call: 4 bytes for string(r) (runtime.intstring), 32 elements for
        []byte(s) and []rune(s) (string_array); else nil: the runtime
        allocates."""
        if e in self.escape.stack_strings:
            return self.alloca(ir.ArrayType(L.I8, 4))
        if arr_t is not None and e in self.escape.stack_allocs:
            return self.new_object(arr_t, e)
        return ir.Constant(L.PTR, None)

    def constant_string_slice(self, data: bytes, arr_t: T.Array, e: ast.CallExpr) -> ir.Value:
        """[]byte(s) or []rune(s) of a constant s: an array of just its
        elements, so the capacity is the length as in Go, filled from the
        constant; in the frame when escape analysis allows, else on the
        heap as an array of bytes or runes (no descriptor per length)."""
        elem = arr_t.elem
        if e in self.escape.stack_allocs:
            p = self.alloca(L.lltype(arr_t))
        else:
            p = self.rtcall("runtime.mallocgc", [L.I64(max(sizeof(arr_t), 1)), self.type_descriptor(elem)])
        if T.basic_kind(elem) == T.Kind.UINT8:
            if data:
                self.memcpy(p, self.b.extract_value(self.pb.string_data(data), 0), len(data))
        else:
            image = ir.Constant(L.lltype(arr_t), [L.I32(r) for r in string_runes(data)])
            self.store_image(p, image, arr_t)
        return self.make_agg(L.SLICE, [p, L.I64(arr_t.len), L.I64(arr_t.len)])

    def convert(self, v: ir.Value, src: T.Type, dst: T.Type, buf: ir.Value | None = None) -> ir.Value:
        """T(v) for a non-constant v (Go spec, "Conversions")."""
        b = self.b
        su, du = src.underlying(), dst.underlying()
        if T.is_interface(dst):
            return self.convert_value(v, src, dst)
        if T.identical(su, du, ignore_tags=True) or (v.type == L.PTR and L.lltype(du) == L.PTR):
            return v
        if T.is_string(du):
            if T.is_integer(su):
                return self.rtcall("runtime.intstring", [buf or ir.Constant(L.PTR, None), self.to_i64(v, src)])
            if isinstance(su, T.Slice):
                ptr, n = b.extract_value(v, 0), b.extract_value(v, 1)
                if T.basic_kind(su.elem) == T.Kind.UINT8:
                    return self.rtcall("runtime.slicebytetostring", [ptr, n])
                return self.rtcall("runtime.slicerunetostring", [ptr, n])
            return v
        if isinstance(du, T.Slice) and T.is_string(su):
            if T.basic_kind(du.elem) == T.Kind.UINT8:
                return self.rtcall("runtime.stringtoslicebyte", [buf or ir.Constant(L.PTR, None), v])
            return self.rtcall("runtime.stringtoslicerune", [buf or ir.Constant(L.PTR, None), v])
        if isinstance(du, T.Pointer) and isinstance(su, T.Slice):
            # (*[N]T)(s) needs len(s) >= N (Go spec, "Conversions from slice to array pointer").
            n, want = b.extract_value(v, 1), L.I64(du.elem.underlying().len)
            fail = self.new_block("convert.fail")
            ok = self.new_block("convert.ok")
            b.cbranch(b.icmp_signed("<", n, want), fail, ok)
            b.position_at_end(fail)
            self.rtcall("runtime.panicSliceConvert", [n, want])
            b.position_at_end(ok)
            return b.extract_value(v, 0)
        if v.type == L.PTR and isinstance(L.lltype(du), ir.IntType):
            return b.ptrtoint(v, L.lltype(du))
        if L.lltype(du) == L.PTR and isinstance(v.type, ir.IntType):
            return b.inttoptr(v, L.PTR)
        return self.numeric_convert(v, su, du)

    def to_i64(self, v: ir.Value, t: T.Type) -> ir.Value:
        if v.type.width == 64:
            return v
        return self.b.zext(v, L.I64) if T.is_unsigned(t) else self.b.sext(v, L.I64)

    def numeric_convert(self, v: ir.Value, su: T.Type, du: T.Type) -> ir.Value:
        b = self.b
        dty = L.lltype(du)
        sf, df = T.is_float(su), T.is_float(du)
        if T.is_complex(du):
            if T.is_complex(su):
                et = dty.elements[0]
                parts = [b.extract_value(v, i) for i in range(2)]
                parts = [p if p.type == et else (b.fpext(p, et) if et == L.F64 else b.fptrunc(p, et)) for p in parts]
                return self.make_agg(dty, parts)
            raise NotImplementedError("conversion to complex")
        if sf and df:
            if v.type == dty:
                return v
            return b.fpext(v, dty) if dty == L.F64 else b.fptrunc(v, dty)
        if sf:
            return self.float_to_int(v, dty, T.is_unsigned(du))
        if df:
            return b.uitofp(v, dty) if T.is_unsigned(su) else b.sitofp(v, dty)
        # integer to integer
        sw, dw = v.type.width, dty.width
        if sw == dw:
            return v
        if sw > dw:
            return b.trunc(v, dty)
        return b.zext(v, dty) if T.is_unsigned(su) else b.sext(v, dty)


    def float_to_int(self, v: ir.Value, dty: ir.IntType, unsigned: bool) -> ir.Value:
        """A float converted to an integer type as Go does on amd64, so
        that a value out of range gives what Go's gives (the spec leaves it
        to the implementation; LLVM's fptosi would be poison): the
        truncating CVTTSD2SI of 32 bits for results under 32 bits, of 64
        bits for 32 and 64 (unsigned 32 converts wide), and for uint64,
        from 2^63 up, the conversion of x - 2^63 with the top bit set."""
        b = self.b
        wide = dty.width == 64 or (dty.width == 32 and unsigned)
        if dty.width == 64 and unsigned:
            cutoff = ir.Constant(v.type, float(1 << 63))
            low = self.cvttsd2si(v, True)
            high = b.or_(self.cvttsd2si(b.fsub(v, cutoff), True), L.I64(-(1 << 63)))
            return b.select(b.fcmp_ordered("<", v, cutoff), low, high)
        r = self.cvttsd2si(v, wide)
        return r if r.type == dty else b.trunc(r, dty)

    def cvttsd2si(self, v: ir.Value, wide: bool) -> ir.Value:
        """x86's truncating conversion of a float to a 32- or 64-bit signed
        integer: out of range (NaN too) it gives the lowest integer."""
        vec = ir.VectorType(v.type, 2 if v.type == L.F64 else 4)
        name = "llvm.x86.sse2.cvttsd2si" if v.type == L.F64 else "llvm.x86.sse.cvttss2si"
        rty = L.I64 if wide else L.I32
        fn = self.pb.declare_func(name + ("64" if wide else ""), ir.FunctionType(rty, [vec]))
        return self.b.call(fn, [self.b.insert_element(ir.Constant(vec, ir.Undefined), v, L.I32(0))])


class FnPtr:
    """Lets llvmlite's IRBuilder.call take a code pointer with a known function type."""

    def __init__(self, ptr: ir.Value, fty: ir.FunctionType):
        self.ptr = ptr
        self.function_type = fty
        self.type = L.PTR

    def get_reference(self) -> str:
        return self.ptr.get_reference()

    def __str__(self) -> str:
        return str(self.ptr)


def result_addr(b: ir.IRBuilder, out: ir.Value, sig: T.Signature, i: int) -> ir.Value:
    """The address of result i in memory out, which holds sig's results
    as lltypes.results_value_type lays them."""
    if len(sig.results.vars) == 1:
        return out
    return b.gep(out, [L.I32(0), L.I32(i)], source_etype=L.results_value_type(sig))


def converted_pointers(args: list[ir.Value]) -> list[ir.Value]:
    """The pointers p of the arguments uintptr(p)."""
    return [a.operands[0] for a in args if isinstance(a, ir.CastInstr) and a.opname == "ptrtoint"]


def keep_alive(b: ir.IRBuilder, result: ir.Value, kept: list[ir.Value]) -> ir.Value:
    """Keep alive until the call that gave result returns the pointers
    kept, converted to uintptr for it:
    Go's rule for f(uintptr(unsafe.Pointer(p))) (unsafe.Pointer case 4,
    //go:uintptrescapes). An asm that reads the pointer after the call
    keeps it in a callee-saved register or the frame meanwhile, where the
    collector's stack scan sees it; it then clears that register (one
    instruction), so that the pointer, dead from here on, does not linger
    there for the scans to come."""
    for p in kept:
        use = ir.InlineAsm(ir.FunctionType(L.PTR, [L.PTR]), "xorl ${0:k}, ${0:k}", "=r,0", side_effect=True)
        b.call(use, [p])
    return result
