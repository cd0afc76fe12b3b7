"""This module implements coverage: go test -cover's rewriting of a
package's files with counters (Go's cmd/cover), so that the test binary
can say which statements ran.

A function's statements are split into basic blocks as cmd/cover splits
them: a block runs from the start of a statement list, or from the
statement after one that changes the flow of control (an if, a for, a
switch, a select, a nested block, a label, a branch, a call of panic, or
a statement holding a function literal), to that statement. At the start
of each block goes a counter:

    func Add(a, b int) int {GoCover_0.Count[0] = 1;
    	if a > 100 {GoCover_0.Count[2] = 1;
    		return 0
    	}
    	GoCover_0.Count[1] = 1;return a + b
    }

(``Count[i]++`` with -covermode=count; an atomic add with atomic), on the
block's own line, so that no line moves. The file ends with the counters'
variable: for each block its position (start line, end line, and the two
columns, byte-counted, in one word) and its number of statements, which
package testing reads to report "coverage: 66.7% of statements" and to
write -coverprofile (registered by the test main: testmain.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, fields

from gominic.syntax import ast
from gominic.syntax.builder import stmt_start
from gominic.work.load import Loader, Package, SourceFile, is_local_pattern, is_test_file

MODES = ("set", "count", "atomic")
ATOMIC = "_cover_atomic_"  # the name a file imports sync/atomic by, in atomic mode


@dataclass
class Block:
    """One counter's block: from (line0, col0) to (line1, col1), stmts statements."""

    line0: int
    col0: int
    line1: int
    col1: int
    stmts: int


@dataclass
class Coverage:
    """What a test binary counts: the mode, each covered file (its name in
    profiles, "path/to/pkg/file.go", its package and its counters'
    variable), and for -coverpkg the packages named after the percentage."""

    mode: str
    files: list[tuple[str, str, str]]
    packages: str = ""  # " in a, b"


# Packages never covered: the runtime runs before any counter exists.
NEVER_COVERED = {"runtime", "unsafe"}


def cover_test(loader: Loader, ptest: Package, pxtest: Package | None, mode: str, patterns: list[str],
               warn: Callable[[str], None]) -> Coverage:
    """Put counters in the package under test (ptest, with its internal
    tests) or, with -coverpkg patterns, in every package they match among
    those the test depends on and those a local pattern ("./...") names:
    as go test, which covers the packages of the whole run in each test
    binary, and warns of a pattern matching none."""
    if not patterns:
        return Coverage(mode, cover_package(ptest, mode))
    candidates = {p.import_path: p for p in loader.load_graph([ptest] + ([pxtest] if pxtest else []))}
    targets: dict[str, Package] = {}
    for pattern in patterns:
        if is_local_pattern(pattern):
            found = loader.load_patterns([pattern])
        else:
            found = [p for path, p in candidates.items() if match_pattern(pattern, path)]
        if not found:
            warn(f"warning: no packages being tested depend on matches for pattern {pattern}")
        targets.update((p.import_path, candidates.get(p.import_path, p)) for p in found
                       if p.import_path not in NEVER_COVERED and not (mode == "atomic" and p.import_path == "sync/atomic"))
    files = [f for p in targets.values() for f in cover_package(p, mode)]
    return Coverage(mode, files, " in " + ", ".join(patterns))


def match_pattern(pattern: str, path: str) -> bool:
    """Go's import path patterns: "..." matches any string, and a final
    "/..." the path before it too ("net/..." matches net)."""
    regex = re.escape(pattern).replace(r"\.\.\.", ".*")
    if pattern.endswith("/..."):
        regex = regex[:-len(r"/.*")] + r"(/.*)?"
    return re.fullmatch(regex, path) is not None


def cover_package(pkg: Package, mode: str) -> list[tuple[str, str, str]]:
    """Put counters in pkg's files (not its tests), in place; return each
    covered file's name in profiles ("path/to/pkg/file.go"), its package
    and its counters' variable, for the test main to register."""
    covered = []
    for i, f in enumerate(pkg.go_files):
        if is_test_file(f.path):
            continue
        var = f"GoCover_{i}"
        src, blocks = annotate(f.src, var, mode)
        if blocks:
            # The counters move columns, not lines: errors give lines only, as go test -cover's.
            pkg.go_files[i] = SourceFile(f.path, f"//line {f.path}:1\n".encode() + src)
            covered.append((f"{pkg.import_path}/{f.path.name}", pkg.import_path, var))
    if mode == "atomic" and covered and "sync/atomic" not in pkg.imports:
        pkg.imports = sorted([*pkg.imports, "sync/atomic"])
        pkg.import_pos["sync/atomic"] = f"{pkg.shown_dir}{pkg.go_files[0].path.name}:1:1"
    return covered


