"""This module implements Go's wording for syntax errors found by Lark.

Lark reports a syntax error as the unexpected token plus the set of
terminals the LALR automaton would have accepted. Go's recursive-descent
parser (``cmd/compile/internal/syntax/parser.go``) words the same error
from the function it is in: ``unexpected x at end of statement`` in
``stmtList``, ``unexpected newline in argument list; possibly missing comma
or )`` in ``list``, ``unexpected }, expecting expression`` in ``operand``.

To pick Go's phrase we rebuild that context from the parser's value stack:
the brackets that are still open there are exactly those whose constructs
are unfinished, and the value just before an opening bracket tells what it
opens (a call's "(" follows its function, a block's "{" follows a header).
The expected terminals then choose among the phrases of that context.

The unexpected token is described as Go 1.19 does (``syntaxErrorAt``):
a name by itself, ``literal 42``, ``newline``, ``EOF``, ``comma``, a
keyword or an operator by its text.

Each message comes with the tokens Go's parser skips to after it, its
``advance(followlist...)`` in the function that reports it: recovery.py
goes on from there to find the file's later errors.
"""

from __future__ import annotations

import unicodedata

from lark import Token, Tree
from lark.exceptions import UnexpectedCharacters, UnexpectedInput, UnexpectedToken
from lark.parsers.lalr_analysis import Shift

from gominic.diag import Error, Pos
from gominic.syntax import ast
from gominic.syntax.builder import PositionTable
from gominic.syntax.scanner import KEYWORDS

LITERALS = {"INT", "FLOAT", "IMAG", "CHAR", "STRING"}
OPENERS = {"LBRACE", "LPAREN", "LBRACK"}
CLOSERS = {"RBRACE", "RPAREN", "RBRACK"}
# Terminals that start an operand, and keywords that start a statement.
OPERAND_START = {"NAME", "INT", "STRING", "LPAREN"}
STATEMENT_KEYWORDS = {"IF", "FOR", "RETURN", "SWITCH"}
TYPE_START = {"NAME", "STAR", "LBRACK", "MAP", "CHAN", "STRUCT", "INTERFACE"}
TOP_LEVEL_KEYWORDS = {"CONST", "TYPE", "VAR", "FUNC"}
# Go's tokstring: how an expected token is named.
TOKEN_NAMES = {
    "COMMA": "comma", "SEMI": "semicolon or newline", "NAME": "name",
    "LPAREN": "(", "RPAREN": ")", "LBRACK": "[", "RBRACK": "]", "LBRACE": "{", "RBRACE": "}",
    "COLON": ":", "ASSIGN": "=", "DEFINE": ":=", "DOT": ".", "DOTS": "...", "ARROW": "<-",
    "STRING": "literal", "$END": "EOF",
    **{kind: word for word, kind in KEYWORDS.items()},
}
# What an open bracket is, for list contexts: (Go's list context, separator, closer).
LIST_CONTEXTS = {
    "argument list": ("comma", ")"),
    "parameter list": ("comma", ")"),
    "composite literal": ("comma", "}"),
    "grouped declaration": ("semicolon or newline", ")"),
    "struct type": ("semicolon or newline", "}"),
    "interface type": ("semicolon or newline", "}"),
}


# Go's followlists: where its parser's advance() stops skipping after an
# error, by the function that reported it. An empty list skips one token.
TOP_LEVEL_FOLLOW = ("CONST", "TYPE", "VAR", "FUNC", "PRAGMAS")  # fileOrNil
LIST_FOLLOW = ("RPAREN", "RBRACK", "RBRACE")  # list, and operand's "expecting expression"
STATEMENT_FOLLOW = ("SEMI", "RBRACE", "CASE", "DEFAULT")  # stmtList's "at end of statement"
BLOCK_FOLLOW = ("NAME", "RBRACE")  # blockStmt's "expecting { after ..."
SWITCH_BODY_FOLLOW = ("CASE", "DEFAULT", "RBRACE")  # "missing { after switch clause"
CASE_FOLLOW = ("COLON", "CASE", "DEFAULT", "RBRACE")  # caseClause
TYPE_FOLLOW = ("COMMA", "COLON", "SEMI", "RPAREN", "RBRACK", "RBRACE")  # type_
INDEX_FOLLOW = ("COMMA", "COLON", "RBRACK")  # pexpr's "expecting comma, : or ]"
FUNC_NAME_FOLLOW = ("LBRACE", "SEMI")  # funcDeclOrNil's "expecting name or ("
SKIP_ONE = ()  # want(tok) and name()
# Inside a function, skipping also stops at a keyword that starts a
# statement (Go's stopset).
STOPSET = ("BREAK", "CONST", "CONTINUE", "DEFER", "FALLTHROUGH", "FOR", "GO", "GOTO",
           "IF", "RETURN", "SELECT", "SWITCH", "TYPE", "VAR")
