"""This module implements the order of evaluation inside a statement, as Go's
compiler has it (cmd/compile/internal/walk/order.go).

The Go spec fixes only the order of a statement's calls, method calls and
channel receives: left to right. When a variable is read relative to them
is up to the compiler, and Go's reads it after all of them:

    x := 1
    f := func() int { x++; return x }
    fmt.Println(x, f())            // 2 2
    return v, json.Unmarshal(b, &v) // v as Unmarshal filled it

Programs come to rely on this, the second line above especially. So,
before a statement's expressions are compiled, ``order`` makes the
operations Go's compiler moves out of them (its ``copyExpr``s), in
evaluation order, and keeps their values: calls (built-in ones too, but
panic, print and the like, which are statements), conversions of a
string to []byte or []rune, slice expressions, type assertions, receives,
and ``&&`` and ``||`` whole (Go's order evaluates them into a temporary,
the right operand only if needed). Compiling the statement then takes
these values where the operations stand (``take_ordered``), and reads
variables, fields, elements and the rest at that point: after the calls.

Where the statement's operands have no such operations, nothing changes.
Values too big to load whole (LiteralMixin.is_big) are not moved, but for
calls, whose results are in memory already.

The statements ordered so are the ones whose operands are evaluated
together: assignments, declarations, returns, expression statements,
sends, the conditions of if and for statements, a switch's tag and each
of its cases, and each case of a select. (A go or defer statement's
arguments keep the plain left-to-right order, as in Go.)
"""

from __future__ import annotations

import llvmlite.ir as ir

from gominic.compile import lltypes as L
from gominic.compile.literal import InMemory, unparen
from gominic.syntax import ast
from gominic.types import types as T
from gominic.types.operand import Mode

# The built-ins whose calls are statements in Go's compiler, never moved.
STATEMENT_BUILTINS = frozenset({"panic", "print", "println", "delete", "close", "clear"})


class OrderMixin:
    def order(self, exprs: list[ast.Expr | None]) -> None:
        """Make the moved operations of a statement's expressions, in
        evaluation order (see the module comment)."""
        for e in exprs:
            if e is not None:
                self.order_expr(e)

    def order_assignment(self, lhs: list[ast.Expr], rhs: list[ast.Expr], plain: bool = True) -> None:
        """Order an assignment's operands (a return's and a declaration's
        too): the left ones' first. A single value assigned to names (a
        plain = or :=, not x op= y, which reads x) stays in place."""
        if plain and len(rhs) == 1 and all(isinstance(unparen(x), ast.Name) for x in lhs):
            self.order_operands(rhs[0])
        else:
            self.order([*lhs, *rhs])

    def ordered_expr(self, e: ast.Expr) -> ir.Value:
        """The value of e, an expression evaluated on its own (a side of
        && or ||), its operands ordered first."""
        self.order_operands(e)
        return self.expr(e)

    def order_operands(self, e: ast.Expr) -> None:
        """Make the moved operations of e's operands, leaving e itself in
        place: for a statement's only operand (x := f(a, g())), which runs
        after its operands anyway, so that a call's big result is still
        written right where it goes."""
        e = unparen(e)
        if (tv := self.info.types.get(e)) is not None and tv.value is not None or self.unevaluated_operands(e):
            return  # a constant, or unsafe.Sizeof(x) and the like: x is not evaluated
        if isinstance(e, ast.CallExpr):
            self.order([e.fun, *e.args])
        elif not isinstance(e, ast.FuncLit) and not (isinstance(e, ast.Operation) and e.op in ("&&", "||")):
            self.order(operands(e))

    def order_expr(self, e: ast.Expr) -> None:
        """Make the moved operations of e: its operands' first, in order,
        then e itself if it is one."""
        e = unparen(e)
        if isinstance(e, ast.KeyValueExpr):
            self.order(([] if self.is_field_key(e.key) else [e.key]) + [e.value])
            return
        tv = self.info.types.get(e)
        if tv is None or tv.value is not None or tv.mode == Mode.TYPEXPR:
            return  # a constant or a type: nothing runs
        match e:
            case ast.FuncLit():
                return  # its body runs when it is called
            case ast.Operation(op="&&" | "||"):
                moved = True  # Go's order evaluates them into a temporary
            case ast.CompositeLit() if isinstance(tv.type.underlying(), T.Map):
                moved = True  # Go's order builds a map literal there, entry by entry
            case ast.CallExpr() if self.unevaluated_operands(e):
                return
            case ast.CallExpr():
                self.order([e.fun, *e.args])
                moved = self.is_moved_call(e)
            case _:
                self.order(operands(e))
                moved = self.is_moved(e, tv.type)
        if moved:
            self.ordered[id(e)] = self.call_results(e) if isinstance(e, ast.CallExpr) else self.expr(e)

    def is_field_key(self, key: ast.Expr) -> bool:
        """Whether key, in a composite literal, names a struct field."""
        return isinstance(key, ast.Name) and self.info.types.get(key) is None

    def unevaluated_operands(self, e: ast.Expr) -> bool:
        """Whether e is unsafe.Sizeof, Alignof or Offsetof, whose operand is
        never evaluated (in a generic function's instance too, where the
        result is no constant)."""
        return isinstance(e, ast.CallExpr) and self.builtin_called(e) in ("Sizeof", "Alignof", "Offsetof")

    def is_moved_call(self, e: ast.CallExpr) -> bool:
        """Whether call e is moved: a call, unless it is a conversion Go
        leaves in place or a built-in that is a statement."""
        ftv = self.info.types.get(e.fun)
        if ftv is not None and ftv.mode == Mode.TYPEXPR:
            return is_string_to_slice(ftv.type, self.info.type_of(e.args[0]))
        return self.builtin_called(e) not in STATEMENT_BUILTINS

    def is_moved(self, e: ast.Expr, t: T.Type) -> bool:
        """Whether e, not a call, is an operation Go's order moves: a slice
        expression, a receive, or a type assertion to a type an interface
        does not hold directly (a pointer-shaped type stays in place)."""
        if isinstance(t, T.Tuple) or self.is_big(t):
            return False
        match e:
            case ast.SliceExpr():
                return True
            case ast.Operation(op="<-", y=None):
                return True
            case ast.AssertExpr():
                return not L.is_pointer_shaped(t)
        return False

    def take_ordered(self, e: ast.Expr) -> ir.Value | InMemory | None | bool:
        """The value order kept for e (it is then forgotten), or False."""
        return self.ordered.pop(id(e), False)


def operands(e: ast.Expr) -> list[ast.Expr]:
    """e's operand expressions, in evaluation order."""
    match e:
        case ast.CompositeLit():
            return e.elems
        case ast.SelectorExpr():
            return [e.x]
        case ast.IndexExpr():
            return [e.x, e.index]
        case ast.SliceExpr():
            return [x for x in (e.x, e.low, e.high, e.max) if x is not None]
        case ast.AssertExpr():
            return [e.x]
        case ast.Operation():
            return [e.x] if e.y is None else [e.x, e.y]
    return []


def is_string_to_slice(dst: T.Type, src: T.Type | None) -> bool:
    """Whether converting src to dst makes a []byte or []rune of a string."""
    return src is not None and T.is_string(src.underlying()) and isinstance(dst.underlying(), T.Slice)