def annotate(src: bytes, var: str, mode: str) -> tuple[bytes, list[Block]]:
    """src with a counter at the start of each basic block, and the
    variable var declared at its end; and the blocks, counter by counter.
    A file that does not parse is left as it is: its compile says why.
    The walk is as deep as the syntax: it runs on the compiler's deep stack."""
    from gominic.compile import on_deep_stack

    return on_deep_stack(annotate_file, src, var, mode)


def annotate_file(src: bytes, var: str, mode: str) -> tuple[bytes, list[Block]]:
    """annotate, on the stack it runs on."""
    from gominic.diag import CompileError
    from gominic.syntax.parser import lex, parse_file

    text = src.decode(errors="surrogateescape")
    try:
        file = parse_file("cover.go", src)
        tokens = lex("cover.go", text)
    except CompileError:
        return src, []
    cover = Annotator(text, tokens, var, mode)
    try:
        for decl in file.decls:
            if not isinstance(decl, ast.FuncDecl):
                cover.visit_fields(decl)  # function literals in initializers
            elif decl.body is not None and decl.name.value != "_":  # a blank function never runs
                cover.visit(decl.body)
    except KeyError:
        return src, []  # //line directives moved the positions off the tokens: not counted
    if not cover.blocks:
        return src, []
    return cover.rewrite(src, file), cover.blocks


