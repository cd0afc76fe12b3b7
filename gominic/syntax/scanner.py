"""This module implements Go's lexical analysis: the scanner, the automatic
semicolons and the token view.

The pipeline is the one of Go's own scanner
(``cmd/compile/internal/syntax/scanner.go``), in two steps that Lark plugs
together (``parser.py``):

1. ``scan`` cuts the source into tokens (spec: Lexical elements). One
   regular expression, ``TOKEN_RE``, has an alternative per class of token;
   ``findall`` runs it over the whole file in C and hands back, for each
   token, its text in the group of its class, and the blanks after it.
   The Python loop then only names each token, for the grammar, and counts
   lines and columns. Newlines and comments are tokens too: the next step
   needs them. ``GoLexer`` is the Lark custom lexer that runs ``scan``.

2. ``SemicolonInserter``, a Lark post-lexer (modelled on
   ``lark/indenter.py``), applies the rule of the Go specification, section
   "Semicolons":

       When the input is broken into tokens, a semicolon is automatically
       inserted into the token stream immediately after a line's final
       token if that token is an identifier; an integer, floating-point,
       imaginary, rune, or string literal; one of the keywords break,
       continue, fallthrough, or return; one of the operators and
       punctuation ++, --, ), ], or }.

   Like Go's scanner it remembers after each token whether a newline there
   would become a semicolon (``nlsemi``); a general comment spanning lines
   counts as a newline, and the end of the file ends the last line. An
   inserted semicolon is a ``SEMI`` token whose text says why it is there,
   "newline" or "EOF", so that an error can read "unexpected newline".
   Comments go no further. The post-lexer also collects compiler
   directives: ``//go:`` line comments at top level (``//go:noinline``,
   ``//go:linkname local remote``, ...) are handed to the parser as one
   ``PRAGMAS`` token just before the ``func`` they stand above; a directive
   followed by anything else is dropped, as Go drops a misplaced one.

Tokens are Lark ``Token``s named by the terminals of ``grammar.lark``; their
line and column count characters from 1, as Lark's do (``PositionTable`` in
builder.py turns columns into Go's byte columns).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Iterator

from lark import Token as LarkToken
from lark.exceptions import UnexpectedCharacters
from lark.lark import PostLex
from lark.lexer import Lexer

from gominic.diag import Error, Pos
from gominic.syntax.directives import is_restricted
from gominic.syntax.keywords import KEYWORDS
from gominic.syntax.literals import number_kind


# Operators and punctuation (spec: Operators and punctuation), by terminal.
# The binary operators of one precedence level that are not also unary
# operators share a terminal (REL_OP, MUL_OP), and so do the assignment
# operators (ASSIGN_OP) and ++ and -- (INCDEC): the grammar treats them alike.
OPERATORS = {
    "+": "PLUS", "-": "MINUS", "*": "STAR", "&": "AMP", "|": "PIPE", "^": "CARET",
    "!": "NOT", "~": "TILDE", "<-": "ARROW", "||": "OROR", "&&": "ANDAND",
    "==": "REL_OP", "!=": "REL_OP", "<": "REL_OP", "<=": "REL_OP", ">": "REL_OP", ">=": "REL_OP",
    "/": "MUL_OP", "%": "MUL_OP", "<<": "MUL_OP", ">>": "MUL_OP", "&^": "MUL_OP",
    "+=": "ASSIGN_OP", "-=": "ASSIGN_OP", "*=": "ASSIGN_OP", "/=": "ASSIGN_OP",
    "%=": "ASSIGN_OP", "&=": "ASSIGN_OP", "|=": "ASSIGN_OP", "^=": "ASSIGN_OP",
    "<<=": "ASSIGN_OP", ">>=": "ASSIGN_OP", "&^=": "ASSIGN_OP",
    "++": "INCDEC", "--": "INCDEC",
    "=": "ASSIGN", ":=": "DEFINE", "...": "DOTS", ".": "DOT", ",": "COMMA",
    ";": "SEMI", ":": "COLON", "(": "LPAREN", ")": "RPAREN",
    "[": "LBRACK", "]": "RBRACK", "{": "LBRACE", "}": "RBRACE",
}

# One alternative, and one group, per class of token, tried in this order.
# Go's scanner takes the longest token it can (`<<=` is one token, not `<<`
# then `=`), so the operators are tried longest first. Comments come before
# the operators, or `//` would be two divisions; an unterminated `/*`
# counts as a character that starts no token, as it does for Go's scanner.
TOKEN_CLASSES = (
    # newline, with the blank lines and the indentation that follow it
    ("NEWLINE", r"\n[ \t\r\n]*"),
    # identifier = letter { letter | unicode_digit } .  (keywords too)
    ("NAME", r"[^\W\d]\w*"),
    # int_lit, float_lit, imaginary_lit: a superset of Go's shapes (0o8,
    # 1__0, 0x1.8), as Go's scanner reads them; literals.py checks them.
    ("NUMBER", r"(?:0[xX][0-9a-fA-F_]*(?:\.[0-9a-fA-F_]*)?|0[bBoO][0-9_]*(?:\.[0-9_]*)?"
               r"|[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9][0-9_]*)(?:[eEpP][-+]?[0-9_]*)?i?"),
    # string_lit = raw_string_lit | interpreted_string_lit .
    ("STRING", r'`[^`]*`|"(?:[^"\\\n]|\\.)*"'),
    # rune_lit = "'" ( unicode_value | byte_value ) "'" .
    ("CHAR", r"'(?:[^'\\\n]|\\.)*'"),
    ("LINE_COMMENT", r"//[^\n]*"),
    ("GENERAL_COMMENT", r"/\*(?s:.*?)\*/"),
    ("INVALID", r"/\*"),
    ("OPERATOR", "|".join(re.escape(op) for op in sorted(OPERATORS, key=len, reverse=True))),
    ("BLANKS", r"[ \t\r]+"),  # only at the start of the file: others follow a token
    ("INVALID", r"."),
)

# (class 1|class 2|...)(blanks): every character of a file is in one match.
TOKEN_RE = re.compile("|".join(f"({pattern})" for _, pattern in TOKEN_CLASSES) + r"([ \t\r]*)")


def new_token(kind: str, text: str, pos: int, line: int, column: int) -> LarkToken:
    """A Lark token for `text` at offset `pos`, which ends on its own line.

    Token(...) would do; this skips its argument checks, once per token.
    """
    tok = str.__new__(LarkToken, text)
    tok.type = kind
    tok.value = text
    tok.start_pos = pos
    tok.line = tok.end_line = line
    tok.column = column
    tok.end_column = column + len(text)
    tok.end_pos = pos + len(text)
    return tok


def scan(text: str) -> Iterator[LarkToken]:
    """The tokens of a Go source file, newlines and comments included.

    Raises Lark's UnexpectedCharacters, when it gets there, for a character
    that starts no token.
    """
    line = 1
    line_start = 0  # offset of the current line's first character
    pos = 0  # offset of the token at hand
    for (newline, name, number, string, char, line_comment, general_comment,
         unterminated, operator, blanks, invalid, after) in TOKEN_RE.findall(text):
        column = pos - line_start + 1
        if name:
            yield new_token(KEYWORDS.get(name, "NAME"), name, pos, line, column)
            pos += len(name)
        elif operator:
            yield new_token(OPERATORS[operator], operator, pos, line, column)
            pos += len(operator)
        elif newline:
            tok = new_token("NEWLINE", newline, pos, line, column)
            pos += len(newline)
            line, line_start = end_lines(tok, newline, pos)
            yield tok
        elif number:
            yield new_token(number_kind(number), number, pos, line, column)
            pos += len(number)
        elif string or general_comment:
            lit = string or general_comment
            tok = new_token("STRING" if string else "GENERAL_COMMENT", lit, pos, line, column)
            pos += len(lit)
            if "\n" in lit:  # a raw string or a comment over several lines
                line, line_start = end_lines(tok, lit, pos)
            yield tok
        elif char or line_comment:
            lit = char or line_comment
            yield new_token("CHAR" if char else "LINE_COMMENT", lit, pos, line, column)
            pos += len(lit)
        elif blanks:
            pos += len(blanks)
            continue
        else:
            raise UnexpectedCharacters(text, pos, line, column)
        pos += len(after)


def blank_lexical_error(text: str, start: int) -> tuple[str, str | None]:
    """text with the lexical error at start blanked out, as Go's scanner
    skips it, so that scanning goes on after it: an unknown character
    becomes a blank (a non-ASCII one, part of a name for Go's scanner, the
    letter `_`); an unterminated string or rune, up to the end of its line,
    and a raw string running to the end of the file become a literal `""`
    (`0` if only one character long) followed by blanks, and a comment
    blanks. Newlines stay and the length does not change, so no position
    moves. Also returns a broken literal's source text, else None."""
    if text[start] in "\"'":
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        filler = "0"
    elif text[start] == "`" or text.startswith("/*", start):
        end, filler = len(text), "0" if text[start] == "`" else " "
    elif not text[start].isascii():
        end, filler = start + 1, "_"  # Go's scanner takes any non-ASCII rune into a name
    else:
        end, filler = start + 1, " "
    literal = text[start:end] if filler == "0" else None
    if literal is not None and end - start >= 2 and text[start + 1] != "\n":
        filler = '""'  # a literal that no name before it runs into (if`...)
    blanks = "".join(c if c == "\n" else " " for c in text[start + len(filler):end])
    return text[:start] + filler + blanks + text[end:], literal