# Go's followlist for each phrase after "expecting ".
EXPECTING_FOLLOW = {
    "case or default or }": CASE_FOLLOW, "expression": LIST_FOLLOW, "type": TYPE_FOLLOW,
    "comma, : or ]": INDEX_FOLLOW,
}


def go_error(e: UnexpectedInput, text: str, positions: PositionTable) -> Error:
    """The Error Go reports for a Lark lexing or parsing exception."""
    if isinstance(e, UnexpectedCharacters):
        return lexical_error(e, text, positions)
    assert isinstance(e, UnexpectedToken)
    return Error(token_pos(error_token(e), text, positions), "syntax error: " + diagnose(e)[0])


def error_token(e: UnexpectedToken) -> Token:
    """Where Go reports the error: at the unexpected token, but for a label
    without a statement at the label's colon."""
    stack = e.state.value_stack
    return stack[-1] if after_label(stack) else e.token


def after_label(stack: list) -> bool:
    """Is the parser right after `Name:`, where a labelled statement goes?"""
    kinds = [v.type if isinstance(v, Token) else None for v in stack[-2:]]
    return kinds == ["NAME", "COLON"]


def token_pos(tok: Token, text: str, positions: PositionTable) -> Pos:
    return positions(tok) if tok.type != "$END" else end_pos(text, positions)


def end_pos(text: str, positions: PositionTable) -> Pos:
    lines = text.split("\n")
    return positions.position(len(lines), len(lines[-1].encode()) + 1)


def lexical_error(e: UnexpectedCharacters, text: str, positions: PositionTable) -> Error:
    """Go's scanner messages for text that starts no token."""
    i = e.pos_in_stream
    c = text[i]
    at = Token("X", c, i, e.line, e.column)
    rest = text[i:]
    if c in "\"`'":
        newline = rest.find("\n")
        what = {"'": "rune literal", "`": "string", '"': "string"}[c]
        if c != "`" and newline >= 0:
            at = Token("X", "\n", i + newline, e.line, e.column + newline)
            return Error(positions(at), f"newline in {what}")
        return Error(positions(at), f"{what} not terminated")
    if rest.startswith("/*"):
        return Error(positions(at), "comment not terminated")
    if ord(c) >= 0x80:
        # Go's scanner takes any non-ASCII character for the start of an
        # identifier (atIdentChar), and says why it cannot be one.
        if unicodedata.category(c) == "Nd":
            return Error(positions(at), f"identifier cannot begin with digit {go_rune(c)}")
        return Error(positions(at), f"invalid character {go_rune(c)} in identifier")
    return Error(positions(at), f"invalid character {go_rune(c)}")


def go_rune(c: str) -> str:
    """Go's %#U: U+0040 '@'."""
    return f"U+{ord(c):04X} '{c}'" if c.isprintable() else f"U+{ord(c):04X}"


def describe(tok: Token) -> str:
    """The unexpected token as Go 1.19 names it."""
    kind = tok.type
    if kind == "$END":
        return "EOF"
    if kind == "SEMI":
        return "semicolon" if tok.value == ";" else tok.value
    if kind == "COMMA":
        return "comma"
    if kind in LITERALS:
        return "literal " + tok.value
    if kind == "PRAGMAS":
        return "func"
    return tok.value


def open_contexts(stack: list) -> list[str]:
    """The unfinished constructs on the value stack, outermost first."""
    contexts: list[str] = []
    for i, value in enumerate(stack):
        if not isinstance(value, Token):
            continue
        if value.type in OPENERS:
            contexts.append(classify_opener(stack, i, contexts))
        elif value.type in CLOSERS and contexts:
            contexts.pop()
    return contexts


def classify_opener(stack: list, i: int, enclosing: list[str]) -> str:
    """What the bracket at stack[i] opens, judged by what precedes it."""
    tok = stack[i]
    prev = stack[i - 1] if i > 0 else None
    prev_kind = prev.type if isinstance(prev, Token) else None
    if tok.type == "LBRACK":
        return "index"
    if tok.type == "LPAREN":
        if prev_kind in ("CONST", "VAR", "TYPE", "_IMPORT"):
            return "grouped declaration"
        if prev_kind in ("FUNC", "NAME") or isinstance(prev, list):
            return "parameter list"
        if isinstance(prev, ast.Expr) and prev_kind is None:
            return "argument list"
        return "paren"
    if prev_kind in ("STRUCT", "INTERFACE"):
        return prev_kind.lower() + " type"
    if prev_kind == "SWITCH" or isinstance(prev, tuple) and stack[i - 2].type == "SWITCH":
        return "switch"
    if prev_kind == "SELECT":
        return "select"
    in_literal = enclosing and enclosing[-1] == "composite literal"
    if in_literal and prev_kind in ("LBRACE", "COMMA", "COLON"):
        return "composite literal"
    starts_block = isinstance(prev, ast.FuncType) or (
        i > 1 and isinstance(stack[i - 2], Token) and stack[i - 2].type == "RANGE")
    if isinstance(prev, ast.Expr) and not starts_block:
        return "composite literal"
    return "block"