class Annotator:
    """The walk over a file's functions (cmd/cover's File.Visit): the
    blocks found and where their counters go."""

    def __init__(self, text: str, tokens: list, var: str, mode: str):
        self.var, self.mode = var, mode
        self.lines = text.split("\n")
        self.tokens = tokens
        self.index = {(t.line, self.byte_col(t.line, t.column)): i for i, t in enumerate(tokens)}
        self.blocks: list[Block] = []
        self.inserts: list[tuple[tuple[int, int], str]] = []  # ((line, col), text) in the source

    # -- positions ------------------------------------------------------

    def byte_col(self, line: int, col: int) -> int:
        text = self.lines[line - 1] if line <= len(self.lines) else ""
        return col if text.isascii() else len(text[:col - 1].encode()) + 1

    def token_end(self, i: int) -> tuple[int, int]:
        t = self.tokens[i]
        return t.end_line, self.byte_col(t.end_line, t.end_column)

    def stmt_end(self, stmt: ast.Stmt) -> tuple[int, int]:
        """Where a statement ends (go/ast's End): after the closing brace of
        a compound one's last block; else after its last token, the one
        before the semicolon or the closing brace that ends it."""
        match stmt:
            case ast.IfStmt():
                return self.stmt_end(stmt.else_) if stmt.else_ is not None else self.stmt_end(stmt.then)
            case ast.LabeledStmt():
                return self.stmt_end(stmt.stmt)
            case ast.BlockStmt() | ast.SwitchStmt() | ast.SelectStmt():
                return after((stmt.rbrace.line, stmt.rbrace.col))
            case ast.ForStmt() | ast.RangeStmt():
                return self.stmt_end(stmt.body)
        pos = stmt_start(stmt)
        i = self.index[(pos.line, pos.col)]
        depth = 0
        last = i
        while i < len(self.tokens):
            kind = self.tokens[i].type
            if depth == 0 and kind in ("SEMI", "RBRACE", "RPAREN", "RBRACK"):
                break
            depth += kind in ("LBRACE", "LPAREN", "LBRACK")
            depth -= kind in ("RBRACE", "RPAREN", "RBRACK")
            last = i
            i += 1
        return self.token_end(last)

    def body_lbrace(self, stmt: ast.Stmt) -> tuple[int, int]:
        """The opening brace of a switch's or select's body."""
        pos = stmt_start(stmt)
        i = self.index[(pos.line, pos.col)]
        depth = 0
        while not (depth == 0 and self.tokens[i].type == "LBRACE"):
            depth += self.tokens[i].type in ("LPAREN", "LBRACK", "LBRACE")
            depth -= self.tokens[i].type in ("RPAREN", "RBRACK", "RBRACE")
            i += 1
        t = self.tokens[i]
        return t.line, self.byte_col(t.line, t.column)

    # -- the walk -------------------------------------------------------

    def visit(self, node) -> None:
        """cmd/cover's Visit: count the blocks of node, then of what it holds."""
        match node:
            case ast.BlockStmt():
                lbrace = (node.pos.line, node.pos.col)
                self.add_counters(lbrace, after(lbrace), after((node.rbrace.line, node.rbrace.col)), node.list, True)
            case ast.SwitchStmt() | ast.SelectStmt():
                if isinstance(node, ast.SwitchStmt):
                    self.visit(node.init)
                    self.visit(node.tag)
                for clause in node.body:  # none in an empty switch: nowhere to put a counter
                    colon = after((clause.colon.line, clause.colon.col))
                    end = self.stmt_end(clause.body[-1]) if clause.body else colon
                    self.add_counters(colon, colon, end, clause.body, False)
                self.visit_fields(node.body)
                return
            case ast.IfStmt():
                for part in (node.init, node.cond, node.then):
                    self.visit(part)
                if node.else_ is not None:
                    self.visit_else(node)
                return
        self.visit_fields(node)

    def visit_else(self, node: ast.IfStmt) -> None:
        """An else gets braces of its own, so that a counter can go before
        an "else if" (and, as cmd/cover, before an else block too):
        ``} else{ COUNTER;if y {...}}``."""
        i = self.index[(node.then.rbrace.line, node.then.rbrace.col)] + 1  # the else
        line, col = self.tokens[i].line, self.byte_col(self.tokens[i].line, self.tokens[i].column) + len("else")
        else_ = node.else_
        end = after((else_.rbrace.line, else_.rbrace.col)) if isinstance(else_, ast.BlockStmt) else self.stmt_end(else_)
        self.inserts += [((line, col), "{"), (end, "}")]
        if isinstance(else_, ast.BlockStmt):
            self.add_counters((line, col), (line, col + 1), end, else_.list, True)
            self.visit_fields(else_.list)
        else:
            self.add_counters((line, col), (line, col + 1), after(end), [else_], True)
            self.visit(else_)

    def visit_fields(self, node) -> None:
        if isinstance(node, list):
            for child in node:
                self.visit(child)
            return
        if not isinstance(node, ast.Node):
            return
        for f in fields(node):
            value = getattr(node, f.name)
            for child in value if isinstance(value, list) else (value,):
                if isinstance(child, ast.Node):
                    self.visit(child)

    def add_counters(self, pos, insert, block_end, stmts: list[ast.Stmt], to_closing_brace: bool) -> None:
        """cmd/cover's addCounters: a counter at insert for the block of
        stmts from pos, and one for each basic block after it."""
        if not stmts:  # an empty block's counter starts where it goes
            self.counter(insert, insert, block_end, 0)
            return
        stmts = list(stmts)
        while stmts:
            last = 0
            end = block_end
            while last < len(stmts):
                stmt = stmts[last]
                end = self.boundary(stmt)
                last += 1
                if ends_basic_block(stmt):
                    if isinstance(stmt, ast.LabeledStmt) and not is_control(stmt.stmt):
                        # A goto may land on the label: the block ends before
                        # it, and its statement starts the next.
                        label = stmt_start(stmt)
                        end = (label.line, label.col)
                        stmts.insert(last, stmt.stmt)
                    to_closing_brace = False
                    break
            if to_closing_brace:
                end = block_end
            if pos != end:  # no source to cover where blocks abut
                self.counter(pos, insert, end, last)
            stmts = stmts[last:]
            if stmts:
                start = stmt_start(stmts[0])
                pos = insert = (start.line, start.col)

    def counter(self, start, insert, end, stmts: int) -> None:
        """A counter for the block from start to end, its increment at insert."""
        n = len(self.blocks)
        self.blocks.append(Block(start[0], start[1], end[0], end[1], stmts))
        self.inserts.append((insert, self.increment(n) + ";"))

    def increment(self, n: int) -> str:
        if self.mode == "atomic":
            return f"{ATOMIC}.AddUint32(&{self.var}.Count[{n}], 1)"
        if self.mode == "count":
            return f"{self.var}.Count[{n}]++"
        return f"{self.var}.Count[{n}] = 1"

    def boundary(self, stmt: ast.Stmt) -> tuple[int, int]:
        """cmd/cover's statementBoundary: where the block a statement ends
        stops: the start of a body it opens (or of a function literal in
        its header), else its end."""
        match stmt:
            case ast.BlockStmt():
                return stmt.pos.line, stmt.pos.col
            case ast.LabeledStmt():
                return self.boundary(stmt.stmt)
            case ast.IfStmt() | ast.ForStmt() | ast.RangeStmt() | ast.SwitchStmt() | ast.SelectStmt():
                for part in header_parts(stmt):
                    if (lit := func_literal(part)) is not None:
                        return lit
                if isinstance(stmt, (ast.SwitchStmt, ast.SelectStmt)):
                    return self.body_lbrace(stmt)
                body = stmt.then if isinstance(stmt, ast.IfStmt) else stmt.body
                return body.pos.line, body.pos.col
        if (lit := func_literal(stmt)) is not None:
            return lit
        return self.stmt_end(stmt)

    def rewrite(self, src: bytes, file: ast.File) -> bytes:
        """src with the increments inserted and the counters declared."""
        starts = [0]
        for line in src.split(b"\n"):
            starts.append(starts[-1] + len(line) + 1)
        edits = sorted(((starts[line - 1] + col - 1, text.encode()) for (line, col), text in self.inserts),
                       key=lambda e: e[0])  # stable: at one offset, in the order made
        out = bytearray()
        at = 0
        for offset, text in edits:
            out += src[at:offset] + text
            at = offset
        out += src[at:]
        if self.mode == "atomic":  # the import, on the package clause's line
            name_end = starts[file.pkg_name.pos.line - 1] + file.pkg_name.pos.col - 1 + len(file.pkg_name.value)
            out[name_end:name_end] = f'; import {ATOMIC} "sync/atomic"'.encode()
        n = len(self.blocks)
        pos = ", ".join(f"{b.line0}, {b.line1}, {(b.col0 & 0xFFFF) | (b.col1 & 0xFFFF) << 16:#x}" for b in self.blocks)
        stmts = ", ".join(str(b.stmts) for b in self.blocks)
        out += (f"\n\nvar {self.var} = struct {{\n\tCount   [{n}]uint32\n\tPos     [3 * {n}]uint32\n"
                f"\tNumStmt [{n}]uint16\n}}{{\n\tPos: [3 * {n}]uint32{{{pos}}},\n"
                f"\tNumStmt: [{n}]uint16{{{stmts}}},\n}}\n").encode()
        return bytes(out)


