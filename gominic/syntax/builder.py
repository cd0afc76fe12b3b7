"""This module implements the construction of the AST during parsing.

``Builder`` is a Lark transformer whose methods are named after the rules
and aliases of ``grammar.lark``. Lark's LALR parser calls a method each time
it reduces a rule, passing the values of the rule's children (tokens and the
nodes built for sub-rules); so the tree of ``ast.py`` nodes grows bottom-up
while the parser runs, and no parse tree is ever built or walked.

Besides building nodes the builder does the work Go's parser
(``cmd/compile/internal/syntax/parser.go``) does beyond the grammar:

- positions: every node gets the position of its first token, except a
  binary operation and a simple statement with an operator (assignment,
  send, ++/--), which get their operator's, as in Go; columns count bytes;
- parameter lists: ``func(a, b int)`` vs ``func(int, string)`` are grouped
  after parsing, as ``paramList`` does;
- constant groups: a spec without values repeats the previous type and
  values, and ``iota`` counts specs (spec: Constant declarations, Iota);
- checks the grammar cannot express, with Go's messages: a condition that
  is not an expression, ``go`` without a call, malformed literals, ...
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Callable

from lark import Token
from lark.exceptions import UnexpectedCharacters

from gominic.diag import Error, Pos
from gominic.syntax import ast
from gominic.syntax.literals import LiteralError, check_literal
from gominic.syntax.printer import expr_string
from gominic.syntax.scanner import blank_lexical_error, scan

# The largest line or column a line directive may give (Go's syntax.PosMax).
POS_MAX = 1 << 30
DIGITS = re.compile(r"[0-9]+")

# Binary operator precedence (spec: Operator precedence), tightest = 5.
PRECEDENCE = {
    "||": 1, "&&": 2,
    "==": 3, "!=": 3, "<": 3, "<=": 3, ">": 3, ">=": 3,
    "+": 4, "-": 4, "|": 4, "^": 4,
    "*": 5, "/": 5, "%": 5, "<<": 5, ">>": 5, "&": 5, "&^": 5,
}

# Types that may precede "{" in a composite literal (Go's parser: pexpr).
COMPOSITE_TYPES = (ast.Name, ast.SelectorExpr, ast.IndexExpr, ast.ArrayType, ast.SliceType,
                   ast.StructType, ast.MapType)


def start_pos(node: ast.Node) -> Pos:
    """The position of a node's first token: a binary operation starts at
    its left operand. As in Go's syntax.StartPos, which errors are placed
    at, a slice expression is placed at its "[" (Go's parser keeps no other
    position for it)."""
    while isinstance(node, ast.Operation) and node.y is not None:
        node = node.x
    if isinstance(node, ast.SliceExpr) and node.lbrack is not None:
        return node.lbrack
    return node.pos


def syntax_pos(node: ast.Expr) -> Pos:
    """Where Go's parser places an expression (its Pos, not its start): a
    selector at its dot, an index or a slice at its "[", a binary
    operation at its operator, anything else at its first token."""
    if isinstance(node, ast.SelectorExpr) and node.dot is not None:
        return node.dot
    if isinstance(node, (ast.IndexExpr, ast.SliceExpr)) and node.lbrack is not None:
        return node.lbrack
    return node.pos


def present(items) -> list:
    """The children that are there: drops Lark's None placeholders for [optional] parts."""
    return [x for x in items if x is not None]


@dataclass(frozen=True, slots=True)
class LineBase:
    """A line directive (``//line file:line[:col]`` or ``/*line file:line[:col]*/``):
    the source from (line, col), the character after the comment, on is
    at rel_line (and rel_col, 0 if the directive gives none) of file."""

    line: int
    col: int  # byte column
    file: str
    rel_line: int
    rel_col: int


