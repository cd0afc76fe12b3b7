"""This module implements escape analysis: which variables must live on the heap.

A local variable normally lives in its function's stack frame. If its
address may outlive the call — stored somewhere, returned, captured by a
closure, put in an interface, passed to code we cannot see — it must be
allocated on the heap instead (Go's cmd/compile/internal/escape does the
same, more precisely).

The analysis looks at every place where a variable's address is taken:
``&x`` (also ``&x.f``, ``&x[i]``), a pointer-method call or method value on
``x``, or slicing an array ``x`` (a slice is followed as a pointer is), and
classifies the context the address flows into:

- harmless uses: a field or element access, a dereference, a comparison, a
  conversion that is itself used harmlessly ((*T)(unsafe.Pointer(&x)).f), a
  conversion to uintptr (a number, which keeps nothing alive, as in Go) or
  to string (which copies);
- an argument or receiver of a known function whose parameter does not
  leak (see below);
- assigned to a local pointer variable: the address is then as safe as
  that variable's own uses (followed transitively), unless that variable
  is declared in fewer loops than the variable whose address it holds
  (see loop depth below);
- anything else escapes.

A variable declared in a loop body is a new variable at each iteration,
and its stack slot is reused by the next one: its address may not outlive
the iteration. As Go's analysis does (a location's loopDepth), each
variable gets the number of loops around its declaration (a for
statement's own variables and a range loop's, one for the whole loop in
Go 1.19, count the loops around the statement; a label a later goto jumps
back to starts a loop for the statements after it), and an address kept
in a variable of a smaller loop depth escapes.

A pointer held in a variable is followed through the memory it points
to: reading or writing ``p.f``, ``*p`` or ``p[i]`` keeps nothing, but
``&p.f``, slicing an array ``p.a[:]`` or calling a pointer method on a
field hands out a pointer into the same memory, followed in turn.

``new(T)``, ``&T{...}`` and a slice literal's array are judged as the
address of a variable declared where the expression is: if it does not
escape, the object lives in the frame (up to 64 KB, Go's limit), so
``p := &T{}`` used only locally, or ``for _, u := range []int{60, 1}``,
costs no allocation.

A closure (a function literal that captures variables) is judged like
``&T{}``: its record, which holds the captured variables' addresses (or
copies), lives in the frame when the func value does not escape: called
where it is made, kept in a local that is only called, passed to a
parameter that does not leak, or deferred in a function whose defers run
once each (the defer record then lives in the frame too). A variable
captured by reference then needs no heap cell either, unless a closure
that captures it escapes or its address escapes by other means:
``x := 0; inc := func() { x++ }; inc()`` allocates nothing, as in Go.

A parameter leaks when its value escapes by the same rules inside its own
function. A parameter whose value reaches only the function's results
(``return p``, ``return p[1:]``, a named result assigned p) does not leak:
as in Go ("leaking param: p to result"), the argument at a call is then as
safe as the call's result, so ``b.Grow(n).Write(x)`` chains and
``f(&x).Len()`` keep x in the frame. Leaks are computed for the package's
functions by iterating to a fixed point (start with no leaks, add them
until nothing changes), and are exported in the package's export data
(keys "escape" and "escape_result"), so calls into imported packages are
judged too. Unknown callees (func values, interface methods, functions
without bodies unless marked //go:noescape) are assumed to leak everything.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from enum import Enum

from gominic.compile.literal import slice_literal_array
from gominic.syntax import ast
from gominic.types import types as T
from gominic.types.constant import string_runes
from gominic.types.lookup import pointer_recv
from gominic.types.objects import Builtin, Func, Var
from gominic.types.operand import Info, Mode, SelectionKind
from gominic.types.sizes import sizeof

# The largest variable a closure copies rather than shares (Go's limit).
MAX_BY_VALUE_CAPTURE = 128

# The largest object new(T) or &T{...} may make in the frame (Go's
# ir.MaxImplicitStackVarSize): a bigger one goes to the heap even if its
# pointer stays in the function.
MAX_IMPLICIT_STACK_SIZE = 64 << 10

# The buffer in the frame for a conversion of a string to []byte or []rune
# that does not escape (Go's tmpstringbufsize, the runtime's tmpBufSize).
TMP_BUF_SIZE = 32

# Parameters are numbered with the receiver, if any, as 0.
Leaks = dict[str, frozenset[int]]  # function symbol -> indices of parameters


def string_array(info: Info, call: ast.CallExpr) -> T.Array | None:
    """For a conversion of a string to []byte or []rune, the array that
    holds the result: for a constant, one of its length (its capacity is
    its length, as Go's); else a buffer of 32 (Go's tmpBuf), which the
    runtime fills when the string fits and the array lives in the frame."""
    ftv = info.types.get(call.fun)
    if ftv is None or ftv.mode != Mode.TYPEXPR or not isinstance(dst := ftv.type.underlying(), T.Slice):
        return None
    src = info.type_of(call.args[0])
    if src is None or not T.is_string(src.underlying()) or not T.is_integer(dst.elem):
        return None
    tv = info.types.get(call.args[0])
    if tv is None or tv.value is None:
        return T.Array(TMP_BUF_SIZE, dst.elem)
    data = bytes(tv.value)
    return T.Array(len(data) if T.basic_kind(dst.elem) == T.Kind.UINT8 else len(string_runes(data)), dst.elem)


def imported_leaks(imports: dict[str, bytes]) -> tuple[Leaks, Leaks]:
    """The parameters that leak, and those that reach only results, as the
    imported packages' export data report them."""
    leaks: Leaks = {}
    to_results: Leaks = {}
    for data in imports.values():
        extra = json.loads(data)
        for sym, idx in extra.get("escape", {}).items():
            leaks[sym] = frozenset(idx)
        for sym, idx in extra.get("escape_result", {}).items():
            to_results[sym] = frozenset(idx)
    return leaks, to_results