def after(pos: tuple[int, int]) -> tuple[int, int]:
    """The position one byte after pos (a brace's or a colon's)."""
    return pos[0], pos[1] + 1


def ends_basic_block(stmt: ast.Stmt) -> bool:
    """cmd/cover's endsBasicSourceBlock: whether control may leave or enter
    the statement list at this statement."""
    if isinstance(stmt, (ast.BlockStmt, ast.BranchStmt, ast.ForStmt, ast.IfStmt, ast.LabeledStmt, ast.RangeStmt,
                         ast.SwitchStmt, ast.SelectStmt)):
        return True
    if isinstance(stmt, ast.ExprStmt) and isinstance(stmt.x, ast.CallExpr):
        call = stmt.x
        if isinstance(call.fun, ast.Name) and call.fun.value == "panic" and len(call.args) == 1:
            return True  # as cmd/cover, by the name alone
    return func_literal(stmt) is not None


def is_control(stmt: ast.Stmt) -> bool:
    return isinstance(stmt, (ast.ForStmt, ast.RangeStmt, ast.SwitchStmt, ast.SelectStmt))


def header_parts(stmt: ast.Stmt) -> list:
    """What comes before a compound statement's body."""
    match stmt:
        case ast.IfStmt():
            return [stmt.init, stmt.cond]
        case ast.ForStmt():
            return [stmt.init, stmt.cond, stmt.post]
        case ast.RangeStmt():
            return [stmt.x]
        case ast.SwitchStmt():
            return [stmt.init, stmt.tag]
    return []


def func_literal(node) -> tuple[int, int] | None:
    """The opening brace of the first function literal in node, if any."""
    if isinstance(node, ast.FuncLit):
        return node.body.pos.line, node.body.pos.col
    if not isinstance(node, ast.Node):
        return None
    for f in fields(node):
        value = getattr(node, f.name)
        for child in value if isinstance(value, list) else (value,):
            if isinstance(child, ast.Node) and (found := func_literal(child)) is not None:
                return found
    return None
