"""This module implements assignability and the assignment forms.

Go spec, "Assignability": a value x is assignable to a variable of type T
when the types are identical, when they have identical underlying types and
one of them is not named, when T is an interface x implements, for
bidirectional channels, for nil, and for untyped constants representable in
T. ``assignment`` applies the rule and reports Go's error text; ``init_vars``
and ``assign_vars`` handle the n:n and n:1 (tuple) forms, and
``short_var_decl`` the ``:=`` form.
"""

from __future__ import annotations

from gominic.syntax import ast
from gominic.syntax.builder import start_pos
from gominic.types import types as T
from gominic.types.objects import Var
from gominic.types.operand import Mode, Operand


class AssignMixin:
    def assignable_to(self, x: Operand, t: T.Type) -> bool:
        v = x.type
        if v is T.INVALID or t is T.INVALID:
            return True
        if T.identical(v, t):
            return True
        vu, tu = v.underlying(), t.underlying()
        if T.is_untyped(v):
            if isinstance(tu, T.Basic) and not isinstance(t, T.TypeParam):
                if x.mode == Mode.CONSTANT:
                    from gominic.types.constant import representable
                    return representable(x.val, tu)[1]
                if v is T.UNTYPED_BOOL:
                    return T.is_boolean(tu)
                if v is T.UNTYPED_NIL:
                    return tu.kind == T.Kind.UNSAFE_POINTER
                return self.untyped_fits(x, t)
            if isinstance(tu, T.Interface) and not isinstance(t, T.TypeParam):
                return v is T.UNTYPED_NIL or tu.is_empty() or \
                    self.missing_method_reason(T.default_type(v), t) == ""
            if v is T.UNTYPED_NIL:
                return T.has_nil(t)
            if isinstance(t, T.TypeParam):
                return True
            return False
        if T.identical(vu, tu) and (not T.is_named(v) or not T.is_named(t)) \
                and not isinstance(v, T.TypeParam) and not isinstance(t, T.TypeParam):
            return True
        if isinstance(tu, T.Interface) and not isinstance(t, T.TypeParam):
            return self.missing_method_reason(v, t) == ""
        if isinstance(vu, T.Chan) and isinstance(tu, T.Chan) and vu.dir == T.ChanDir.BOTH \
                and T.identical(vu.elem, tu.elem):
            return not T.is_named(v) or not T.is_named(t)
        # Type parameters (Go spec, "Assignability"): through every type of the type set.
        if isinstance(v, T.TypeParam) and not T.is_named(t) and not isinstance(t, T.TypeParam):
            terms = v.iface().terms
            return bool(terms) and all(self.assignable_to(Operand(x.mode, x.expr, u.type), t) for u in terms)
        if isinstance(t, T.TypeParam) and not T.is_named(v) and not isinstance(v, T.TypeParam):
            terms = t.iface().terms
            return bool(terms) and all(self.assignable_to(x, u.type) for u in terms)
        return False

    def assignment(self, x: Operand, t: T.Type | None, context: str) -> None:
        """Check that x can be assigned to a variable of type t (None: infer)."""
        if x.mode == Mode.INVALID:
            return
        if x.mode in (Mode.TYPEXPR, Mode.BUILTIN, Mode.NOVALUE):
            self.error(x.expr.pos, f"{self.operand_string(x)} is not an expression" if x.mode == Mode.TYPEXPR
                       else f"{self.estr(x.expr)} (no value) used as value")
            x.mode = Mode.INVALID
            return
        with self.in_context(context):
            if T.is_untyped(x.type):
                target = t
                if t is None or (T.is_interface(t) and not isinstance(t, T.TypeParam)):
                    if t is None and x.type is T.UNTYPED_NIL:
                        self.error(x.expr.pos, f"use of untyped nil in {context}")
                        x.mode = Mode.INVALID
                        return
                    target = T.default_type(x.type) if x.type is not T.UNTYPED_NIL else t
                self.convert_untyped(x, target)
                if x.mode == Mode.INVALID:
                    return
            if t is None:
                return
            if not self.assignable_to(x, t):
                self.assign_error(x, t, context)
                x.mode = Mode.INVALID

    def assign_error(self, x: Operand, t: T.Type, context: str) -> None:
        if T.is_interface(t) and not isinstance(t, T.TypeParam):
            reason = self.missing_method_reason(x.type, t)
            if reason:
                self.error(x.expr.pos, f"cannot use {self.operand_string(x)} as type {self.tstr(t)} in {context}:\n"
                           f"\t{self.tstr(x.type)} does not implement {self.tstr(t)} {reason}")
                return
        elif isinstance(t, T.Pointer) and T.is_interface(t.elem) and not isinstance(t.elem, T.TypeParam):
            self.error(x.expr.pos, f"cannot use {self.operand_string(x)} as type {self.tstr(t)} in {context}:\n"
                                   f"\t{self.tstr(x.type)} does not implement {self.tstr(t)} "
                                   f"(type {self.tstr(t)} is pointer to interface, not interface)")
            return
        elif (T.is_interface(x.type) and not isinstance(x.type, T.TypeParam) and not isinstance(t, T.TypeParam)
              and not self.missing_method_reason(t, x.type)):
            # t implements x's interface: an assertion would do (types2's hint).
            self.error(x.expr.pos, f"cannot use {self.operand_string(x)} as type {self.tstr(t)} in {context}:\n"
                                   "\tneed type assertion")
            return
        self.error(x.expr.pos, f"cannot use {self.operand_string(x)} as type {self.tstr(t)} in {context}")

    # --- n:n and n:1 forms ----------------------------------------------------

    def init_vars(self, lhs: list[Var], rhs: list[ast.Expr]) -> None:
        """a, b := x, y  /  var a, b T = f(): initialise the variables of a
        short declaration, or several of a declaration from one value (a
        name with a value of its own is init_var_expr's). If an
        initialisation fails or the counts differ, the variables count as
        used (no follow-on "declared but not used", as types2). types2's
        initVars calls these initialisations assignments."""
        context = "assignment"
        if len(lhs) == len(rhs) and not (len(rhs) == 1 and is_call(rhs[0])):
            xs = [self.expr(e, hint=v.type) for v, e in zip(lhs, rhs)]
            for v, x in zip(lhs, xs):
                self.init_var(v, x, context)
            if any(x.mode == Mode.INVALID for x in xs):
                for v in lhs:
                    v.used = True
            return
        if len(rhs) == 1:
            xs = self.multi_expr(rhs[0])
            if len(xs) == len(lhs) and (xs[0].mode != Mode.INVALID or len(lhs) == 1):
                for v, x in zip(lhs, xs):
                    self.init_var(v, x, context)
                if any(x.mode == Mode.INVALID for x in xs):
                    for v in lhs:
                        v.used = True
                return
            if xs[0].mode in (Mode.COMMAOK, Mode.MAPINDEX) and len(lhs) == 2:
                self.comma_ok(xs[0], lhs[1])
                self.init_var(lhs[0], xs[0], context)
                return
            if xs[0].mode == Mode.INVALID:
                for v in lhs:
                    v.type = v.type or T.INVALID
                    v.used = True
                return
            self.assign_count_error(lhs, rhs, len(xs))
        else:
            for e in rhs:
                self.raw_expr(e, None)
            self.assign_count_error(lhs, rhs, len(rhs))
        for v in lhs:
            v.type = v.type or T.INVALID
            v.used = True

    def init_var_expr(self, v: Var, e: ast.Expr) -> None:
        """var v T = e, a name with a value of its own: e is one value (a
        call of two results is a "multiple-value" error, types2's varDecl)."""
        x = self.expr(e, hint=v.type)
        self.init_var(v, x, "variable declaration")
        if x.mode == Mode.INVALID:
            v.used = True

    def comma_ok(self, x: Operand, okvar: Var | None) -> None:
        """v, ok := m[k] / x.(T) / <-c: the second value is an untyped bool."""
        tv = self.info.types.get(x.expr)
        if tv is not None:
            tv.type = T.Tuple([Var("", x.type), Var("", T.BOOL)])
        if okvar is not None and okvar.type is None:
            okvar.type = T.BOOL

    def init_var(self, v: Var, x: Operand, context: str) -> None:
        if x.mode == Mode.INVALID:
            v.type = v.type or T.INVALID
            return
        if v.type is None:
            if x.type is T.UNTYPED_NIL:
                self.error(x.expr.pos, f"use of untyped nil in {context}")
                v.type = T.INVALID
                return
            self.assignment(x, None, context)
            v.type = x.type if x.mode != Mode.INVALID else T.INVALID
            return
        self.assignment(x, v.type, context)

    def assign_count_error(self, lhs: list, rhs: list[ast.Expr], n: int) -> None:
        """n values for the variables lhs: reported at the first value, and
        a lone call by its function's name (types2's assignError)."""
        lw = "variable" if len(lhs) == 1 else "variables"
        vw = "value" if n == 1 else "values"
        if len(rhs) == 1 and isinstance(call := ast.unparen(rhs[0]), ast.CallExpr):
            self.error(start_pos(rhs[0]), f"assignment mismatch: {len(lhs)} {lw} but {self.estr(call.fun)} returns {n} {vw}")
        else:
            self.error(start_pos(rhs[0]), f"assignment mismatch: {len(lhs)} {lw} but {n} {vw}")

    def assign_var(self, lhs: ast.Expr, x: Operand) -> None:
        """lhs = x for one existing variable (or _, maybe parenthesized)."""
        if isinstance(name := ast.unparen(lhs), ast.Name) and name.value == "_":
            self.record_def(name, None)
            if x.mode != Mode.INVALID:
                self.assignment(x, None, "assignment")
            return
        # Assigning to a variable does not count as using it.
        v = None
        if isinstance(lhs, ast.Name):
            _, obj = self.scope.lookup_parent(lhs.value)
            if isinstance(obj, Var):
                v, was_used = obj, obj.used
        z = self.expr(lhs)
        if v is not None:
            # ... unless what is assigned is invalid: then, as Go's checker
            # does, the variable counts as used, not to report it twice.
            v.used = was_used or x.mode == Mode.INVALID
        if z.mode == Mode.INVALID or x.mode == Mode.INVALID:
            return
        if z.mode not in (Mode.VARIABLE, Mode.MAPINDEX):
            if isinstance(lhs, ast.SelectorExpr) and z.mode == Mode.VALUE:
                sel = self.info.selections.get(lhs)
                if sel is not None and sel.kind == 0:
                    self.error(start_pos(lhs), f"cannot assign to struct field {self.estr(lhs)} in map")
                    return
            self.error(start_pos(lhs), f"cannot assign to {self.operand_string(z)}")
            return
        self.assignment(x, z.type, "assignment")

    def assign_vars(self, lhs: list[ast.Expr], rhs: list[ast.Expr]) -> None:
        """lhs = rhs. If an assignment fails or the counts differ, the
        variables on the left count as used (types2 avoids follow-on
        "declared but not used" errors so)."""
        if len(lhs) == len(rhs) and not (len(rhs) == 1 and is_call(rhs[0])):
            xs = [self.expr(r) for r in rhs]
        elif len(rhs) == 1:
            xs = self.multi_expr(rhs[0])
        else:
            xs = []
        if len(xs) == len(lhs) and (len(rhs) > 1 or xs[0].mode != Mode.INVALID or len(lhs) == 1):
            for l, x in zip(lhs, xs):
                self.assign_var(l, x)
            if any(x.mode == Mode.INVALID for x in xs):
                self.use_lhs(lhs)
            return
        if len(rhs) == 1 and xs[0].mode in (Mode.COMMAOK, Mode.MAPINDEX) and len(lhs) == 2:
            self.comma_ok(xs[0], None)
            self.assign_var(lhs[0], xs[0])
            self.assign_var(lhs[1], Operand(Mode.VALUE, xs[0].expr, T.UNTYPED_BOOL))
            return
        self.use_lhs(lhs)
        if len(rhs) == 1:
            if xs[0].mode == Mode.INVALID:
                return
            self.assign_count_error(lhs, rhs, len(xs))
            return
        for r in rhs:
            self.raw_expr(r, None)
        self.assign_count_error(lhs, rhs, len(rhs))

    def use_lhs(self, lhs: list[ast.Expr]) -> None:
        """Count the variables named on the left of an assignment as used."""
        for l in lhs:
            while isinstance(l, ast.ParenExpr):
                l = l.x
            if isinstance(l, ast.Name):
                _, obj = self.scope.lookup_parent(l.value)
                if isinstance(obj, Var) and obj.pkg is self.pkg:
                    obj.used = True

    def short_var_decl(self, s: ast.AssignStmt) -> None:
        """a, b := x, y: at least one new variable on the left (Go spec, "Short variable declarations")."""
        new_vars: list[Var] = []
        lhs_vars: list[Var] = []
        seen: set[str] = set()
        has_err = False  # then "no new variables" would be a follow-on error (types2)
        for e in s.lhs:
            if not isinstance(e, ast.Name):
                self.expr(e)
                self.error(e.pos, f"non-name {self.estr(e)} on left side of :=")
                lhs_vars.append(Var("_", None, self.pkg, e.pos))
                has_err = True
                continue
            name = e.value
            if name in seen and name != "_":
                self.error(e.pos, f"{name} repeated on left side of :=")
                lhs_vars.append(Var("_", None, self.pkg, e.pos))
                has_err = True
                continue
            seen.add(name)
            alt = self.scope.lookup(name)
            if alt is not None and isinstance(alt, Var):
                self.record_use(e, alt)
                lhs_vars.append(alt)
                continue
            v = Var(name, None, self.pkg, e.pos)
            self.record_def(e, v)
            if name != "_":
                new_vars.append(v)
            lhs_vars.append(v)
        # Existing variables keep their types, new ones take the values'.
        self.init_vars(lhs_vars, s.rhs)
        for v in lhs_vars:
            if v.type is None:
                v.type = T.INVALID
        if not new_vars and not has_err:
            self.error(s.pos, "no new variables on left side of :=")
        for v in new_vars:
            self.declare_var(v)

    def declare_var(self, v: Var) -> None:
        self.declare(self.scope, None, v)


def is_call(e: ast.Expr) -> bool:
    """Whether e is a call, which may give several values: "x := f()"
    with two results is an assignment mismatch (types2 unpacks a lone
    call on the right), not a multi-value in a single-value context."""
    while isinstance(e, ast.ParenExpr):
        e = e.x
    return isinstance(e, ast.CallExpr)
