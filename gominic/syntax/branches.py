"""This module implements the check of labels and branch statements in a
function body, as Go's parser does it (``syntax/branches.go``,
checkBranches) rather than its type checker: so a file with syntax errors
still has its label errors reported, as Go reports them.

It reports misplaced break, continue and fallthrough statements, labelled
breaks and continues whose label is not an enclosing for, switch or
select, labels defined twice, never used or never defined, and gotos
that jump into a block or over a variable declaration (Go spec: "Goto
statements").

A body is walked block by block. A goto whose label is not yet declared in
its block or an enclosing one is *forward*: it stays pending until a label
of its name appears in the same block (it jumped over any variable
declared between) or the block ends, when the enclosing block inherits it.
A goto still pending at the end of the body names a label inside another
block (it jumps into that block) or none at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from gominic.diag import NOPOS, Error, Pos
from gominic.syntax import ast
from gominic.syntax.printer import expr_string


@dataclass(eq=False)
class Block:
    parent: Block | None
    start: Pos  # where Go says the block starts: its "{", its case keyword
    labeled: ast.LabeledStmt | None  # the labelled statement the block belongs to


@dataclass(eq=False)
class Label:
    block: Block  # the block declaring the label
    stmt: ast.LabeledStmt
    used: bool = False


@dataclass(frozen=True)
class Targets:
    """What an unlabelled branch leaves: the innermost for, switch or select
    (break), the innermost for (continue), and for a fallthrough the
    switch's case clause index (-1 when not directly in a clause)."""
    breaks: ast.Stmt | None = None
    continues: ast.Stmt | None = None
    case_index: int = -1


INVALID_TARGET = ast.EmptyStmt(NOPOS)  # a label that is not of an enclosing statement


