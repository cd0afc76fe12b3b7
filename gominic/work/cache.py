"""This module implements the build cache: compiled package archives kept
under GOMINICCACHE, found again by a hash of everything that went into them.

Like Go's cache (``cmd/go/internal/cache``, "action IDs"), an entry's key is
a SHA-256 over the inputs of one compile:

    the compiler's identity   gominic's version and the text of its own
                              front end and code generator, so that editing
                              the compiler invalidates every entry
    the package               import path, each file's name and contents,
                              assembly files too
    the flags                 optimize or not
    the imports               each direct import's export data

Export data is the whole interface a package shows its importers, so a change
inside an imported package that leaves its export data alone does not
recompile the importers. Every field is written with its length first, so
that no two different inputs can spell the same byte stream.

An entry is two files, as in Go's cache: the action file
``<cache>/<key[:2]>/<key>-a`` holds the SHA-256 of the archive, which is
stored as ``<cache>/<hash[:2]>/<hash>-d``. Each appears whole or not at all:
it is written to a temporary file beside it and renamed, and a rename within
a directory is atomic; the archive is written first. Two builds racing to
fill the same entry write the same bytes, and the last rename wins
harmlessly. A disk or a hand may still damage an entry: each lookup checks
the archive against its hash, and a damaged entry is a miss (with a
warning), so the package is compiled again and the entry made whole.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import shutil
import sys
from pathlib import Path

import gominic
from gominic.obj.archive import PKGDEF, archive_bytes, read_archive, write_atomically

# The parts of gominic whose code decides what a compile produces: the
# compiler proper, the archive format it is stored in, and the diagnostics.
COMPILER_SOURCES = ("syntax", "types", "compile", "obj", "diag.py")


def sources_id(names: tuple[str, ...]) -> str:
    """A hash naming this exact gominic by the source text of some of its
    parts (folders or files): its version and their .py and .lark files."""
    h = hashlib.sha256()
    add_fields(h, "gominic", gominic.__version__)
    package_dir = Path(gominic.__file__).parent
    for name in names:
        top = package_dir / name
        files = sorted(top.rglob("*")) if top.is_dir() else [top]
        for f in files:
            if f.suffix in (".py", ".lark"):
                add_fields(h, f.relative_to(package_dir).as_posix(), f.read_bytes())
    return h.hexdigest()


@functools.cache
def compiler_id() -> str:
    """A hash naming this exact compiler."""
    return sources_id(COMPILER_SOURCES)


def add_fields(h: "hashlib._Hash", *fields: str | bytes) -> None:
    """Feed fields into h, each preceded by its length."""
    for f in fields:
        data = f.encode() if isinstance(f, str) else f
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)


def action_key(
    path: str,
    files: list[tuple[str, bytes]],
    asm_files: list[tuple[str, bytes]],
    imports: dict[str, bytes],
    optimize: bool,
) -> str:
    """The cache key of compiling one package: the hash of exactly what
    compile_package is given, and of the compiler that is given it."""
    h = hashlib.sha256()
    add_fields(h, "compiler", compiler_id(), "path", path, "optimize", str(optimize))
    for kind, sources in (("file", files), ("asm", asm_files)):
        for name, src in sources:
            add_fields(h, kind, name, src)
    for import_path in sorted(imports):
        add_fields(h, "import", import_path, imports[import_path])
    return h.hexdigest()


# The parts of gominic whose code decides what a link produces.
LINKER_SOURCES = ("link", "obj")


@functools.cache
def linker_id() -> str:
    """A hash naming this exact linker."""
    return sources_id(LINKER_SOURCES)


def link_key(archives: list[Path], ldflags: str, output: Path) -> str:
    """The key of one link: the linker, its inputs (cache entries are named
    by the hash of their content's recipe), its flags and where it writes."""
    h = hashlib.sha256()
    add_fields(h, "linker", linker_id(), "ldflags", ldflags, "output", str(output.resolve()))
    for a in sorted(str(p) for p in archives):
        add_fields(h, "archive", a)
    return h.hexdigest()


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


HASH = re.compile(r"[0-9a-f]{64}")


class Cache:
    """The directory of cached package archives."""

    def __init__(self, dir: Path):
        self.dir = dir

    def action(self, key: str) -> Path:
        """The file naming the archive of key (by its hash)."""
        return self.dir / key[:2] / f"{key}-a"

    def output(self, digest: str) -> Path:
        """The archive whose SHA-256 is digest."""
        return self.dir / digest[:2] / f"{digest}-d"

    def get(self, key: str) -> Path | None:
        """The archive of key, or None on a cache miss (a damaged entry is one)."""
        found = self.lookup(key)
        return found and found[0]

    def lookup(self, key: str) -> tuple[Path, bytes] | None:
        """The archive of key and its bytes, read once to be checked (and
        then not read again for its export data); None on a cache miss."""
        action = self.action(key)
        try:
            digest = action.read_bytes().decode("ascii", "replace")
        except OSError:
            return None
        if HASH.fullmatch(digest):
            output = self.output(digest)
            try:
                data = output.read_bytes()
                if hashlib.sha256(data).hexdigest() == digest:
                    return output, data
            except OSError:
                pass
        print(f"gominic: warning: cache entry {action.name} is damaged; rebuilding it", file=sys.stderr)
        return None

    def put(self, key: str, members: list[tuple[str, bytes]]) -> Path:
        """Store an archive under key, atomically; return its path."""
        data = archive_bytes(members)
        digest = hashlib.sha256(data).hexdigest()
        output, action = self.output(digest), self.action(key)
        for path, content in ((output, data), (action, digest.encode())):
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(path, content)
        return output

    def link_up_to_date(self, key: str, output: Path) -> bool:
        """Whether output is exactly what the link with this key wrote (so
        a no-op build need not link again, as go build skips it too)."""
        record = self.dir / "links" / key
        return record.is_file() and output.is_file() and record.read_text() == file_hash(output)

    def record_link(self, key: str, output: Path) -> None:
        if not output.is_file():
            return
        record = self.dir / "links" / key
        record.parent.mkdir(parents=True, exist_ok=True)
        tmp = record.with_suffix(f".tmp{os.getpid()}")
        tmp.write_text(file_hash(output))
        os.replace(tmp, record)

    def clean(self) -> None:
        """Remove every entry (gominic clean -cache)."""
        shutil.rmtree(self.dir, ignore_errors=True)


def export_data(archive: Path, data: bytes | None = None) -> bytes:
    """The export data (__.PKGDEF) of a package archive; data: the
    archive's bytes, when they have been read already."""
    first = read_archive(archive if data is None else data, str(archive))[0]
    if first.name != PKGDEF:
        raise ValueError(f"{archive}: first archive member is not {PKGDEF}")
    return bytes(first.data)