class PositionTable:
    """Maps Lark token positions (1-based character columns) to Go's
    positions: byte columns, relative to the line directives above them.

    As in Go (cmd/compile/internal/syntax: ``updateBase``, ``Pos.RelLine``),
    a position after a directive is counted from it: its line is the
    directive's line plus the lines since, its column is the directive's
    column plus the columns since on the directive's own line (and the
    real column below it), or unknown (0) when the directive gives no
    column; a directive ``:line:col`` without a file name keeps the file.
    """

    def __init__(self, filename: str, text: str):
        self.filename = filename
        self.wide_lines = {}  # line number -> text, for lines with non-ASCII characters
        if not text.isascii():
            self.wide_lines = {n: line for n, line in enumerate(text.split("\n"), 1) if not line.isascii()}
        self.errors: list[Error] = []  # malformed directives, reported by the parser
        self.bases: list[LineBase] = []
        self.starts: list[tuple[int, int]] = []  # each base's (line, col), for bisect
        if "line " in text:
            self.read_directives(text)
        # No directive and no non-ASCII character: Lark's lines and columns
        # are Go's, and the parse asks for them once per node.
        self.plain = not self.wide_lines and not self.bases

    def __call__(self, tok: Token) -> Pos:
        if self.plain:
            return Pos(self.filename, tok.line, tok.column)
        return self.position(tok.line, self.byte_col(tok.line, tok.column))

    def byte_col(self, line: int, col: int) -> int:
        if line in self.wide_lines:
            return len(self.wide_lines[line][: col - 1].encode()) + 1
        return col

    def position(self, line: int, col: int) -> Pos:
        """The position of the byte at line and byte column col."""
        k = bisect_right(self.starts, (line, col)) - 1
        if k < 0:
            return Pos(self.filename, line, col)
        b = self.bases[k]
        if not b.rel_col:
            col = 0
        elif line == b.line:
            col = b.rel_col + col - b.col
        return Pos(b.file, b.rel_line + line - b.line, col)

    def read_directives(self, text: str) -> None:
        """Collects the line directives of text, in order: a ``//line``
        comment counts at the start of a line only, a ``/*line*/`` one
        anywhere (Go's parser.init). A lexical error is skipped as Go's
        scanner skips it (the parser reports it), and the scan begins again."""
        while True:
            directives = []  # the arguments of add_base
            try:
                for tok in scan(text):
                    if tok.type == "LINE_COMMENT" and tok.column == 1 and tok.value.startswith("//line "):
                        directives.append((tok, tok.value[7:].rstrip("\r"), tok.line + 1, 1))
                    elif tok.type == "GENERAL_COMMENT" and tok.value.startswith("/*line "):
                        if "\n" not in tok.value:  # over several lines: not a directive
                            directives.append((tok, tok.value[7:-2], tok.line, self.byte_col(tok.line, tok.end_column)))
                break
            except UnexpectedCharacters as e:
                text = blank_lexical_error(text, e.pos_in_stream)[0]
        for directive in directives:
            self.add_base(*directive)

    def add_base(self, tok: Token, text: str, line: int, col: int) -> None:
        """Go's updateBase: text is "file:line" or "file:line:col"; the
        directive holds from line and byte column col on."""
        at = self.byte_col(tok.line, tok.column) + len("//line ")  # where text starts
        i = text.rfind(":")
        if i < 0:
            return  # not a line directive
        if not DIGITS.fullmatch(text, i + 1):
            self.errors.append(Error(self.position(tok.line, at + i + 1), "invalid line number: " + text[i + 1 :]))
            return
        j = text.rfind(":", 0, i)
        has_col = j >= 0 and DIGITS.fullmatch(text, j + 1, i) is not None
        rel_col = 0
        if has_col:
            rel_col = int(text[i + 1 :])
            if rel_col == 0 or rel_col > POS_MAX:
                self.errors.append(Error(self.position(tok.line, at + i + 1), "invalid column number: " + text[i + 1 :]))
                return
            text, i = text[:i], j  # lop off ":col"
        rel_line = int(text[i + 1 :])
        if rel_line == 0 or rel_line > POS_MAX:
            self.errors.append(Error(self.position(tok.line, at + i + 1), "invalid line number: " + text[i + 1 :]))
            return
        file = text[:i]
        if not file and has_col:
            file = self.bases[-1].file if self.bases else self.filename
        self.bases.append(LineBase(line, col, file, rel_line, rel_col))
        self.starts.append((line, col))