@dataclass
class Escapes:
    """What escape analysis decided for a package's code, as the code
    generator reads it. Nothing is decided (analysed False) for code the
    analysis does not see: generic instances of another package's
    functions, whose address-taken and captured variables all go to the
    heap, as before escape analysis."""

    analysed: bool = False
    # Variables that must live on the heap.
    heap: set[Var] = field(default_factory=set)
    # string(r) conversions whose result is only read while the
    # expression that makes it runs: built in a buffer on the stack.
    stack_strings: set[ast.CallExpr] = field(default_factory=set)
    # Variadic calls whose packed slice may live in the frame.
    stack_variadics: set[ast.CallExpr] = field(default_factory=set)
    # Captured variables a closure copies instead of sharing (see run).
    by_value: set[Var] = field(default_factory=set)
    # new(T) and &T{...} whose object may live in the frame.
    stack_allocs: set[ast.Expr] = field(default_factory=set)
    # Closures whose record may live in the frame, and the variables
    # captured by reference by one that may not (they need a heap cell).
    stack_closures: set[ast.FuncLit] = field(default_factory=set)
    captured_heap: set[Var] = field(default_factory=set)


class EscapeAnalysis(Escapes):
    def __init__(self, info: Info, funcs: list[Func], symbol_of, imported: tuple[Leaks, Leaks]):
        super().__init__(analysed=True)
        self.info = info
        self.funcs = [f for f in funcs if f.decl is not None and f.decl.body is not None]
        # A function named _ is never called: its leaks matter to no caller
        # (and all such functions share one symbol, which would never settle).
        self.callable_funcs = [f for f in self.funcs if f.name != "_"]
        # Functions written in assembly that keep none of their pointers,
        # as their //go:noescape says (Go trusts the pragma too).
        self.noescape = [f for f in funcs if f.decl is not None and f.decl.body is None and "go:noescape" in f.pragmas]
        self.symbol_of = symbol_of
        self.leaks: Leaks = dict(imported[0])
        # Parameters that do not leak but reach the function's results.
        self.to_results: Leaks = dict(imported[1])

    # --- results -----------------------------------------------------------

    def run(self) -> None:
        """Compute parameter leaks to a fixed point, then the heap variables,
        then the variables closures capture by value: those whose value
        never changes once declared (never assigned again, address never
        taken, not a named result, which a return statement assigns), of at
        most 128 bytes (Go's rule, escape.flowClosure). A closure record
        then holds a copy, and the variable itself needs no heap cell."""
        for f in self.callable_funcs + self.noescape:
            self.leaks[self.symbol_of(f)] = self.to_results[self.symbol_of(f)] = frozenset()
        changed = True
        while changed:
            changed = False
            for f in self.callable_funcs:
                leaking, to_results = self.leaking_params(f)
                sym = self.symbol_of(f)
                if (leaking, to_results) != (self.leaks[sym], self.to_results[sym]):
                    self.leaks[sym], self.to_results[sym] = leaking, to_results
                    changed = True
        funcs = [(f.decl.type, f.decl.body) for f in self.funcs] + [(lit.type, lit.body) for lit in self.info.captures]
        reassigned: set[Var] = set()
        results: set[Var] = set()
        for ftype, body in funcs:
            fe = FunctionEscapes(self, ftype, body)
            self.heap |= fe.heap_vars()
            self.stack_strings |= fe.temporary_rune_strings()
            self.stack_variadics |= fe.stack_variadic_calls()
            self.stack_allocs |= fe.stack_allocations()
            self.stack_closures |= fe.stack_closures()
            reassigned |= fe.reassigned_vars()
            results |= fe.results
        self.by_value = {v for caps in self.info.captures.values() for v in caps
                         if not v.addressed and v not in reassigned and v not in results
                         and sizeof(v.type) <= MAX_BY_VALUE_CAPTURE}
        self.captured_heap = {v for lit, caps in self.info.captures.items() if lit not in self.stack_closures
                              for v in caps if v not in self.by_value}

    def exported(self) -> dict[str, dict[str, list[int]]]:
        """The export data's record of the package's parameters."""
        syms = [self.symbol_of(f) for f in self.callable_funcs + self.noescape]
        return {"escape": {sym: sorted(self.leaks[sym]) for sym in syms},
                "escape_result": {sym: sorted(self.to_results[sym]) for sym in syms if self.to_results[sym]}}

    def leaking_params(self, f: Func) -> tuple[frozenset[int], frozenset[int]]:
        """f's parameters that leak, and those that reach only its results:
        those that escape when a returned value counts as escaping, but not
        when it does not."""
        params = param_vars(self.info, f.decl)
        fe = FunctionEscapes(self, f.decl.type, f.decl.body)
        escaping = [i for i, v in enumerate(params) if v is not None and fe.value_escapes(v)]
        if not escaping or not f.decl.type.results:
            return frozenset(escaping), frozenset()
        kept = FunctionEscapes(self, f.decl.type, f.decl.body, results_escape=False)
        leaking = frozenset(i for i in escaping if kept.value_escapes(params[i]))
        return leaking, frozenset(escaping) - leaking

    def param_flow(self, fn: Func, index: int) -> ParamFlow:
        """Where fn's parameter index goes (unknown functions: the heap)."""
        sym = self.symbol_of(fn)
        leaks = self.leaks.get(sym)
        if leaks is None or index in leaks:
            return ParamFlow.HEAP
        return ParamFlow.RESULT if index in self.to_results.get(sym, ()) else ParamFlow.NONE


