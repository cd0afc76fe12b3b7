"""This module implements //go:embed: files of the package directory become
the initial values of variables (Go's embed package, and cmd/go's
resolveEmbed for the patterns).

A directive stands right before a variable declaration without an
initializer, of type string, []byte or embed.FS:

    //go:embed hello.txt
    var greeting string

    //go:embed static/*.html templates
    var content embed.FS

gominic gives the variable its initializer in the source the compiler
reads, on the declaration's own line so that no line number moves:

    var greeting string = "Hello\\n"
    var content embed.FS = gominicEmbedFS_0("static/", "", "static/a.html", "...", ...)

and, for an FS, declares at the end of the file a function of that name
linked (//go:linkname) to embed.buildFS, which assembles the FS. The
contents are Go string literals with every byte outside printable ASCII
escaped, so the source stays valid whatever the files hold.

A pattern is a path.Match pattern relative to the package directory. A
matched directory brings the files below it, except those whose names
start with '.' or '_' (unless the pattern starts with "all:"); an FS also
holds the directories on the way to each file. Errors are Go's.
"""

from __future__ import annotations

import fnmatch
import re
from pathlib import Path

from gominic.work.errors import BuildError

_DIRECTIVE = re.compile(rb"^[ \t]*//go:embed(?:[ \t]+(.*))?$")
# The variable declaration after a directive, its line comment cut off:
# "var names [type] [= values]" or, in a var ( ... ) group, "names type".
_VAR = re.compile(rb"^[ \t]*(?P<var>var[ \t]+)?(?P<names>[A-Za-z_]\w*(?:[ \t]*,[ \t]*[A-Za-z_]\w*)*)"
                  rb"(?:[ \t]+(?P<type>[^=]*?))?[ \t]*(?P<init>=.*)?$")
# The types a variable may have: the file's contents as a string or bytes,
# or a file system (embed.FS, by whatever name the file imports embed).
_KINDS = {b"string": "string", b"[]byte": "[]byte", b"[]uint8": "[]byte"}
_FS = re.compile(rb"[A-Za-z_]\w*\.FS")


class DirectiveError(Exception):
    """The misused //go:embed directives of a file, which Go's compiler
    reports, not cmd/go: the build shows them as the package's compile
    output (# pkg, exit 2). errors holds (line, column, message)."""

    def __init__(self, errors: list[tuple[int, int, str]]):
        super().__init__("\n".join(f"{line}:{col}: {msg}" for line, col, msg in errors))
        self.errors = errors


def apply_embeds(name: str, src: bytes, pkg_dir: Path, imports_embed: bool, index: int) -> bytes:
    """src with every //go:embed variable initialized; name is the file's
    name for cmd/go's errors, index makes the file's FS builder name unique.
    Raises BuildError for a pattern cmd/go refuses, DirectiveError for the
    directives Go's compiler refuses."""
    lines = src.split(b"\n")
    errors, directives = find_directives(lines, name)
    type_errors: list[tuple[int, int, str]] = []  # Go's next phase: reported only without the others
    matched = resolve([p for _, _, patterns in directives.values() for p in patterns], pkg_dir)
    contexts = line_contexts(src) if directives else []
    builder = f"gominicEmbedFS_{index}"
    uses_builder = False
    for j, (line, col, patterns) in directives.items():
        code, comment, v, problem = declaration(lines, contexts, j, imports_embed)
        if problem:
            errors.append((line, col, problem))
            continue
        typ = re.sub(rb"[ \t]", b"", v.group("type") or b"")
        at = (j + 1, v.start("names") + 1)  # the variable, where Go reports its type's errors
        kind = "FS" if _FS.fullmatch(typ) else _KINDS.get(typ)
        files = list(dict.fromkeys(f for pattern, _ in patterns for f in matched[pattern]))
        if kind is None:
            type_errors.append((*at, f"go:embed cannot apply to var of type {v.group('type').decode().strip()}"))
        elif kind != "FS" and len(files) != 1:
            type_errors.append((*at, f"invalid go:embed: multiple files for type {kind}"))
        else:
            init = initializer(kind, files, pkg_dir, builder)
            uses_builder |= kind == "FS"
            lines[j] = code.rstrip() + b" = " + init + (b" " + comment if comment else b"")
    if errors or type_errors:
        raise DirectiveError(sorted(errors or type_errors))
    if uses_builder:
        lines += [b"", f"//go:linkname {builder} embed.buildFS".encode(),
                  f"func {builder}(nameData ...string) embed.FS".encode()]
    return b"\n".join(lines)