class Builder:
    """Builds ast.py nodes from Lark reductions; see the module docstring.

    A method named after a rule or alias takes the rule's children as its
    arguments; ``lark_transformer`` hands the methods to Lark.
    """

    def __init__(self):
        self.at = PositionTable("", "")
        self.decl_keyword: Pos | None = None  # the last const/type/var keyword, for decl_stmt
        self.tparams_lbrack: Pos | None = None  # the last type parameter list's "[", for func_decl
        self.reset()

    def reset(self) -> None:
        """Forget the errors of the last parse."""
        self.errors: list[Error] = []  # the file's errors, in the order found
        self.last_syntax_error: Pos | None = None
        # The literals the scanner could not read, by offset (recovery.py
        # stands a 0 in for each): their text.
        self.broken: dict[int, str] = {}
        # Labels Go's parser drops, having found no statement after them
        # (by their offset): recovery made one up, an empty one.
        self.dropped_labels: set[int] = set()

    def report(self, error: Error) -> None:
        """Records an error and goes on, as Go's parser does. Like Go's
        compiler (base.ErrorfAt), it keeps one syntax error per line: the
        first on a line explains it, the others follow from it."""
        if error.msg.startswith("syntax error"):
            last = self.last_syntax_error
            if last is not None and (last.file, last.line) == (error.pos.file, error.pos.line):
                return
            self.last_syntax_error = error.pos
        self.errors.append(error)

    def syntax_error(self, pos: Pos, msg: str) -> None:
        self.report(Error(pos, "syntax error: " + msg))

    def name_node(self, tok: Token) -> ast.Name:
        return ast.Name(self.at(tok), tok.value)

    # -----------------------------------------------------------------------
    # Files and declarations

    def source_file(self, package, *decls):
        keyword, pkg_name = package
        imports, others = [], []
        for d in present(decls):
            if isinstance(d, ast.ImportDecl):
                imports.append(d)
            elif isinstance(d, list):
                others.extend(d)
            else:
                others.append(d)
        return ast.File(self.at(keyword), pkg_name, imports, others, self.at.filename)

    def package_clause(self, keyword, name):
        return keyword, self.name_node(name)

    def import_spec(self, local, path):
        lit = self.basic_lit(path)
        if path.type != "STRING":  # reported after the literal, where Go's parser is then
            self.syntax_error(Pos(lit.pos.file, lit.pos.line, lit.pos.col + len(path.value.encode())),
                              "import path must be a string")
        if local is None:
            return ast.ImportDecl(lit.pos, None, lit)
        return ast.ImportDecl(self.at(local), self.name_node(local), lit)

    def name_list(self, *names):
        return [self.name_node(n) for n in names]

    def const_decl(self, keyword, *specs):
        """A const group: specs without values repeat the previous ones (spec: Iota)."""
        self.decl_keyword = self.at(keyword)
        decls = []
        prev_type, prev_values = None, []
        for iota, (names, typ, values) in enumerate(present(specs)):
            inherited = typ is None and values is None and iota > 0
            if inherited:
                typ, values = prev_type, prev_values
            else:
                prev_type, prev_values = typ, values or []
            decls.append(ast.ConstDecl(names[0].pos, names, typ, values or [], iota, inherited))
        return decls

    def const_spec(self, names, typ, values):
        return names, typ, values

    def var_decl(self, keyword, *specs):
        self.decl_keyword = self.at(keyword)
        return present(specs)

    def var_spec(self, names, typ, values):
        return ast.VarDecl(names[0].pos, names, typ, values or [])

    def var_spec_untyped(self, names, values):
        return ast.VarDecl(names[0].pos, names, None, values)

    def type_decl(self, keyword, *specs):
        self.decl_keyword = self.at(keyword)
        return present(specs)

    def type_spec(self, name, tparams, typ):
        return ast.TypeDecl(self.at(name), self.name_node(name), tparams or [], False, typ)

    def alias_spec(self, name, typ):
        return ast.TypeDecl(self.at(name), self.name_node(name), [], True, typ)

    def type_decl_params(self, *children):
        """`[A, B C, D E]` of a generic type: the first group's names come as tokens."""
        rbrack = children[-1]
        firsts = [c for c in children if isinstance(c, Token) and c.type == "NAME"]
        rest = [c for c in children[len(firsts):-1] if c is not None]
        pairs = [(self.name_node(n), None) for n in firsts]
        pairs[-1] = (pairs[-1][0], rest[0])
        return group_params(pairs + rest[1:], self.at(rbrack), True, self.syntax_error)

    def func_decl(self, pragmas, keyword, recv, name, tparams, sig, body):
        sig.pos = self.at(keyword)
        if recv is not None and tparams:
            # Go's parser accepts them and complains (funcType).
            self.syntax_error(self.tparams_lbrack, "method must have no type parameters")
        return ast.FuncDecl(self.at(name), set(pragmas.value.split("\n")) if pragmas else set(),
                            self.receiver(recv, name), self.name_node(name), tparams or [], sig, body)

    def receiver(self, recv: list[ast.Field] | None, name: Token) -> ast.Field | None:
        """The single receiver of a method (Go's funcDeclOrNil)."""
        if recv is None:
            return None
        if len(recv) != 1:
            # Reported, and the parse goes on with the first receiver, if any.
            msg = "method has no receiver" if not recv else "method has multiple receivers"
            self.report(Error(self.at(name), msg))
        return recv[0] if recv else None

    def type_params(self, lbrack, *children):
        self.tparams_lbrack = self.at(lbrack)
        return group_params(present(children[:-1]), self.at(children[-1]), True, self.syntax_error)

    def type_param(self, name, constraint):
        return self.name_node(name), constraint

    # -----------------------------------------------------------------------
    # Signatures and parameters

    def signature(self, params, results):
        # The position is set by the caller, which knows the "func" keyword.
        return ast.FuncType(None, params, results or [])

    def single_result(self, typ):
        return [ast.Field(start_pos(typ), None, typ)]

    def parameters(self, *params):
        return group_params(present(params), None, False, self.syntax_error)

    def param_type(self, typ):
        if type(typ) is ast.Name:
            return typ, None  # a name or a type: group_params decides
        return None, typ

    def param_named(self, name, typ):
        return self.name_node(name), typ

    def param_dots(self, dots, typ):
        return None, ast.DotsType(self.at(dots), typ)

    def param_named_dots(self, name, dots, typ):
        return self.name_node(name), ast.DotsType(self.at(dots), typ)

    # -----------------------------------------------------------------------
    # Types

    def name(self, tok):
        return ast.Name(self.at(tok), tok.value)

    def qualified_name(self, pkg, sel):
        x = self.name_node(pkg)
        return ast.SelectorExpr(x.pos, x, self.name_node(sel))

    def generic_type(self, name, lbrack, *args):
        return self.index(self.name_node(name), lbrack, *args)

    def qualified_generic_type(self, pkg, sel, lbrack, *args):
        return self.index(self.qualified_name(pkg, sel), lbrack, *args)

    def paren_type(self, lparen, typ):
        return typ

    def pointer_type(self, star, typ):
        return ast.Operation(self.at(star), "*", typ, None)

    def array_type(self, lbrack, length, elem):
        return ast.ArrayType(self.at(lbrack), length, elem)

    def array_type_dots(self, lbrack, dots, elem):
        return ast.ArrayType(self.at(lbrack), None, elem)

    def slice_type(self, lbrack, elem):
        return ast.SliceType(self.at(lbrack), elem)

    def map_type(self, keyword, key, value):
        return ast.MapType(self.at(keyword), key, value)

    def chan_both(self, keyword, elem):
        return ast.ChanType(self.at(keyword), 0, elem)

    def chan_send(self, keyword, arrow, elem):
        return ast.ChanType(self.at(keyword), ast.SEND, elem)

    def chan_recv(self, arrow, keyword, elem):
        return ast.ChanType(self.at(arrow), ast.RECV, elem)

    def func_type(self, keyword, sig):
        sig.pos = self.at(keyword)
        return sig

    def struct_type(self, keyword, *decls):
        fields, tags = [], []
        for decl in present(decls):
            for f, tag in decl:
                fields.append(f)
                tags.append(tag)
        return ast.StructType(self.at(keyword), fields, tags)

    def named_fields(self, *children):
        """`a, b T "tag"`: one Field per name, all sharing the type node."""
        *names, typ, tag = children
        tag = tag and self.basic_lit(tag)
        return [(ast.Field(self.at(n), self.name_node(n), typ), tag) for n in names]

    def embedded_field(self, typ, tag):
        return [(ast.Field(start_pos(typ), None, typ), tag and self.basic_lit(tag))]

    def interface_type(self, keyword, *elems):
        return ast.InterfaceType(self.at(keyword), present(elems))

    def method_elem(self, name, sig):
        sig.pos = self.at(name)
        return ast.Field(sig.pos, self.name_node(name), sig)

    def generic_method_elem(self, name, lbrack, *children):
        """`m[P any](...)`: Go's parser accepts type parameters on an
        interface method and complains (methodDecl); the method stays.
        Only a first parameter with its own constraint is read so: after
        `m[A,` LALR could not tell an embedded `m[A, B]` from `m[A, B any]`."""
        self.report(Error(self.at(lbrack), "interface method must have no type parameters"))
        return self.method_elem(name, children[-1])

    def type_elem(self, typ):
        return ast.Field(start_pos(typ), None, typ)

    def union(self, x, pipe, y):
        return ast.Operation(self.at(pipe), "|", x, y)

    def tilde(self, op, typ):
        return ast.Operation(self.at(op), "~", typ, None)

    # -----------------------------------------------------------------------
    # Expressions

    def binary_chain(self, *chain):
        """`x op y op z ...` grouped by precedence (Go's binaryExpr).

        An operand waits on a stack until the next operator binds less
        tightly: 1 + 2 * 3 - 4 becomes (1 + (2 * 3)) - 4.
        """
        operands, operators = [chain[0]], []
        for i in range(1, len(chain), 2):
            op = chain[i]
            while operators and PRECEDENCE[operators[-1].value] >= PRECEDENCE[op.value]:
                self.reduce_binary(operands, operators)
            operators.append(op)
            operands.append(chain[i + 1])
        while operators:
            self.reduce_binary(operands, operators)
        return operands[0]

    def reduce_binary(self, operands: list[ast.Expr], operators: list[Token]) -> None:
        """Replaces the top two operands by their operation with the top operator."""
        op = operators.pop()
        y = operands.pop()
        operands[-1] = ast.Operation(self.at(op), op.value, operands[-1], y)

    def unary(self, op, x):
        if op.type == "ARROW" and isinstance(x, ast.ChanType):
            return self.receive_chan_type(op, x)
        return ast.Operation(self.at(op), op.value, x, None)

    def receive_chan_type(self, arrow: Token, x: ast.ChanType) -> ast.ChanType:
        """Re-associates `<-` applied to a channel type (Go's unaryExpr).

        In an expression `<-chan int` first parses as the receive operation
        `<-(chan int)`; it is really the type `<-chan int`. The arrow moves
        into the channel type, and through send-only channel types to the
        first channel that can take it: `<-chan<- chan T` means
        `<-chan (<-chan T)`.
        """
        t = x
        direction = ast.SEND
        while direction == ast.SEND and isinstance(t, ast.ChanType):
            direction = t.dir
            if direction == ast.RECV:  # <-<-chan E
                self.syntax_error(self.at(arrow), "unexpected <-, expecting chan")
            t.dir = ast.RECV
            t = t.elem
        if direction == ast.SEND:  # <-chan<- E where E is no channel
            self.syntax_error(self.at(arrow), f"unexpected {expr_string(t)}, expecting chan")
        x.pos = self.at(arrow)
        return x

    def expr_list(self, *exprs):
        return list(exprs)

    def selector(self, x, dot, sel):
        return ast.SelectorExpr(start_pos(x), x, self.name_node(sel), self.at(dot))

    def type_assert(self, x, typ):
        return ast.AssertExpr(start_pos(x), x, typ)

    def type_guard(self, x, keyword):
        return ast.TypeSwitchGuard(start_pos(x), None, x)

    def index(self, x, lbrack, *indices):
        """X[I], or X[T1, T2] whose index is then a ListExpr (instantiation)."""
        indices = present(indices)
        index = indices[0] if len(indices) == 1 else ast.ListExpr(start_pos(indices[0]), indices)
        return ast.IndexExpr(start_pos(x), x, index, self.at(lbrack))

    def slice(self, x, lbrack, low, high):
        return ast.SliceExpr(start_pos(x), x, low, high, None, False, self.at(lbrack))

    def full_slice(self, x, lbrack, low, high, colon, max_, rbrack):
        # Go's parser reports a missing index and goes on (not a syntax
        # error) with a bad expression in its place.
        if high is None:
            self.report(Error(self.at(colon), "middle index required in 3-index slice"))
            high = ast.BadExpr(self.at(colon))
        if max_ is None:
            self.report(Error(self.at(rbrack), "final index required in 3-index slice"))
            max_ = ast.BadExpr(self.at(rbrack))
        return ast.SliceExpr(start_pos(x), x, low, high, max_, True, self.at(lbrack))

    def call(self, fun, lparen, *children):
        *args, rparen = children
        has_dots = any(isinstance(a, Token) for a in args)
        args = [a for a in args if a is not None and not isinstance(a, Token)]
        return ast.CallExpr(start_pos(fun), fun, args, has_dots, self.at(rparen), self.at(lparen))

    def composite_lit(self, typ, lbrace, *children):
        if isinstance(typ, ast.ParenExpr) and isinstance(ast.unparen(typ), COMPOSITE_TYPES):
            self.syntax_error(self.at(lbrace), "cannot parenthesize type in composite literal")
        elif not isinstance(typ, COMPOSITE_TYPES):
            self.syntax_error(self.at(lbrace), "unexpected { at end of statement")
        *elems, rbrace = children
        return ast.CompositeLit(start_pos(typ), typ, present(elems), self.at(rbrace))

    def literal_value(self, lbrace, *children):
        *elems, rbrace = children
        return ast.CompositeLit(self.at(lbrace), None, present(elems), self.at(rbrace))

    def key_value(self, key, value):
        return ast.KeyValueExpr(start_pos(key), key, value)

    def paren(self, lparen, x):
        return ast.ParenExpr(self.at(lparen), x)

    def func_lit(self, keyword, sig, body):
        sig.pos = self.at(keyword)
        return ast.FuncLit(sig.pos, sig, body)

    def basic_lit(self, tok: Token) -> ast.BasicLit:
        """A literal, checked as Go's scanner checks it."""
        pos = self.at(tok)
        if tok.start_pos in self.broken:  # reported by the scanner
            return ast.BasicLit(pos, tok.type, self.broken[tok.start_pos], bad=True)
        try:
            check_literal(tok.type, tok.value)
        except LiteralError as e:
            self.report(Error(Pos(pos.file, pos.line, pos.col + e.offset), e.msg))
            return ast.BasicLit(pos, tok.type, tok.value, bad=True)
        return ast.BasicLit(pos, tok.type, tok.value)

    int_lit = float_lit = imag_lit = char_lit = string_lit = basic_lit

    # -----------------------------------------------------------------------
    # Statements

    def block(self, lbrace, *children):
        *stmts, rbrace = children
        return ast.BlockStmt(self.at(lbrace), present(stmts), self.at(rbrace))

    def decl_stmt(self, decls):
        # The parser reduces a declaration just before its statement, so
        # decl_keyword is this one's: an empty group (var ()) has no spec
        # to take a position from.
        return ast.DeclStmt(decls[0].pos if decls else self.decl_keyword, decls, self.decl_keyword)

    def labeled_stmt(self, label, stmt):
        name = self.name_node(label)
        if label.start_pos in self.dropped_labels:
            return ast.EmptyStmt(name.pos)
        return ast.LabeledStmt(name.pos, name, stmt or ast.EmptyStmt(name.pos))

    def go_stmt(self, keyword, x):
        return self.call_stmt(keyword, x)

    defer_stmt = go_stmt

    def call_stmt(self, keyword: Token, x: ast.Expr) -> ast.CallStmt:
        """go/defer: the operand must be a call, not parenthesized (Go's
        callStmt). Both mistakes are reported and parsing goes on, as Go's
        parser does: they are errors of the file, not syntax errors."""
        if isinstance(x, ast.ParenExpr):
            self.report(Error(start_pos(x), f"expression in {keyword} must not be parenthesized"))
            while isinstance(x, ast.ParenExpr):
                x = x.x
        if not isinstance(x, ast.CallExpr):
            pos = syntax_pos(x)
            self.report(Error(pos, f"expression in {keyword} must be function call"))
            x = ast.CallExpr(pos, x, [], False, pos, pos)  # taken for a call missing its parentheses, as Go's parser does
        return ast.CallStmt(self.at(keyword), keyword.value, x)

    def return_stmt(self, keyword, results):
        return ast.ReturnStmt(self.at(keyword), results or [])

    def branch_stmt(self, keyword, label=None):
        return ast.BranchStmt(self.at(keyword), keyword.value, label and self.name_node(label))

    def expr_stmt(self, x):
        return ast.ExprStmt(start_pos(x), x)

    # Like Go's, a simple statement with an operator is positioned at the
    # operator: errors such as "no new variables on left side of :=" point there.

    def send_stmt(self, ch, arrow, value):
        return ast.SendStmt(self.at(arrow), ch, value)

    def inc_dec_stmt(self, x, op):
        return ast.IncDecStmt(self.at(op), x, op.value == "++")

    def op_assign_stmt(self, x, op, y):
        return ast.AssignStmt(self.at(op), op.value[:-1], [x], [y])

    def assign_stmt(self, lhs, op, rhs):
        return ast.AssignStmt(self.at(op), "", lhs, rhs)

    def define_stmt(self, lhs, op, rhs):
        return ast.AssignStmt(self.at(op), ":", lhs, rhs)

    def header(self, stmt=None):
        """if/switch header without init: (init, condition statement,
        semicolon, whether init was written as a var declaration)."""
        return None, stmt, None, False

    def header_with_var_init(self, var, init, semi, stmt=None):
        """`if var x = 1; x > 0 {`: the init statement, marked as a var declaration."""
        return init, stmt, semi, True

    def var_in_header(self, keyword: Token, init: ast.Stmt) -> None:
        """Go's parser takes `var` before a header's init statement to
        report it where the statement starts."""
        self.syntax_error(stmt_start(init), f"var declaration not allowed in {keyword} initializer")

    def header_with_init(self, init, semi, stmt=None):
        return init, stmt, semi, False

    def if_stmt(self, keyword, header, then, else_):
        init, cond_stmt, semi, var = header
        if var:
            self.var_in_header(keyword, init)
        cond = self.condition(cond_stmt, semi)
        return ast.IfStmt(self.at(keyword), init, cond, then, else_)

    def condition(self, stmt: ast.Stmt | None, semi: Token | None) -> ast.Expr:
        """The condition of an if statement must be an expression (Go's header)."""
        if isinstance(stmt, ast.ExprStmt):
            return stmt.x
        if stmt is None:  # `if init; {`
            if semi.value == ";":
                self.syntax_error(self.at(semi), "missing condition in if statement")
            else:
                self.syntax_error(self.at(semi), f"unexpected {semi.value}, expecting {{ after if clause")
            return ast.BadExpr(self.at(semi))
        self.syntax_error(stmt.pos, f"cannot use {describe_stmt(stmt)} as value")
        return ast.BadExpr(stmt.pos)

    def switch_stmt(self, keyword, header, lbrace, *children):
        init, tag_stmt, _, var = header
        if var:
            self.var_in_header(keyword, init)
        *clauses, rbrace = children
        clauses = present(clauses)
        tag = None
        if isinstance(tag_stmt, ast.ExprStmt):
            tag = tag_stmt.x
        elif is_guard_definition(tag_stmt):
            tag = self.guard_from(tag_stmt)
        elif tag_stmt is not None:
            self.syntax_error(tag_stmt.pos, f"cannot use {describe_stmt(tag_stmt)} as value")
        return ast.SwitchStmt(self.at(keyword), init, tag, clauses, self.at(rbrace))

    def guard_from(self, define: ast.AssignStmt) -> ast.TypeSwitchGuard:
        """The guard `x := y.(type)` of a type switch, from its definition."""
        lhs, x = define.lhs, define.rhs[0].x
        if len(lhs) != 1 or not isinstance(lhs[0], ast.Name):  # Go's parser makes it an assignment
            names = ", ".join(expr_string(e) for e in lhs)
            self.syntax_error(define.pos, f"cannot use {names} := {expr_string(x)}.(type) as value")
        return ast.TypeSwitchGuard(lhs[0].pos, lhs[0], x)

    def clause_parts(self, keyword: Token, children: tuple) -> tuple:
        """(head, colon position, statements) of a case clause; no head for default."""
        if keyword.type == "DEFAULT":
            head, (colon, *stmts) = None, children
        else:
            head, colon, *stmts = children
        return head, self.at(colon), present(stmts)

    def case_clause(self, keyword, *children):
        cases, colon, body = self.clause_parts(keyword, children)
        return ast.CaseClause(self.at(keyword), cases, body, colon)

    def select_stmt(self, keyword, lbrace, *children):
        *clauses, rbrace = children
        return ast.SelectStmt(self.at(keyword), present(clauses), self.at(rbrace))

    def comm_clause(self, keyword, *children):
        comm, colon, body = self.clause_parts(keyword, children)
        return ast.CommClause(self.at(keyword), comm, body, colon)

    def for_cond(self, keyword, stmt, body):
        cond = None
        if stmt is not None:
            if not isinstance(stmt, ast.ExprStmt):
                self.syntax_error(stmt.pos, f"cannot use {describe_stmt(stmt)} as value")
            else:
                cond = stmt.x
        return ast.ForStmt(self.at(keyword), None, cond, None, body)

    def for_clause_with_var(self, keyword, var, init, cond, post, body):
        self.var_in_header(keyword, init)
        return self.for_clause(keyword, init, cond, post, body)

    def for_clause(self, keyword, init, cond, post, body):
        if cond is not None and not isinstance(cond, ast.ExprStmt):
            self.syntax_error(cond.pos, f"cannot use {describe_stmt(cond)} as value")
            cond = None
        if isinstance(post, ast.AssignStmt) and post.op == ":":
            self.syntax_error(post.pos, "cannot declare in post statement of for loop")
        return ast.ForStmt(self.at(keyword), init, cond and cond.x, post, body)

    def for_range(self, keyword, *children):
        *lhs, _, x, body = children
        key = value = extra = None
        define = False
        if lhs:
            names, op = lhs
            key, value, extra = (names + [None, None])[:3]
            define = op.type == "DEFINE"
        return ast.RangeStmt(self.at(keyword), key, value, define, x, body, extra)


