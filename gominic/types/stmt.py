"""This module implements the checking of statements and function bodies.

Each block opens a scope (Go spec, "Blocks"); if, for, switch and select
statements open an implicit one around their init statement, and every case
clause its own. After a body is checked, local variables that were declared
but never used are reported, and a function with results must end in a
terminating statement (Go spec, "Terminating statements").
"""

from __future__ import annotations

from gominic.syntax import ast
from gominic.syntax.branches import check_branches
from gominic.types import types as T
from gominic.types.dump import object_string
from gominic.types.objects import Scope, Var
from gominic.types.operand import Mode, Operand

ASSIGN_OPS = {"+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "&^"}


class StmtMixin:
    def func_body(self, name: str, decl, sig: T.Signature, scope: Scope, iota: int | None = None) -> None:
        """Check a function's body; iota is the enclosing constant
        declaration's for a function literal written in one (types2's
        funcBody: ``const c = unsafe.Sizeof(func() { var x [iota]int })``)."""
        saved = (self.scope, self.sig, self.iota, self.decl_deps, self.local_vars, self.generic_body)
        self.scope, self.sig, self.iota = scope, sig, iota
        if isinstance(decl, ast.FuncDecl):
            self.generic_body = bool(sig.tparams)
        self.local_vars: list[Var] = []
        body = decl.body
        for err in check_branches(body):  # as Go's parser does (the syntax package's)
            self.error(err.pos, err.msg)
        self.block_stmts(body.list)
        if sig.results.vars and not self.is_terminating_list(body.list):
            self.error(body.rbrace, "missing return")
        self.report_unused()
        self.scope, self.sig, self.iota, self.decl_deps, self.local_vars, self.generic_body = saved

    def report_unused(self) -> None:
        for v in self.local_vars:
            # A variable of an invalid type was reported already (types2's varDecl).
            if not v.used and v.name != "_" and v.type is not T.INVALID:
                self.error(v.pos, f"{v.name} declared but not used")

    def open_scope(self, comment: str) -> None:
        self.scope = Scope(self.scope, comment, level=self.scope.level)

    def close_scope(self) -> None:
        self.scope = self.scope.parent

    def declare_local(self, name: ast.Name | None, v: Var) -> None:
        self.declare(self.scope, name, v)
        self.local_vars.append(v)

    # --- statement lists ------------------------------------------------------

    def block_stmts(self, stmts: list[ast.Stmt]) -> None:
        for s in stmts:
            self.stmt(s)

    def stmt(self, s: ast.Stmt) -> None:
        match s:
            case ast.EmptyStmt():
                pass
            case ast.BlockStmt():
                self.open_scope("block")
                self.block_stmts(s.list)
                self.close_scope()
            case ast.LabeledStmt():
                self.stmt(s.stmt)
            case ast.ExprStmt():
                self.expr_stmt(s)
            case ast.SendStmt():
                self.send_stmt(s)
            case ast.IncDecStmt():
                self.inc_dec(s)
            case ast.AssignStmt():
                self.assign_stmt(s)
            case ast.DeclStmt():
                self.decl_stmt(s)
            case ast.CallStmt():
                self.call_stmt(s)
            case ast.ReturnStmt():
                self.return_stmt(s)
            case ast.BranchStmt():
                pass  # check_branches checked it with its body
            case ast.IfStmt():
                self.if_stmt(s)
            case ast.ForStmt():
                self.for_stmt(s)
            case ast.RangeStmt():
                self.range_stmt(s)
            case ast.SwitchStmt():
                if isinstance(s.tag, ast.TypeSwitchGuard):
                    self.type_switch(s)
                else:
                    self.switch_stmt(s)
            case ast.SelectStmt():
                self.select_stmt(s)
            case _:
                self.error(s.pos, "invalid statement")

    def simple_stmt(self, s: ast.Stmt | None) -> None:
        if s is not None:
            self.stmt(s)

    # --- simple statements ------------------------------------------------------

    def expr_stmt(self, s: ast.ExprStmt) -> None:
        """Go spec: only calls (not conversions nor value built-ins) and
        receives may stand as statements; types2's words otherwise."""
        x = self.raw_expr(s.x, None)
        if x.mode == Mode.INVALID:
            return
        inner = s.x
        while isinstance(inner, ast.ParenExpr):
            inner = inner.x
        if x.mode == Mode.BUILTIN:
            self.error(s.x.pos, f"{self.operand_string(x)} must be called")
            return
        if x.mode == Mode.TYPEXPR:
            self.error(s.x.pos, f"{self.operand_string(x)} is not an expression")
            return
        if isinstance(inner, ast.CallExpr):
            fun = self.info.types.get(inner.fun)
            conversion = fun is not None and fun.mode == Mode.TYPEXPR
            if not conversion and (x.mode == Mode.NOVALUE or not self.is_value_builtin(inner)):
                return
        elif isinstance(inner, ast.Operation) and inner.op == "<-" and inner.y is None:
            return
        self.error(s.x.pos, f"{self.operand_string(x)} is not used")

    def is_value_builtin(self, call: ast.CallExpr) -> bool:
        tv = self.info.types.get(call.fun)
        if tv is not None and tv.mode != Mode.BUILTIN:
            return False
        name = call.fun.sel if isinstance(call.fun, ast.SelectorExpr) else call.fun
        if isinstance(name, ast.Name):
            obj = self.info.uses.get(name)
            from gominic.types.objects import Builtin
            from gominic.types.builtins import NO_VALUE
            return isinstance(obj, Builtin) and obj.name not in NO_VALUE and obj.name != "copy" \
                and obj.name != "recover"
        return False

    def send_stmt(self, s: ast.SendStmt) -> None:
        ch = self.expr(s.chan)
        val = self.expr(s.value)
        if ch.mode == Mode.INVALID or val.mode == Mode.INVALID:
            return
        u = T.core_type(ch.type)
        if not isinstance(u, T.Chan):
            self.error(s.pos, f"invalid operation: cannot send to non-channel {self.operand_string(ch)}")
            return
        if u.dir == T.ChanDir.RECV:
            self.error(s.pos, f"invalid operation: cannot send to receive-only channel {self.operand_string(ch)}")
            return
        self.assignment(val, u.elem, "send")

    def inc_dec(self, s: ast.IncDecStmt) -> None:
        x = self.expr(s.x)
        if x.mode == Mode.INVALID:
            return
        if not T.is_numeric(x.type):
            op = "++" if s.inc else "--"
            self.error(s.x.pos, f"invalid operation: {self.estr(s.x)}{op} (non-numeric type {self.tstr(x.type)})")
            return
        self.assign_var(s.x, Operand(Mode.VALUE, s.x, x.type))

    def assign_stmt(self, s: ast.AssignStmt) -> None:
        if s.op == ":":
            self.short_var_decl(s)
            for e in s.lhs:
                v = self.info.defs.get(e)
                if isinstance(v, Var) and v not in self.local_vars:
                    self.local_vars.append(v)
            return
        if s.op == "":
            self.assign_vars(s.lhs, s.rhs)
            return
        # x op= y is x = x op y, with x evaluated once.
        if len(s.lhs) != 1 or len(s.rhs) != 1:
            self.error(s.pos, f"assignment operation {s.op}= requires single-valued expressions")
            return
        op = ast.Operation(s.pos, s.op, s.lhs[0], s.rhs[0])
        x = self.binary(op) if s.op not in ("<<", ">>") else self.shift(op)
        if x.mode == Mode.INVALID:
            return
        self.record(op, x.mode, x.type, x.val if x.mode == Mode.CONSTANT else None)
        self.info.types.pop(op, None)
        self.assign_var(s.lhs[0], x)

    def decl_stmt(self, s: ast.DeclStmt) -> None:
        if self.generic_body and s.decls and isinstance(s.decls[0], ast.TypeDecl):
            # Go 1.19's compiler cannot yet translate them (issue 47631).
            self.noder_errors.add(s.keyword, "type declarations inside generic functions are not currently supported")
        for d in s.decls:
            match d:
                case ast.ConstDecl():
                    self.local_const_decl(d)
                case ast.VarDecl():
                    self.local_var_decl(d)
                    for n in d.names:
                        v = self.info.defs.get(n)
                        if isinstance(v, Var):
                            self.local_vars.append(v)
                case ast.TypeDecl():
                    self.local_type_decl(d)

    def local_type_decl(self, d: ast.TypeDecl) -> None:
        from gominic.types.objects import TypeName
        obj = TypeName(d.name.value, None, self.pkg, d.name.pos, is_alias=d.alias)
        # Types declared in functions may share a name: number them, so that
        # each gets a descriptor symbol of its own (T·1, T·2).
        self.local_types += 1
        obj.local_index = self.local_types
        self.declare(self.scope, d.name, obj)
        self.colors[obj] = 1
        self.obj_path.append(obj)
        self.type_decl(obj, d)
        self.obj_path.pop()
        self.colors[obj] = 2

    def call_stmt(self, s: ast.CallStmt) -> None:
        """go/defer: the call's value, if any, is dropped, so it must be a
        call of a function or of a built-in used as a statement (types2's
        suspendedCall). The parser made any other operand a call."""
        call = s.call
        x = self.raw_expr(call, None)
        if x.mode == Mode.INVALID:
            return
        fun = self.info.types.get(call.fun)
        if fun is not None and fun.mode == Mode.TYPEXPR:
            msg = "requires function call, not conversion"
        elif self.is_value_builtin(call):
            msg = "discards result of"
        else:
            return
        self.error(call.pos, f"{s.tok} {msg} {self.operand_string(x)}")

    def return_stmt(self, s: ast.ReturnStmt) -> None:
        results = self.sig.results.vars
        if not s.results:
            if results and not results[0].name:
                self.error(s.pos, "not enough return values\n\thave ()\n\twant " + self.tuple_string(results))
            elif results:
                for v in results:
                    alt = self.scope.lookup_parent(v.name)[1]
                    if alt is not v and v.name != "_":
                        self.error(s.pos, f"result parameter {v.name} not in scope at return\n\t{alt.pos}: inner declaration of {object_string(alt, self.pkg)}")
            return
        if not results:
            xs = [self.raw_expr(r, None) for r in s.results]
            if any(x.mode == Mode.INVALID for x in xs):
                return  # reported already
            self.error(s.results[0].pos, "too many return values\n\thave (" +
                       ", ".join(self.arg_type_name(x) for x in xs) + ")\n\twant ()")
            return
        if len(s.results) == len(results):
            for r, v in zip(s.results, results):
                x = self.expr(r, hint=v.type)
                if x.mode != Mode.INVALID:
                    self.assignment(x, v.type, "return statement")
            return
        if len(s.results) == 1:
            xs = self.multi_expr(s.results[0])
            if xs[0].mode == Mode.INVALID:
                return
            if len(xs) == len(results):
                for x, v in zip(xs, results):
                    self.assignment(x, v.type, "return statement")
                return
            have = "(" + ", ".join(self.arg_type_name(x) for x in xs) + ")"
        else:
            xs = [self.expr(r) for r in s.results]
            have = "(" + ", ".join(self.arg_type_name(x) for x in xs) + ")"
        few = len(xs) < len(results)
        self.error(s.results[0].pos, f"{'not enough' if few else 'too many'} return values\n\thave {have}\n\twant {self.tuple_string(results)}")

    def tuple_string(self, vars: list[Var]) -> str:
        return "(" + ", ".join(self.tstr(v.type) for v in vars) + ")"

    # --- structured statements -------------------------------------------------

    def condition(self, e: ast.Expr, what: str) -> None:
        x = self.expr(e)
        if x.mode == Mode.INVALID:
            return
        if not T.is_boolean(x.type):
            self.error(e.pos, f"non-boolean condition in {what} statement")
            return
        self.convert_untyped(x, T.BOOL)

    def if_stmt(self, s: ast.IfStmt) -> None:
        self.open_scope("if")
        self.simple_stmt(s.init)
        self.condition(s.cond, "if")
        self.stmt(s.then)
        if s.else_ is not None:
            self.stmt(s.else_)
        self.close_scope()

    def for_stmt(self, s: ast.ForStmt) -> None:
        self.open_scope("for")
        self.simple_stmt(s.init)
        if s.cond is not None:
            self.condition(s.cond, "for")
        self.simple_stmt(s.post)
        if isinstance(s.post, ast.AssignStmt) and s.post.op == ":":
            self.error(s.post.pos, "cannot declare in post statement of for loop")
        self.stmt(s.body)
        self.close_scope()

    def range_stmt(self, s: ast.RangeStmt) -> None:
        self.open_scope("range")
        x = self.expr(s.x)
        key_t = val_t = None
        if x.mode != Mode.INVALID:
            key_t, val_t, ok = self.range_types(x)
            if not ok:
                self.error(s.x.pos, f"cannot range over {self.operand_string(x)}{self.range_cause(x)}")
            elif val_t is None and s.value is not None:
                self.error(s.value.pos, f"range over {self.operand_string(x)} permits only one iteration variable")
            elif s.extra is not None:
                self.error(s.extra.pos, "range clause permits at most two iteration variables")
        lhs = [e for e in (s.key, s.value)]
        types = [key_t, val_t]
        if s.define:
            new = []
            for e, t in zip(lhs, types):
                if e is None:
                    continue
                if not isinstance(e, ast.Name):
                    self.error(e.pos, f"non-name {self.estr(e)} on left side of :=")
                    continue
                v = Var(e.value, t or T.INVALID, self.pkg, e.pos)
                self.record_def(e, v)
                new.append((e, v))
            for e, v in new:
                self.declare_local(None, v)
        else:
            for e, t in zip(lhs, types):
                if e is not None and t is not None:
                    self.assign_var(e, Operand(Mode.VALUE, e, t))
        self.stmt(s.body)
        self.close_scope()

    def range_cause(self, x: Operand) -> str:
        """Why x cannot be ranged over, when types2 says it: " (cause)"."""
        u = T.core_type(x.type)
        if u is None:
            return f" ({self.tstr(x.type)} has no core type)"
        if isinstance(u, T.Chan) and u.dir == T.ChanDir.SEND:
            return " (receive from send-only channel)"
        return ""

    def range_types(self, x: Operand) -> tuple[T.Type | None, T.Type | None, bool]:
        u = T.core_type(x.type)
        if u is None:
            return None, None, False
        if T.is_string(u):
            if T.is_untyped(x.type):
                self.convert_untyped(x, T.STRING)
            return T.INT, T.RUNE, True
        if isinstance(u, T.Pointer) and isinstance(u.elem.underlying(), T.Array):
            u = u.elem.underlying()
        match u:
            case T.Array() | T.Slice():
                return T.INT, u.elem, True
            case T.Map():
                return u.key, u.elem, True
            case T.Chan():
                return u.elem, None, u.dir != T.ChanDir.SEND
            case T.Basic() if T.is_integer(u):
                # Go 1.22 range-over-int; not in Go 1.19.
                return None, None, False
        return None, None, False

    def switch_stmt(self, s: ast.SwitchStmt) -> None:
        self.open_scope("switch")
        self.simple_stmt(s.init)
        tag = None
        if s.tag is not None:
            tag = self.expr(s.tag)
            if tag.mode != Mode.INVALID:
                self.default_untyped(tag)
                if not T.comparable(tag.type) and not T.has_nil(tag.type):
                    self.error(s.tag.pos, f"cannot switch on {self.operand_string(tag)}")
                    tag.mode = Mode.INVALID
        self.multiple_defaults(s.body)
        seen: dict[object, list[tuple[T.Type, ast.Expr]]] = {}  # constant case value -> its cases
        for clause in s.body:
            for e in clause.cases or []:
                x = self.case_value(e, tag)
                if x is not None and x.mode == Mode.CONSTANT:
                    self.duplicate_case(x, seen)
            self.open_scope("case")
            self.block_stmts(clause.body)
            self.close_scope()
        self.close_scope()

    def multiple_defaults(self, clauses: list[ast.CaseClause] | list[ast.CommClause]) -> None:
        """A switch or select has at most one default clause."""
        first = None
        for clause in clauses:
            if (clause.cases if isinstance(clause, ast.CaseClause) else clause.comm) is None:
                if first is not None:
                    self.error(clause.pos, f"multiple defaults (first at {first.pos})")
                else:
                    first = clause

    def duplicate_case(self, x: Operand, seen: dict[object, list[tuple[T.Type, ast.Expr]]]) -> None:
        """Two constant cases of a switch may not be equal values of
        identical types (types2's caseValues: numbers and strings only,
        so "case 0 == 0: case 1 == 1:" passes); not in an instance's body,
        where case T(0) of T = int may repeat case int(0)."""
        if isinstance(x.val, (bool, complex)) or self.checking_instance:
            return
        others = seen.setdefault(x.val, [])
        for t, other in others:
            if T.identical(t, x.type):
                self.error(x.expr.pos, f"duplicate case {self.operand_string(x)} in expression switch\n"
                                       f"\t{other.pos}: previous case")
                return
        others.append((x.type, x.expr))

    def case_value(self, e: ast.Expr, tag: Operand | None) -> Operand | None:
        """Check a case value against the switch's tag; the value, or None
        if it is invalid."""
        x = self.expr(e)
        if x.mode == Mode.INVALID or (tag is not None and tag.mode == Mode.INVALID):
            return None
        if tag is None:
            # switch { case x: } compares x with true.
            if not T.is_boolean(x.type) and not (T.is_interface(x.type) and self.assignable_to(
                    Operand(Mode.CONSTANT, e, T.UNTYPED_BOOL, True), x.type)):
                self.error(e.pos, f"invalid case {self.estr(e)} in switch (mismatched types {self.tstr(x.type)} and bool)")
                return None
            self.convert_untyped(x, T.BOOL)
            return x
        if not T.comparable(tag.type):
            # A slice, map or func tag: only nil cases are allowed.
            if not self.is_nil(x):
                from gominic.types.expr import kind_name
                self.error(e.pos, f"invalid case {self.estr(e)} in switch on {self.estr(tag.expr)} "
                                  f"({kind_name(tag.type)} can only be compared to nil)")
            return None
        y = Operand(tag.mode, tag.expr, tag.type, tag.val)
        self.match_types(x, y)
        if x.mode == Mode.INVALID:
            return None
        if not (self.assignable_to(x, y.type) or self.assignable_to(y, x.type)):
            self.error(e.pos, f"invalid case {self.estr(e)} in switch on {self.estr(tag.expr)} (mismatched types {self.tstr(x.type)} and {self.tstr(tag.type)})")
            return None
        if not T.comparable(x.type) and not self.is_nil(x):
            # An interface tag takes any case value, but a func, map or
            # slice one cannot be compared with it (types2's comparison).
            cause = self.incomparable_cause(x.type)
            self.error(e.pos, f"invalid case {self.estr(e)} in switch on {self.estr(tag.expr)} ({cause})")
            return None
        self.default_untyped(x)
        return x

    def type_switch(self, s: ast.SwitchStmt) -> None:
        self.open_scope("type switch")
        self.simple_stmt(s.init)
        guard: ast.TypeSwitchGuard = s.tag
        x = self.expr(guard.x)
        if x.mode != Mode.INVALID and not T.is_interface(x.type):
            self.error(guard.x.pos, f"{self.operand_string(x)} is not an interface")
            x.mode = Mode.INVALID
        symbols = []
        self.multiple_defaults(s.body)
        seen: list[tuple[T.Type | None, ast.Expr]] = []
        for clause in s.body:
            types = []
            for e in clause.cases or []:
                t = self.type_case(e, x, seen)
                types.append(t)
            self.open_scope("case")
            if guard.lhs is not None:
                # The symbol has the case's type if it names exactly one
                # type, else the type of the switch expression.
                vt = types[0] if len(types) == 1 and types[0] is not None else (x.type if x.mode != Mode.INVALID else T.INVALID)
                v = Var(guard.lhs.value, vt, self.pkg, guard.lhs.pos)
                self.declare(self.scope, None, v)
                self.info.implicits[clause] = v
                symbols.append(v)
            self.block_stmts(clause.body)
            self.close_scope()
        if guard.lhs is not None:
            self.record_def(guard.lhs, None)
            if guard.lhs.value == "_":
                self.error(guard.lhs.pos, "no new variable on left side of :=")
            elif not any(v.used for v in symbols):
                self.error(guard.lhs.pos, f"{guard.lhs.value} declared but not used")
        self.close_scope()

    def type_case(self, e: ast.Expr, x: Operand, seen: list[tuple[T.Type | None, ast.Expr]]) -> T.Type | None:
        """Check a type switch's case type (None: nil) against its
        operand x and the cases seen before (types2's caseTypes); in an
        instance's body, case T, myint32 with T = myint32 is no duplicate."""
        if isinstance(e, ast.Name) and e.value == "nil":
            self.expr(e)
            t = None
        else:
            t = self.var_type(e)
            if t is T.INVALID:
                return t
        for other_t, other in ([] if self.checking_instance else seen):
            if (t is None and other_t is None) or (t is not None and other_t is not None and T.identical(t, other_t)):
                self.error(e.pos, f"duplicate case {'nil' if t is None else self.tstr(t)} in type switch\n"
                                  f"\t{other.pos}: previous case")
                return t
        seen.append((t, e))
        if t is None or x.mode == Mode.INVALID:
            return t
        self.check_assertable(e, x, t, type_switch=True)
        return t

    def select_stmt(self, s: ast.SelectStmt) -> None:
        self.multiple_defaults(s.body)
        for clause in s.body:
            self.open_scope("select case")
            comm = clause.comm
            if comm is not None:
                valid = isinstance(comm, ast.SendStmt) or (
                    isinstance(comm, ast.ExprStmt) and is_receive(comm.x)) or (
                    isinstance(comm, ast.AssignStmt) and len(comm.rhs) == 1 and is_receive(comm.rhs[0]))
                if not valid:
                    # types2 checks no more of such a clause.
                    self.error(comm.pos, "select case must be send or receive (possibly with assignment)")
                    self.close_scope()
                    continue
                self.stmt(comm)
            self.block_stmts(clause.body)
            self.close_scope()

    # --- terminating statements (Go spec, "Terminating statements") ---------

    def is_terminating_list(self, stmts: list[ast.Stmt]) -> bool:
        # Trailing empty statements are ignored.
        for s in reversed(stmts):
            if not isinstance(s, ast.EmptyStmt):
                return self.is_terminating(s, "")
        return False

    def is_terminating(self, s: ast.Stmt, label: str) -> bool:
        match s:
            case ast.ReturnStmt():
                return True
            case ast.BranchStmt():
                return s.tok in ("goto", "fallthrough")
            case ast.ExprStmt():
                call = s.x
                if isinstance(call, ast.CallExpr) and isinstance(call.fun, ast.Name):
                    from gominic.types.objects import Builtin
                    return isinstance(self.info.uses.get(call.fun), Builtin) and call.fun.value == "panic"
                return False
            case ast.BlockStmt():
                return self.is_terminating_list(s.list)
            case ast.IfStmt():
                return s.else_ is not None and self.is_terminating(s.then, "") and self.is_terminating(s.else_, "")
            case ast.LabeledStmt():
                return self.is_terminating(s.stmt, s.label.value)
            case ast.ForStmt():
                return s.cond is None and not has_break(s.body, label, True)
            case ast.SwitchStmt():
                return self.clauses_terminate(s.body, label) and any(c.cases is None for c in s.body)
            case ast.SelectStmt():
                return all(self.is_terminating_list(c.body) and not has_break_list(c.body, label, True) for c in s.body)
        return False

    def clauses_terminate(self, clauses: list[ast.CaseClause], label: str) -> bool:
        for c in clauses:
            if has_break_list(c.body, label, True):
                return False
            body = [b for b in c.body if not isinstance(b, ast.EmptyStmt)]
            if not body:
                return False
            last = body[-1]
            if not self.is_terminating(last, "") and not (isinstance(last, ast.BranchStmt) and last.tok == "fallthrough"):
                return False
        return True


def is_receive(e: ast.Expr) -> bool:
    while isinstance(e, ast.ParenExpr):
        e = e.x
    return isinstance(e, ast.Operation) and e.op == "<-" and e.y is None


def has_break_list(stmts: list[ast.Stmt], label: str, implicit: bool) -> bool:
    return any(has_break(s, label, implicit) for s in stmts)


def has_break(s: ast.Stmt, label: str, implicit: bool) -> bool:
    """Whether s holds a break that leaves the enclosing statement labelled label.

    implicit: an unlabelled break counts (we are not inside a nested
    for/switch/select that it would bind to).
    """
    match s:
        case ast.BranchStmt():
            return s.tok == "break" and ((s.label is None and implicit) or
                                          (s.label is not None and s.label.value == label))
        case ast.BlockStmt():
            return has_break_list(s.list, label, implicit)
        case ast.IfStmt():
            return has_break(s.then, label, implicit) or (s.else_ is not None and has_break(s.else_, label, implicit))
        case ast.LabeledStmt():
            return has_break(s.stmt, label, implicit)
        case ast.ForStmt() | ast.RangeStmt():
            return bool(label) and has_break(s.body, label, False)
        case ast.SwitchStmt() | ast.SelectStmt():
            return bool(label) and any(has_break_list(c.body, label, False) for c in s.body)
    return False
