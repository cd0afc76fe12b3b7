"""This module implements the syntax phase's entry point, ``parse_file``.

The pipeline for one file is

    source text --GoLexer (scanner.py)--> tokens, newlines, comments
                --SemicolonInserter (scanner.py)--> Go tokens with ";"
                --LALR(1) driver (lalr.py) over Lark's tables of grammar.lark--> reductions
                --Builder (builder.py), called at each reduction--> ast.File

Building the AST inside the parser (Lark's ``transformer=`` option) means
no parse tree is made and walked a second time.

A file with a syntax error is parsed a second time, by recovery.py, which
goes on after each error as Go's parser does, to report them all.

Lark needs about half a second to turn the grammar into LALR tables, so
the tables are cached on disk (tables.py), as data that cannot run code.
"""

from __future__ import annotations

import gc
import os
import threading
from pathlib import Path

import lark
from lark import Lark
from lark.exceptions import UnexpectedInput

from gominic.diag import CompileError, Error, Pos, by_position
from gominic.syntax import ast
from gominic.syntax.branches import check_branches, function_bodies
from gominic.syntax.builder import Builder, PositionTable, lark_transformer
from gominic.syntax.errors import go_error
from gominic.syntax.lalr import Automaton
from gominic.syntax.recovery import parse_recovering
from gominic.syntax.tables import load_tables, save_tables, tables_path
from gominic.syntax.scanner import BOM, GoLexer, SemicolonInserter, scan, source_errors

GRAMMAR_PATH = Path(__file__).with_name("grammar.lark")

_builder = Builder()
_postlex = SemicolonInserter()
_lark: Lark | None = None
_automaton: Automaton | None = None
# One Lark instance serves every parse; the builder holds the current file.
_lock = threading.Lock()


def cache_dir() -> Path:
    return Path(os.environ.get("GOMINICCACHE") or Path.home() / ".cache" / "gominic")


def get_lark() -> Lark:
    """The Lark parser, loaded from the cache (tables.py) or built and cached once."""
    global _lark
    if _lark is None:
        grammar = GRAMMAR_PATH.read_text()
        path = tables_path(cache_dir(), grammar)
        _lark = load_tables(path, GoLexer, postlex=_postlex, transformer=lark_transformer(_builder))
        if _lark is None:
            _lark = make_lark(grammar)
            save_tables(_lark, path, GoLexer)
    return _lark


def get_automaton() -> Automaton:
    """The LALR driver over get_lark()'s tables, made once per Lark instance."""
    global _automaton
    lark = get_lark()
    if _automaton is None or _automaton.lark is not lark:
        _automaton = Automaton(lark)
    return _automaton


def make_lark(grammar: str) -> Lark:
    """Lark's LALR parser with our scanner, post-lexer and builder."""
    return Lark(grammar, parser="lalr", lexer=GoLexer, postlex=_postlex,
                transformer=lark_transformer(_builder), maybe_placeholders=True)


def prepare_source(filename: str, src: bytes | str) -> tuple[str, PositionTable]:
    """Decodes a source file and makes its position table; raises
    CompileError for bytes Go refuses in source (scanner.source_errors)."""
    if isinstance(src, str):
        src = src.encode("utf-8", "surrogateescape")
    if errors := source_errors(filename, src):
        raise CompileError(errors)
    text = src.decode()
    if text.startswith(BOM.decode()):
        text = "   " + text[1:]  # skipped, as by Go's scanner, whose columns still count its 3 bytes
    return text, PositionTable(filename, text)


def parse_file(filename: str, src: bytes | str) -> ast.File:
    """Parses one Go source file (spec: Source file organization).

    Raises CompileError with Go's messages for the file's errors when
    one is a syntax error: every error Go's parser reports, not only the
    first. A file with errors of other kinds only carries them
    (File.errors) to the type checker.
    """
    text, positions = prepare_source(filename, src)
    automaton = get_automaton()
    with _lock:
        _builder.at = positions
        _builder.reset()
        gc_was_enabled = gc.isenabled()
        gc.disable()  # the parse allocates many small objects and frees none
        try:
            try:
                file = automaton.parse(_postlex.process(scan(text)))
            except UnexpectedInput:
                # The driver stops at the first error: parse again, going on after each.
                _builder.reset()
                file = parse_recovering(get_lark(), _builder, _postlex, text, positions)
            errors = positions.errors + _builder.errors + [
                Error(directive_pos(tok, positions), "misplaced compiler directive") for tok in _postlex.misplaced]
            # Go's compiler stops before type checking only on errors worded
            # "syntax error" (base.SyntaxErrors); the type checker reports
            # the others beside its own (and checks branches itself).
            stop = file is None or any(e.msg.startswith("syntax error") for e in errors)
            if stop and file is not None:  # Go's parser checks branches, errors or not
                errors += [err for body in function_bodies(file) for err in check_branches(body)]
            errors.sort(key=by_position)
            if stop:
                raise CompileError(errors)
            file.errors = errors
            file.noder_errors = [
                Error(directive_pos(tok, positions), "misplaced compiler directive") for tok in _postlex.unused]
            file.linknames = [(directive_pos(tok, positions), tok.value[2:].rstrip()) for tok in _postlex.linknames]
            file.restricted = [(directive_pos(tok, positions), tok.value[2:].rstrip()) for tok in _postlex.restricted]
            return file
        finally:
            if gc_was_enabled:
                gc.enable()


def parse_files(files: list[tuple[str, bytes | str]]) -> list[ast.File]:
    """Parses the files of one package. As Go's compiler, it reports the
    errors of every file, not only of the first that has some, sorted by
    file and position, and stops there (before type checking) if one is
    a syntax error."""
    asts, errors = [], []
    for name, src in files:
        try:
            asts.append(parse_file(name, src))
        except CompileError as e:
            errors += e.errors
    if errors:
        errors += [e for f in asts for e in f.errors]
        raise CompileError(sorted(errors, key=by_position))
    return asts


def directive_pos(comment: lark.Token, positions: PositionTable) -> Pos:
    """Where Go places a directive: at its text, after the "//"."""
    pos = positions(comment)
    return Pos(pos.file, pos.line, pos.col + 2)


def lex(filename: str, text: str) -> list[lark.Token]:
    """The tokens the parser would see, for the token view."""
    try:
        return list(SemicolonInserter().process(scan(text)))
    except UnexpectedInput as e:
        raise CompileError([go_error(e, text, PositionTable(filename, text))]) from None