def end_lines(tok: LarkToken, text: str, end: int) -> tuple[int, int]:
    """Sets where a token holding newlines ends; returns (line, line start) there."""
    line = tok.line + text.count("\n")
    line_start = end - (len(text) - text.rindex("\n") - 1)
    tok.end_line = line
    tok.end_column = end - line_start + 1
    return line, line_start


class GoLexer(Lexer):
    """Lark custom lexer (Lark's examples/advanced/custom_lexer.py): ``scan``."""

    def __init__(self, lexer_conf=None):
        pass

    def lex(self, text: str) -> Iterator[LarkToken]:
        return scan(text)


# ---------------------------------------------------------------------------
# Automatic semicolons

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


# Directives that set a flag on the function declaration they stand above
# (//go:notinheap: on a type spec, not an alias; //go:build: on the package
# clause); Go reports any other place as misplaced.
FLAG_PRAGMAS = frozenset({
    "go:noinline", "go:nosplit", "go:noescape", "go:norace", "go:nocheckptr", "go:uintptrescapes",
    "go:uintptrkeepalive", "go:registerparams", "go:notinheap", "go:systemstack",
    "go:nowritebarrier", "go:nowritebarrierrec", "go:yeswritebarrierrec", "go:build",
})


# The declarations that take directives, alone or as a group's specs.
GROUP_KEYWORDS = frozenset({"TYPE", "VAR", "CONST", "_IMPORT"})