def unsupplied_errors(name: str, src: bytes, imports_embed: bool) -> list[tuple[int, int, str]]:
    """The errors Go's compiler gives for a file's //go:embed directives
    when the build system supplied no files (go tool compile without
    -embedcfg): the misused directives if any, else every directive."""
    lines = src.split(b"\n")
    errors, directives = find_directives(lines, name)
    contexts = line_contexts(src) if directives else []
    for j, (line, col, _) in directives.items():
        if problem := declaration(lines, contexts, j, imports_embed)[3]:
            errors.append((line, col, problem))
    return sorted(errors) or [(line, col, "invalid go:embed: build system did not supply embed configuration")
                              for line, col, _ in directives.values()]


def find_directives(lines: list[bytes], name: str) -> tuple[list[tuple[int, int, str]], dict[int, list]]:
    """The file's //go:embed directives: the errors of those without
    patterns, and the others by the line of the declaration they stand
    above -> [line, column, patterns] (the directives above one
    declaration are one list of patterns, reported at the first)."""
    errors: list[tuple[int, int, str]] = []
    directives: dict[int, list] = {}
    for i, line in enumerate(lines):
        m = _DIRECTIVE.match(line.rstrip(b"\r"))
        if m is None:
            continue
        col = line.index(b"//") + 3
        start = m.start(1) if m.group(1) is not None else len(line)
        patterns = split_patterns(line, start, f"{name}:{i + 1}")
        if not patterns:  # Go's parser drops the directive
            errors.append((i + 1, col, "usage: //go:embed pattern..."))
            continue
        directives.setdefault(next_declaration(lines, i), [i + 1, col, []])[2].extend(patterns)
    return errors, directives


def declaration(lines: list[bytes], contexts: list[tuple[int, bool]], j: int,
                imports_embed: bool) -> tuple[bytes, bytes, re.Match | None, str | None]:
    """The declaration directives stand above, at line index j: its code,
    its line comment, its match of _VAR, and why they may not apply to it."""
    code, comment = split_comment(lines[j].rstrip(b"\r")) if j < len(lines) else (b"", b"")
    v = _VAR.match(code)
    return code, comment, v, misuse(v, contexts[j] if j < len(contexts) else (0, False), imports_embed)


def misuse(v: re.Match | None, context: tuple[int, bool], imports_embed: bool) -> str | None:
    """Why directives may not apply to the declaration v (a match of
    _VAR, if any) whose line starts in context (line_contexts), in Go's
    words and order (the parser's, then checkEmbed's), or None."""
    depth, in_var_group = context
    if v is None or not (v.group("var") or in_var_group):
        return "misplaced go:embed directive"
    if not imports_embed:
        return 'go:embed only allowed in Go files that import "embed"'
    if b"," in v.group("names"):
        return "go:embed cannot apply to multiple vars"
    if v.group("init"):
        return "go:embed cannot apply to var with initializer"
    if depth > 0:
        return "go:embed cannot apply to var inside func"
    return None


def split_patterns(line: bytes, start: int, at: str) -> list[tuple[str, str]]:
    """The directive's patterns, each with its position (Go reports a
    pattern's error there): separated by spaces, possibly quoted. line is
    the directive's line, start where its patterns begin, at "file:line"."""
    patterns = []
    for m in re.finditer(rb'"((?:[^"\\]|\\.)*)"|`([^`]*)`|(\S+)', line[start:]):
        pattern = next(g for g in m.groups() if g is not None)
        patterns.append((pattern.decode(errors="replace"), f"{at}:{start + m.start() + 1}"))
    return patterns


def split_comment(code: bytes) -> tuple[bytes, bytes]:
    """A declaration's line and its trailing line comment, if any (no
    "//" can come before one in a declaration without initializer)."""
    k = code.find(b"//")
    return (code, b"") if k < 0 else (code[:k], code[k:])


def line_contexts(src: bytes) -> list[tuple[int, bool]]:
    """For each line, where its start stands: how many braces are open (a
    directive under one stands inside a function) and whether it is in
    a var ( ... ) group. A file the scanner refuses is taken as having
    neither; its compile reports what is wrong."""
    from lark.exceptions import UnexpectedCharacters

    from gominic.syntax.scanner import scan

    text = src.decode(errors="replace")
    contexts = [(0, False)] * (text.count("\n") + 2)
    depth, line = 0, 1
    groups: list[bool] = []  # the open parentheses: is each a var group's?
    prev = None
    try:
        for tok in scan(text):
            while line < tok.line:
                line += 1
                contexts[line - 1] = (depth, bool(groups) and groups[-1])
            depth += {"LBRACE": 1, "RBRACE": -1}.get(tok.type, 0)
            if tok.type == "LPAREN":
                groups.append(prev == "VAR")
            elif tok.type == "RPAREN" and groups:
                groups.pop()
            prev = tok.type
    except UnexpectedCharacters:
        return [(0, False)] * len(contexts)
    for k in range(line, len(contexts)):
        contexts[k] = (depth, False)
    return contexts