def lark_transformer(builder: Builder) -> SimpleNamespace:
    """The builder as Lark's ``transformer=`` option takes it.

    Lark calls the callback of a rule with the list of the rule's children,
    and the builder's methods take them as arguments: each method is wrapped
    here in a function that spreads the list. (Lark's ``v_args(inline=True)``
    does the same with three calls per reduction instead of one.)
    """
    methods = {name: getattr(builder, name) for name in dir(Builder) if not name.startswith("_")}
    return SimpleNamespace(**{name: spread_children(method) for name, method in methods.items()})


def spread_children(method):
    """A callback taking a list of children, calling `method` with them as arguments."""
    return lambda children: method(*children)


def is_guard_definition(stmt: ast.Stmt | None) -> bool:
    """Is stmt `x := y.(type)`, a type switch's guard?"""
    return (isinstance(stmt, ast.AssignStmt) and stmt.op == ":" and len(stmt.rhs) == 1
            and isinstance(stmt.rhs[0], ast.TypeSwitchGuard))


def group_params(params: list[tuple], close: Pos | None, type_params: bool,
                 syntax_error: Callable[[Pos, str], None]) -> list[ast.Field]:
    """Distributes types over names in a parameter list (Go's paramList).

    Each entry is (name, type): a bare identifier comes as (name, None),
    since it may be a parameter name or a type. If no entry has both, every
    bare name is a type: func(int, string). Otherwise each bare name takes
    the type of the next typed entry: func(a, b int) gives a and b one type
    node. Type parameters must always be named.
    """
    named = sum(1 for name, typ in params if name is not None and typ is not None)
    if named == 0 and not type_params:
        return [ast.Field(start_pos(name or typ), None, name or typ) for name, typ in params]
    fields: list[ast.Field] = []
    error_pos = None
    typ = None
    for name, own_type in reversed(params):
        if own_type is not None:
            typ = own_type
            if name is None:
                error_pos = start_pos(typ)
                name = ast.Name(error_pos, "_")
        elif typ is None:
            error_pos = name.pos
        fields.append(ast.Field(name.pos, name, own_type or typ or ast.BadExpr(name.pos)))
    if error_pos is not None:
        syntax_error(*param_error(params, named, error_pos, close, type_params))
    fields.reverse()
    return fields