def directive_name(comment: LarkToken) -> str:
    """go:noinline for the comment //go:noinline ..."""
    return comment.value[2:].split(None, 1)[0]


class SemicolonInserter(PostLex):
    """Lark post-lexer: inserts Go's semicolons, drops comments, finds pragmas.

    After a file, ``misplaced`` holds the comments of the flag directives
    that stood above no declaration, ``unused`` those a declaration did not
    take (the parser reports the former; the latter are reported only
    once the package type-checks, as Go's noder reports them), and
    ``linknames`` the comments of every top-level ``//go:linkname``
    directive (which, as in Go, names its object wherever it stands), and
    ``restricted`` those of the directives only some packages may use
    (directives.py), wherever they stand.
    """

    always_accept = ()  # the tokens it consumes are not in the grammar

    def __init__(self):
        self.misplaced: list[LarkToken] = []
        self.unused: list[LarkToken] = []
        self.linknames: list[LarkToken] = []
        self.restricted: list[LarkToken] = []

    def process(self, stream: Iterator[LarkToken]) -> Iterator[LarkToken]:
        nlsemi = False  # would a newline here be a semicolon?
        depth = 0  # brace depth: directives count at top level only
        pragmas: list[str] = []
        flags: list[LarkToken] = []  # the flag directives among them
        # Where the directives a declaration may take stand (place_in_decl).
        parens = 0
        group = None  # (paren depth, keyword) of the specs of a group: type ( ... ), var ( ... ), ...
        held = None  # (stage, declaration keyword, directives) until the declaration's form is known
        prev = None  # the kind of the last token yielded
        self.misplaced = []
        self.unused = []
        self.linknames = []
        self.restricted = []
        last = None  # the last token read, comments included
        for tok in stream:
            last = tok
            kind = tok.type
            if kind in LINE_BREAKERS:
                if kind == "LINE_COMMENT":
                    if tok.value.startswith("//go:"):
                        if depth == 0:
                            pragmas.append(tok.value[2:].rstrip())
                            if tok.value.startswith("//go:linkname "):
                                self.linknames.append(tok)
                        if directive_name(tok) in FLAG_PRAGMAS:
                            flags.append(tok)
                        if is_restricted(directive_name(tok)):
                            self.restricted.append(tok)
                    continue
                if not nlsemi or (kind == "GENERAL_COMMENT" and "\n" not in tok.value):
                    continue
                tok = inserted_semicolon(tok, "newline")
                kind = "SEMI"
            elif kind == "LBRACE":
                depth += 1
            elif kind == "RBRACE":
                depth -= 1
            spec_of = group[1] if group and parens == group[0] and prev in ("SEMI", "LPAREN") else None
            if kind == "LPAREN":
                parens += 1
                group = (parens, prev) if prev in GROUP_KEYWORDS else group
            elif kind == "RPAREN":
                group = None if group and parens == group[0] else group
                parens -= 1
            if held is not None:
                held = self.place_in_decl(held, kind)
            if flags:
                held = self.place(flags, kind, depth == 0, spec_of)
                flags = []
            if pragmas:
                if kind == "FUNC" and depth == 0:
                    yield LarkToken.new_borrow_pos("PRAGMAS", "\n".join(pragmas), tok)
                pragmas = []
            nlsemi = kind in SEMICOLON_TRIGGERS
            prev = kind
            yield tok
        if nlsemi:
            yield eof_semicolon(last)
        self.misplaced += flags

    def place(self, flags: list[LarkToken], kind: str, top_level: bool, spec_of: str | None):
        """Decide where the flag directives above a token of this kind
        belong, as Go's parser hands its pragmas on: //go:build to the
        package clause (which takes no other); the others to the next
        declaration (a top-level func, a type, var, const or import
        declaration, or a spec in a group of these; spec_of names the
        group's keyword), held until the declaration shows its form
        (place_in_decl). A directive anywhere else is misplaced at once
        (the parser's error); one a declaration does not take is unused
        (the later error): only //go:notinheap is a type's, no alias's,
        and a func takes the others but //go:build."""
        if kind == "PACKAGE":
            self.unused += [f for f in flags if directive_name(f) != "go:build"]
            return None
        if kind in GROUP_KEYWORDS:
            return ("decl", kind, flags)
        if spec_of and kind != "RPAREN":
            return self.place_in_decl(("decl", spec_of, flags), "NAME")
        if kind == "FUNC" and top_level:
            self.unused += [f for f in flags if directive_name(f) in ("go:notinheap", "go:build")]
        else:
            self.misplaced += flags
        return None

    def place_in_decl(self, held: tuple[str, str, list[LarkToken]], kind: str):
        """The token after the declaration's keyword ("(": a group, which
        takes no directive; a name: the one spec) or after a type spec's
        name ("=": an alias, which takes none): what stays held, or None
        once decided."""
        stage, decl, flags = held
        if stage == "decl" and kind == "LPAREN":
            self.misplaced += flags
            return None
        if stage == "name":
            self.unused += flags if kind == "ASSIGN" else []
            return None
        ours = [f for f in flags if decl == "TYPE" and kind == "NAME" and directive_name(f) == "go:notinheap"]
        self.unused += [f for f in flags if f not in ours]
        return ("name", decl, ours) if ours else None


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
    from gominic.syntax import parser  # source decoding and Go's error messages live there

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


