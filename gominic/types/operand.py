"""This module implements operands and the checker's results (Info).

An operand is what the checker knows about an expression while checking it:
its mode (a type, a constant, an addressable variable, a plain value, ...),
its type and, for constants, its value. What outlives the check is recorded
in ``Info`` side tables keyed by AST node, for the compiler to read.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any

from gominic.syntax import ast
from gominic.types.objects import Func, Object, Var
from gominic.types.types import Type


class Mode(enum.IntEnum):
    INVALID = 0  # the operand is erroneous; errors were reported
    NOVALUE = 1  # a call without results
    BUILTIN = 2  # a built-in function, only callable
    TYPEXPR = 3  # the operand is a type
    CONSTANT = 4  # a compile-time constant, val holds its value
    VARIABLE = 5  # an addressable variable
    MAPINDEX = 6  # m[k]: assignable, not addressable
    VALUE = 7  # a computed value
    COMMAOK = 8  # a value usable in "v, ok :=" (map index, assertion, receive)


MODE_NAMES = {
    Mode.INVALID: "invalid operand", Mode.NOVALUE: "no value", Mode.BUILTIN: "built-in",
    Mode.TYPEXPR: "type", Mode.CONSTANT: "constant", Mode.VARIABLE: "variable",
    Mode.MAPINDEX: "map index expression", Mode.VALUE: "value", Mode.COMMAOK: "comma, ok expression",
}


@dataclass(slots=True)
class Operand:
    mode: Mode
    expr: ast.Expr | None
    type: Type | None = None
    val: Any = None
    builtin: str = ""  # for Mode.BUILTIN: which one

    def invalid(self) -> Operand:
        self.mode = Mode.INVALID
        return self


@dataclass(slots=True)
class TypeAndValue:
    mode: Mode
    type: Type
    value: Any = None  # constant value, or None


class SelectionKind(enum.IntEnum):
    FIELD = 0  # x.f is a struct field
    METHOD_VAL = 1  # x.m is a method value (or the callee of a method call)
    METHOD_EXPR = 2  # T.m is a method expression


@dataclass(slots=True)
class Selection:
    """What x.sel selects: the path of embedded fields, then a field or method."""

    kind: SelectionKind
    recv: Type  # the type of x
    obj: Object  # a field Var or a method Func
    index: list[int]  # field indices through embedded fields; the last is the target's
    indirect: bool  # whether a pointer was followed on the way


@dataclass(slots=True)
class Initializer:
    """Package-level ``lhs... = rhs`` in the order initialisation runs it."""

    lhs: list[Var]
    rhs: ast.Expr


@dataclass
class Info:
    types: dict[ast.Expr, TypeAndValue] = field(default_factory=dict)
    defs: dict[ast.Name, Object | None] = field(default_factory=dict)
    uses: dict[ast.Name, Object] = field(default_factory=dict)
    implicits: dict[ast.Node, Object] = field(default_factory=dict)
    selections: dict[ast.SelectorExpr, Selection] = field(default_factory=dict)
    init_order: list[Initializer] = field(default_factory=list)
    # Function and method objects of the package, in source order.
    funcs: list[Func] = field(default_factory=list)
    # Package-level variables and functions a //go:linkname directive gives
    # another symbol name -> that name.
    linknames: dict[Object, str] = field(default_factory=dict)
    # Closures (FuncLit) and their captured variables, in the order met.
    captures: dict[ast.FuncLit, list[Var]] = field(default_factory=dict)
    # A built-in call whose only argument is a call with several results
    # (copy(f())) -> the same call with one argument per result (ResultExpr
    # nodes), which the compiler compiles instead (Go's typecheck makes
    # the same rewrite: RewriteMultiValueCall).
    expanded_calls: dict[ast.CallExpr, ast.CallExpr] = field(default_factory=dict)
    # Generic instantiations: (type arguments, instance signature) per use.
    instances: dict[ast.Expr, Any] = field(default_factory=dict)
    # check_instance(func, targs) -> (Info, Signature): the body of a generic
    # function or method checked again with its type parameters bound to
    # concrete types; the compiler generates code for each instance from it.
    check_instance: Any = None

    def type_of(self, e: ast.Expr) -> Type | None:
        tv = self.types.get(e)
        if tv is not None:
            return tv.type
        if isinstance(e, ast.Name):
            obj = self.uses.get(e) or self.defs.get(e)
            return obj.type if obj is not None else None
        return None