def root_var(info: Info, e: ast.Expr) -> Var | None:
    """x for x, x.f, x[i] on arrays, (x): the variable holding the storage."""
    while True:
        if isinstance(e, ast.ParenExpr):
            e = e.x
        elif isinstance(e, ast.SelectorExpr):
            sel = info.selections.get(e)
            if sel is None or sel.indirect or isinstance(sel.recv.underlying(), T.Pointer):
                return None
            e = e.x
        elif isinstance(e, ast.IndexExpr):
            t = info.type_of(e.x)
            if t is None or not isinstance(t.underlying(), T.Array):
                return None
            e = e.x
        else:
            break
    if isinstance(e, ast.Name):
        obj = info.uses.get(e) or info.defs.get(e)
        if isinstance(obj, Var):
            return obj
    return None


def param_vars(info: Info, decl: ast.FuncDecl) -> list[Var | None]:
    fields = ([decl.recv] if decl.recv is not None else []) + list(decl.type.params)
    out = []
    for f in fields:
        obj = info.defs.get(f.name) if f.name is not None else None
        out.append(obj if isinstance(obj, Var) else None)
    return out


def defers_run_once(body: ast.BlockStmt) -> bool:
    """Whether each defer statement of body runs at most once per call:
    none in a loop, and no goto, which can make one."""
    def is_defer(n) -> bool:
        return isinstance(n, ast.CallStmt) and n.tok == "defer"

    def repeats_defer(n) -> bool:
        loop = isinstance(n, (ast.ForStmt, ast.RangeStmt)) and ast.contains_node(n.body, is_defer)
        return loop or (isinstance(n, ast.BranchStmt) and n.tok == "goto")
    return not ast.contains_node(body.list, repeats_defer)


class ParamFlow(Enum):
    """Where a function's parameter goes."""
    NONE = "none"  # nowhere: kept for the call only
    RESULT = "result"  # into the function's results, and nowhere else
    HEAP = "heap"  # anywhere: it leaks