BOM = "\ufeff".encode()
# The bytes that need a look: NUL, and those of multi-byte characters.
_BAD_SOURCE = re.compile(rb"[\x00\x80-\xff]+")


def source_errors(filename: str, src: bytes) -> list[Error]:
    """Go's errors for bytes no token may hold: invalid UTF-8, NUL, and a
    byte order mark anywhere but at the very start (which is skipped);
    the first on each line, as Go reports them."""
    if b"\0" not in src and BOM not in src[1:] and is_utf8(src):
        return []  # the common case, checked in C
    errors: list[Error] = []
    for m in _BAD_SOURCE.finditer(src, len(BOM) if src.startswith(BOM) else 0):
        pos = m.start()
        while pos < m.end():
            msg, size = bad_char(src, pos)
            if msg:
                line = src.count(b"\n", 0, pos) + 1
                if not errors or errors[-1].pos.line != line:
                    errors.append(Error(Pos(filename, line, pos - src.rfind(b"\n", 0, pos)), msg))
            pos += size
    return errors


def bad_char(src: bytes, pos: int) -> tuple[str | None, int]:
    """What is wrong with the character at src[pos] (None: nothing), and its
    size; an invalid byte counts alone, as utf8.DecodeRune decodes it."""
    lead = src[pos]
    if lead == 0:
        return "invalid NUL character", 1
    size = 2 if 0xC2 <= lead <= 0xDF else 3 if 0xE0 <= lead <= 0xEF else 4 if 0xF0 <= lead <= 0xF4 else 0
    try:
        ch = src[pos:pos + size].decode("utf-8") if size else ""
    except UnicodeDecodeError:
        ch = ""
    if len(ch) != 1:
        return "invalid UTF-8 encoding", 1
    return ("invalid BOM in the middle of the file" if ch == BOM.decode() else None), size


def is_utf8(src: bytes) -> bool:
    try:
        src.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
