"""This module implements Go's abstract syntax tree as dataclasses.

The node set follows Go's own ``cmd/compile/internal/syntax/nodes.go``: each
class shows the source form it stands for above it, and says what ``None``
means in each field. Every node carries ``pos``, the position of its first
token (for operations, the operator, as Go reports them).

The type checker annotates expressions in side tables (``types.Info``), never
by mutating the tree, so one AST can be printed, checked and compiled.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from gominic.diag import Pos


@dataclass(eq=False, slots=True)
class Node:
    pos: Pos


# ---------------------------------------------------------------------------
# Files and declarations


# package PkgName; DeclList[0], DeclList[1], ...
@dataclass(eq=False, slots=True)
class File(Node):
    pkg_name: Name
    imports: list[ImportDecl]
    decls: list[Decl]
    # Pragmas that stand before the package clause are not used; filename
    # is the path the file was read from, as errors print it.
    filename: str = ""
    # Errors of the parser that leave the file to the type checker, which
    # reports them with its own, as Go's compiler does: those not worded
    # "syntax error" (parser.parse_file).
    errors: list = field(default_factory=list)
    # Errors Go's compiler reports once the package type-checks (unused
    # directives: its noder's reportUnused).
    noder_errors: list = field(default_factory=list)
    # The //go:linkname directives at top level: (position, "go:linkname local remote").
    linknames: list[tuple[Pos, str]] = field(default_factory=list)
    # The directives only some packages may use (directives.py), anywhere.
    restricted: list[tuple[Pos, str]] = field(default_factory=list)


class Decl(Node):
    __slots__ = ()


# Path
# LocalName Path
@dataclass(eq=False, slots=True)
class ImportDecl(Decl):
    local_name: Name | None  # None: use the package's own name; "." and "_" allowed
    path: BasicLit  # a STRING literal


# NameList
# NameList      = Values
# NameList Type = Values
#
# Inside a parenthesised group a spec without values repeats the previous
# spec's type and values: the parser copies them here and sets ``inherited``.
@dataclass(eq=False, slots=True)
class ConstDecl(Decl):
    names: list[Name]
    type: Expr | None  # None: untyped or typed by the values
    values: list[Expr]
    iota: int  # index of this spec in its group
    inherited: bool = False


# Name TypeParams Type
# Name TypeParams = Type
@dataclass(eq=False, slots=True)
class TypeDecl(Decl):
    name: Name
    tparams: list[Field]  # empty: not generic
    alias: bool
    type: Expr


# NameList Type
# NameList Type = Values
# NameList      = Values
@dataclass(eq=False, slots=True)
class VarDecl(Decl):
    names: list[Name]
    type: Expr | None  # None: typed by the values
    values: list[Expr]  # empty: zero values


# func          Name TypeParams Type { Body }
# func          Name TypeParams Type
# func Receiver Name            Type { Body }
@dataclass(eq=False, slots=True)
class FuncDecl(Decl):
    pragmas: set[str]  # e.g. {"go:noinline"}; "go:linkname x y" kept whole
    recv: Field | None  # None: a function, not a method
    name: Name
    tparams: list[Field]
    type: FuncType
    body: BlockStmt | None  # None: declared here, defined elsewhere (assembly)


# ---------------------------------------------------------------------------
# Expressions


class Expr(Node):
    __slots__ = ()


# Placeholder for an expression that failed to parse.
@dataclass(eq=False, slots=True)
class BadExpr(Expr):
    pass


# Value
@dataclass(eq=False, slots=True)
class Name(Expr):
    value: str


# Value: the literal's source text, e.g. "0x1F", "'a'", "`raw`", "1.5e3", "2i"
@dataclass(eq=False, slots=True)
class BasicLit(Expr):
    kind: str  # "INT", "FLOAT", "IMAG", "CHAR" or "STRING"
    value: str
    bad: bool = False  # malformed: the parser said so, the type checker says no more


# Type { ElemList[0], ElemList[1], ... }
@dataclass(eq=False, slots=True)
class CompositeLit(Expr):
    type: Expr | None  # None: elided inside an outer composite literal
    elems: list[Expr]  # an element may be a KeyValueExpr
    rbrace: Pos


# Key: Value
@dataclass(eq=False, slots=True)
class KeyValueExpr(Expr):
    key: Expr
    value: Expr


# func Type { Body }
@dataclass(eq=False, slots=True)
class FuncLit(Expr):
    type: FuncType
    body: BlockStmt


# (X)
@dataclass(eq=False, slots=True)
class ParenExpr(Expr):
    x: Expr


# X.Sel
@dataclass(eq=False, slots=True)
class SelectorExpr(Expr):
    x: Expr
    sel: Name
    dot: Pos = field(default=None)  # type: ignore[assignment]  # where Go's parser places a selector


# X[Index]
# X[T1, T2, ...]  (Index is then a ListExpr: a generic instantiation)
@dataclass(eq=False, slots=True)
class IndexExpr(Expr):
    x: Expr
    index: Expr
    lbrack: Pos = field(default=None)  # type: ignore[assignment]  # its checks' position in line tables, as Go's


# X[Low : High]
# X[Low : High : Max]  (full is True)
@dataclass(eq=False, slots=True)
class SliceExpr(Expr):
    x: Expr
    low: Expr | None  # None: 0
    high: Expr | None  # None: len(X); never None when full
    max: Expr | None  # None: cap(X); never None when full
    full: bool
    lbrack: Pos = field(default=None)  # type: ignore[assignment]  # its checks' position in line tables, as Go's


# X.(Type)
@dataclass(eq=False, slots=True)
class AssertExpr(Expr):
    x: Expr
    type: Expr


# X.(type)
# Lhs := X.(type)
# Only as the tag of a type switch.
@dataclass(eq=False, slots=True)
class TypeSwitchGuard(Expr):
    lhs: Name | None  # None: no symbol is declared
    x: Expr


# Op X
# X Op Y
@dataclass(eq=False, slots=True)
class Operation(Expr):
    op: str  # "+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "&^",
    # "&&", "||", "==", "!=", "<", "<=", ">", ">=", "!", "<-"
    x: Expr
    y: Expr | None  # None: a unary operation (Op X)


# Fun(ArgList[0], ArgList[1], ...)
# Fun(ArgList[0], ..., ArgList[n]...)  (has_dots is True)
@dataclass(eq=False, slots=True)
class CallExpr(Expr):
    fun: Expr
    args: list[Expr]
    has_dots: bool
    rparen: Pos = field(default=None)  # type: ignore[assignment]
    lparen: Pos = field(default=None)  # type: ignore[assignment]  # the call's position in line tables, as Go's


# Call's result number Index, standing for an argument of a built-in
# whose only argument is Call, a call with several results (copy(f())).
# Never in a parsed tree: the type checker makes these for its rewritten
# call (types.Info.expanded_calls), as Go's typecheck rewrites such calls.
@dataclass(eq=False, slots=True)
class ResultExpr(Expr):
    call: Expr
    index: int


# ElemList[0], ElemList[1], ...
@dataclass(eq=False, slots=True)
class ListExpr(Expr):
    elems: list[Expr]


# ---------------------------------------------------------------------------
# Types (they are expressions too: a type may stand where an expression can)


# [Len]Elem
# [...]Elem  (len is None)
@dataclass(eq=False, slots=True)
class ArrayType(Expr):
    len: Expr | None
    elem: Expr


# []Elem
@dataclass(eq=False, slots=True)
class SliceType(Expr):
    elem: Expr


# ...Elem  (only as the type of a function's last parameter)
@dataclass(eq=False, slots=True)
class DotsType(Expr):
    elem: Expr


# struct { FieldList[0] TagList[0]; FieldList[1] TagList[1]; ... }
@dataclass(eq=False, slots=True)
class StructType(Expr):
    fields: list[Field]
    tags: list[BasicLit | None]  # one per field; None: no tag


# Name Type
#      Type  (name is None: an embedded field or an unnamed parameter)
@dataclass(eq=False, slots=True)
class Field(Node):
    name: Name | None
    type: Expr


# interface { MethodList[0]; MethodList[1]; ... }
# A method is a Field with a name and a FuncType; an embedded interface or a
# type-set term (T, ~T, A | B) is a Field without a name.
@dataclass(eq=False, slots=True)
class InterfaceType(Expr):
    methods: list[Field]


# func(ParamList) ResultList
@dataclass(eq=False, slots=True)
class FuncType(Expr):
    params: list[Field]  # "a, b int" gives two Fields sharing one type node
    results: list[Field]


# map[Key]Value
@dataclass(eq=False, slots=True)
class MapType(Expr):
    key: Expr
    value: Expr


SEND = 1
RECV = 2


#   chan Elem
# <-chan Elem
# chan<- Elem
@dataclass(eq=False, slots=True)
class ChanType(Expr):
    dir: int  # 0: both ways, SEND or RECV
    elem: Expr


# ---------------------------------------------------------------------------
# Statements


class Stmt(Node):
    __slots__ = ()


# ;  (nothing)
@dataclass(eq=False, slots=True)
class EmptyStmt(Stmt):
    pass


# Label: Stmt
@dataclass(eq=False, slots=True)
class LabeledStmt(Stmt):
    label: Name
    stmt: Stmt


# { List[0]; List[1]; ... }
@dataclass(eq=False, slots=True)
class BlockStmt(Stmt):
    list: list[Stmt]
    rbrace: Pos


# X
@dataclass(eq=False, slots=True)
class ExprStmt(Stmt):
    x: Expr


# Chan <- Value
@dataclass(eq=False, slots=True)
class SendStmt(Stmt):
    chan: Expr
    value: Expr


# const/type/var declarations inside a function; pos is the first spec's
# (its line starts the statement's code), keyword the const/type/var word's
@dataclass(eq=False, slots=True)
class DeclStmt(Stmt):
    decls: list[Decl]
    keyword: Pos


# Lhs[0], Lhs[1], ... =  Rhs[0], ...   (op is "")
# Lhs[0], Lhs[1], ... := Rhs[0], ...   (op is ":")
# Lhs[0] op= Rhs[0]                     (op is "+", "-", "<<", ...)
@dataclass(eq=False, slots=True)
class AssignStmt(Stmt):
    op: str
    lhs: list[Expr]
    rhs: list[Expr]


# X++
# X--
@dataclass(eq=False, slots=True)
class IncDecStmt(Stmt):
    x: Expr
    inc: bool


# break Label / continue Label / goto Label / fallthrough
@dataclass(eq=False, slots=True)
class BranchStmt(Stmt):
    tok: str  # "break", "continue", "goto" or "fallthrough"
    label: Name | None  # None: no label


# defer Call
# go Call
@dataclass(eq=False, slots=True)
class CallStmt(Stmt):
    tok: str  # "defer" or "go"
    call: CallExpr


# return Results[0], Results[1], ...
@dataclass(eq=False, slots=True)
class ReturnStmt(Stmt):
    results: list[Expr]


# if Init; Cond { Then } else Else
@dataclass(eq=False, slots=True)
class IfStmt(Stmt):
    init: Stmt | None  # None: no init statement
    cond: Expr
    then: BlockStmt
    else_: Stmt | None  # None, an IfStmt or a BlockStmt


# for Init; Cond; Post { Body }
# for Cond { Body }   /   for { Body }
@dataclass(eq=False, slots=True)
class ForStmt(Stmt):
    init: Stmt | None
    cond: Expr | None  # None: loop forever
    post: Stmt | None
    body: BlockStmt


# for Key, Value = range X { Body }
# for Key, Value := range X { Body }  (define is True)
# for range X { Body }
@dataclass(eq=False, slots=True)
class RangeStmt(Stmt):
    key: Expr | None  # None: no iteration variables
    value: Expr | None  # None: no second variable
    define: bool
    x: Expr
    body: BlockStmt
    extra: Expr | None = None  # a third variable: an error the type checker reports, as Go's does


# switch Init; Tag { Body[0], Body[1], ... }
@dataclass(eq=False, slots=True)
class SwitchStmt(Stmt):
    init: Stmt | None
    tag: Expr | None  # None: "switch { ... }", i.e. switch true; a TypeSwitchGuard for a type switch
    body: list[CaseClause]
    rbrace: Pos


# case Cases[0], Cases[1], ...: Body
# default: Body   (cases is None)
@dataclass(eq=False, slots=True)
class CaseClause(Node):
    cases: list[Expr] | None
    body: list[Stmt]
    colon: Pos


# select { Body[0], Body[1], ... }
@dataclass(eq=False, slots=True)
class SelectStmt(Stmt):
    body: list[CommClause]
    rbrace: Pos


# case Comm: Body
# default: Body   (comm is None)
# Comm is a SendStmt, an ExprStmt holding "<-c", or an AssignStmt "v, ok := <-c".
@dataclass(eq=False, slots=True)
class CommClause(Node):
    comm: Stmt | None
    body: list[Stmt]
    colon: Pos


def unparen(e: Expr) -> Expr:
    """e without the parentheses around it: ((x)) -> x."""
    while isinstance(e, ParenExpr):
        e = e.x
    return e


def contains_node(node, pred) -> bool:
    """Whether the tree holds a node satisfying pred (not looking inside closures)."""
    if node is None or isinstance(node, FuncLit):
        return False
    if isinstance(node, list):
        return any(contains_node(x, pred) for x in node)
    if not isinstance(node, Node):
        return False
    if pred(node):
        return True
    return any(contains_node(getattr(node, name, None), pred) for name in node.__slots__)