@dataclass
class Flow:
    """A pointer value being followed: the loop depth of the variable it
    points into (a variable of a smaller depth may not keep it), the
    variables it was already followed into, and whether it may be followed
    through a call that returns it (a buffer reused by each iteration must
    not be)."""
    depth: int
    seen: set[Var] = field(default_factory=set)
    through_results: bool = True


class FunctionEscapes:
    """The escape facts of one function body (closures inside are separate bodies)."""

    def __init__(self, ea: EscapeAnalysis, ftype: ast.FuncType, body: ast.BlockStmt, results_escape: bool = True):
        self.ea = ea
        self.info = ea.info
        self.body = body
        # Named results: a bare return hands them out without naming them.
        self.results = {self.info.defs.get(f.name) for f in ftype.results if f.name is not None}
        # Whether a value returned escapes: it does for the caller's
        # variables; leaking_params asks without it to tell a parameter that
        # only reaches the results.
        self.results_escape = results_escape
        # Every expression node mapped to its parent, for context questions.
        self.parent: dict[int, ast.Node] = {}
        self.nodes: list[ast.Node] = []
        self.index(body, None)
        # Each local variable's loop depth (parameters and results: 0), and
        # each new(T) or &T{...}'s, by the expression's id.
        self.loop_depth: dict[Var, int] = {}
        self.alloc_depth: dict[int, int] = {}
        self.looping_labels = self.backward_goto_labels()
        self.record_loop_depths(body, 0)

    def index(self, node, parent) -> None:
        if isinstance(node, list):
            for x in node:
                self.index(x, parent)
            return
        if not isinstance(node, ast.Node):
            return
        self.parent[id(node)] = parent
        self.nodes.append(node)
        if isinstance(node, ast.FuncLit):
            return  # a closure's body is analysed on its own
        for name in node.__slots__:
            child = getattr(node, name, None)
            if isinstance(child, (ast.Node, list)):
                self.index(child, node)

    # --- loop depths ------------------------------------------------------------

    def backward_goto_labels(self) -> set[str]:
        """The labels a goto after them jumps back to: loops (nodes are in
        source order)."""
        seen, out = set(), set()
        for node in self.nodes:
            if isinstance(node, ast.LabeledStmt):
                seen.add(node.label.value)
            elif isinstance(node, ast.BranchStmt) and node.tok == "goto" and node.label.value in seen:
                out.add(node.label.value)
        return out

    def record_loop_depths(self, node, depth: int) -> None:
        """Record the loop depth of the variables node declares, depth
        being the number of loops around node."""
        match node:
            case list():
                for x in node:
                    if isinstance(x, ast.LabeledStmt) and x.label.value in self.looping_labels:
                        depth += 1  # the statements from x on run again after a goto
                    self.record_loop_depths(x, depth)
            case ast.FuncLit():
                self.alloc_depth[id(node)] = depth  # its record's; its body is analysed on its own
                return
            case ast.ForStmt():
                self.record_loop_depths(node.init, depth)
                self.record_loop_depths([node.cond, node.post, node.body], depth + 1)
            case ast.RangeStmt():
                self.record_loop_depths([node.key, node.value, node.x], depth)
                self.record_loop_depths(node.body, depth + 1)
            case ast.Name():
                v = self.info.defs.get(node)
                if isinstance(v, Var):
                    self.loop_depth[v] = depth
            case ast.Node():
                v = self.info.implicits.get(node)
                if isinstance(v, Var):
                    self.loop_depth[v] = depth  # a type switch clause's own variable
                if self.allocated_type(node) is not None:
                    self.alloc_depth[id(node)] = depth
                for name in node.__slots__:
                    child = getattr(node, name, None)
                    if isinstance(child, (ast.Node, list)):
                        self.record_loop_depths(child, depth)

    # --- heap variables -------------------------------------------------------

    def heap_vars(self) -> set[Var]:
        """Variables of this body whose address escapes."""
        out = set()
        for node in self.nodes:
            v = self.address_taken(node)
            if v is not None and v not in out and not v.is_global and self.address_escapes(node, v):
                out.add(v)
        return out

    def address_taken(self, node: ast.Node) -> Var | None:
        """The variable whose address node takes, if it takes one."""
        if isinstance(node, ast.Operation) and node.op == "&" and node.y is None:
            return self.root_var(node.x)
        if isinstance(node, ast.SelectorExpr):
            sel = self.info.selections.get(node)
            if sel is not None and sel.kind == SelectionKind.METHOD_VAL and not sel.indirect:
                if pointer_recv(sel.obj) and not isinstance(sel.recv.underlying(), (T.Pointer, T.Interface)):
                    return self.root_var(node.x)
        if isinstance(node, ast.SliceExpr):
            t = self.info.type_of(node.x)
            if t is not None and isinstance(t.underlying(), T.Array):
                return self.root_var(node.x)
        return None

    def root_var(self, e: ast.Expr) -> Var | None:
        return root_var(self.info, e)

    def address_escapes(self, node: ast.Node, v: Var) -> bool:
        flow = Flow(depth=self.loop_depth.get(v, 0))
        if isinstance(node, ast.SelectorExpr):
            return self.receiver_escapes(node, flow)  # x.M with a pointer receiver
        # &x, or x[i:j] of an array x: a pointer, or a slice, into x.
        return self.pointer_escapes(node, flow)

    def reassigned_vars(self) -> set[Var]:
        """The variables this body assigns after their declaration: x = v,
        x.f = v, x[i] = v on an array, x op= v, x++, x redeclared by :=,
        and a range loop's variables (assigned at every iteration)."""
        out = set()
        for node in self.nodes:
            match node:
                case ast.AssignStmt(op=":"):
                    targets = [x for x in node.lhs if isinstance(x, ast.Name) and x in self.info.uses]
                case ast.AssignStmt():
                    targets = node.lhs
                case ast.IncDecStmt():
                    targets = [node.x]
                case ast.RangeStmt():
                    targets = [x for x in (node.key, node.value) if x is not None]
                case _:
                    continue
            out.update(v for x in targets if (v := root_var(self.info, x)) is not None)
        return out

    # --- temporary strings --------------------------------------------------------

    def temporary_rune_strings(self) -> set[ast.CallExpr]:
        """The string(r) conversions of an integer r whose result is only
        compared, or passed to a parameter that does not leak in a call
        made at once (not go, not defer). Their bytes are dead once the
        enclosing expression is done, so, as Go does (intstring's buf), they
        may live in a 4-byte buffer in the frame: IndexRune's
        Index(s, string(r)) allocates nothing. A result kept in a variable
        is not followed: in a loop, the next conversion would reuse the
        buffer under it."""
        out = set()
        for node in self.nodes:
            if isinstance(node, ast.CallExpr) and self.is_rune_string(node) and self.read_at_once(node):
                out.add(node)
        return out

    def is_rune_string(self, call: ast.CallExpr) -> bool:
        ftv = self.info.types.get(call.fun)
        if ftv is None or ftv.mode != Mode.TYPEXPR or not T.is_string(ftv.type.underlying()) or len(call.args) != 1:
            return False
        src = self.info.type_of(call.args[0])
        tv = self.info.types.get(call.args[0])
        return src is not None and T.is_integer(src.underlying()) and tv is not None and tv.value is None

    def read_at_once(self, e: ast.Node) -> bool:
        p = self.parent.get(id(e))
        match p:
            case ast.ParenExpr():
                return self.read_at_once(p)
            case ast.Operation() if p.op in ("==", "!=", "<", "<=", ">", ">="):
                return True
            case ast.CallExpr() if p.fun is not e:
                ftv = self.info.types.get(p.fun)
                stmt = self.parent.get(id(p))
                if (ftv is not None and ftv.mode == Mode.TYPEXPR) or isinstance(stmt, ast.CallStmt):
                    return False  # a conversion keeps the bytes; go and defer call later
                return not self.argument_escapes(p, e, Flow(depth=0, through_results=False))
        return False

    # --- where a pointer value goes ----------------------------------------------

    def value_escapes(self, v: Var) -> bool:
        """Whether the pointer held in local variable v may escape."""
        return self.var_escapes(v, Flow(depth=0))

    def var_escapes(self, v: Var, flow: Flow) -> bool:
        if v in flow.seen:
            return False
        flow.seen.add(v)
        if v.captured or v.is_global:
            return True
        for node in self.nodes:
            if isinstance(node, ast.Name) and self.info.uses.get(node) is v and self.is_read(node):
                if self.pointer_escapes(node, flow):
                    return True
        return False

    def is_read(self, name: ast.Name) -> bool:
        """Not the target of an assignment (writing v does not leak anything)."""
        p = self.parent.get(id(name))
        if isinstance(p, ast.AssignStmt) and any(x is name for x in p.lhs):
            return False
        if isinstance(p, ast.IncDecStmt):
            return False
        return True

    def pointer_escapes(self, e: ast.Node, flow: Flow) -> bool:
        """Whether the pointer value computed by expression e may escape."""
        p = self.parent.get(id(e))
        match p:
            case ast.ParenExpr():
                return self.pointer_escapes(p, flow)
            case ast.SelectorExpr() if p.x is e:
                sel = self.info.selections.get(p)
                if sel is None:
                    return False
                if sel.kind == SelectionKind.FIELD:
                    return self.place_escapes(p, flow)  # p.f: memory p points into
                if sel.kind != SelectionKind.METHOD_VAL or isinstance(sel.recv.underlying(), T.Interface):
                    return True
                return self.receiver_escapes(p, flow)
            case ast.Operation() if p.op == "*" and p.y is None:
                return self.place_escapes(p, flow)  # *p
            case ast.Operation() if p.op in ("==", "!="):
                return False
            case ast.IndexExpr() if p.x is e:
                return self.place_escapes(p, flow)  # p[i] on a pointer to an array
            case ast.SliceExpr() if p.x is e:
                return self.pointer_escapes(p, flow)  # p[i:j] shares p's array
            case ast.CallExpr():
                return self.argument_escapes(p, e, flow)
            case ast.AssignStmt() if any(x is e for x in p.rhs):
                return self.assigned_escapes(p, e, flow)
            case ast.VarDecl() if any(x is e for x in p.values):
                return self.declared_escapes(p, e, flow)
            case ast.RangeStmt() if p.x is e:
                return False
            case ast.ExprStmt():
                return False  # a call's result dropped
            case ast.ReturnStmt():
                return self.results_escape
        return True

    def place_escapes(self, e: ast.Node, flow: Flow) -> bool:
        """Whether an address into the memory expression e denotes (*p,
        p.f, p[i], and what lies inside them) may escape: reading or
        writing the value there keeps nothing; &e, slicing an array there
        or calling a pointer method on it hands out a pointer into it."""
        p = self.parent.get(id(e))
        match p:
            case ast.ParenExpr():
                return self.place_escapes(p, flow)
            case ast.Operation() if p.op == "&" and p.y is None:
                return self.pointer_escapes(p, flow)
            case ast.SelectorExpr() if p.x is e:
                sel = self.info.selections.get(p)
                if sel is None:
                    return False
                if sel.kind == SelectionKind.FIELD:
                    return self.place_escapes(p, flow)
                if not pointer_recv(sel.obj) or isinstance(sel.recv.underlying(), (T.Pointer, T.Interface)):
                    return False  # the method gets a copy, or the pointer stored there
                return self.receiver_escapes(p, flow)
            case ast.IndexExpr() | ast.SliceExpr() if p.x is e:
                t = self.info.type_of(e)
                if t is None or not isinstance(t.underlying(), T.Array):
                    return False  # an element of a slice, map or string stored there
                return self.place_escapes(p, flow) if isinstance(p, ast.IndexExpr) else self.pointer_escapes(p, flow)
        return False

    def receiver_escapes(self, sel: ast.SelectorExpr, flow: Flow) -> bool:
        """x.M, M's receiver a pointer made from x: called at once, the
        pointer is M's parameter 0 and escapes if M leaks it; a method
        value, or a go or deferred call that outlives it, keeps it for later."""
        call = self.parent.get(id(sel))
        if isinstance(call, ast.CallExpr) and call.fun is sel and not self.outlives_call(call, flow):
            return self.param_escapes(call, self.info.selections[sel].obj, 0, flow)
        return True

    def param_escapes(self, call: ast.CallExpr, callee: Func, index: int, flow: Flow) -> bool:
        """Whether a pointer passed as callee's parameter index escapes:
        it does if the parameter leaks, and if it reaches the results, when
        the call's results escape."""
        match self.ea.param_flow(callee, index):
            case ParamFlow.HEAP:
                return True
            case ParamFlow.RESULT:
                return not flow.through_results or self.results_escape_from(call, flow)
        return False

    def results_escape_from(self, call: ast.CallExpr, flow: Flow) -> bool:
        """Whether a call's results may escape: each one assigned by
        ``a, b := f(p)`` that can hold a pointer is followed, a single
        result as any other value."""
        p = self.parent.get(id(call))
        if isinstance(p, ast.AssignStmt) and len(p.rhs) == 1 and len(p.lhs) > 1:
            return p.op not in ("", ":") or self.any_kept_escapes(p.lhs, flow)
        if isinstance(p, ast.VarDecl) and len(p.values) == 1 and len(p.names) > 1:
            return self.any_kept_escapes(p.names, flow)
        return self.pointer_escapes(call, flow)

    def any_kept_escapes(self, targets: list[ast.Expr], flow: Flow) -> bool:
        """Whether a pointer may escape through one of the targets of a
        tuple assignment (those of types without pointers keep none)."""
        return any(self.kept_escapes(x, flow) for x in targets
                   if (t := self.info.type_of(x)) is None or T.has_pointers(t))

    def outlives_call(self, call: ast.Node, flow: Flow) -> bool:
        """Whether call's arguments are kept past what the pointer followed
        may point into: go f(p) keeps them past the frame, defer f(p) to
        the function's end, past the loop iteration of a variable declared
        in a loop (each iteration's object shares one slot), and in a
        record on the heap if the function's defers do not all run once
        (the collector never follows a heap record's pointer into a stack)."""
        stmt = self.parent.get(id(call))
        return isinstance(stmt, ast.CallStmt) and (stmt.tok == "go" or flow.depth > 0 or not self.defers_in_frame)

    @functools.cached_property
    def defers_in_frame(self) -> bool:
        return defers_run_once(self.body)

    def argument_escapes(self, call: ast.CallExpr, e: ast.Node, flow: Flow) -> bool:
        if self.outlives_call(call, flow):
            return True
        if call.fun is e:
            return False  # calling through the pointer (a func value)
        ftv = self.info.types.get(call.fun)
        if ftv is not None and ftv.mode == Mode.TYPEXPR:
            # A conversion: (*T)(unsafe.Pointer(p)) is as safe as its use.
            t = ftv.type.underlying()
            if isinstance(t, T.Pointer) or (isinstance(t, T.Basic) and t.kind == T.Kind.UNSAFE_POINTER):
                return self.pointer_escapes(call, flow)
            # uintptr(p) is a number: what becomes of it keeps nothing alive
            # (Go's rule); string(s) copies the slice's elements.
            return not (isinstance(t, T.Basic) and t.kind in (T.Kind.UINTPTR, T.Kind.STRING))
        callee = self.callee(call)
        if isinstance(callee, Builtin):
            if callee.name == "copy":
                return False  # copies elements, keeps neither slice
            if callee.name == "append":
                if call.has_dots and e is call.args[-1]:
                    return False  # append(s, x...) copies x's elements
                if e is call.args[0]:
                    return self.pointer_escapes(call, flow)  # the result may share s's array
                return True
            if callee.name in ("Add", "Slice") and e is call.args[0]:
                return self.pointer_escapes(call, flow)  # unsafe.Add and unsafe.Slice point into p's memory
            return callee.name not in ("len", "cap", "print", "println")
        if callee is None:
            return True
        index = next(i for i, a in enumerate(call.args) if a is e) + (callee.sig.recv is not None)
        if callee.sig.variadic and not call.has_dots and index >= self.variadic_index(callee):
            return True  # stored in the slice the call packs
        return self.param_escapes(call, callee, index, flow)

    def callee(self, call: ast.CallExpr) -> Func | Builtin | None:
        """The function a call statically calls (a builtin, a function or a
        concrete method), or None: a func value, an interface method, or
        a generic instance, which escape analysis does not see."""
        fun = ast.unparen(call.fun)
        name = fun.sel if isinstance(fun, ast.SelectorExpr) else fun
        callee = self.info.uses.get(name) if isinstance(name, ast.Name) else None
        if isinstance(callee, Builtin):
            return callee
        if not isinstance(callee, Func) or self.info.instances.get(name) is not None:
            return None
        if callee.sig.recv is not None:
            sel = self.info.selections.get(fun) if isinstance(fun, ast.SelectorExpr) else None
            if sel is None or sel.kind != SelectionKind.METHOD_VAL or isinstance(sel.recv.underlying(), T.Interface):
                return None
        return callee

    @staticmethod
    def variadic_index(callee: Func) -> int:
        """The parameter number of callee's ...T parameter (the receiver is 0)."""
        return len(callee.sig.params.vars) - 1 + (callee.sig.recv is not None)

    # --- variadic slices ----------------------------------------------------------

    def stack_variadic_calls(self) -> set[ast.CallExpr]:
        """The calls f(a, b, c) of a variadic f whose ...T parameter does
        not leak, made at once (not go, not defer): the slice they pack
        for it is dead when f returns, so, as in Go, its array may live in
        the caller's frame. log.Printf(format, v...) then allocates no
        slice when the logger discards its output."""
        out = set()
        for node in self.nodes:
            if isinstance(node, ast.CallExpr) and not node.has_dots \
                    and not isinstance(self.parent.get(id(node)), ast.CallStmt):
                callee = self.callee(node)
                if isinstance(callee, Func) and callee.sig.variadic \
                        and self.ea.param_flow(callee, self.variadic_index(callee)) == ParamFlow.NONE:
                    out.add(node)
        return out

    # --- new(T) and &T{...} ----------------------------------------------------------

    def allocated_type(self, node: ast.Node) -> T.Type | None:
        """The type of the object node makes, if it is new(T) or &T{...}
        (not the {...} standing for &T{...} in a []*T literal), the array
        of a slice literal, or a conversion of a string to []byte or []rune
        (see string_array)."""
        if isinstance(node, ast.Operation) and node.op == "&" and node.y is None:
            lit = ast.unparen(node.x)
            if isinstance(lit, ast.CompositeLit) and lit not in self.info.implicits:
                return self.info.type_of(lit)
        elif isinstance(node, ast.CompositeLit) and node not in self.info.implicits:
            t = self.info.type_of(node)
            if t is not None and isinstance(t.underlying(), T.Slice):
                return slice_literal_array(node, t.underlying(), self.info)
        elif isinstance(node, ast.CallExpr) and len(node.args) == 1:
            fun = ast.unparen(node.fun)
            builtin = self.info.uses.get(fun) if isinstance(fun, ast.Name) else None
            if isinstance(builtin, Builtin) and builtin.name == "new":
                return self.info.types[node.args[0]].type
            return string_array(self.info, node)
        return None

    def stack_allocations(self) -> set[ast.Expr]:
        """The new(T), &T{...} and slice literals whose pointer does not
        escape, followed as the address of a variable declared where the
        expression is: as in Go, the object then lives in the frame (a
        stack object the collector scans while a live pointer points into
        it), and ``p := &T{}`` costs no allocation."""
        out = set()
        for node in self.nodes:
            t = self.allocated_type(node)
            if t is not None and sizeof(t) <= MAX_IMPLICIT_STACK_SIZE \
                    and not self.pointer_escapes(node, Flow(depth=self.alloc_depth.get(id(node), 0))):
                out.add(node)
        return out

    # --- closures ------------------------------------------------------------------

    def stack_closures(self) -> set[ast.FuncLit]:
        """The closures made here whose func value does not escape,
        followed as the address of a variable declared where the literal
        is: their records may live in the frame."""
        return {node for node in self.nodes if isinstance(node, ast.FuncLit) and self.info.captures.get(node)
                and not self.pointer_escapes(node, Flow(depth=self.alloc_depth.get(id(node), 0)))}

    def assigned_escapes(self, stmt: ast.AssignStmt, e: ast.Node, flow: Flow) -> bool:
        """v := p / v = p with v a plain local or parameter (p = p[n:]): p
        escapes if v's value does, or if v outlives the loop iteration of
        the variable p points into."""
        if len(stmt.lhs) != len(stmt.rhs) or stmt.op not in ("", ":"):
            return True
        return self.kept_escapes(stmt.lhs[[i for i, x in enumerate(stmt.rhs) if x is e][0]], flow)

    def declared_escapes(self, decl: ast.VarDecl, e: ast.Node, flow: Flow) -> bool:
        """var v = p: as v := p."""
        if len(decl.names) != len(decl.values):
            return True
        return self.kept_escapes(decl.names[[i for i, x in enumerate(decl.values) if x is e][0]], flow)

    def kept_escapes(self, target: ast.Expr, flow: Flow) -> bool:
        """Whether a pointer assigned to target escapes: never when target
        is _ (the value is dropped); else target must be a plain local or
        parameter whose value does not escape, of no smaller loop depth."""
        if not isinstance(target, ast.Name):
            return True
        if target.value == "_":
            return False
        v = self.info.defs.get(target) or self.info.uses.get(target)
        if not isinstance(v, Var) or v.is_global or self.loop_depth.get(v, 0) < flow.depth:
            return True
        if v in self.results and self.results_escape:
            return True
        return self.var_escapes(v, flow)
