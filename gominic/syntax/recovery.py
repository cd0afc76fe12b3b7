"""This module implements syntax error recovery: a parse that reports
every syntax error of a file, as Go's parser does, not only the first.

Lark's LALR parser stops at the first unexpected token. Go's recursive
descent parser (``cmd/compile/internal/syntax/parser.go``) reports it and
goes on in two moves:

1. the function that found the error skips tokens until one of its
   *followlist* (``advance``: ``)``, ``]`` or ``}`` after a bad list
   element, ``;`` or ``}`` after a bad statement, the next ``func`` or
   ``var`` at top level...; errors.py gives each message its list);
2. it returns what it has, an unfinished node, and its caller carries on
   with the token the skipping stopped at, as if the construct were whole.

In LALR terms, returning an unfinished node means finishing the
construct with tokens that are not there. After skipping, ``repair``
looks for the fewest made-up tokens (a name standing for a missing
operand or type, a closing bracket, a semicolon, ...) after which the
automaton can take the token where skipping stopped; the parser is fed
those and goes on. If the caller cannot go on either, the next token is
a syntax error in its turn, reported or not by Go's rules, and recovered
from in the same way. A worked example, ``x := f(g()`` at the end of a
line, then ``y := 1`` and the function's ``}``:

    error at the newline: "unexpected newline in argument list; possibly
    missing comma or )"; skip to ")", "]" or "}" (a statement keyword
    would stop it too): the "}" two lines on; made-up token: ")", after
    which the block takes "}". The parse goes on with the next function.

Go's rules for what is shown: one syntax error per line (the builder's
``report``), and no error at the end of the file once there is one
(``syntaxErrorAt``: "avoid meaningless follow-up errors"). Lexical errors
come first: the scanner reports each and blanks it out, as Go's scanner
skips what it cannot read.

The abstract syntax tree of a file with syntax errors is not
type-checked (Go does not either), so made-up tokens only have to keep
the builder's callbacks fed with well-formed children; only its labels
and branches are checked, as Go's parser checks them (branches.py). A
file whose errors are all lexical is type-checked, as in Go: a literal
the scanner could not read is a bad one (the builder's ``broken``), and
a block cut short by the end of the file ends there.
"""

from __future__ import annotations

from lark import Lark, Token
from lark.exceptions import UnexpectedCharacters, UnexpectedToken

from gominic.syntax import ast
from gominic.syntax.builder import Builder, PositionTable
from gominic.syntax.errors import acceptable, after_label, diagnose, error_token, lexical_error, run_automaton, token_pos
from gominic.syntax.scanner import KEYWORDS, OPERATORS, SemicolonInserter, blank_lexical_error, scan

# The tokens a repair makes up beyond its first (which may be any token
# the parser can take there: Go's want(tok) goes on as if tok were there).
REPAIR_TOKENS = ("NAME", "SEMI", "COLON", "RPAREN", "RBRACK", "RBRACE", "LBRACE")
# The longest repair tried: the unfinished constructs are rarely deeper.
MAX_REPAIR = 3
# The text of a made-up token, where it is not the text of a keyword or an operator.
MADE_UP_TEXT = {"NAME": "_", "INT": "0", "FLOAT": "0.0", "IMAG": "0i", "CHAR": "'0'", "STRING": '""',
                "SEMI": ";", "PRAGMAS": ""}
TOKEN_TEXT = {**{kind: word for word, kind in KEYWORDS.items()},
              **{kind: op for op, kind in reversed(OPERATORS.items())}, **MADE_UP_TEXT}


