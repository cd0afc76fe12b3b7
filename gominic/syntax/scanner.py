"""This module implements Go's automatic semicolons and the token view.

Lark's lexer cuts the source into tokens with the terminals of
``grammar.lark``, including newlines and comments. ``SemicolonInserter`` is a
Lark post-lexer (modelled on ``lark/indenter.py``) standing between that
lexer and the parser. It applies the rule of the Go specification, section
"Semicolons":

    When the input is broken into tokens, a semicolon is automatically
    inserted into the token stream immediately after a line's final token
    if that token is an identifier; an integer, floating-point, imaginary,
    rune, or string literal; one of the keywords break, continue,
    fallthrough, or return; one of the operators and punctuation ++, --,
    ), ], or }.

Like Go's scanner (``cmd/compile/internal/syntax/scanner.go``) it remembers
after each token whether a newline there would become a semicolon
(``nlsemi``); a general comment spanning lines counts as a newline, and the
end of the file ends the last line. An inserted semicolon is a ``SEMI``
token whose text says why it is there, "newline" or "EOF", so that an error
can read "unexpected newline".

It also retypes each NUMBER token as INT, FLOAT or IMAG (one regular
expression finds a number's extent the way Go's scanner does; its kind is
easier to read off the text).

The post-lexer also collects compiler directives: ``//go:`` line comments
at top level (``//go:noinline``, ``//go:linkname local remote``, ...) are
handed to the parser as one ``PRAGMAS`` token just before the ``func`` they
stand above; a directive followed by anything else is dropped, as Go drops
a misplaced one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Iterator

from lark import Token as LarkToken
from lark.lark import PostLex

from gominic.diag import Pos
from gominic.syntax.literals import number_kind

# Token types after which a newline (or the end of the file) is a semicolon.
SEMICOLON_TRIGGERS = frozenset({
    "NAME", "INT", "FLOAT", "IMAG", "CHAR", "STRING",
    "BREAK", "CONTINUE", "FALLTHROUGH", "RETURN",
    "INCDEC", "RPAREN", "RBRACK", "RBRACE",
})


def inserted_semicolon(at: LarkToken, reason: str) -> LarkToken:
    """A SEMI token standing where `at` is, whose text is the reason."""
    return LarkToken.new_borrow_pos("SEMI", reason, at)


def eof_semicolon(last: LarkToken | None) -> LarkToken:
    """A SEMI token for the end of the file, placed just after `last`."""
    if last is None:
        return LarkToken("SEMI", "EOF", 0, 1, 1, 1, 1, 0)
    return LarkToken("SEMI", "EOF", last.end_pos, last.end_line, last.end_column,
                     last.end_line, last.end_column, last.end_pos)


# Tokens the post-lexer consumes: a newline, or a comment (which may hold one).
LINE_BREAKERS = frozenset({"NEWLINE", "LINE_COMMENT", "GENERAL_COMMENT"})


class SemicolonInserter(PostLex):
    """Lark post-lexer: inserts Go's semicolons, drops comments, finds pragmas."""

    always_accept = (*LINE_BREAKERS, "NUMBER")

    def process(self, stream: Iterator[LarkToken]) -> Iterator[LarkToken]:
        nlsemi = False  # would a newline here be a semicolon?
        depth = 0  # brace depth: directives count at top level only
        pragmas: list[str] = []
        last = None  # the last token read, comments included
        for tok in stream:
            last = tok
            kind = tok.type
            if kind in LINE_BREAKERS:
                if kind == "LINE_COMMENT":
                    if depth == 0 and tok.value.startswith("//go:"):
                        pragmas.append(tok.value[2:].rstrip())
                    continue
                if not nlsemi or (kind == "GENERAL_COMMENT" and "\n" not in tok.value):
                    continue
                tok = inserted_semicolon(tok, "newline")
                kind = "SEMI"
            elif kind == "NUMBER":
                kind = tok.type = number_kind(tok.value)
            elif kind == "LBRACE":
                depth += 1
            elif kind == "RBRACE":
                depth -= 1
            if pragmas:
                if kind == "FUNC" and depth == 0:
                    yield LarkToken.new_borrow_pos("PRAGMAS", "\n".join(pragmas), tok)
                pragmas = []
            nlsemi = kind in SEMICOLON_TRIGGERS
            yield tok
        if nlsemi:
            yield eof_semicolon(last)


# ---------------------------------------------------------------------------
# The token view (`gominic build -tokens`)

# Go's names for token classes (cmd/compile/internal/syntax/tokens.go);
# keywords and the remaining punctuation are named by their own text.
GO_TOKEN_CLASS = {
    "NAME": "name",
    "INT": "literal", "FLOAT": "literal", "IMAG": "literal",
    "CHAR": "literal", "STRING": "literal",
    "OROR": "op", "ANDAND": "op", "REL_OP": "op", "MUL_OP": "op",
    "PLUS": "op", "MINUS": "op", "PIPE": "op", "CARET": "op",
    "NOT": "op", "TILDE": "op", "AMP": "op",
    "ASSIGN_OP": "op=", "INCDEC": "opop",
    "PRAGMAS": "pragmas",
}


@dataclass(frozen=True, slots=True)
class Token:
    """One token as the parser sees it."""

    kind: str  # Go's token class: "name", "literal", "op", "func", "(", ";" ...
    text: str  # the source text; for an inserted ";", "newline" or "EOF"
    pos: Pos
    inserted: bool = False  # a semicolon the scanner inserted


def tokenize(filename: str, src: bytes | str) -> list[Token]:
    """Returns the tokens of a Go source file, inserted semicolons included.

    Raises CompileError for a character that starts no token.
    """
    from gominic.syntax import parser  # the Lark instance lives there

    text, positions = parser.prepare_source(filename, src)
    return [to_token(tok, positions(tok)) for tok in parser.lex(filename, text)]


def to_token(tok: LarkToken, pos: Pos) -> Token:
    """Converts a Lark token for the token view."""
    if tok.type == "SEMI" and tok.value != ";":
        return Token(";", tok.value, pos, inserted=True)
    return Token(GO_TOKEN_CLASS.get(tok.type, tok.value), tok.value, pos)


def format_tokens(tokens: list[Token]) -> str:
    """One token per line, e.g. `hello.go:1:1  package  "package"`."""
    lines = []
    for tok in tokens:
        if tok.inserted:
            lines.append(f"{tok.pos}  ;  (inserted: {tok.text})")
        else:
            lines.append(f"{tok.pos}  {tok.kind}  {json.dumps(tok.text, ensure_ascii=False)}")
    return "\n".join(lines) + "\n" if lines else ""
