"""This module implements calls, conversions, selectors and indexing.

A call ``f(args)`` is one of three things (Go spec, "Calls", "Conversions",
"Built-in functions"): a conversion when f is a type, a built-in when f
names one, otherwise a function or method call, checked argument by
argument against the signature, with ``...`` for variadic parameters.
"""

from __future__ import annotations

from gominic.syntax import ast
from gominic.syntax.builder import start_pos
from gominic.types import constant as C
from gominic.types import types as T
from gominic.types.lookup import deref
from gominic.types.objects import Func, PkgName, TypeName, Var
from gominic.types.operand import Mode, Operand, Selection, SelectionKind


class CallMixin:
    # --- calls -----------------------------------------------------------------

    def call(self, e: ast.CallExpr) -> Operand:
        fun = e.fun
        if isinstance(fun, ast.IndexExpr):
            f = self.generic_callee(fun, in_call=True)
            if f.mode != Mode.INVALID:
                self.record(fun, f.mode, f.type, f.val)
        else:
            f = self.expr_or_type(fun)
        if f.mode == Mode.INVALID:
            self.use_args(e.args)
            return Operand(Mode.INVALID, e)
        if f.mode == Mode.TYPEXPR:
            return self.conversion_call(e, f.type)
        if f.mode == Mode.BUILTIN:
            from gominic.types.builtins import check_builtin
            return check_builtin(self, e, f.builtin)
        # A type parameter is callable through its core type (~func() int).
        sig = T.core_type(f.type) if f.type is not None else None
        if not isinstance(sig, T.Signature):
            self.error(e.pos, f"invalid operation: cannot call non-function {self.operand_string(f)}")
            self.use_args(e.args)
            return Operand(Mode.INVALID, e)
        if sig.tparams:
            sig = self.infer_call(e, sig)
            if sig is None:
                return Operand(Mode.INVALID, e)
        args = self.call_args(e)
        self.check_arguments(e, sig, args)
        results = sig.results.vars
        if not results:
            return Operand(Mode.NOVALUE, e, sig.results)
        if len(results) == 1:
            return Operand(Mode.VALUE, e, results[0].type)
        return Operand(Mode.VALUE, e, sig.results)

    def use_args(self, args: list[ast.Expr]) -> None:
        """Check arguments of an invalid call, so their own errors are reported."""
        for a in args:
            self.raw_expr(a, None)

    def call_args(self, e: ast.CallExpr) -> list[Operand]:
        if len(e.args) == 1 and not e.has_dots:
            return self.multi_expr(e.args[0])
        return [self.expr(a) for a in e.args]

    def check_arguments(self, e: ast.CallExpr, sig: T.Signature, args: list[Operand]) -> None:
        if any(a.mode == Mode.INVALID for a in args):
            return
        params = sig.params.vars
        fname = self.estr(e.fun)
        if e.has_dots:
            if not sig.variadic:
                self.error(e.args[-1].pos if e.args else e.pos,
                           f"cannot use ... in call to non-variadic {fname}")
                return
            if len(args) != len(params):
                self.arg_count_error(e, sig, args)
                return
            for a, p in zip(args, params):
                self.assignment(a, p.type, f"argument to {fname}")
            return
        if sig.variadic:
            if len(args) < len(params) - 1:
                self.arg_count_error(e, sig, args)
                return
            fixed = params[:-1]
            elem = params[-1].type.elem
            for i, a in enumerate(args):
                t = fixed[i].type if i < len(fixed) else elem
                self.assignment(a, t, f"argument to {fname}")
            return
        if len(args) != len(params):
            self.arg_count_error(e, sig, args)
            return
        for a, p in zip(args, params):
            self.assignment(a, p.type, f"argument to {fname}")

    def arg_count_error(self, e: ast.CallExpr, sig: T.Signature, args: list[Operand]) -> None:
        params = sig.params.vars
        few = len(args) < len(params)
        have = "(" + ", ".join(self.arg_type_name(a) for a in args) + ")"
        # Parameter types only, an invalid one as <T> (types2's typesSummary).
        want = "(" + ", ".join(
            "<T>" if p.type is T.INVALID else
            "..." + self.tstr(p.type.elem) if sig.variadic and i == len(params) - 1 else self.tstr(p.type)
            for i, p in enumerate(params)) + ")"
        # types2's position: the first extra argument, else the last one, else the call.
        at = e.args[len(params)] if not few else e.args[-1] if e.args else e
        pos = start_pos(at)
        self.error(pos, f"{'not enough' if few else 'too many'} arguments in call to {self.estr(e.fun)}\n\thave {have}\n\twant {want}")

    def arg_type_name(self, a: Operand) -> str:
        """A value's type in a have/want list (types2's typesSummary): an
        untyped number is a "number", other untyped kinds lose "untyped"."""
        if a.mode == Mode.INVALID or a.type is None or a.type is T.INVALID:
            return "<T>"
        if T.is_untyped(a.type):
            return "number" if T.is_numeric(a.type) else a.type.name.replace("untyped ", "")
        return self.tstr(a.type)

    # --- conversions -----------------------------------------------------------

    def conversion_call(self, e: ast.CallExpr, t: T.Type) -> Operand:
        if len(e.args) != 1:
            msg = "missing argument in conversion to" if not e.args else "too many arguments in conversion to"
            self.error(e.args[-1].pos if e.args else e.pos, f"{msg} {self.tstr(t)}")
            self.use_args(e.args)
            return Operand(Mode.INVALID, e)
        x = self.expr(e.args[0], hint=t)
        if x.mode == Mode.INVALID:
            return Operand(Mode.INVALID, e)
        if e.has_dots:
            self.error(start_pos(e.args[0]), f"invalid use of ... in type conversion to {self.tstr(t)}")
            return Operand(Mode.INVALID, e)
        return self.conversion(e, x, t)

    def conversion(self, e: ast.Expr, x: Operand, t: T.Type) -> Operand:
        """T(x) (Go spec, "Conversions"): constants stay constant where they can."""
        tu = t.underlying()
        # A numeric constant converts to any numeric type that can hold its
        # value (int(0) to complex64 too): types2's constConvertibleTo.
        numeric = T.is_numeric(x.type) and T.is_numeric(tu)
        if x.mode == Mode.CONSTANT and isinstance(tu, T.Basic) and (numeric or self.convertible(x, t)):
            val = self.convert_constant(x, tu)
            if val is not None:
                return Operand(Mode.CONSTANT, e, t, val)
            if T.is_numeric(x.type) and T.is_numeric(tu):
                self.error(x.expr.pos, f"cannot convert {self.operand_string(x)} to type {self.tstr(t)}")
                return Operand(Mode.INVALID, e)
        if not self.convertible(x, t):
            self.error(x.expr.pos, f"cannot convert {self.operand_string(x)} to type {self.tstr(t)}"
                                   + self.conversion_cause(x.type, t))
            return Operand(Mode.INVALID, e)
        if T.is_untyped(x.type):
            final = t
            if isinstance(tu, T.Interface) or (x.type is not T.UNTYPED_NIL and not isinstance(tu, T.Basic)):
                final = T.default_type(x.type)
            elif x.mode == Mode.CONSTANT and isinstance(tu, T.Basic) and T.is_string(tu) and T.is_integer(x.type):
                final = T.default_type(x.type)
            self.update_expr_type(x.expr, final, True)
        return Operand(Mode.VALUE, e, t)

    def convert_constant(self, x: Operand, tu: T.Basic):
        """The constant value of a constant conversion, or None if not constant."""
        if T.is_string(tu) and T.is_integer(x.type):
            # string(65) == "A"; out-of-range code points give U+FFFD.
            v = int(x.val)
            ok = 0 <= v <= 0x10FFFF and not 0xD800 <= v <= 0xDFFF
            return chr(v if ok else 0xFFFD).encode("utf-8", "surrogatepass")
        if T.is_numeric(tu) and T.is_numeric(x.type):
            if T.is_integer(tu) and not C.is_int_value(x.val):
                return None
            val, ok = C.representable(x.val, tu)
            return val if ok else None
        if (T.is_string(tu) and T.is_string(x.type)) or (T.is_boolean(tu) and T.is_boolean(x.type)):
            return x.val
        return None

    def convertible(self, x: Operand, t: T.Type) -> bool:
        if self.assignable_to(x, t):
            return True
        v, tu = x.type.underlying(), t.underlying()
        # Struct tags do not count, at any depth.
        if T.identical(v, tu, ignore_tags=True):
            return True
        if isinstance(x.type, T.Pointer) and isinstance(t, T.Pointer) and \
                T.identical(x.type.elem.underlying(), t.elem.underlying(), ignore_tags=True):
            return True
        if (T.is_integer(v) or T.is_float(v)) and (T.is_integer(tu) or T.is_float(tu)):
            return True
        if T.is_complex(v) and T.is_complex(tu):
            return True
        if T.is_string(tu):
            if T.is_integer(v):
                return True
            if isinstance(v, T.Slice) and T.basic_kind(v.elem) in (T.Kind.UINT8, T.Kind.INT32):
                return True
        if T.is_string(v) and isinstance(tu, T.Slice) and T.basic_kind(tu.elem) in (T.Kind.UINT8, T.Kind.INT32):
            return True
        # unsafe.Pointer <-> any pointer or uintptr
        if T.basic_kind(v) == T.Kind.UNSAFE_POINTER and (isinstance(tu, T.Pointer) or T.basic_kind(tu) == T.Kind.UINTPTR):
            return True
        if T.basic_kind(tu) == T.Kind.UNSAFE_POINTER and (isinstance(v, T.Pointer) or T.basic_kind(v) == T.Kind.UINTPTR):
            return True
        if isinstance(v, T.Slice) and isinstance(tu, T.Pointer) and isinstance(tu.elem.underlying(), T.Array):
            return T.identical(v.elem, tu.elem.underlying().elem)
        if isinstance(x.type, T.TypeParam) or isinstance(t, T.TypeParam):
            return True
        return False

    # --- selectors -------------------------------------------------------------

    def selector(self, e: ast.SelectorExpr) -> Operand:
        sel = e.sel.value
        if isinstance(e.x, ast.Name):
            _, obj = self.scope.lookup_parent(e.x.value)
            if isinstance(obj, PkgName):
                return self.qualified_ident(e, obj)
        x = self.expr_or_type(e.x)
        if x.mode == Mode.INVALID:
            return Operand(Mode.INVALID, e)
        if x.mode == Mode.BUILTIN:
            self.error(e.x.pos, f"{self.estr(e.x)} (built-in) must be called")
            return Operand(Mode.INVALID, e)
        r = self.lookup(x.type, x.mode == Mode.VARIABLE, sel)
        if r.obj is None:
            self.selector_error(e, x, r)
            return Operand(Mode.INVALID, e)
        obj = r.obj
        self.record_use(e.sel, obj)
        if isinstance(obj, Func) and self.decl_deps is not None and obj in self.obj_decls:
            self.decl_deps.add(obj)  # a method's body counts for initialisation order
        if x.mode == Mode.TYPEXPR:
            # A method expression T.m yields a function whose first
            # parameter is the receiver.
            if not isinstance(obj, Func):
                self.error(e.sel.pos, f"{self.estr(e)} undefined (type {self.tstr(x.type)} has no method {sel})")
                return Operand(Mode.INVALID, e)
            from gominic.types.lookup import pointer_recv
            if pointer_recv(obj) and not isinstance(x.type, T.Pointer) and not r.indirect \
                    and not isinstance(x.type.underlying(), T.Interface):
                self.error(e.pos, f"invalid method expression {self.estr(e)} (needs pointer receiver (*{self.tstr(x.type)}).{sel})")
                return Operand(Mode.INVALID, e)
            self.info.selections[e] = Selection(SelectionKind.METHOD_EXPR, x.type, obj, r.index, r.indirect)
            sig = obj.type
            recv = Var("", x.type, self.pkg)
            ftype = T.Signature(T.Tuple([recv] + sig.params.vars), sig.results, sig.variadic)
            return Operand(Mode.VALUE, e, ftype)
        if isinstance(obj, Var):
            self.info.selections[e] = Selection(SelectionKind.FIELD, x.type, obj, r.index, r.indirect)
            mode = Mode.VARIABLE if x.mode == Mode.VARIABLE or r.indirect else Mode.VALUE
            return Operand(mode, e, obj.type)
        # A method value or the callee of a method call.
        from gominic.types.lookup import pointer_recv
        if pointer_recv(obj) and not r.indirect and not isinstance(x.type, T.Pointer) \
                and not isinstance(x.type.underlying(), T.Interface):
            if x.mode != Mode.VARIABLE:
                self.error(e.sel.pos, f"cannot call pointer method {sel} on {self.tstr(x.type)}")
                return Operand(Mode.INVALID, e)
            self.mark_addressed(e.x)
        self.info.selections[e] = Selection(SelectionKind.METHOD_VAL, x.type, obj, r.index, r.indirect)
        sig = obj.type
        return Operand(Mode.VALUE, e, T.Signature(sig.params, sig.results, sig.variadic))

    def selector_error(self, e: ast.SelectorExpr, x: Operand, r) -> None:
        sel = e.sel.value
        if r.ambiguous:
            self.error(e.sel.pos, f"ambiguous selector {self.estr(e)}")
            return
        t = x.type
        base, _ = deref(t)
        if isinstance(t, T.Pointer) and isinstance(base.underlying(), T.Interface):
            self.error(e.sel.pos, f"{self.estr(e)} undefined (type {self.tstr(t)} is pointer to interface, not interface)")
            return
        why = f"type {self.tstr(t)} has no field or method {sel}"
        # The same name but for its first letter's case: Go points at it.
        other = (sel[0].lower() if sel[0].isupper() else sel[0].upper()) + sel[1:]
        if self.lookup(t, x.mode == Mode.VARIABLE, other).obj is not None:
            why += f", but does have {other}"
        self.error(e.sel.pos, f"{self.estr(e)} undefined ({why})")

    def qualified_ident(self, e: ast.SelectorExpr, pkgname: PkgName) -> Operand:
        pkgname.used = True
        self.record_use(e.x, pkgname)
        pkg = pkgname.imported
        sel = e.sel.value
        if pkg.fake:
            return Operand(Mode.INVALID, e)
        obj = pkg.scope.lookup(sel)
        if obj is None or not obj.exported:
            # Go's export data holds only what importers may name, so its
            # compiler meets an unexported name as an undefined one.
            self.error(e.sel.pos, f"undefined: {pkg.name}.{sel}")
            return Operand(Mode.INVALID, e)
        self.record_use(e.sel, obj)
        from gominic.types.objects import Builtin, Const
        match obj:
            case Const():
                return Operand(Mode.CONSTANT, e, obj.type, obj.val)
            case TypeName():
                return Operand(Mode.TYPEXPR, e, obj.type)
            case Var():
                return Operand(Mode.VARIABLE, e, obj.type)
            case Func():
                return Operand(Mode.VALUE, e, obj.type)
            case Builtin():
                return Operand(Mode.BUILTIN, e, T.INVALID, builtin=obj.name)
        return Operand(Mode.INVALID, e)

    # --- index, slice, assertion ---------------------------------------------

    def index_expr(self, e: ast.IndexExpr) -> Operand:
        x = self.expr_or_type(e.x)
        if x.mode == Mode.INVALID:
            return Operand(Mode.INVALID, e)
        if x.mode == Mode.TYPEXPR:
            return Operand(Mode.TYPEXPR, e, self.typ(e))
        if isinstance(x.type, T.Signature) and x.type.tparams:
            return self.generic_callee(e)
        if isinstance(x.type, T.TypeParam):
            return self.type_param_index(e, x)
        u = T.core_type(x.type)
        length = -1
        match u:
            case T.Basic() if T.is_string(u):
                if x.mode == Mode.CONSTANT:
                    length = len(x.val)
                elem, mode = T.BYTE, Mode.VALUE
                idx = self.index(e.index, length)
                if x.mode == Mode.CONSTANT and idx is not None:
                    return Operand(Mode.VALUE, e, elem)
                return Operand(mode, e, elem)
            case T.Array():
                length = u.len
                mode = Mode.VARIABLE if x.mode == Mode.VARIABLE else Mode.VALUE
                self.index(e.index, length)
                return Operand(mode, e, u.elem)
            case T.Pointer() if isinstance(u.elem.underlying(), T.Array):
                self.index(e.index, u.elem.underlying().len)
                return Operand(Mode.VARIABLE, e, u.elem.underlying().elem)
            case T.Slice():
                self.index(e.index, -1)
                return Operand(Mode.VARIABLE, e, u.elem)
            case T.Map():
                k = self.expr(e.index, hint=u.key)
                if k.mode != Mode.INVALID:
                    self.assignment(k, u.key, "map index")
                return Operand(Mode.MAPINDEX, e, u.elem)
        self.error(e.x.pos, f"invalid operation: cannot index {self.operand_string(x)}")
        self.expr(e.index)
        return Operand(Mode.INVALID, e)

    def type_param_index(self, e: ast.IndexExpr, x: Operand) -> Operand:
        """x[i] with x of a type parameter (types2's indexExpr): every type
        of its set must be indexable with one element type, and all maps
        of one key type or none; a constant index is checked against the
        first array's length, lowered by any shorter one."""
        key = elem = None
        length, mode = -1, Mode.VARIABLE
        for n, u in enumerate(T.underlying_types(x.type)):
            k = el = None
            size = -1
            match u:
                case T.Basic() if T.is_string(u):
                    el, mode = T.BYTE, Mode.VALUE
                case T.Array():
                    size, el = u.len, u.elem
                    if x.mode != Mode.VARIABLE:
                        mode = Mode.VALUE
                case T.Pointer() if isinstance(u.elem.underlying(), T.Array):
                    size, el = u.elem.underlying().len, u.elem.underlying().elem
                case T.Slice():
                    el = u.elem
                case T.Map():
                    k, el = u.key, u.elem
            if el is None:
                elem = None
                break
            if n == 0:
                length, key, elem = size, k, el
                continue
            same_key = k is key is None or (k is not None and key is not None and T.identical(k, key))
            if not same_key or not T.identical(el, elem):
                elem = None
                break
            if 0 <= size < length:
                length = size
        if elem is None:
            self.error(e.x.pos, f"invalid operation: cannot index {self.operand_string(x)}")
            self.expr(e.index)
            return Operand(Mode.INVALID, e)
        if key is not None:
            k = self.expr(e.index, hint=key)
            if k.mode != Mode.INVALID:
                self.assignment(k, key, "map index")
            return Operand(Mode.MAPINDEX, e, elem)
        self.index(e.index, length)
        return Operand(mode, e, elem)

    def index(self, e: ast.Expr, length: int) -> int | None:
        """Check an index (types2's index): None when it is invalid, its
        value when constant (below length, if length >= 0), else -1."""
        x = self.expr(e)
        if not self.valid_index(x, "index"):
            return None
        if x.mode != Mode.CONSTANT:
            return -1
        v = int(x.val)
        if 0 <= length <= v:
            self.error(start_pos(e), f"invalid argument: index {v} out of bounds [0:{length}]")
            return None
        return v

    def valid_index(self, x: Operand, what: str, allow_negative: bool = False) -> bool:
        """types2's isValidIndex: an untyped constant index becomes an int
        (an error worded as a conversion's when it cannot), any index must
        be of integer type, and a constant one not negative."""
        if x.mode == Mode.INVALID:
            return False
        with self.in_context(None):
            if T.is_untyped(x.type) and x.mode == Mode.CONSTANT and not C.representable(x.val, T.INT)[1] \
                    and not T.is_numeric(x.type):
                self.error(start_pos(x.expr), f"cannot convert {self.operand_string(x)} to int")
                return False
            self.convert_untyped(x, T.INT)
        if x.mode == Mode.INVALID:
            return False
        if not T.is_integer(x.type):
            self.error(start_pos(x.expr), f"invalid argument: {what} {self.operand_string(x)} must be integer")
            return False
        if x.mode == Mode.CONSTANT:
            if not allow_negative and x.val < 0:
                self.error(start_pos(x.expr), f"invalid argument: {what} {self.operand_string(x)} must not be negative")
                return False
            if not C.representable(x.val, T.INT)[1]:
                self.error(start_pos(x.expr), f"invalid argument: {what} {self.operand_string(x)} overflows int")
                return False
        return True

    def slice_expr(self, e: ast.SliceExpr) -> Operand:
        x = self.expr(e.x)
        if x.mode == Mode.INVALID:
            return Operand(Mode.INVALID, e)
        u = T.core_type(x.type)
        length = -1
        result = x.type
        match u:
            case T.Basic() if T.is_string(u):
                if e.full:
                    self.error(start_pos(e.max), "invalid operation: 3-index slice of string")
                    return Operand(Mode.INVALID, e)
                if x.mode == Mode.CONSTANT:
                    length = len(x.val)
                if T.is_untyped(x.type):
                    result = T.STRING
            case T.Array():
                if x.mode != Mode.VARIABLE:
                    self.error(e.pos, f"invalid operation: {self.operand_string(x)} (slice of unaddressable value)")
                    return Operand(Mode.INVALID, e)
                self.mark_addressed(e.x)
                length = u.len
                result = T.Slice(u.elem)
            case T.Pointer() if isinstance(u.elem.underlying(), T.Array):
                length = u.elem.underlying().len
                result = T.Slice(u.elem.underlying().elem)
            case T.Slice():
                pass
            case _:
                self.error(e.x.pos, f"cannot slice {self.operand_string(x)}")
                return Operand(Mode.INVALID, e)
        # Each index's constant value (a missing one: 0 first, else the
        # length if known), -1 where unknown.
        exprs = (e.low, e.high, e.max) if e.full else (e.low, e.high)
        values = []
        for i, idx in enumerate(exprs):
            v = self.index(idx, length + 1 if length >= 0 else -1) if idx is not None else (0 if i == 0 else length)
            values.append(v if v is not None else -1)
        # Constant indices must not decrease: the first pair out of order
        # is reported (types2's sliceExpr).
        for i, x in enumerate(values):
            bad = next((j for j in range(i + 1, len(values)) if x > 0 and 0 <= values[j] < x), None)
            if bad is not None:
                self.error(start_pos(exprs[bad]), f"invalid slice indices: {values[bad]} < {x}")
                break
        return Operand(Mode.VALUE, e, result)

    def assert_expr(self, e: ast.AssertExpr) -> Operand:
        x = self.expr(e.x)
        if x.mode == Mode.INVALID:
            return Operand(Mode.INVALID, e)
        if not T.is_interface(x.type):
            self.error(e.x.pos, f"invalid operation: {self.estr(e.x)} ({self.operand_mode_type(x)}) is not an interface")
            return Operand(Mode.INVALID, e)
        t = self.var_type(e.type)
        if t is T.INVALID:
            return Operand(Mode.INVALID, e)
        self.check_assertable(e, x, t)
        return Operand(Mode.COMMAOK, e, t)

    def operand_mode_type(self, x: Operand) -> str:
        s = self.operand_string(x)
        prefix = (self.estr(x.expr) if x.expr is not None else "") + " ("
        return s[len(prefix):-1] if s.startswith(prefix) else s

    def check_assertable(self, e: ast.Expr, x: Operand, t: T.Type, type_switch: bool = False) -> None:
        """x.(T) with T concrete is impossible if T lacks one of x's
        methods; e is the assertion, or the case's type in a type switch.
        A type parameter T, as an interface, needs no static check; nor does
        an instance's body, where T is bound (Go reports nothing there:
        X[holder] may hold dst.(T) that its run never reaches)."""
        if T.is_interface(t) or isinstance(t, T.TypeParam) or self.checking_instance:
            return
        reason = self.missing_method_reason(t, x.type)
        if not reason:
            return
        if type_switch:
            self.error(e.pos, f"impossible type switch case: {self.estr(e)}\n\t{self.operand_string(x)} "
                              f"cannot have dynamic type {self.tstr(t)} {reason}")
        else:
            self.error(e.pos, f"impossible type assertion: {self.estr(e)}\n\t{self.tstr(t)} "
                              f"does not implement {self.tstr(x.type)} {reason}")