def next_declaration(lines: list[bytes], i: int) -> int:
    """The line after a directive holding the declaration: blank lines and
    line comments (more directives among them) may come between."""
    j = i + 1
    while j < len(lines) and (not lines[j].strip() or lines[j].strip().startswith(b"//")):
        j += 1
    return j


def valid_pattern(pattern: str) -> bool:
    """Go's validEmbedPattern: a relative, clean, unrooted path."""
    return pattern != "." and all(elem not in ("", ".", "..") for elem in pattern.split("/"))


def resolve(patterns: list[tuple[str, str]], pkg_dir: Path) -> dict[str, list[str]]:
    """The files (slash-separated paths relative to the package) each
    pattern names. As cmd/go, the patterns are tried in sorted order, so
    the first error reported is the first pattern's in that order."""
    matched: dict[str, list[str]] = {}
    for pattern, pos in sorted(patterns):
        if pattern in matched:
            continue
        include_all = pattern.startswith("all:")
        glob = pattern.removeprefix("all:")
        if not valid_pattern(glob) or glob.count("[") != glob.count("]"):
            raise BuildError(f"{pos}: pattern {pattern}: invalid pattern syntax")
        matches = match_pattern(pkg_dir, glob)
        if not matches:
            raise BuildError(f"{pos}: pattern {pattern}: no matching files found")
        files: dict[str, None] = {}
        for rel in matches:
            path = pkg_dir / rel
            if path.is_dir():
                found = files_below(pkg_dir, path, include_all)
                if not found:
                    raise BuildError(f"{pos}: pattern {pattern}: cannot embed directory {rel}: "
                                     "contains no embeddable files")
                files.update(dict.fromkeys(found))
            elif path.is_file():
                files[rel] = None
            else:
                raise BuildError(f"{pos}: pattern {pattern}: cannot embed irregular file {rel}")
        matched[pattern] = list(files)
    return matched


def match_pattern(pkg_dir: Path, glob: str) -> list[str]:
    """The paths under pkg_dir matching glob element by element (a star
    never crosses a slash, as in path.Match)."""
    found = [""]
    for elem in glob.split("/"):
        nxt = []
        for base in found:
            d = pkg_dir / base
            if not d.is_dir():
                continue
            for entry in sorted(p.name for p in d.iterdir()):
                if fnmatch.fnmatchcase(entry, elem):
                    nxt.append(f"{base}/{entry}" if base else entry)
        found = nxt
    return found


def files_below(pkg_dir: Path, dir: Path, include_all: bool) -> list[str]:
    """The regular files below dir, less hidden ones and other modules."""
    found = []
    for entry in sorted(dir.iterdir()):
        if not include_all and entry.name[0] in "._":
            continue
        if entry.is_dir():
            if (entry / "go.mod").exists():
                continue
            found += files_below(pkg_dir, entry, include_all)
        elif entry.is_file():
            found.append(entry.relative_to(pkg_dir).as_posix())
    return found


def initializer(kind: str, files: list[str], pkg_dir: Path, builder: str) -> bytes:
    """The Go expression a variable of the kind ("string", "[]byte", "FS") gets."""
    if kind == "FS":
        args = []
        for name in fs_order(files):
            data = b"" if name.endswith("/") else (pkg_dir / name).read_bytes()
            args += [go_string(name.encode()), go_string(data)]
        return f"{builder}(".encode() + b", ".join(args) + b")"
    data = go_string((pkg_dir / files[0]).read_bytes())
    return data if kind == "string" else b"[]byte(" + data + b")"


def fs_order(files: list[str]) -> list[str]:
    """The files and the directories holding them (with a final slash),
    sorted as embed.FS keeps them: by directory, then by name."""
    names = set(files)
    for f in files:
        parts = f.split("/")[:-1]
        for k in range(1, len(parts) + 1):
            names.add("/".join(parts[:k]) + "/")

    def key(name: str) -> tuple[str, str]:
        trimmed = name.rstrip("/")
        d, _, elem = trimmed.rpartition("/")
        return (d or ".", elem)

    return sorted(names, key=key)


def go_string(data: bytes) -> bytes:
    """A Go interpreted string literal for data: printable ASCII as is, the
    rest as \\x escapes."""
    out = bytearray(b'"')
    for b in data:
        if b in (0x22, 0x5C):
            out += b"\\" + bytes([b])
        elif 0x20 <= b < 0x7F:
            out.append(b)
        else:
            out += b"\\x%02x" % b
    out += b'"'
    return bytes(out)