def parse_recovering(lark: Lark, builder: Builder, postlex: SemicolonInserter, text: str,
                     positions: PositionTable) -> ast.File | None:
    """Parses text, reporting every error to builder.report; returns the
    file as recovered (with made-up parts), or None if the parse could
    not reach its end."""
    written = text
    text, builder.broken = blank_lexical_errors(text, positions, builder)
    tokens = [as_written(tok, written) for tok in postlex.process(scan(text))]
    lines = text.split("\n")  # the end is where Go's parser places what EOF cut short (a block's "}")
    tokens.append(Token("$END", "", len(text), len(lines), len(lines[-1]) + 1))
    state = lark.parse_interactive("").parser_state
    clause_end = next((k for k, t in enumerate(tokens) if t.type == "SEMI"), 0)  # the package clause's ";"
    i = 0
    while True:
        tok = tokens[i]
        try:
            file = state.feed_token(tok, tok.type == "$END")
        except UnexpectedToken as e:
            if tok.start_pos in builder.broken:  # Go names a broken literal by its own text
                e.token = Token.new_borrow_pos(tok.type, builder.broken[tok.start_pos], tok)
            message, follow = diagnose(e)
            if after_label(e.state.value_stack):
                builder.dropped_labels.add(e.state.value_stack[-2].start_pos)  # as Go's parser drops it
            pos = token_pos(error_token(e), text, positions)
            if tok.type != "$END" or not builder.errors:
                builder.syntax_error(pos, message)
            if i <= clause_end:
                # Go's parser goes no further than a package clause with
                # errors: what its scanner would have met later is unseen.
                builder.errors[:] = [err for err in builder.errors if (err.pos.line, err.pos.col) <= (pos.line, pos.col)]
                return None
            i = advance(tokens, i, follow)
            made_up = repair(state, tokens[i])
            if made_up is None:
                if tokens[i].type == "$END":
                    return None
                i += 1  # nothing lets the parser take this token: drop it
            for kind in made_up or ():
                state.feed_token(Token.new_borrow_pos(kind, TOKEN_TEXT[kind], tokens[i]))
            continue
        if tok.type == "$END":
            return file
        i += 1


def advance(tokens: list[Token], i: int, follow: tuple[str, ...]) -> int:
    """Go's advance: the index of the first token from i on that is in
    the followlist (or the end); an empty list skips one token."""
    if not follow:
        return i + 1 if tokens[i].type != "$END" else i
    while tokens[i].type not in follow and tokens[i].type != "$END":
        i += 1
    return i


def repair(state, tok: Token) -> list[str] | None:
    """The shortest run of made-up tokens after which the parser in
    `state` takes `tok` (breadth first, at most MAX_REPAIR), or None."""
    conf = state.parse_conf
    runs: list[list[str]] = [[]]
    first = [kind for kind in REPAIR_TOKENS if kind in acceptable(state)]
    first += sorted(acceptable(state) - set(REPAIR_TOKENS) - {"$END"})
    for depth in range(MAX_REPAIR + 1):
        for run in runs:
            if run_automaton(conf, list(state.state_stack), run + [tok.type]) is not None:
                return run
        runs = [run + [kind] for run in runs for kind in (first if depth == 0 else REPAIR_TOKENS)
                if run_automaton(conf, list(state.state_stack), run + [kind]) is not None]
    return None


def as_written(tok: Token, written: str) -> Token:
    """A name keeps the invalid characters blanked out of it, as in Go
    (``undefined: a€b``); other tokens are taken as scanned."""
    if tok.type != "NAME" or tok.end_pos is None:
        return tok
    name = written[tok.start_pos:tok.end_pos]
    # Only where the scanner put `_` for a non-ASCII character: a name run
    # into a blanked literal (x"...) stays as scanned.
    if name != tok and all(w == c or c == "_" and not w.isascii() for w, c in zip(name, tok)):
        return Token.new_borrow_pos(tok.type, name, tok)
    return tok


def blank_lexical_errors(text: str, positions: PositionTable, builder: Builder) -> tuple[str, dict[int, str]]:
    """Reports each lexical error of text and returns text with it blanked
    out, as Go's scanner skips it (scanner.blank_lexical_error). Also
    returns each broken literal's source text by its offset: a later
    syntax error names the literal as Go's does, by that text."""
    broken: dict[int, str] = {}
    while True:
        try:
            for _ in scan(text):
                pass
            return text, broken
        except UnexpectedCharacters as e:
            builder.report(lexical_error(e, text, positions))
            text, literal = blank_lexical_error(text, e.pos_in_stream)
            if literal is not None:
                broken[e.pos_in_stream] = literal
