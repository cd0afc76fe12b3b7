"""This module implements a reader for the header of a Go source file.

To compute the import graph the go command does not parse whole files: its
``go/build`` package (``read.go``) reads each file only up to the end of the
import declarations. We do the same, for the same reason: a warm build must
not pay for parsing the standard library just to learn what it imports. The
full parse happens in the compiler, which reports any syntax error later in
the file.

The header is the start of a source file (Go spec, "Source file
organization" and "Import declarations"):

    SourceFile = PackageClause ";" { ImportDecl ";" } ...
    ImportDecl = "import" ( ImportSpec | "(" { ImportSpec ";" } ")" )
    ImportSpec = [ "." | "_" | identifier ] ImportPath

Like go/build, the reader goes on past the package clause and each import
declaration only into another ``import``, and, as go/parser then does on
what was read, wants a semicolon or a newline before it (and between the
specs of a group). A ``//go:build`` line, which may only stand before the
package clause, is returned too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from gominic.syntax.keywords import KEYWORDS
from gominic.syntax.literals import LiteralError, unquote_string

# One token of the header: a comment or white space (skipped), an identifier,
# a string, number or rune literal, an operator, the start of a literal or
# comment that never ends, or an illegal character (the last three are
# errors only where the header needs a token there; elsewhere it just ends).
# Bytes of non-ASCII characters count as letters here (Go allows any Unicode
# letter, "Äfoo"): the parser judges the name itself.
_TOKEN = re.compile(
    rb"""
      (?P<space>[ \t\r\n]+)
    | (?P<comment>//[^\n]*|/\*.*?\*/)
    | (?P<ident>[A-Za-z_\x80-\xff][A-Za-z0-9_\x80-\xff]*)
    | (?P<string>"(?:[^"\\\n]|\\.)*"|`[^`]*`)
    | (?P<number>[0-9][0-9A-Za-z_.]*)
    | (?P<rune>'(?:[^'\\\n]|\\.)+')
    | (?P<unterminated>/\*|"|`|')
    | (?P<punct><<=|>>=|&\^=|\.\.\.|&&|\|\||<-|\+\+|--|[-+*/%&|^<>=!:]=|<<|>>|&\^|[!%&(-/:->\[\]^{-~])
    | (?P<illegal>.)
    """,
    re.VERBOSE | re.DOTALL,
)

# What go/scanner says of a token it cannot finish, by its start.
UNTERMINATED = {"/*": "comment not terminated", '"': "string literal not terminated",
                "`": "raw string literal not terminated", "'": "rune literal not terminated"}

BOM = "\ufeff".encode()

_BUILD_LINE = re.compile(rb"//go:build[ \t]+(.*)")


@dataclass(frozen=True, slots=True)
class ImportSpec:
    """One import path and where its literal starts (1-based, bytes)."""

    path: str
    line: int
    col: int


@dataclass(slots=True)
class FileHeader:
    package: str
    imports: list[ImportSpec] = field(default_factory=list)
    build_constraint: str | None = None  # None: no //go:build line


class HeaderError(Exception):
    """A malformed package clause or import declaration."""

    def __init__(self, line: int, col: int, msg: str):
        super().__init__(msg)
        self.line = line
        self.col = col
        self.msg = msg


@dataclass(slots=True)
class _Token:
    kind: str  # "ident", "string", "number", "rune", "punct", "unterminated", "illegal" or "EOF"
    text: str
    offset: int
    after_semicolon: bool  # a ';' or a newline (an implicit one) came since the last token


class _Reader:
    """Tokens of the header, one at a time, with their line and column."""

    def __init__(self, src: bytes):
        self.src = src
        self.offset = len(BOM) if src.startswith(BOM) else 0  # a BOM may start a file
        self.build_constraint: str | None = None
        self.seen_package = False
        self.last = ""  # the text of the last token

    def next(self) -> _Token:
        start = self.offset
        while True:
            m = _TOKEN.match(self.src, self.offset)
            if m is None:
                return _Token("EOF", "EOF", len(self.src), True)  # the end is a semicolon too
            self.offset = m.end()
            kind = m.lastgroup
            if kind == "space":
                continue
            text = self.decode(m)
            if kind == "comment":
                self.note_build_line(m.group())
                continue
            semicolon = self.last == ";" or b"\n" in self.src[start:m.start()]
            self.last = text
            return _Token(kind, text, m.start(), semicolon)

    def decode(self, m: re.Match) -> str:
        """The text of a token or comment; go/scanner refuses bytes that
        are not UTF-8, in comments too."""
        try:
            return m.group().decode("utf-8")
        except UnicodeDecodeError as e:
            raise HeaderError(*self.position(m.start() + e.start), "illegal UTF-8 encoding") from None

    def note_build_line(self, comment: bytes) -> None:
        # A //go:build line only counts before the package clause.
        build = _BUILD_LINE.match(comment)
        if build and not self.seen_package:
            self.build_constraint = build.group(1).decode().strip()

    def position(self, offset: int) -> tuple[int, int]:
        # go/scanner never starts the line after a final newline: the end
        # of such a file is on the line before.
        at = offset - 1 if offset == len(self.src) and self.src.endswith(b"\n") else offset
        line = self.src.count(b"\n", 0, at) + 1
        col = offset - (self.src.rfind(b"\n", 0, at) + 1) + 1
        return line, col

    def error(self, tok: _Token, expected: str) -> HeaderError:
        """go/parser's error at tok, or go/scanner's if tok is none it can
        finish. (A header simply ends at such a token, as go/build's
        reader stops at anything but an import.)"""
        if tok.kind == "unterminated":
            return HeaderError(*self.position(tok.offset), UNTERMINATED[tok.text])
        if tok.kind == "illegal":
            c = tok.text
            rune = f"U+{ord(c):04X} '{c}'" if c.isprintable() else f"U+{ord(c):04X}"  # Go's %#U
            return HeaderError(*self.position(tok.offset), f"illegal character {rune}")
        # go/parser names a literal (a name, a string) by its text, a
        # keyword or punctuation quoted.
        literal = tok.kind in ("string", "number", "rune") or tok.kind == "ident" and tok.text not in KEYWORDS
        found = tok.text if literal else f"'{tok.text}'"
        return HeaderError(*self.position(tok.offset), f"expected {expected}, found {found}")

    def newline_error(self, name: _Token, expected: str) -> HeaderError:
        """A newline (or the end) after a name is a semicolon for
        go/scanner, where something else was expected."""
        at = self.src.find(b"\n", name.offset)
        at = len(self.src) if at < 0 else at  # the end of the file is one too
        return HeaderError(*self.position(at), f"expected {expected}, found newline")

    def after_semicolon(self, tok: _Token) -> _Token:
        """tok, which the header goes on with: it must follow a semicolon
        or a newline (go/parser's expectSemi)."""
        if not tok.after_semicolon and tok.text != ";":
            raise self.error(tok, "';'")
        return tok


def read_header(src: bytes) -> FileHeader:
    """Read the package clause and the imports of one Go source file.

    read_header(b'package main\\nimport "fmt"\\n...') returns
    FileHeader("main", [ImportSpec("fmt", 2, 8)]).
    """
    r = _Reader(src)
    tok = r.next()
    if tok.text != "package":
        raise r.error(tok, "'package'")
    r.seen_package = True
    name = r.next()
    if name.kind != "ident" or name.text in KEYWORDS:
        raise r.error(name, "'IDENT'")
    header = FileHeader(name.text, build_constraint=r.build_constraint)
    tok = r.next()
    while tok.text in ("import", ";"):
        if tok.text == "import":
            r.after_semicolon(tok)
            read_import_decl(r, header.imports)
        tok = r.next()
    return header


def read_import_decl(r: _Reader, imports: list[ImportSpec]) -> None:
    """ImportDecl = "import" ( ImportSpec | "(" { ImportSpec ";" } ")" )"""
    tok = r.next()
    if tok.text != "(":
        imports.append(read_import_spec(r, tok))
        return
    first = True
    while (tok := r.next()).text != ")":
        if tok.kind == "EOF":
            raise r.error(tok, "')'")
        if tok.text != ";":
            imports.append(read_import_spec(r, tok if first else r.after_semicolon(tok)))
            first = False


def read_import_spec(r: _Reader, tok: _Token) -> ImportSpec:
    """ImportSpec = [ "." | "_" | identifier ] ImportPath"""
    if tok.kind == "ident" and tok.text not in KEYWORDS or tok.text == ".":
        name, tok = tok, r.next()
        if name.kind == "ident" and tok.after_semicolon and tok.text != ";":
            raise r.newline_error(name, "'STRING'")
    if tok.kind != "string":
        raise r.error(tok, "'STRING'")
    line, col = r.position(tok.offset)
    try:
        path = unquote_string(tok.text).decode()
    except (LiteralError, UnicodeDecodeError):
        path = ""  # no path at all
    if not valid_import_path(path):  # told as written, as go build tells it
        raise HeaderError(line, col, f"invalid import path: {tok.text}")
    return ImportSpec(path, line, col)


# Characters an import path may not hold (go/build's isValidImport).
IMPORT_PATH_ILLEGAL = set('!"#$%&\'()*,:;<=>?[\\]^{|}`\ufffd')


def valid_import_path(path: str) -> bool:
    """go/build's rule: a non-empty path of graphic, non-space characters
    but a few punctuation marks. "fm\\x74" is the path fmt, as in Go."""
    return path != "" and all(c.isprintable() and not c.isspace() and c not in IMPORT_PATH_ILLEGAL for c in path)


# The build tags gominic's target satisfies: its platform, and every Go
# release up to the one it follows. ("gc", the tag of Go's own compiler,
# is not one: code under it relies on that compiler's internals.)
BUILD_TAGS = frozenset({"linux", "amd64", "unix", *(f"go1.{minor}" for minor in range(1, 20))})

# Go's known operating systems and architectures, for file name suffixes
# such as _windows.go or _linux_arm64_test.go (go/build's syslist.go).
KNOWN_OS = frozenset("aix android darwin dragonfly freebsd hurd illumos ios js linux nacl netbsd openbsd "
                     "plan9 solaris windows zos".split())
KNOWN_ARCH = frozenset("386 amd64 amd64p32 arm armbe arm64 arm64be loong64 mips mipsle mips64 mips64le "
                       "mips64p32 mips64p32le ppc ppc64 ppc64le riscv riscv64 s390 s390x sparc sparc64 "
                       "wasm".split())


def excluded_by_constraint(constraint: str | None, tags: frozenset[str] = BUILD_TAGS) -> bool:
    """Whether a //go:build line leaves the file out of the build: its
    expression of tags (``linux && !race``, ``ignore``) is false for
    the tags given (gominic's own, BUILD_TAGS, by default)."""
    if constraint is None:
        return False
    tokens = re.findall(r"\|\||&&|!|\(|\)|[\w.]+", constraint)
    value, rest = _eval_or(tokens, tags)
    return rest != [] or not value


def _eval_or(tokens: list[str], tags: frozenset[str]) -> tuple[bool, list[str]]:
    """or = and { "||" and }"""
    value, tokens = _eval_and(tokens, tags)
    while tokens[:1] == ["||"]:
        right, tokens = _eval_and(tokens[1:], tags)
        value = value or right
    return value, tokens


def _eval_and(tokens: list[str], tags: frozenset[str]) -> tuple[bool, list[str]]:
    """and = not { "&&" not }"""
    value, tokens = _eval_not(tokens, tags)
    while tokens[:1] == ["&&"]:
        right, tokens = _eval_not(tokens[1:], tags)
        value = value and right
    return value, tokens


def _eval_not(tokens: list[str], tags: frozenset[str]) -> tuple[bool, list[str]]:
    """not = "!" not | "(" or ")" | tag"""
    if not tokens:
        return False, []
    if tokens[0] == "!":
        value, tokens = _eval_not(tokens[1:], tags)
        return not value, tokens
    if tokens[0] == "(":
        value, tokens = _eval_or(tokens[1:], tags)
        return value, tokens[1:] if tokens[:1] == [")"] else ["error"]
    return tokens[0] in tags, tokens[1:]


def excluded_by_file_name(name: str) -> bool:
    """Whether a file name's _GOOS, _GOARCH or _GOOS_GOARCH suffix (before
    _test) names another platform: math's arith_s390x_test.go."""
    stem = name.removesuffix(".go")
    if "_" not in stem:
        return False
    parts = stem.split("_")[1:]
    if parts and parts[-1] == "test":
        parts = parts[:-1]
    if len(parts) >= 2 and parts[-2] in KNOWN_OS and parts[-1] in KNOWN_ARCH:
        return parts[-2] != "linux" or parts[-1] != "amd64"
    if parts and parts[-1] in KNOWN_OS:
        return parts[-1] != "linux"
    if parts and parts[-1] in KNOWN_ARCH:
        return parts[-1] != "amd64"
    return False
