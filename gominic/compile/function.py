"""This module implements the code generation of one function: its frame and statements.

A ``FuncBuilder`` turns one function body into LLVM IR. Every local
variable gets a stack slot (``alloca`` in the entry block); LLVM's mem2reg
pass later turns the slots into registers. A variable that a closure
captures or whose address is taken lives on the heap instead, so it
outlives the frame (a conservative escape analysis from the type checker's
marks).

Control flow maps onto basic blocks: ``break``/``continue`` targets are kept
on a stack of (label, break block, continue block) entries; ``goto`` jumps
to one block per label. A function with ``defer`` statements runs them at
every return, and registers a defer frame with the runtime so that a
panic can run them too (and ``recover`` resume at the frame's landing
block, reached through setjmp/longjmp).

Expressions, composite literals, calls and interface operations are in
the mixins ``expr.py``, ``literal.py``, ``call.py`` and ``iface.py``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import llvmlite.ir as ir

from gominic.compile import lltypes as L
from gominic.compile.call import CallMixin, result_addr
from gominic.compile.escape import Escapes, defers_run_once
from gominic.compile.expr import ExprMixin
from gominic.compile.iface import IfaceMixin
from gominic.compile.literal import InMemory, LiteralMixin
from gominic.compile.order import OrderMixin
from gominic.compile.irbuilder import Builder
from gominic.compile.rangeloop import RangeMixin
from gominic.compile.runtime_api import NORETURN, RUNTIME
from gominic.syntax import ast
from gominic.types import types as T
from gominic.types.objects import Builtin, Func, Var
from gominic.types.sizes import alignof, sizeof

# The flag the runtime's timer signal sets to ask the running goroutine to
# yield, and the packages whose loops are never preempted: the runtime
# (its data structures change between blocking points) and sync, whose
# primitives rely on running alone between them (stdlib/sync/runtime.go).
PREEMPT_FLAG = "runtime.preemptRequested"
PREEMPT_FREE = frozenset({"runtime", "sync", "sync/atomic"})

# Words of the runtime's defer frame: link, defers, then the jump buffer
# (rbx, rbp, r12, r13, r14, r15, rsp, rip) that setjmp fills.
DEFER_FRAME = ir.ArrayType(L.I64, 2 + 8)
# A runtime._defer: the deferred call's func value and the next one.
DEFER_RECORD = ir.LiteralStructType([L.PTR, L.PTR])

# The most argument words opaque_entry hands its assembly statement, each
# in a register of its own.
MAX_ASM_WORDS = 8


# Escape analysis's answer for code it does not see (FuncBuilder.escape).
NOT_ANALYSED = Escapes()


@dataclass
class Target:
    """Where break and continue go inside one loop, switch or select."""

    label: str | None
    brk: ir.Block
    cont: ir.Block | None  # None for switch and select


class FuncBuilder(ExprMixin, LiteralMixin, CallMixin, IfaceMixin, RangeMixin, OrderMixin):
    def __init__(self, pb, decl, fn: Func | None, sym: str, closure: ast.FuncLit | None = None,
                 info=None, sig: T.Signature | None = None):
        self.pb = pb
        self.info = info or pb.info
        self.decl = decl
        self.fn = fn
        self.sym = sym
        self.sig: T.Signature = sig or (fn.sig if fn is not None else self.info.types[closure].type)
        self.closure = closure
        self.callee_width = 0  # the largest argument area of a call made here (Go's callee part of a frame)
        self.vars: dict[Var, ir.Value] = {}
        self.targets: list[Target] = []
        self.labels: dict[str, ir.Block] = {}
        self.result_slots: list[ir.Value] = []
        self.results_memory: ir.Value | None = None  # where the caller wants big results (lltypes.results_in_memory)
        self.result_temps: list[ir.Value] = []  # memory for the big results of calls made here
        self.defer_frame: ir.Value | None = None
        self.llfn: ir.Function | None = None
        self.b: ir.IRBuilder = None  # type: ignore[assignment]
        self.entry: ir.IRBuilder = None  # type: ignore[assignment]
        self.outer: str | None = None  # for a closure: the function it is named after
        self.fallthrough_target: ir.Block | None = None  # the next case body, in a switch
        self.preloaded: dict | None = None  # deferred built-ins: argument values evaluated earlier
        self.param_numbers: dict[Var, int] = {}  # parameter -> its number in the debug information
        self.results: dict[ast.Expr, list[ir.Value]] = {}  # copy(f()): f()'s values, for its ResultExprs
        self.ordered: dict[int, ir.Value | InMemory | None] = {}  # operations made before their statement (order.py)

    @classmethod
    def for_init(cls, pb, llfn: ir.Function) -> FuncBuilder:
        """A builder for the synthesized package initialiser."""
        fb = cls.__new__(cls)
        fb.pb, fb.info, fb.decl, fb.fn, fb.sym = pb, pb.info, None, None, llfn.name
        fb.sig = T.Signature(T.Tuple([]), T.Tuple([]), False)
        fb.closure = None
        fb.callee_width = 0
        fb.vars, fb.targets, fb.labels, fb.result_slots = {}, [], {}, []
        fb.results_memory, fb.result_temps = None, []
        fb.defer_frame = None
        fb.outer = fb.fallthrough_target = fb.preloaded = None
        fb.param_numbers = {}
        fb.results = {}
        fb.ordered = {}
        fb.llfn = llfn
        fb.start_blocks()
        return fb

    # --- frame set-up -------------------------------------------------------

    def start_blocks(self) -> None:
        entry = self.llfn.append_basic_block("entry")
        body = self.llfn.append_basic_block("body")
        self.entry = Builder(entry)
        self.entry_br = self.entry.branch(body)
        self.entry.position_before(self.entry_br)
        self.b = Builder(body)

    def opaque_entry(self) -> None:
        """Keep every call of a //go:noinline function, with its arguments,
        as Go does: LLVM deletes a call it proves has no effect and passes
        poison for a parameter the body never reads, and with them goes
        the point where Go's tests expect values computed and used
        (stackobj3.go's use(p)). An empty inline assembly statement with
        side effects, reading the arguments' words, emits no code and hides
        both facts."""
        words = []
        for arg in self.llfn.args:
            words += self.scalar_words(self.entry, arg)
        if len(words) > MAX_ASM_WORDS:
            words = []  # more than registers can take: the call is still kept
        fty = ir.FunctionType(L.VOID, [w.type for w in words])
        self.entry.call(ir.InlineAsm(fty, "", ",".join("r" * len(words)), side_effect=True), words)

    def scalar_words(self, b, v: ir.Value) -> list[ir.Value]:
        """The pointer and integer leaves of value v (extracted with b)."""
        t = v.type
        if isinstance(t, (ir.PointerType, ir.IntType)):
            return [v]
        if isinstance(t, (ir.LiteralStructType, ir.ArrayType)):
            n = len(t.elements) if isinstance(t, ir.LiteralStructType) else t.count
            return [w for i in range(n) for w in self.scalar_words(b, b.extract_value(v, i))]
        return []

    def build(self) -> ir.Function:
        pb = self.pb
        recv = self.sig.recv.type if self.sig.recv is not None else None
        fty = L.func_type(self.sig, closure=self.closure is not None, recv=recv)
        self.llfn = pb.declare_func(self.sym, fty)
        if self.llfn.blocks:
            return self.llfn  # already generated (a shared instance)
        pragmas = self.fn.pragmas if self.fn is not None else frozenset()
        dupok = self.info is not self.pb.info  # generic instances may repeat across packages
        pb.define(self.llfn, pragmas, dupok=dupok, pos=self.decl.pos,
                  args=len(self.sig.params.vars) + (recv is not None))
        if self.calls_recover(self.decl.body):
            # recover works only when called by the deferred function itself
            # (the runtime checks the frames): it must keep its own frame.
            self.llfn.attributes.add("noinline")
        self.start_blocks()
        if "go:noinline" in pragmas and self.pb.optimize:
            self.opaque_entry()
        args = list(self.llfn.args)
        if L.results_in_memory(self.sig):
            self.results_memory = args.pop()
        if self.closure is not None:
            args[0].add_attribute("nest")
            self.bind_captures(args.pop(0))
        before = set(self.stack_slots())
        params = self.param_objects()
        # Named results are parameters too for a debugger, numbered after
        # the others, as in Go's DWARF (gdb's info args and frame lines).
        results = [self.var_of(f.name) for f in self.decl.type.results]
        self.param_numbers = {v: i + 1 for i, v in enumerate(params + results) if v is not None}
        for v, a in zip(params, args):
            if v is not None:
                if a.type == L.PTR and L.lltype(v.type) != L.PTR:
                    self.copy_value(self.new_var(v), a, v.type)  # a big value, passed by address
                else:
                    self.b.store(a, self.new_var(v))
        self.setup_results()
        # Parameters and results live in the caller's argument area in Go:
        # not locals when the frame is measured; nor is the memory for a
        # call's big results, Go's callee area (callee_width counts it).
        arg_slots = set(self.stack_slots()) - before
        if self.decl_has_defer:
            self.setup_defer_frame()
        self.stmts(self.decl.body.list)
        assert not self.ordered, "an operation order.py made was never used"
        if not self.b.block.is_terminated:
            # Falling off the end returns (and runs deferred calls) at the closing brace.
            self.at(self.decl.body.rbrace)
            self.emit_return()
        arg_slots |= set(self.result_temps)
        self.pb.frames.append(Frame(self.decl.pos, self.llfn, arg_width(self.sig), self.callee_width, arg_slots))
        return self.llfn

    def param_objects(self) -> list[Var | None]:
        """The parameter Vars in order: receiver, then parameters (None if unnamed)."""
        ftype = self.decl.type
        out: list[Var | None] = []
        if isinstance(self.decl, ast.FuncDecl) and self.decl.recv is not None:
            out.append(self.var_of(self.decl.recv.name))
        for f in ftype.params:
            out.append(self.var_of(f.name))
        return out

    def var_of(self, name: ast.Name | None) -> Var | None:
        if name is None or name.value == "_":
            return None
        obj = self.info.defs.get(name)
        return obj if isinstance(obj, Var) else None

    def setup_results(self) -> None:
        for f, v in zip(self.decl.type.results, self.sig.results.vars):
            obj = self.var_of(f.name)
            if obj is not None:
                slot = self.new_var(obj)
            else:
                slot = self.alloca(L.lltype(v.type))
            self.store_zero(slot, v.type)
            self.result_slots.append(slot)
        if not self.decl.type.results:
            self.result_slots = [self.alloca(L.lltype(v.type)) for v in self.sig.results.vars]

    def bind_captures(self, ctx: ir.Value) -> None:
        """Inside a closure, captured variables are reached through the context record."""
        caps = self.info.captures.get(self.closure, [])
        rec_t = self.closure_record_type(caps)
        for i, v in enumerate(caps):
            p = self.b.gep(ctx, [L.I32(0), L.I32(i + 1)], source_etype=rec_t)
            self.vars[v] = p if self.captured_by_value(v) else self.b.load(p, typ=L.PTR)
            self.describe_var(v, self.vars[v], pointer=True)

    @property
    def escape(self) -> Escapes:
        """What escape analysis decided for this function's code: nothing
        for a generic instance of another package's function, which it
        does not see."""
        return self.pb.escapes if self.info is self.pb.info else NOT_ANALYSED

    def captured_by_value(self, v: Var) -> bool:
        """Whether closures hold a copy of v rather than its address
        (escape.py decides; where it did not, closures share every
        captured variable)."""
        return v in self.escape.by_value

    def closure_record_type(self, caps: list[Var]) -> ir.LiteralStructType:
        """A closure's record: its code, then for each captured variable
        its address, or its value if captured by value."""
        return ir.LiteralStructType([L.PTR] + [L.lltype(v.type) if self.captured_by_value(v) else L.PTR
                                               for v in caps])

    # --- variables ------------------------------------------------------------

    def alloca(self, ty: ir.Type) -> ir.Value:
        return self.entry.alloca(ty)

    def stack_slots(self) -> list[ir.AllocaInstr]:
        return [i for blk in self.llfn.blocks for i in blk.instructions if isinstance(i, ir.AllocaInstr)]

    def escapes(self, v: Var) -> bool:
        """Whether v must live on the heap (escape.py decides; generic
        instances, which it does not see, keep every address-taken or
        captured one there)."""
        if sizeof(v.type) > MAX_STACK_VAR_SIZE:
            return True
        if not self.escape.analysed:
            return v.addressed or (v.captured and not self.captured_by_value(v))
        return v in self.escape.heap or v in self.escape.captured_heap

    @functools.cached_property
    def defer_results(self) -> set[Var]:
        """Named results of a function that defers calls: they live in memory,
        so a deferred call can change them and a recovered panic (arriving by
        longjmp, which restores registers) still sees the changes."""
        if not self.decl_has_defer:
            return set()
        return {v for f in self.decl.type.results if (v := self.var_of(f.name)) is not None}

    def new_var(self, v: Var) -> ir.Value:
        """A slot for local variable v: on the stack, or on the heap if it escapes."""
        heap = self.escapes(v) or v in self.defer_results
        slot = self.heap_alloc(v.type) if heap else self.alloca(L.lltype(v.type))
        self.describe_var(v, slot, heap)
        self.vars[v] = slot
        return slot

    def describe_var(self, v: Var, slot: ir.Value, pointer: bool) -> None:
        """Tell a debugger where v lives: in stack slot slot, or (pointer)
        where the pointer value slot points."""
        sp = self.llfn.metadata.get("dbg")
        if sp is None or v.name == "_" or not self.pb.debug.describes(v.type, v.pos):
            return
        if pointer:
            # The pointer gets a stack slot of its own, so that it can be
            # found all through the function under -N; optimisation turns
            # the slot back into the value.
            home = self.alloca(L.PTR)
            self.b.store(slot, home)
            slot = home
        self.pb.debug.declare(self.entry, slot, v.name, v.type, sp, v.pos, self.param_numbers.get(v, 0), pointer)

    @functools.cached_property
    def decl_has_defer(self) -> bool:
        return self.decl is not None and ast.contains_node(
            self.decl.body.list, lambda n: isinstance(n, ast.CallStmt) and n.tok == "defer")

    def heap_alloc(self, t: T.Type) -> ir.Value:
        """A new zeroed object of type t on the heap. The type descriptor
        tells the garbage collector which words of it hold pointers."""
        p = self.rtcall("runtime.mallocgc", [L.I64(max(sizeof(t), 1)), self.type_descriptor(t)])
        p.elem_type = L.lltype(t)  # lets loads from p omit their type
        return p

    def new_object(self, t: T.Type, site: ast.Expr, zeroed: bool = True) -> ir.Value:
        """The object new(T) or &T{...} (site) makes: in the frame when
        escape analysis found its pointer stays in this call (zeroed there
        unless the caller fills it whole), else on the heap."""
        if site not in self.escape.stack_allocs:
            return self.heap_alloc(t)
        slot = self.alloca(L.lltype(t))
        if zeroed:
            self.store_zero(slot, t)
        return slot

    def var_addr(self, v: Var) -> ir.Value:
        slot = self.vars.get(v)
        if slot is not None:
            return slot
        if v.is_global:
            return self.pb.global_var(v)
        raise KeyError(f"no storage for variable {v.name}")

    def declare_local(self, v: Var, value: ir.Value | InMemory | None) -> None:
        slot = self.new_var(v)
        if value is None:
            self.store_zero(slot, v.type)
        else:
            self.store(value, slot, v.type)

    def declare_pairs(self, vars_: list[Var | None], rhs: list[ast.Expr]) -> None:
        """var a, b = x, y (one value for each new variable): each value goes
        straight into its variable's memory, which no value can read (a
        variable's scope begins after its declaration)."""
        for v, e in zip(vars_, rhs):
            if v is None:
                self.discard(e)
            else:
                self.store_value(self.new_var(v), e, v.type, fresh=True)

    def store_zero(self, p: ir.Value, t: T.Type) -> None:
        """Zero the memory at p holding a value of type t. All but small
        values are cleared with memset: LLVM handles a store of a huge
        aggregate constant poorly (it may even abort on one), and walks
        every element of a long array even when they are all empty
        ([1e9][0]*int)."""
        size = sizeof(t)
        if size <= 128 and L.scalars(t) <= L.BIG_SCALARS:
            self.b.store(L.zero(L.lltype(t)), p)
            return
        self.memset(self.b, p, size)

    def memset(self, b: ir.IRBuilder, p: ir.Value, size: int | ir.Value) -> None:
        """Zero size bytes at p, with b (size a number, or a value computed
        at run time)."""
        fn = self.pb.module.declare_intrinsic("llvm.memset", [L.PTR, L.I64])
        b.call(fn, [p, ir.Constant(L.I8, 0), L.I64(size) if isinstance(size, int) else size, ir.Constant(L.I1, 0)])

    def lifetime(self, which: str, slot: ir.Value) -> None:
        """Mark where a temporary's contents begin ("start") or end ("end")
        to matter: outside, the collector's stack maps count its words dead
        (statepoint.py), as Go's liveness counts a dead autotmp, so a value
        received into it in a loop is not kept alive by the last one's copy."""
        fn = self.pb.declare_func(f"llvm.lifetime.{which}.p0", ir.FunctionType(ir.VoidType(), [L.PTR]))
        self.b.call(fn, [slot])

    # --- runtime calls ------------------------------------------------------

    def rtcall(self, name: str, args: list[ir.Value]) -> ir.Value:
        ret, params = RUNTIME[name]
        fn = self.pb.declare_func(name, ir.FunctionType(ret, params))
        if name in NORETURN:
            fn.attributes.add("noreturn")
        call = self.b.call(fn, args)
        if name in NORETURN:
            self.b.unreachable()
            self.b.position_at_end(self.llfn.append_basic_block("after.noreturn"))
        return call

    # --- preemption ---------------------------------------------------------

    def loop_backedge(self, header: ir.Block) -> None:
        """Branch back to a loop's header through a preemption check: the
        runtime's timer signal sets runtime.preemptRequested, and a goroutine
        that sees it yields (runtime.preemptPark), so a loop without
        blocking calls cannot keep the others from running. Go before 1.14
        did the same. Packages whose code must not be interleaved between
        blocking points get no checks (PREEMPT_FREE)."""
        if self.pb.pkg.path in PREEMPT_FREE:
            self.b.branch(header)
            return
        flag = self.pb.module.globals.get(PREEMPT_FLAG)
        if flag is None:
            flag = ir.GlobalVariable(self.pb.module, L.I32, PREEMPT_FLAG)
        # An atomic load: LLVM must read the flag again on every iteration.
        value = self.b.load_atomic(flag, "monotonic", 4, typ=L.I32)
        requested = self.b.icmp_unsigned("!=", value, ir.Constant(L.I32, 0))
        park = self.new_block("preempt")
        br = self.b.cbranch(requested, park, header)
        br.set_weights([1, 100000])
        self.b.position_at_end(park)
        # preemptPark keeps every register (preserve_all), so the loop
        # needs no spills around this rare call.
        fn = self.pb.declare_func("runtime.preemptPark", ir.FunctionType(L.VOID, []))
        fn.calling_convention = "preserve_allcc"
        self.b.call(fn, [], cconv="preserve_allcc")
        self.b.branch(header)

    def new_block(self, name: str) -> ir.Block:
        return self.llfn.append_basic_block(name)

    def branch_to(self, block: ir.Block) -> None:
        if not self.b.block.is_terminated:
            self.b.branch(block)
        self.b.position_at_end(block)

    # --- statements -----------------------------------------------------------

    def stmts(self, stmts: list[ast.Stmt]) -> None:
        for s in stmts:
            if self.b.block.is_terminated:
                # Code after return/branch is unreachable but may hold labels.
                self.b.position_at_end(self.new_block("dead"))
            self.stmt(s)

    def at(self, pos) -> ir.DIValue | None:
        """Attribute the instructions made from now on to pos's line;
        return the location they had, for the caller to restore."""
        saved = self.b.debug_metadata
        sp = self.llfn.metadata.get("dbg")
        if sp is not None and pos.line > 0:
            self.b.debug_metadata = self.pb.debug.location(sp, pos.line, pos.file)
        return saved

    def stmt(self, s: ast.Stmt, label: str | None = None) -> None:
        saved = self.at(s.pos)
        self.stmt_at(s, label)
        self.b.debug_metadata = saved

    def stmt_at(self, s: ast.Stmt, label: str | None) -> None:
        match s:
            case ast.EmptyStmt():
                pass
            case ast.BlockStmt():
                self.stmts(s.list)
            case ast.LabeledStmt() if s.label.value == "_":
                self.stmt(s.stmt, None)  # a blank label names nothing to jump to
            case ast.LabeledStmt():
                blk = self.label_block(s.label.value)
                self.branch_to(blk)
                self.stmt(s.stmt, s.label.value)
            case ast.ExprStmt():
                self.order_operands(s.x)
                self.expr_stmt(s.x)
            case ast.SendStmt():
                self.order([s.chan, s.value])
                self.send(s)
            case ast.IncDecStmt():
                self.inc_dec(s)
            case ast.AssignStmt():
                self.order_assignment(s.lhs, s.rhs, s.op in ("", ":"))
                self.assign_stmt(s)
            case ast.DeclStmt():
                self.decl_stmt(s)
            case ast.CallStmt():
                if s.tok == "defer":
                    self.defer_stmt(s.call)
                else:
                    self.go_stmt(s.call)
            case ast.ReturnStmt():
                self.order_assignment([], s.results)
                self.return_stmt(s)
            case ast.BranchStmt():
                self.branch_stmt(s)
            case ast.IfStmt():
                self.if_stmt(s)
            case ast.ForStmt():
                self.for_stmt(s, label)
            case ast.RangeStmt():
                self.range_stmt(s, label)
            case ast.SwitchStmt():
                if isinstance(s.tag, ast.TypeSwitchGuard):
                    self.type_switch(s, label)
                else:
                    self.switch_stmt(s, label)
            case ast.SelectStmt():
                self.select_stmt(s, label)
            case _:
                raise NotImplementedError(f"statement {type(s).__name__}")

    def expr_stmt(self, e: ast.Expr) -> None:
        self.expr_any(e)

    def inc_dec(self, s: ast.IncDecStmt) -> None:
        t = self.info.type_of(s.x)
        addr, store = self.lvalue(s.x)
        old = store.load() if store is not None else self.b.load(addr, typ=L.lltype(t))
        one = self.const_of(1, t)
        new = self.arith("+" if s.inc else "-", old, one, t)
        if store is not None:
            store.assign(new)
        else:
            self.b.store(new, addr)

    def decl_stmt(self, s: ast.DeclStmt) -> None:
        for d in s.decls:
            if isinstance(d, ast.VarDecl):
                self.order_assignment(d.names, d.values)
                vars_ = [self.var_of(n) for n in d.names]
                if not d.values:
                    for v in vars_:
                        if v is not None:
                            self.declare_local(v, None)
                    continue
                if len(d.values) == len(d.names):
                    self.declare_pairs(vars_, d.values)
                    continue
                values = self.rhs_values(d.values, len(d.names), [v.type if v else None for v in vars_])
                for v, val in zip(vars_, values):
                    if v is not None:
                        self.declare_local(v, val)

    def rhs_values(self, rhs: list[ast.Expr], n: int, targets: list[T.Type | None]) -> list[ir.Value | InMemory]:
        """Evaluate the right side of an n-variable assignment, converted to
        the targets' types (big values into temporaries; None for a blank
        target, whose value is only evaluated)."""
        if len(rhs) == n:
            return [self.discard(e) if t is None else self.value_in_memory(e, t) if self.is_big(t)
                    else self.expr_to(e, t) for e, t in zip(rhs, targets)]
        vals = self.multi_value(rhs[0])
        out = []
        src_types = self.multi_types(rhs[0])
        for val, st, t in zip(vals, src_types, targets):
            out.append(self.convert_value(val, st, t) if t is not None else val)
        return out

    def assign_stmt(self, s: ast.AssignStmt) -> None:
        if s.op == ":":
            lhs_vars = []
            for e in s.lhs:
                obj = self.info.defs.get(e) or self.info.uses.get(e)
                lhs_vars.append(obj if isinstance(obj, Var) else None)
            fresh = [e in self.info.defs and self.info.defs[e] is v and v not in self.vars
                     for e, v in zip(s.lhs, lhs_vars)]
            if len(s.lhs) == len(s.rhs) == 1 and lhs_vars[0] is not None and fresh[0]:
                self.declare_pairs(lhs_vars, s.rhs)
                return
            targets = [v.type if v is not None else None for v in lhs_vars]
            values = self.rhs_values(s.rhs, len(s.lhs), targets)
            for v, val, new in zip(lhs_vars, values, fresh):
                if v is None:
                    continue
                if new:
                    self.declare_local(v, val)
                else:
                    self.store(val, self.var_addr(v), v.type)
            return
        if s.op == "":
            self.assign(s.lhs, s.rhs)
            return
        # x op= y: the address of x is computed once.
        t = self.info.type_of(s.lhs[0])
        addr, store = self.lvalue(s.lhs[0])
        old = store.load() if store is not None else self.b.load(addr, typ=L.lltype(t))
        if s.op in ("<<", ">>"):
            new = self.shift_value(s.op, old, self.expr(s.rhs[0]), t, self.info.type_of(s.rhs[0]))
        else:
            rhs = self.expr_to(s.rhs[0], t)
            new = self.binary_value(s.op, old, rhs, t)
        if store is not None:
            store.assign(new)
        else:
            self.b.store(new, addr)

    def assign(self, lhs: list[ast.Expr], rhs: list[ast.Expr]) -> None:
        """a, b = x, y: evaluate the left operands and the right, then store
        in order, each place checked as it is stored (later_lvalue)."""
        places = []
        for e in lhs:
            if isinstance(name := ast.unparen(e), ast.Name) and name.value == "_":
                places.append(None)
            elif len(lhs) == 1:
                place = self.lvalue(e)
                places.append(lambda place=place: place)
            else:
                places.append(self.later_lvalue(e))
        targets = [self.info.type_of(e) if p is not None else None for e, p in zip(lhs, places)]
        if len(lhs) == len(rhs) == 1 and places[0] is not None and places[0]()[1] is None:
            self.store_value(places[0]()[0], rhs[0], targets[0])
            return
        values = self.rhs_values(rhs, len(lhs), targets)
        for place, t, val in zip(places, targets, values):
            if place is None:
                continue
            addr, store = place()
            if store is not None:
                store.assign(val)
            else:
                self.store(val, addr, t)

    # --- control flow ---------------------------------------------------------

    def label_block(self, name: str) -> ir.Block:
        blk = self.labels.get(name)
        if blk is None:
            blk = self.labels[name] = self.new_block(f"label.{name}")
        return blk

    def branch_stmt(self, s: ast.BranchStmt) -> None:
        if s.tok == "goto":
            self.b.branch(self.label_block(s.label.value))
            return
        if s.tok == "fallthrough":
            self.b.branch(self.fallthrough_target)
            return
        name = s.label.value if s.label is not None else None
        for t in reversed(self.targets):
            if name is not None and t.label != name:
                continue
            if s.tok == "break":
                self.b.branch(t.brk)
                return
            if t.cont is not None:
                self.b.branch(t.cont)
                return
        raise AssertionError(f"no target for {s.tok}")

    def if_stmt(self, s: ast.IfStmt) -> None:
        """if init; cond { then } else { else_ }: two blocks joined in done."""
        if s.init is not None:
            self.stmt(s.init)
        cond = self.ordered_expr(s.cond)
        then = self.new_block("if.then")
        done = self.new_block("if.done")
        els = self.new_block("if.else") if s.else_ is not None else done
        self.b.cbranch(cond, then, els)
        self.b.position_at_end(then)
        self.stmt(s.then)
        if s.else_ is not None:
            if not self.b.block.is_terminated:
                self.b.branch(done)
            self.b.position_at_end(els)
            self.stmt(s.else_)
        self.branch_to(done)

    def for_stmt(self, s: ast.ForStmt, label: str | None) -> None:
        if s.init is not None:
            self.stmt(s.init)
        cond = self.new_block("for.cond")
        body = self.new_block("for.body")
        post = self.new_block("for.post")
        done = self.new_block("for.done")
        self.branch_to(cond)
        if s.cond is not None:
            self.b.cbranch(self.ordered_expr(s.cond), body, done)
        else:
            self.b.branch(body)
        self.b.position_at_end(body)
        self.targets.append(Target(label, done, post))
        self.stmt(s.body)
        self.targets.pop()
        self.branch_to(post)
        if s.post is not None:
            self.stmt(s.post)
        self.loop_backedge(cond)
        self.b.position_at_end(done)

    # --- switch -------------------------------------------------------------

    def switch_stmt(self, s: ast.SwitchStmt, label: str | None) -> None:
        if s.init is not None:
            self.stmt(s.init)
        tag_t = self.info.type_of(s.tag) if s.tag is not None else T.BOOL
        tag = self.ordered_expr(s.tag) if s.tag is not None else ir.Constant(L.I1, 1)
        tag_value = self.constant_value(s.tag) if s.tag is not None and not T.is_interface(tag_t) else None
        done = self.new_block("switch.done")
        bodies = [self.new_block("switch.case") for _ in s.body]
        default = None
        # Test each case in source order; the default runs if none matches.
        for clause, body in zip(s.body, bodies):
            if clause.cases is None:
                default = body
                continue
            for e in clause.cases:
                nxt = self.new_block("switch.next")
                val_t = self.info.type_of(e)
                if s.tag is not None and self.is_nil_expr(e):
                    cond = self.compare_nil("==", tag, tag_t)
                elif s.tag is None and T.is_interface(val_t):
                    cond = self.compare_values("==", ir.Constant(L.I1, 1), T.BOOL, self.ordered_expr(e), val_t)
                elif s.tag is None:
                    cond = self.ordered_expr(e)
                elif tag_value is not None and (case_value := self.constant_value(e)) is not None:
                    # Decided here, as Go's compiler does: the dead case's code
                    # is never emitted (a comparison of constant strings would
                    # stay a runtime call, and keep what the case calls).
                    cond = ir.Constant(L.I1, int(tag_value == case_value))
                else:
                    cond = self.compare_values("==", tag, tag_t, self.ordered_expr(e), val_t)
                self.b.cbranch(cond, body, nxt)
                self.b.position_at_end(nxt)
        self.b.branch(default or done)
        self.targets.append(Target(label, done, None))
        for i, (clause, body) in enumerate(zip(s.body, bodies)):
            self.b.position_at_end(body)
            saved = self.fallthrough_target
            self.fallthrough_target = bodies[i + 1] if i + 1 < len(bodies) else done
            self.stmts(clause.body)
            self.fallthrough_target = saved
            if not self.b.block.is_terminated:
                self.b.branch(done)
        self.targets.pop()
        self.b.position_at_end(done)

    # --- return and defer --------------------------------------------------

    def return_stmt(self, s: ast.ReturnStmt) -> None:
        if s.results:
            targets = [v.type for v in self.sig.results.vars]
            if len(s.results) == len(targets) == 1:
                self.store_value(self.result_slots[0], s.results[0], targets[0])
            else:
                values = self.rhs_values(s.results, len(targets), targets)
                for slot, t, val in zip(self.result_slots, targets, values):
                    self.store(val, slot, t)
        self.emit_return()

    def emit_return(self) -> None:
        if self.defer_frame is not None:
            self.rtcall("runtime.deferreturn", [self.defer_frame])
        self.return_results()

    def return_results(self) -> None:
        if self.results_memory is not None:
            self.write_results(self.results_memory)
            self.b.ret_void()
            return
        vals = [self.b.load(slot) for slot in self.result_slots]
        rt = self.llfn.function_type.return_type
        if not vals:
            self.b.ret_void()
        elif len(vals) == 1:
            self.b.ret(vals[0])
        else:
            agg = ir.Constant(rt, ir.Undefined)
            for i, v in enumerate(vals):
                agg = self.b.insert_value(agg, v, i)
            self.b.ret(agg)

    def write_results(self, out: ir.Value) -> None:
        """Copy the results to the memory the caller passed for them, out,
        laid out as results_value_type."""
        for i, (slot, v) in enumerate(zip(self.result_slots, self.sig.results.vars)):
            self.copy_value(result_addr(self.b, out, self.sig, i), slot, v.type)

    def calls_recover(self, body: ast.BlockStmt) -> bool:
        def is_recover(n) -> bool:
            return isinstance(n, ast.CallExpr) and isinstance(n.fun, ast.Name) and n.fun.value == "recover" \
                and isinstance(self.info.uses.get(n.fun), Builtin)
        return ast.contains_node(body.list, is_recover)

    def setup_defer_frame(self) -> None:
        """Register a defer frame; a recovered panic longjmps back to it."""
        frame = self.alloca(DEFER_FRAME)
        self.b.store(L.zero(DEFER_FRAME), frame)
        self.defer_frame = frame
        self.rtcall("runtime.deferpush", [frame])
        jmpbuf = self.b.gep(frame, [L.I64(0), L.I64(2)], source_etype=DEFER_FRAME)
        setjmp = self.pb.declare_func("runtime.setjmp", ir.FunctionType(L.I64, [L.PTR]))
        setjmp.attributes.add("returns_twice")
        r = self.b.call(setjmp, [jmpbuf])
        recovered = self.new_block("recovered")
        cont = self.new_block("body.start")
        self.b.cbranch(self.b.icmp_signed("!=", r, L.I64(0)), recovered, cont)
        # A recovered panic lands here: the function runs its remaining
        # deferred calls and returns its named results as they left them,
        # at its closing brace, as Go's (runtime.Caller in those calls).
        self.b.position_at_end(recovered)
        saved = self.at(self.decl.body.rbrace)
        self.rtcall("runtime.deferreturn", [frame])
        self.return_results()
        self.b.debug_metadata = saved
        self.b.position_at_end(cont)

    def defer_stmt(self, call: ast.CallExpr) -> None:
        if not self.defers_in_frame:
            self.rtcall("runtime.deferproc", [self.defer_frame, self.bind_call(call)])
            return
        d = self.new_record(DEFER_RECORD, self.llsize(DEFER_RECORD), in_frame=True)
        self.b.store(self.bind_call(call, in_frame=True), d)
        self.rtcall("runtime.deferprocStack", [self.defer_frame, d])

    @functools.cached_property
    def defers_in_frame(self) -> bool:
        """Whether the records of the deferred calls live in the frame, as
        in Go, so that a defer allocates nothing: when each defer statement
        runs at most once per call (escape.defers_run_once). Either all of
        a function's records live there or none does: the collector finds
        a frame's records through its defer list, and never follows a heap
        record's pointer into a stack."""
        return defers_run_once(self.decl.body)

    def go_stmt(self, call: ast.CallExpr) -> None:
        thunk = self.bind_call(call)
        self.rtcall("runtime.newproc", [thunk])

    # --- package initialisation ----------------------------------------------

    def package_initializer(self, init) -> None:
        """lhs = rhs for package-level variables, inside pkg.init."""
        targets = [v.type for v in init.lhs]
        if len(init.lhs) == 1 and init.lhs[0].name != "_":
            self.store_value(self.pb.global_var(init.lhs[0]), init.rhs, targets[0])
            return
        values = self.rhs_values([init.rhs], len(init.lhs), targets)
        for v, t, val in zip(init.lhs, targets, values):
            if v.name != "_":
                self.store(val, self.pb.global_var(v), t)


# A declared variable larger than this lives on the heap, as in Go
# (ir.MaxStackVarSize): stacks are for small things.
MAX_STACK_VAR_SIZE = 10 << 20


@dataclass
class Frame:
    """What Go's compiler checks of a function's stack frame: its locals
    (the stack slots, counted once the code is generated), its arguments
    and results, and the largest argument area of a call it makes."""

    pos: object
    llfn: ir.Function
    args: int
    callee: int
    arg_slots: set  # the stack slots of parameters and results, in Go's argument area


def arg_width(sig: T.Signature) -> int:
    """The bytes of sig's receiver, parameters and results laid out in
    memory as Go's ABI0 lays them (types.Type.ArgWidth): each aligned, the
    results from a word boundary."""
    def layout(off: int, vars) -> int:
        for v in vars:
            a = alignof(v.type)
            off = (off + a - 1) // a * a + sizeof(v.type)
        return off
    off = layout(0, ([sig.recv] if sig.recv is not None else []) + sig.params.vars)
    off = layout((off + 7) // 8 * 8, sig.results.vars)
    return (off + 7) // 8 * 8
