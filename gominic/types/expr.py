"""This module implements the checking of expressions.

``raw_expr`` dispatches on the node type and returns an Operand. Untyped
constants are computed exactly (constant.py) and only take a type from their
context, through ``convert_untyped``; a non-constant untyped expression such
as ``1 << s`` or ``a < b`` is given its final type after the fact by
``update_expr_type``, as in Go's types2 (Go spec, "Constant expressions",
"Operators", "Comparison operators").
"""

from __future__ import annotations

from contextlib import contextmanager

from gominic.syntax import ast
from gominic.syntax.builder import start_pos
from gominic.syntax.literals import parse_float_lit, parse_imag_lit, parse_int_lit, unquote_char, unquote_string
from gominic.types import constant as C
from gominic.types import types as T
from gominic.types.objects import Builtin, Const, Func, Nil, PkgName, TypeName, Var
from gominic.types.operand import MODE_NAMES, Mode, Operand

COMPARISON_OPS = {"==", "!=", "<", "<=", ">", ">="}

# types2's names of the operations whose untyped result may overflow 512 bits.
UNARY_OP_NAMES = {"^": "bitwise complement"}
BINARY_OP_NAMES = {"+": "addition", "-": "subtraction", "^": "bitwise XOR", "*": "multiplication", "<<": "shift"}
# A constant shift count is at most this (types2: enough for the smallest float64, 0x1p-1074).
SHIFT_BOUND = 1023 - 1 + 52
# A longer number literal makes no sense as a 512-bit constant (types2).
NUMBER_LIMIT = 10000