def header_keyword(stack: list) -> tuple[str, int] | None:
    """The if/for/switch whose header the parser is in, if any, and how
    many of the header's semicolons it has read."""
    semis = 0
    depth = 0  # of the closed brackets passed, which the parser has not reduced yet
    for value in reversed(stack):
        if isinstance(value, ast.BlockStmt):
            return None
        if isinstance(value, Token):
            if value.type in ("IF", "FOR", "SWITCH"):
                return value.value, semis
            depth += (value.type in CLOSERS) - (value.type in OPENERS)
            if depth < 0 or value.type == "COLON" and depth == 0:
                return None
            semis += value.type == "SEMI" and depth == 0
    return None


def header_message(tok: Token, keyword: str, semis: int, unexpected: str) -> tuple[str, tuple[str, ...]] | None:
    """Errors in an if, for or switch header (Go's header, then blockStmt)."""
    if semis == 0 and tok.type == "LBRACE":
        if keyword == "if":  # if {
            return "missing condition in if statement", (tok.type,)
        return None
    if semis == 0 and tok.type != "SEMI":  # if x y {
        return f"{unexpected}, expecting {{", ("LBRACE", "RBRACE")
    if keyword == "for" and semis == 1 and tok.type == "LBRACE":  # for x \n {
        return f"{unexpected}, expecting for loop condition", (tok.type,)
    if tok.type == "LBRACE":
        return None
    if keyword == "switch":
        return "missing { after switch clause", SWITCH_BODY_FOLLOW
    return f"{unexpected}, expecting {{ after {keyword} clause", BLOCK_FOLLOW


def diagnose(e: UnexpectedToken) -> tuple[str, tuple[str, ...]]:
    """Go's message (after "syntax error: ") for an unexpected token, and
    the followlist its parser skips to next (STOPSET included inside a
    function, as Go's advance does)."""
    stack = e.state.value_stack
    msg, follow = syntax_message(e)
    if follow and any(c in ("block", "switch", "select") for c in open_contexts(stack)):
        follow += STOPSET
    return msg, follow


def syntax_message(e: UnexpectedToken) -> tuple[str, tuple[str, ...]]:
    """Go's message for an unexpected token, and Go's followlist after it."""
    tok = e.token
    state = e.state
    # The table's expected set is too wide right after a shift (LALR shares
    # that state among contexts); trying each terminal gives the exact set.
    expected = acceptable(state)
    stack = state.value_stack
    contexts = open_contexts(stack)
    context = contexts[-1] if contexts else "top level"
    unexpected = "unexpected " + describe(tok)
    last = stack[-1] if stack else None
    if isinstance(last, Token) and (last.type == "CHAN" or last.type == "ARROW" and is_channel(stack)) \
            and not expected & {tok.type} and expected != {"CHAN"}:  # Go's chanElem; <-chan<- wants chan
        return "missing channel element type", (tok.type,)
    if context == "top level":
        return top_level_message(tok, expected, stack, unexpected)
    if isinstance(last, Token) and last.type == "DOTS" and context == "parameter list":
        return "... is missing type", (tok.type,)  # Go's paramDeclOrNil goes on
    if after_label(stack):  # Go's labeledStmtOrNil goes on without skipping
        return "missing statement after label", (tok.type,)
    if isinstance(last, Token) and last.type == "ELSE":
        return "else must be followed by if or statement block", BLOCK_FOLLOW
    if context in LIST_CONTEXTS and ("COMMA" in expected or "SEMI" in expected):
        sep, close = LIST_CONTEXTS[context]
        return f"{unexpected} in {context}; possibly missing {sep} or {close}", LIST_FOLLOW
    header = header_keyword(stack)
    if header and (message := header_message(tok, *header, unexpected)):
        return message
    at_statement_start = expected >= STATEMENT_KEYWORDS
    if context in ("block", "switch", "select") and "SEMI" in expected and not at_statement_start:
        return f"{unexpected} at end of statement", STATEMENT_FOLLOW
    if expected >= {"NAME", "LPAREN"} and isinstance(last, Token) and last.type == "FUNC":
        return f"{unexpected}, expecting name or (", FUNC_NAME_FOLLOW
    if expected >= {"NAME", "LPAREN"} and isinstance(last, Token) and last.type == "DOT":  # x.?
        return f"{unexpected}, expecting name or (", ("SEMI", "RPAREN")
    if tok.type == "RBRACK" and isinstance(last, Token) and last.type == "LBRACK" \
            and len(stack) > 1 and isinstance(stack[-2], ast.Expr):  # x[]: Go's pexpr goes on
        return f"{unexpected}, expecting operand", (tok.type,)
    return expecting_message(unexpected, expected, context)