@dataclass(eq=False)
class LabelScope:
    errors: list[Error] = field(default_factory=list)
    labels: dict[str, Label] = field(default_factory=dict)  # every label of the function

    def error(self, pos: Pos, msg: str) -> None:
        self.errors.append(Error(pos, msg))

    def declare(self, b: Block, s: ast.LabeledStmt) -> Label:
        name = s.label.value
        if (alt := self.labels.get(name)) is not None:
            self.error(s.label.pos, f"label {name} already defined at {alt.stmt.label.pos}")
            return alt
        label = self.labels[name] = Label(b, s)
        return label

    def goto_target(self, b: Block | None, name: str) -> ast.LabeledStmt | None:
        """The label's statement if it is declared in b or a block around it."""
        label = self.labels.get(name)
        if label is None:
            return None
        label.used = True  # even if it is not a valid target
        while b is not None:
            if label.block is b:
                return label.stmt
            b = b.parent
        return None

    def enclosing_target(self, b: Block | None, name: str) -> ast.Stmt | None:
        """The statement the label labels if that statement encloses b;
        INVALID_TARGET if it labels another; None if it is not defined."""
        label = self.labels.get(name)
        if label is None:
            return None
        label.used = True  # even if it is not a valid target
        while b is not None:
            if b.labeled is label.stmt:
                return label.stmt.stmt
            b = b.parent
        return INVALID_TARGET

    def block_branches(self, parent: Block | None, ctxt: Targets, labeled: ast.LabeledStmt | None,
                       start: Pos, body: list[ast.Stmt]) -> list[ast.BranchStmt]:
        """Check one block's statements; returns its unresolved forward gotos."""
        b = Block(parent, start, labeled)
        var_pos: Pos | None = None
        var_name = ""
        forward: list[ast.BranchStmt] = []
        jumped: list[ast.BranchStmt] = []  # forward gotos pending when the last variable was declared

        def declare_var(pos: Pos, name: str) -> None:
            nonlocal var_pos, var_name
            var_pos, var_name = pos, name
            jumped[:] = forward

        def inner(ctxt: Targets, start: Pos, stmts: list[ast.Stmt]) -> None:
            forward.extend(self.block_branches(b, ctxt, labeled, start, stmts))

        stmts = trim_trailing_empty(body)
        for index, s in enumerate(stmts):
            labeled = None
            while isinstance(s, ast.LabeledStmt):
                if (name := s.label.value) != "_":
                    label = self.declare(b, s)
                    for fwd in [g for g in forward if g.label.value == name]:
                        forward.remove(fwd)
                        label.used = True
                        if var_pos is not None and fwd in jumped:
                            self.error(fwd.label.pos, f"goto {name} jumps over declaration of {var_name} at {var_pos}")
                    labeled = s
                s = s.stmt
            match s:
                case ast.DeclStmt():
                    if var := next((d for d in s.decls if isinstance(d, ast.VarDecl)), None):
                        declare_var(var.pos, var.names[0].value)
                case ast.AssignStmt(op=":"):
                    declare_var(s.pos, ", ".join(expr_string(x) for x in s.lhs))
                case ast.BranchStmt(label=None):
                    self.unlabelled_branch(s, ctxt, index + 1 < len(stmts))
                case ast.BranchStmt():
                    self.labelled_branch(s, b, forward)
                case ast.BlockStmt():
                    inner(Targets(ctxt.breaks, ctxt.continues), s.pos, s.list)
                case ast.IfStmt():
                    inner(Targets(ctxt.breaks, ctxt.continues), s.then.pos, s.then.list)
                    if s.else_ is not None:
                        inner(Targets(ctxt.breaks, ctxt.continues), s.else_.pos, [s.else_])
                case ast.ForStmt() | ast.RangeStmt():
                    inner(Targets(s, s), s.body.pos, s.body.list)
                case ast.SwitchStmt():
                    for i, clause in enumerate(s.body):
                        inner(Targets(s, ctxt.continues, i), clause.pos, clause.body)
                case ast.SelectStmt():
                    for clause in s.body:
                        inner(Targets(s, ctxt.continues), clause.pos, clause.body)
        return forward

    def unlabelled_branch(self, s: ast.BranchStmt, ctxt: Targets, more: bool) -> None:
        if s.tok == "break" and ctxt.breaks is None:
            self.error(s.pos, "break is not in a loop, switch, or select")
        elif s.tok == "continue" and ctxt.continues is None:
            self.error(s.pos, "continue is not in a loop")
        elif s.tok == "fallthrough":
            msg = "fallthrough statement out of place"
            switch = ctxt.breaks
            if isinstance(switch, ast.SwitchStmt):
                if isinstance(switch.tag, ast.TypeSwitchGuard):
                    msg = "cannot fallthrough in type switch"
                elif ctxt.case_index < 0 or more:
                    pass  # nested in a block, or not the clause's last statement
                elif ctxt.case_index + 1 == len(switch.body):
                    msg = "cannot fallthrough final case in switch"
                else:
                    return
            self.error(s.pos, msg)

    def labelled_branch(self, s: ast.BranchStmt, b: Block, forward: list[ast.BranchStmt]) -> None:
        name = s.label.value
        if s.tok == "goto":
            if self.goto_target(b, name) is None:
                forward.append(s)  # the label may come later
            return
        target = self.enclosing_target(b, name)
        if target is None:
            self.error(s.label.pos, f"{s.tok} label not defined: {name}")
        elif not isinstance(target, (ast.ForStmt, ast.RangeStmt) if s.tok == "continue" else
                            (ast.ForStmt, ast.RangeStmt, ast.SwitchStmt, ast.SelectStmt)):
            self.error(s.label.pos, f"invalid {s.tok} label {name}")


def check_branches(body: ast.BlockStmt) -> list[Error]:
    """The label and branch errors of one function body, in Go's order."""
    scope = LabelScope()
    for fwd in scope.block_branches(None, Targets(), None, body.pos, body.list):
        name = fwd.label.value
        if (label := scope.labels.get(name)) is not None:
            label.used = True  # no "defined and not used" on top
            scope.error(fwd.label.pos, f"goto {name} jumps into block starting at {label.block.start}")
        else:
            scope.error(fwd.label.pos, f"label {name} not defined")
    for label in scope.labels.values():
        if not label.used:
            scope.error(label.stmt.label.pos, f"label {label.stmt.label.value} defined and not used")
    return scope.errors


def trim_trailing_empty(stmts: list[ast.Stmt]) -> list[ast.Stmt]:
    """A fallthrough is a clause's last statement even before empty ones."""
    end = len(stmts)
    while end > 0 and isinstance(stmts[end - 1], ast.EmptyStmt):
        end -= 1
    return stmts[:end]


def function_bodies(node: ast.Node):
    """The bodies of the functions and function literals in node, for a
    file the type checker will not see (it has syntax errors)."""
    if isinstance(node, (ast.FuncDecl, ast.FuncLit)) and node.body is not None:
        yield node.body
    for f in fields(node):
        value = getattr(node, f.name)
        for child in value if isinstance(value, list) else (value,):
            if isinstance(child, ast.Node):
                yield from function_bodies(child)