class ExprMixin:
    # --- entry points ------------------------------------------------------

    def expr(self, e: ast.Expr, hint: T.Type | None = None) -> Operand:
        """Check e, which must be a single value (not a type, not a tuple)."""
        x = self.raw_expr(e, hint)
        self.single_value(x)
        self.require_value(x, (Mode.TYPEXPR, Mode.NOVALUE, Mode.BUILTIN))
        self.non_generic(x)
        return x

    def non_generic(self, x: Operand) -> None:
        """A generic function is only called or instantiated, never a value."""
        if x.mode != Mode.INVALID and isinstance(x.type, T.Signature) and x.type.tparams:
            self.error(x.expr.pos, f"cannot use generic function {self.estr(x.expr)} without instantiation")
            x.mode = Mode.INVALID

    def expr_or_type(self, e: ast.Expr) -> Operand:
        x = self.raw_expr(e, None)
        self.single_value(x)
        self.require_value(x, (Mode.NOVALUE,))
        return x

    def multi_expr(self, e: ast.Expr) -> list[Operand]:
        """Check e, which may be a call returning several values."""
        x = self.raw_expr(e, None)
        if x.mode not in (Mode.INVALID, Mode.TYPEXPR, Mode.NOVALUE, Mode.BUILTIN) and isinstance(x.type, T.Tuple):
            return [Operand(Mode.VALUE, e, v.type) for v in x.type.vars]
        self.require_value(x, (Mode.TYPEXPR, Mode.NOVALUE))
        self.non_generic(x)
        return [x]

    def require_value(self, x: Operand, rejected: tuple[Mode, ...]) -> None:
        """Report x if its mode is one of rejected (not usable as a value here)."""
        if x.mode not in rejected:
            return
        what = {Mode.TYPEXPR: "(type) is not an expression", Mode.NOVALUE: "(no value) used as value",
                Mode.BUILTIN: "(built-in) must be called"}[x.mode]
        self.error(x.expr.pos, f"{self.estr(x.expr)} {what}")
        x.mode = Mode.INVALID

    def single_value(self, x: Operand) -> None:
        if x.mode not in (Mode.INVALID, Mode.TYPEXPR, Mode.NOVALUE, Mode.BUILTIN) and isinstance(x.type, T.Tuple):
            self.error(x.expr.pos, f"multiple-value {self.estr(x.expr)} (value of type {self.tstr(x.type)}) in single-value context")
            x.mode = Mode.INVALID

    def raw_expr(self, e: ast.Expr, hint: T.Type | None) -> Operand:
        x = self.prechecked.pop(e, None) if self.prechecked else None
        if x is None:
            x = self.expr_internal(e, hint)
        if x.mode != Mode.INVALID:
            self.record(e, x.mode, x.type, x.val if x.mode == Mode.CONSTANT else None)
        x.expr = e
        return x

    def expr_internal(self, e: ast.Expr, hint: T.Type | None) -> Operand:
        x = Operand(Mode.INVALID, e)
        match e:
            case ast.BadExpr():
                return x
            case ast.TypeSwitchGuard():  # a type switch's own is checked by the switch
                self.error(e.pos, "invalid AST: use of .(type) outside type switch")
                return x
            case ast.Name():
                return self.ident(e)
            case ast.BasicLit():
                return self.basic_lit(e)
            case ast.FuncLit():
                return self.func_lit(e)
            case ast.CompositeLit():
                return self.composite_lit(e, hint)
            case ast.ParenExpr():
                y = self.raw_expr(e.x, hint)
                return Operand(y.mode, e, y.type, y.val, y.builtin)
            case ast.SelectorExpr():
                return self.selector(e)
            case ast.IndexExpr():
                return self.index_expr(e)
            case ast.SliceExpr():
                return self.slice_expr(e)
            case ast.AssertExpr():
                return self.assert_expr(e)
            case ast.TypeSwitchGuard():
                self.error(e.pos, "use of .(type) outside type switch")
                return x
            case ast.CallExpr():
                return self.call(e)
            case ast.ResultExpr():
                return Operand(Mode.VALUE, e, self.info.types[e.call].type.vars[e.index].type)
            case ast.Operation(op="*", y=None):
                return self.star_expr(e)
            case ast.Operation(y=None):
                return self.unary(e)
            case ast.Operation():
                return self.binary(e)
            case ast.KeyValueExpr():
                self.error(e.pos, "unexpected key:value expression")
                return x
            case ast.ArrayType() | ast.SliceType() | ast.MapType() | ast.ChanType() | \
                    ast.FuncType() | ast.StructType() | ast.InterfaceType():
                return Operand(Mode.TYPEXPR, e, self.typ(e))
        self.error(e.pos, f"unexpected expression {self.estr(e)}")
        return x

    # --- names ---------------------------------------------------------------

    def ident(self, e: ast.Name) -> Operand:
        x = Operand(Mode.INVALID, e)
        if e.value == "_":
            self.error(e.pos, "cannot use _ as value or type")
            return x
        scope, obj = self.scope.lookup_parent(e.value)
        if obj is None:
            self.error(e.pos, f"undefined: {e.value}")
            return x
        self.record_use(e, obj)
        if obj.pkg is not self.pkg and obj.pkg is not None and scope.parent is self.pkg.scope:
            self.dot_imports_used.add((id(scope), obj.pkg))  # a name brought by import . "path"
        if obj.pkg is self.pkg and scope is self.pkg.scope:
            self.obj_decl(obj)
            if self.decl_deps is not None and not isinstance(obj, (TypeName, PkgName)):
                self.decl_deps.add(obj)
        typ = obj.type
        match obj:
            case PkgName():
                self.error(e.pos, f"use of package {obj.name} without selector")
                return x
            case Const():
                if obj.name == "iota" and obj.pkg is None:
                    if self.iota is None:
                        self.error(e.pos, "cannot use iota outside constant declaration")
                        return x
                    return Operand(Mode.CONSTANT, e, T.UNTYPED_INT, self.iota)
                if typ is T.INVALID or typ is None:
                    return x
                return Operand(Mode.CONSTANT, e, typ, obj.val)
            case TypeName():
                if typ is T.INVALID and obj in self.obj_path and scope is not self.pkg.scope:
                    # A local alias naming itself (type T = T): the package
                    # level finds such cycles in obj_decl.
                    self.cycle_error(self.obj_path[self.obj_path.index(obj):])
                if typ is None or typ is T.INVALID:
                    return x
                return Operand(Mode.TYPEXPR, e, typ)
            case Var():
                obj.used = True
                self.note_capture(obj)
                if typ is None or typ is T.INVALID:
                    return x
                return Operand(Mode.VARIABLE, e, typ)
            case Func():
                if typ is None:
                    return x
                return Operand(Mode.VALUE, e, typ)
            case Builtin():
                return Operand(Mode.BUILTIN, e, T.INVALID, builtin=obj.name)
            case Nil():
                return Operand(Mode.VALUE, e, T.UNTYPED_NIL)
        return x

    def note_capture(self, v: Var) -> None:
        """Record v as captured by every enclosing closure declared inside v's scope."""
        level = self.var_levels.get(v)
        if level is None:
            return
        for lit in self.func_lits[level:]:
            caps = self.info.captures.setdefault(lit, [])
            if v not in caps:
                caps.append(v)
            v.captured = True

    # --- literals --------------------------------------------------------

    def basic_lit(self, e: ast.BasicLit) -> Operand:
        if e.bad:
            return Operand(Mode.INVALID, e)
        if e.kind in ("INT", "FLOAT", "IMAG") and len(e.value) > NUMBER_LIMIT:
            self.error(e.pos, f"excessively long constant: {e.value[:10]}... ({len(e.value)} chars)")
            return Operand(Mode.INVALID, e)
        try:
            match e.kind:
                case "INT":
                    return Operand(Mode.CONSTANT, e, T.UNTYPED_INT, parse_int_lit(e.value))
                case "FLOAT":
                    return self.number_lit(e, T.UNTYPED_FLOAT, C.make_float_lit(*parse_float_lit(e.value)))
                case "IMAG":
                    im = C.make_float_lit(*parse_imag_lit(e.value))
                    return self.number_lit(e, T.UNTYPED_COMPLEX, None if im is None else C.Complex(0, im))
                case "CHAR":
                    return Operand(Mode.CONSTANT, e, T.UNTYPED_RUNE, unquote_char(e.value))
                case "STRING":
                    return Operand(Mode.CONSTANT, e, T.UNTYPED_STRING, unquote_string(e.value))
        except ValueError as err:
            self.error(e.pos, str(err))
        return Operand(Mode.INVALID, e)

    def number_lit(self, e: ast.BasicLit, typ: T.Basic, val) -> Operand:
        """A float or imaginary literal; None is a value beyond even a
        constant's exponent range (1e646456993)."""
        if val is None:
            self.error(e.pos, f"malformed constant: {e.value}")
            return Operand(Mode.INVALID, e)
        return Operand(Mode.CONSTANT, e, typ, val)

    def func_lit(self, e: ast.FuncLit) -> Operand:
        from gominic.types.objects import Scope
        scope = Scope(self.scope, "func literal", is_func=True, level=self.scope.level + 1)
        saved = self.scope
        self.scope = scope
        sig = self.func_type(e.type, None)
        self.scope = saved
        # Its captures are found anew: a generic body checked again with its
        # type arguments (checking_instance) declares new variables.
        self.info.captures[e] = []
        # The body is checked now (not delayed): it sees the enclosing
        # function's variables, which must be resolved in the right order.
        self.func_lits.append(e)
        self.func_body("func literal", e, sig, scope, self.iota)
        self.func_lits.pop()
        return Operand(Mode.VALUE, e, sig)

    # --- unary and binary operations -----------------------------------------

    def star_expr(self, e: ast.Operation) -> Operand:
        x = self.expr_or_type(e.x)
        if x.mode == Mode.INVALID:
            return x
        if x.mode == Mode.TYPEXPR:
            return Operand(Mode.TYPEXPR, e, T.Pointer(x.type))
        u = T.core_type(x.type)
        if not isinstance(u, T.Pointer):
            if x.type is T.UNTYPED_NIL:
                self.error(e.pos, "invalid operation: cannot indirect nil")
            else:
                self.error(e.pos, f"invalid operation: cannot indirect {self.operand_string(x)}")
            return x.invalid()
        return Operand(Mode.VARIABLE, e, u.elem)

    def unary(self, e: ast.Operation) -> Operand:
        if e.op == "&":
            return self.address_of(e)
        if e.op == "<-":
            return self.receive(e)
        x = self.expr(e.x)
        if x.mode == Mode.INVALID:
            return x
        op = e.op
        if op == "~":
            self.error(e.pos, "cannot use ~ outside of interface or type constraint")
            return x.invalid()
        ok = {"+": T.is_numeric, "-": T.is_numeric, "!": T.is_boolean,
              "^": T.is_integer}.get(op)
        if ok is None or not ok(x.type):
            self.error(e.x.pos, f"invalid operation: operator {op} not defined on {self.operand_string(x)}")
            return x.invalid()
        if x.mode == Mode.CONSTANT:
            val = C.unary_op(op, x.val, x.type.underlying())
            return self.constant_result(e, x.type, val)
        return Operand(Mode.VALUE, e, x.type)

    def address_of(self, e: ast.Operation) -> Operand:
        inner = e.x
        while isinstance(inner, ast.ParenExpr):
            inner = inner.x
        if isinstance(inner, ast.CompositeLit):
            x = self.expr(e.x)
            if x.mode == Mode.INVALID:
                return x
            return Operand(Mode.VALUE, e, T.Pointer(x.type))
        x = self.expr(e.x)
        if x.mode == Mode.INVALID:
            return x
        if x.mode != Mode.VARIABLE:
            self.error(start_pos(e.x), f"invalid operation: cannot take address of {self.operand_string(x)}")
            return x.invalid()
        self.mark_addressed(e.x)
        return Operand(Mode.VALUE, e, T.Pointer(x.type))

    def mark_addressed(self, e: ast.Expr) -> None:
        """&x makes x escape: the compiler keeps it on the heap."""
        while isinstance(e, ast.ParenExpr):
            e = e.x
        if isinstance(e, ast.Name):
            obj = self.info.uses.get(e)
            if isinstance(obj, Var):
                obj.addressed = True
        elif isinstance(e, ast.SelectorExpr):
            sel = self.info.selections.get(e)
            if sel is not None and not sel.indirect:
                self.mark_addressed(e.x)
        elif isinstance(e, ast.IndexExpr):
            t = self.info.type_of(e.x)
            if t is not None and isinstance(t.underlying(), T.Array):
                self.mark_addressed(e.x)

    def receive(self, e: ast.Operation) -> Operand:
        x = self.expr(e.x)
        if x.mode == Mode.INVALID:
            return x
        u = T.core_type(x.type)
        if not isinstance(u, T.Chan):
            self.error(start_pos(e.x), f"invalid operation: cannot receive from non-channel {self.operand_string(x)}")
            return x.invalid()
        if u.dir == T.ChanDir.SEND:
            self.error(start_pos(e.x), f"invalid operation: cannot receive from send-only channel {self.operand_string(x)}")
            return x.invalid()
        return Operand(Mode.COMMAOK, e, u.elem)

    def binary(self, e: ast.Operation) -> Operand:
        op = e.op
        if op in ("<<", ">>"):
            return self.shift(e)
        x = self.expr(e.x)
        y = self.expr(e.y)
        if x.mode == Mode.INVALID or y.mode == Mode.INVALID:
            return Operand(Mode.INVALID, e)
        self.match_types(x, y)
        if x.mode == Mode.INVALID or y.mode == Mode.INVALID:
            return Operand(Mode.INVALID, e)
        if op in COMPARISON_OPS:
            return self.comparison(e, x, y)
        if not T.identical(x.type, y.type):
            if x.type is not T.INVALID and y.type is not T.INVALID:
                self.error(e.x.pos, f"invalid operation: {self.estr(e)} (mismatched types {self.tstr(x.type)} and {self.tstr(y.type)})")
            return Operand(Mode.INVALID, e)
        if not self.op_defined(op, x):
            return Operand(Mode.INVALID, e)
        if op in ("/", "%") and y.mode == Mode.CONSTANT and T.is_numeric(y.type):
            zero = (x.mode == Mode.CONSTANT or T.is_integer(x.type)) and C.sign(y.val) == 0
            # A complex divisor whose squares vanish would divide by zero
            # too: 1e-600000000i (types2, issue 20227).
            if zero or (x.mode == Mode.CONSTANT and T.is_complex(x.type) and C.squares_vanish(y.val)):
                self.error(e.y.pos, "invalid operation: division by zero")
                return Operand(Mode.INVALID, e)
        if x.mode == Mode.CONSTANT and y.mode == Mode.CONSTANT:
            integer = T.is_integer(x.type) or (T.is_untyped(x.type) and isinstance(x.val, int)
                                               and x.type.kind in (T.Kind.UNTYPED_INT, T.Kind.UNTYPED_RUNE))
            val = C.binary_op(op, x.val, y.val, integer)
            return self.constant_result(e, x.type, val)
        return Operand(Mode.VALUE, e, x.type)

    def op_defined(self, op: str, x: Operand) -> bool:
        preds = {"+": lambda t: T.is_numeric(t) or T.is_string(t), "-": T.is_numeric,
                 "*": T.is_numeric, "/": T.is_numeric, "%": T.is_integer,
                 "&": T.is_integer, "|": T.is_integer, "^": T.is_integer,
                 "&^": T.is_integer, "&&": T.is_boolean, "||": T.is_boolean}
        t = x.type
        if isinstance(t, T.TypeParam):
            terms = t.iface().terms
            ok = terms is not None and all(preds[op](term.type) for term in terms)
        else:
            ok = preds[op](t)
        if not ok:
            self.error(x.expr.pos if op not in ("&&", "||") else x.expr.pos,
                       f"invalid operation: operator {op} not defined on {self.operand_string(x)}")
        return ok

    def constant_result(self, e: ast.Operation, typ: T.Type, val) -> Operand:
        """The result of a constant operation, checked as types2's overflow:
        a typed one must be representable in its type, an untyped integer
        must stay within 512 bits, and none may leave every range (val None,
        a float exponent past 32 bits)."""
        if val is None:
            self.error(e.pos, "constant result is not representable")
            return Operand(Mode.INVALID, e)
        u = typ.underlying()
        if isinstance(u, T.Basic) and not T.is_untyped(typ) and T.is_numeric(typ):
            v, ok = C.representable(val, u)
            if not ok:
                # At the expression's start, as types2's representable
                # reports an operand (the other two: at the operator).
                self.error(start_pos(e), f"{self.estr(e)} (constant {C.format_value(val)} of type {self.tstr(typ)}) overflows {self.tstr(typ)}")
                return Operand(Mode.INVALID, e)
            val = v
        elif isinstance(val, int) and not isinstance(val, bool) and val.bit_length() > C.PREC:
            names = UNARY_OP_NAMES if e.y is None else BINARY_OP_NAMES
            self.error(e.pos, f"constant {names.get(e.op, '')} overflow")
            return Operand(Mode.INVALID, e)
        return Operand(Mode.CONSTANT, e, typ, val)

    def shift(self, e: ast.Operation) -> Operand:
        x = self.expr(e.x)
        y = self.expr(e.y)
        if x.mode == Mode.INVALID or y.mode == Mode.INVALID:
            return Operand(Mode.INVALID, e)
        # In types2's order: the shifted operand must be an integer (an
        # untyped constant one integral), then the count an integer or an
        # untyped constant representable as uint.
        if not (T.is_integer(x.type) or T.is_untyped(x.type) and x.mode == Mode.CONSTANT and C.is_int_value(x.val)):
            self.error(start_pos(e.x), f"invalid operation: shifted operand {self.operand_string(x)} must be integer")
            return Operand(Mode.INVALID, e)
        if y.mode == Mode.CONSTANT:
            if C.is_int_value(y.val) and C.sign(y.val) < 0:
                self.error(start_pos(e.y), f"invalid operation: negative shift count {self.operand_string(y)}")
                return Operand(Mode.INVALID, e)
            count = self.operand_string(y)  # as written: Go keeps it untyped
            if T.is_untyped(y.type):
                with self.in_context(None):  # an operand, even in x <<= 1.5
                    self.convert_untyped(y, T.UINT)
                if y.mode == Mode.INVALID:
                    return Operand(Mode.INVALID, e)
        elif not T.is_integer(y.type):
            self.error(start_pos(e.y), f"invalid operation: shift count {self.operand_string(y)} must be integer")
            return Operand(Mode.INVALID, e)
        if x.mode == Mode.CONSTANT:
            if y.mode == Mode.CONSTANT:
                s = C.to_int(y.val)
                if s > SHIFT_BOUND:
                    self.error(start_pos(e.y), f"invalid operation: invalid shift count {count}")
                    return Operand(Mode.INVALID, e)
                typ = x.type
                if T.is_untyped(typ) and typ is not T.UNTYPED_RUNE:
                    typ = T.UNTYPED_INT  # 'a' << 1 stays a rune, 2.0 << 1 is an integer
                val = C.shift(e.op, C.to_int(x.val), s)
                return self.constant_result(e, typ, val)
            if T.is_untyped(x.type):
                # 1 << s: the untyped constant takes the type the context
                # gives the whole shift (Go spec, "Operators").
                self.untyped_shift_operands[e] = x
                return Operand(Mode.VALUE, e, T.UNTYPED_INT)
        return Operand(Mode.VALUE, e, x.type)

    def is_nil(self, x: Operand) -> bool:
        """Whether x is the predeclared nil (its type may already be the other side's)."""
        e = x.expr
        while isinstance(e, ast.ParenExpr):
            e = e.x
        return x.type is T.UNTYPED_NIL or (isinstance(e, ast.Name) and isinstance(self.info.uses.get(e), Nil))

    def comparison(self, e: ast.Operation, x: Operand, y: Operand) -> Operand:
        op = e.op
        if (bad := self.comparison_error(op, x, y)) is not None:
            at, cause = bad
            self.error(start_pos(at.expr), f"invalid operation: {self.estr(e)} ({cause})")
            return Operand(Mode.INVALID, e)
        if x.mode == Mode.CONSTANT and y.mode == Mode.CONSTANT:
            return Operand(Mode.CONSTANT, e, T.UNTYPED_BOOL, C.compare(op, x.val, y.val))
        # Operands compared against each other get their final types now.
        self.default_untyped(x)
        self.default_untyped(y)
        return Operand(Mode.VALUE, e, T.UNTYPED_BOOL)

    def default_untyped(self, x: Operand) -> None:
        if T.is_untyped(x.type) and x.type is not T.UNTYPED_NIL:
            self.convert_untyped(x, T.default_type(x.type))

    # --- untyped operands ------------------------------------------------------

    @contextmanager
    def in_context(self, context: str | None):
        """Check within context: an assignment's ("argument to f"), whose
        words errors of untyped values use, or None for an operand's."""
        saved, self.context = self.context, context
        try:
            yield
        finally:
            self.context = saved

    def match_types(self, x: Operand, y: Operand) -> None:
        """Give an untyped operand the other operand's type (Go spec, "Operators")."""
        with self.in_context(None):
            self.match_operand_types(x, y)

    def match_operand_types(self, x: Operand, y: Operand) -> None:
        if T.is_untyped(x.type) and not T.is_untyped(y.type):
            if self.can_mix(x, y):
                self.convert_untyped(x, y.type)
        elif T.is_untyped(y.type) and not T.is_untyped(x.type):
            if self.can_mix(y, x):
                self.convert_untyped(y, x.type)
        elif T.is_untyped(x.type) and T.is_untyped(y.type):
            # Both untyped: the "larger" kind wins (int < rune < float < complex).
            if x.type is T.UNTYPED_NIL or y.type is T.UNTYPED_NIL:
                return
            if T.is_numeric(x.type) and T.is_numeric(y.type):
                k = max(x.type.kind, y.type.kind)
                t = {T.Kind.UNTYPED_INT: T.UNTYPED_INT, T.Kind.UNTYPED_RUNE: T.UNTYPED_RUNE,
                     T.Kind.UNTYPED_FLOAT: T.UNTYPED_FLOAT, T.Kind.UNTYPED_COMPLEX: T.UNTYPED_COMPLEX}[k]
                x.type = y.type = t

    def can_mix(self, x: Operand, y: Operand) -> bool:
        """Whether the untyped one of x and y may take the other's type in a
        binary operation (types2's canMix): always with an interface; not a
        boolean with a non-boolean, a string with a non-string (a type
        parameter counts as what all its types are), nor nil with a type
        that has none; otherwise the conversion is tried, and may fail."""
        if T.is_interface(x.type) or T.is_interface(y.type):
            return True
        if T.is_boolean(x.type) != T.is_boolean(y.type) or T.is_string(x.type) != T.is_string(y.type):
            return False
        return not (self.is_nil(x) and not T.has_nil(y.type) or self.is_nil(y) and not T.has_nil(x.type))

    def convert_untyped(self, x: Operand, target: T.Type) -> None:
        """Give the untyped operand x the type target, reporting if it cannot be."""
        if x.mode == Mode.INVALID or not T.is_untyped(x.type) or target is T.INVALID:
            return
        if T.is_untyped(target):
            if T.is_numeric(x.type) and T.is_numeric(target):
                if x.type.kind < target.kind:
                    x.type = target
                    self.update_expr_type(x.expr, target, False)
            elif x.type is not target:
                self.invalid_conversion(x, target)
            return
        u = target.underlying()
        if isinstance(target, T.TypeParam):
            terms = target.iface().terms
            if not terms:  # no specific types: no untyped value converts (types2's underIs)
                self.invalid_conversion(x, target)
                return
            for term in terms:
                probe = Operand(x.mode, x.expr, x.type, x.val)
                if not self.untyped_fits(probe, term.type):
                    self.invalid_conversion(x, target)
                    return
            self.set_final_type(x, target, x.val)
            return
        if isinstance(u, T.Basic):
            if x.mode == Mode.CONSTANT:
                val, ok = C.representable(x.val, u)
                if not ok:
                    self.not_representable(x, target, val)
                    return
                self.set_final_type(x, target, val)
                return
            if not self.untyped_fits(x, target):
                self.invalid_conversion(x, target)
                return
            self.set_final_type(x, target, x.val)
            return
        if isinstance(u, T.Interface):
            if x.type is T.UNTYPED_NIL:
                self.set_final_type(x, target, None)
                return
            self.set_final_type(x, T.default_type(x.type), x.val)
            return
        if x.type is T.UNTYPED_NIL and T.has_nil(target):
            self.set_final_type(x, target, None)
            return
        self.invalid_conversion(x, target)

    def untyped_fits(self, x: Operand, target: T.Type) -> bool:
        u = target.underlying()
        if not isinstance(u, T.Basic):
            return x.type is T.UNTYPED_NIL and T.has_nil(target)
        k = x.type.kind
        if k == T.Kind.UNTYPED_BOOL:
            return T.is_boolean(u)
        if k in (T.Kind.UNTYPED_INT, T.Kind.UNTYPED_RUNE, T.Kind.UNTYPED_FLOAT, T.Kind.UNTYPED_COMPLEX):
            if x.mode == Mode.CONSTANT:
                return C.representable(x.val, u)[1]
            # 1 << s: only integer types.
            return T.is_numeric(u) if k != T.Kind.UNTYPED_INT or x.expr not in self.untyped_shift_operands else T.is_integer(u)
        if k == T.Kind.UNTYPED_STRING:
            return T.is_string(u)
        if k == T.Kind.UNTYPED_NIL:
            return u.kind == T.Kind.UNSAFE_POINTER
        return False

    def set_final_type(self, x: Operand, target: T.Type, val) -> None:
        x.type = target
        if x.mode == Mode.CONSTANT:
            x.val = val
        self.update_expr_type(x.expr, target, True)

    def update_expr_type(self, e: ast.Expr, target: T.Type, final: bool) -> None:
        """Propagate the final type of an untyped expression down its tree."""
        tv = self.info.types.get(e)
        if tv is None or not T.is_untyped(tv.type):
            return
        match e:
            case ast.ParenExpr():
                self.update_expr_type(e.x, target, final)
            case ast.Operation(y=None):
                if tv.value is None:
                    self.update_expr_type(e.x, target, final)
            case ast.Operation() if e.op in COMPARISON_OPS:
                pass  # the operands' types are independent of the result's
            case ast.Operation() if e.op in ("<<", ">>"):
                if tv.value is None:
                    self.check_shift_operand(e, target)
                    self.update_expr_type(e.x, target, final)
            case ast.Operation():
                if tv.value is None:
                    self.update_expr_type(e.x, target, final)
                    self.update_expr_type(e.y, target, final)
        if final and not T.is_untyped(target):
            val = tv.value
            u = target.underlying()
            if val is not None and isinstance(u, T.Basic):
                val, _ = C.representable(val, u)
            if isinstance(u, T.Interface):
                target = T.default_type(tv.type)
            tv.type = target
            tv.value = val
        else:
            tv.type = target

    def check_shift_operand(self, e: ast.Operation, target: T.Type) -> None:
        if not T.is_integer(target) and not isinstance(target.underlying(), T.Interface):
            self.error(e.pos, f"invalid operation: {self.estr(e)} (shift of type {self.tstr(target)})")

    def not_representable(self, x: Operand, target: T.Type, val) -> None:
        """A constant that target cannot hold. Go words it by the types, not
        the value (types2's representation): a float or complex constant
        into an integer type is "truncated" even when integral (1e20),
        anything else numeric "overflows"."""
        if T.is_numeric(x.type) and T.is_numeric(target):
            truncated = not T.is_integer(x.type) and T.is_integer(target)
            if self.context is None:  # an operand: Go words it without a context
                self.error(start_pos(x.expr), f"{self.operand_string(x)} {'truncated to' if truncated else 'overflows'} "
                                              f"{self.tstr(target)}")
            else:
                self.error(start_pos(x.expr), f"cannot use {self.operand_string(x)} as {self.tstr(target)} value in "
                                       f"{self.context} ({'truncated' if truncated else 'overflows'})")
        else:
            self.invalid_conversion(x, target)
        x.mode = Mode.INVALID

    def comparison_error(self, op: str, x: Operand, y: Operand) -> tuple[Operand, str] | None:
        """What is wrong with comparing x and y, as types2's comparison
        tells it: the operand at fault (the second when the fault shows
        only with it) and the cause; None if nothing is."""
        if not (self.assignable_to(x, y.type) or self.assignable_to(y, x.type)):
            return y, f"mismatched types {self.tstr(x.type)} and {self.tstr(y.type)}"
        if op in ("==", "!="):
            if self.is_nil(x) or self.is_nil(y):
                other = y.type if self.is_nil(x) else x.type
                if T.has_nil(other):
                    return None
                bad, cause = y, ""  # nil == nil
            elif not T.comparable(x.type):
                bad, cause = x, self.incomparable_cause(x.type)
            elif not T.comparable(y.type):
                bad, cause = y, self.incomparable_cause(y.type)
            else:
                return None
        elif not T.is_ordered(x.type):
            bad, cause = x, ""
        elif not T.is_ordered(y.type):
            bad, cause = y, ""
        else:
            return None
        if cause:
            return bad, cause
        if isinstance(x.type, T.TypeParam) or isinstance(y.type, T.TypeParam):
            if not isinstance(x.type, T.TypeParam):
                bad = y
            return bad, f"type parameter {self.tstr(bad.type)} is not comparable with {op}"
        return bad, f"operator {op} not defined on {kind_name(bad.type)}"

    def incomparable_cause(self, t: T.Type) -> str:
        """Why a type is not comparable (types2's incomparableCause): a
        slice, map or func only with nil; a struct or array names the
        culprit, the first incomparable field type of a struct, an array by
        its own type; a type parameter blames its type set."""
        u = t.underlying()
        if isinstance(u, (T.Slice, T.Signature, T.Map)):
            return f"{kind_name(t)} can only be compared to nil"
        if isinstance(t, T.TypeParam):
            return "empty type set" if t.iface().terms == [] else "incomparable types in type set"
        if isinstance(u, T.Struct):
            bad = next((f.type for f in u.fields if not T.comparable(f.type)), t)
            return f"struct containing {self.tstr(bad)} cannot be compared"
        return f"{self.tstr(u) if isinstance(u, T.Array) else self.tstr(t)} cannot be compared"

    def invalid_conversion(self, x: Operand, target: T.Type) -> None:
        """An untyped operand that does not convert implicitly to target
        (types2's invalidConversion: "to T", where an explicit conversion
        says "to type T")."""
        if self.context is None:
            self.error(start_pos(x.expr), f"cannot convert {self.operand_string(x)} to {self.tstr(target)}")
        else:
            self.error(start_pos(x.expr), f"cannot use {self.operand_string(x)} as {self.tstr(target)} value in {self.context}")
        x.mode = Mode.INVALID

    def conversion_cause(self, v: T.Type, t: T.Type) -> str:
        """Why v does not convert to t, as Go 1.19 adds it after a colon:
        the method an interface misses, or the type assertion needed."""
        if isinstance(v, T.TypeParam) or isinstance(t, T.TypeParam):
            return ""
        if T.is_interface(t):
            reason = self.missing_method_reason(v, t)
            return f":\n\t{self.tstr(v)} does not implement {self.tstr(t)} {reason}" if reason else ""
        if T.is_interface(v) and not self.missing_method_reason(t, v):
            return ":\n\tneed type assertion"
        return ""

    # --- operand descriptions, as Go's errors print them ----------------------

    def operand_string(self, x: Operand) -> str:
        es = self.estr(x.expr) if x.expr is not None else ""
        if x.mode == Mode.INVALID:
            return f"{es} (invalid operand)"
        if x.type is T.UNTYPED_NIL:
            return "nil"
        if x.mode == Mode.BUILTIN:
            return f"{es} (built-in)"
        if x.mode == Mode.TYPEXPR:
            return f"{es} (type)"
        mode = MODE_NAMES[x.mode]
        if x.mode == Mode.COMMAOK:
            mode = "value"
        if x.mode == Mode.CONSTANT:
            vs = C.format_value(x.val)
            if T.is_untyped(x.type):
                inner = f"{x.type.name} constant" + ("" if vs == es else f" {vs}")
                return f"{es} ({inner})"
            inner = "constant" + ("" if vs == es else f" {vs}")
            return f"{es} ({inner} of type {self.tstr(x.type)})"
        if T.is_untyped(x.type):
            return f"{es} ({x.type.name} {mode})"
        bound = f" constrained by {self.tstr(x.type.constraint)}" \
            if isinstance(x.type, T.TypeParam) and x.type.constraint is not None else ""
        return f"{es} ({mode} of type {self.tstr(x.type)}{bound})"


def kind_name(t: T.Type) -> str:
    """The kind word Go's errors use for a composite type: struct, slice, ..."""
    u = t.underlying()
    names = {T.Struct: "struct", T.Slice: "slice", T.Map: "map", T.Pointer: "pointer",
             T.Signature: "func", T.Interface: "interface", T.Chan: "chan", T.Array: "array"}
    return names.get(type(u), T.type_string(t))