def is_channel(stack: list) -> bool:
    """Does the stack end in `chan <-`?"""
    return len(stack) > 1 and isinstance(stack[-2], Token) and stack[-2].type == "CHAN"


def in_type_declaration(stack: list) -> bool:
    """Is the parser right after `type Name`, where the type belongs?"""
    kinds = [v.type if isinstance(v, Token) else None for v in stack[-2:]]
    return kinds == ["TYPE", "NAME"]


def expecting_message(unexpected: str, expected: set[str], context: str) -> tuple[str, tuple[str, ...]]:
    """"unexpected x, expecting y", and the followlist of Go's function that says it."""
    what = expecting(expected, context)
    return f"{unexpected}, expecting {what}", EXPECTING_FOLLOW.get(what, SKIP_ONE)


def acceptable(state) -> set[str]:
    """The terminals the parser in `state` can take next: those of the
    state's row with which the automaton, run on a copy of its state
    stack, reaches a shift."""
    return {kind for kind in state.parse_conf.states[state.position] if kind.isupper()
            and run_automaton(state.parse_conf, list(state.state_stack), [kind]) is not None}


def run_automaton(conf, stack: list, kinds: list[str]) -> list | None:
    """The LALR automaton alone (no values, no callbacks) on a state stack:
    the stack after shifting the terminals `kinds`, or None if one of them
    is a syntax error there."""
    states = conf.states
    for kind in kinds:
        while True:
            action = states[stack[-1]].get(kind)
            if action is None:
                return None
            op, arg = action
            if op is Shift:
                stack.append(arg)
                break
            if arg.expansion:
                del stack[-len(arg.expansion):]
            stack.append(states[stack[-1]][arg.origin.name][1])
            if stack[-1] == conf.end_state:
                return stack
    return stack


def top_level_message(tok: Token, expected: set[str], stack: list, unexpected: str) -> tuple[str, tuple[str, ...]]:
    """Errors between top-level declarations (Go's fileOrNil)."""
    if expected == {"PACKAGE"}:  # Go's parser gives up on the file
        return "package statement must be first", ("$END",)
    if expected >= TOP_LEVEL_KEYWORDS:
        last = last_declaration(stack)
        if tok.type == "LBRACE" and isinstance(last, ast.FuncDecl) and last.body is None:
            return "unexpected semicolon or newline before {", TOP_LEVEL_FOLLOW
        return "non-declaration statement outside function body", TOP_LEVEL_FOLLOW
    if in_type_declaration(stack) and not expected & {tok.type}:  # Go's typeDecl
        return f"{unexpected} in type declaration", ("SEMI", "RPAREN")
    if "STRING" in expected and any(isinstance(v, Token) and v.type == "_IMPORT" for v in stack[-2:]):
        return "missing import path", ("SEMI", "RPAREN")
    if "SEMI" in expected and tok.type != "SEMI" and not is_header(stack):
        return f"{unexpected} after top level declaration", TOP_LEVEL_FOLLOW
    return expecting_message(unexpected, expected, "top level")


def last_declaration(stack: list) -> ast.Node | None:
    """The declaration reduced last (Lark keeps the inlined rules as Trees)."""
    for value in reversed(stack):
        if isinstance(value, Tree):
            value = last_declaration(value.children)
        if isinstance(value, ast.Node):
            return value
    return None


def is_header(stack: list) -> bool:
    """Is the parser still in the package clause or the imports?"""
    return not any(isinstance(v, (ast.Decl, list)) or (isinstance(v, Token) and v.type in TOP_LEVEL_KEYWORDS)
                   for v in stack)


def expecting(expected: set[str], context: str) -> str:
    """Go's phrase for what the parser wanted."""
    if expected >= {"CASE", "DEFAULT"}:
        return "case or default or }"
    if expected >= STATEMENT_KEYWORDS:
        return "}"
    if expected >= OPERAND_START:
        return "expression"
    if expected >= TYPE_START:
        return "type"
    if context == "index" and expected >= {"COMMA", "COLON", "RBRACK"}:
        return "comma, : or ]"
    if context == "struct type" and "NAME" in expected:
        return "field name or embedded type"  # Go's fieldDecl
    for kind in ("NAME", "RPAREN", "RBRACK", "RBRACE", "COLON", "LBRACE", "SEMI", "COMMA", "STRING"):
        if kind in expected:
            return TOKEN_NAMES[kind]
    return " or ".join(sorted(TOKEN_NAMES.get(k, k) for k in expected))