def param_error(params, named: int, pos: Pos, close: Pos | None, type_params: bool) -> tuple[Pos, str]:
    """Go's message for a parameter list mixing names and bare types."""
    if not type_params:
        return pos, "mixed named and unnamed parameters"
    typed = sum(1 for _, typ in params if typ is not None)
    if named == typed:
        return close, "missing type constraint"
    return pos, "type parameters must be named"


def stmt_start(stmt: ast.Stmt) -> Pos:
    """The position of a statement's first token (a simple statement's own
    is its operator's, a declaration's its first spec's)."""
    if isinstance(stmt, ast.DeclStmt):
        return stmt.keyword
    if isinstance(stmt, ast.AssignStmt):
        return start_pos(stmt.lhs[0])
    if isinstance(stmt, ast.SendStmt):
        return start_pos(stmt.chan)
    if isinstance(stmt, (ast.IncDecStmt, ast.ExprStmt)):
        return start_pos(stmt.x)
    return stmt.pos


def describe_stmt(stmt: ast.Stmt) -> str:
    """A statement as Go's errors print it: `assignment (x) = (1)`, `x := 1`."""
    if isinstance(stmt, ast.AssignStmt):
        lhs = ", ".join(expr_string(x) for x in stmt.lhs)
        rhs = ", ".join(expr_string(x) for x in stmt.rhs)
        if stmt.op == "":
            return f"assignment ({lhs}) = ({rhs})"
        return f"{lhs} {stmt.op}= {rhs}"
    if isinstance(stmt, ast.IncDecStmt):
        return expr_string(stmt.x) + ("++" if stmt.inc else "--")
    if isinstance(stmt, ast.SendStmt):
        return f"{expr_string(stmt.chan)} <- {expr_string(stmt.value)}"
    return type(stmt).__name__
