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
# The variable after a directive: "var name T" or, in a var block, "name T".
_VAR = re.compile(rb"^[ \t]*(?:var[ \t]+)?([A-Za-z_]\w*)[ \t]+(string|\[\][ \t]*byte|[A-Za-z_]\w*\.FS)"
                  rb"[ \t]*(=.*|//.*)?$")


class DirectiveError(Exception):
    """A misused //go:embed that Go's compiler reports, not cmd/go: the
    build shows it as the package's compile output (# pkg, exit 2)."""

    def __init__(self, line: int, col: int, msg: str):
        super().__init__(f"{line}:{col}: {msg}")
        self.line, self.col, self.msg = line, col, msg


def apply_embeds(name: str, src: bytes, pkg_dir: Path, imports_embed: bool, index: int) -> bytes:
    """src with every //go:embed variable initialized; name is the file's
    name for cmd/go's errors, index makes the file's FS builder name unique.
    Raises BuildError for a pattern cmd/go refuses, DirectiveError for a
    directive Go's compiler refuses."""
    lines = src.split(b"\n")
    directives = []  # (line index, the directive's column, its patterns)
    for i, line in enumerate(lines):
        m = _DIRECTIVE.match(line.rstrip(b"\r"))
        if m is None:
            continue
        col = line.index(b"//") + 3
        if not imports_embed:
            raise DirectiveError(i + 1, col, 'go:embed only allowed in Go files that import "embed"')
        start = m.start(1) if m.group(1) is not None else len(line)
        directives.append((i, col, split_patterns(line, start, f"{name}:{i + 1}", i + 1, col)))
    matched = resolve([p for _, _, patterns in directives for p in patterns], pkg_dir)
    depths = brace_depths(src) if directives else []
    builder = f"gominicEmbedFS_{index}"
    uses_builder = False
    for i, col, patterns in directives:
        j = next_declaration(lines, i)
        v = _VAR.match(lines[j].rstrip(b"\r")) if j < len(lines) else None
        if v is None:
            raise DirectiveError(i + 1, col, "misplaced go:embed directive")
        if depths[i] > 0:
            raise DirectiveError(i + 1, col, "go:embed cannot apply to var inside func")
        if v.group(3) and v.group(3).startswith(b"="):
            raise DirectiveError(i + 1, col, "go:embed cannot apply to var with initializer")
        kind = v.group(2).decode().replace(" ", "").replace("\t", "")
        files = list(dict.fromkeys(f for pattern, _ in patterns for f in matched[pattern]))
        init = initializer(kind, files, pkg_dir, builder, j + 1, v.start(1) + 1)
        uses_builder |= kind.endswith(".FS")
        end = v.start(3) if v.group(3) else len(lines[j].rstrip(b"\r"))
        rest = lines[j][end:]
        lines[j] = lines[j][:end].rstrip() + b" = " + init + (b" " + rest if rest.strip() else rest)
    if uses_builder:
        lines += [b"", f"//go:linkname {builder} embed.buildFS".encode(),
                  f"func {builder}(nameData ...string) embed.FS".encode()]
    return b"\n".join(lines)


def split_patterns(line: bytes, start: int, at: str, lineno: int, col: int) -> list[tuple[str, str]]:
    """The directive's patterns, each with its position (Go reports a
    pattern's error there): separated by spaces, possibly quoted. line is
    the directive's line, start where its patterns begin, at "file:line";
    lineno and col place the directive itself."""
    patterns = []
    for m in re.finditer(rb'"((?:[^"\\]|\\.)*)"|`([^`]*)`|(\S+)', line[start:]):
        pattern = next(g for g in m.groups() if g is not None)
        patterns.append((pattern.decode(errors="replace"), f"{at}:{start + m.start() + 1}"))
    if not patterns:
        raise DirectiveError(lineno, col, "usage: //go:embed pattern...")
    return patterns


def brace_depths(src: bytes) -> list[int]:
    """How many braces are open at the start of each line: a directive
    under one stands inside a function. A file the scanner refuses is
    taken as having none; its compile reports what is wrong."""
    from lark.exceptions import UnexpectedCharacters

    from gominic.syntax.scanner import scan

    text = src.decode(errors="replace")
    depths = [0] * (text.count("\n") + 2)
    depth, line = 0, 1
    try:
        for tok in scan(text):
            while line < tok.line:
                line += 1
                depths[line - 1] = depth
            depth += {"LBRACE": 1, "RBRACE": -1}.get(tok.type, 0)
    except UnexpectedCharacters:
        return [0] * len(depths)
    for k in range(line, len(depths)):
        depths[k] = depth
    return depths


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


def initializer(kind: str, files: list[str], pkg_dir: Path, builder: str, line: int, col: int) -> bytes:
    """The Go expression a variable of the kind gets; line and col are the variable's."""
    if kind.endswith(".FS"):
        args = []
        for name in fs_order(files):
            data = b"" if name.endswith("/") else (pkg_dir / name).read_bytes()
            args += [go_string(name.encode()), go_string(data)]
        return f"{builder}(".encode() + b", ".join(args) + b")"
    if len(files) != 1:
        raise DirectiveError(line, col, f"invalid go:embed: multiple files for type {kind}")
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
