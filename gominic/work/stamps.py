"""This module implements the no-op build's short cut: a record, kept in the
build cache, of every file and directory a successful ``gominic build``
looked at, and of the executable it wrote. A later
build with the same command line, from the same directory, stats them
again; when nothing changed it exits at once, before the compiler, the
linker, Lark, LLVM or even the rest of the command line are imported.

go build answers "up to date" by hashing every input (its action IDs); so
does gominic's normal path (cache.py), which costs loading the graph and
hashing the sources. The short cut compares time stamps as make does, and falls
back to that normal path at the first difference, so it can only make a
build faster, never different. What the record holds:

    the command line, the current directory, GOMINICROOT and Python's
    version, in its name (a hash of them) and in its first lines;
    every file and directory the loader read or listed, and every path it
    looked for and did not find (a go.mod above a package, a standard
    library folder shadowing an import path): adding, removing or editing
    any of them is seen;
    gominic's own sources, whose hash is in every cache key;
    the executables written, always checked by content.

A directory is checked by the names of the source files in it, a file by
its stamp (mode, mtime, ctime, size, inode). A file changed in the same
clock tick as the build read it may keep its stamp, git's "racily clean"
problem: a file whose mtime is not clearly older than the build's start is
recorded with the SHA-256 of the bytes the build read, and checked by content.
Builds whose inputs cannot all be listed (//go:embed, ./... patterns) and
builds that print or force something (-x, -n, -v, -a, -work, -S, linker
flags other than -s, -w and -X) write no record. A record appears whole
(written aside, then renamed), so concurrent builds are safe: the last one
wins, and a record that does not match the files is merely not used.
"""

from __future__ import annotations

import hashlib
import os
import stat
import sys
import time

RECORD_VERSION = "gominic no-op record 1"
# How much older than the build's start a file's mtime must be to be trusted
# without its content: more than any file system's time stamp granularity.
RACY_NS = 2_000_000_000
MISSING = "-"  # no digest
ABSENT = " ".join([MISSING] * 5)  # the stamp of a path that does not exist
DIRECTORY = "d - - - -"  # the stamp of a directory, whose digest is its listing's
# The names in a directory that a build could read: a directory is unchanged
# while these are (the executable a build writes beside its sources is not
# one of them, so writing it changes nothing).
SOURCE_SUFFIXES = (".go", ".s", ".py", ".lark")


def record_path(cache: str, cwd: str, args: list[str]) -> str:
    """The record of one command line run from cwd."""
    h = hashlib.sha256()
    for part in (RECORD_VERSION, sys.version, cwd, os.environ.get("GOMINICROOT", ""), *args):
        h.update(part.encode("utf-8", "surrogateescape") + b"\0")
    return os.path.join(cache, "noop", h.hexdigest())


def stamp(st: os.stat_result) -> str:
    return f"{st.st_mode} {st.st_mtime_ns} {st.st_ctime_ns} {st.st_size} {st.st_ino}"


def up_to_date(cache: str, args: list[str]) -> bool:
    """Whether the record of this build says that nothing it depends on
    changed since it ran (the build need not run at all)."""
    try:
        cwd = os.getcwd()
        with open(record_path(cache, cwd, args), "rb") as f:
            lines = f.read().decode("utf-8", "surrogateescape").split("\n")
    except OSError:
        return False
    if lines[:3] != [RECORD_VERSION, cwd, "\0".join(args)] or lines[-1] != "end":
        return False
    return all(unchanged(line) for line in lines[3:-1])


def unchanged(line: str) -> bool:
    """Whether the path of a record's line is as the line says."""
    fields = line.split(" ", 6)
    if len(fields) != 7:
        return False  # a damaged record
    recorded, digest, path = " ".join(fields[:5]), fields[5], fields[6]
    if recorded == DIRECTORY:
        try:
            return listing_digest(path) == digest
        except OSError:
            return False
    try:
        st = os.stat(path)
    except OSError:
        return recorded == ABSENT
    if recorded == ABSENT or digest == MISSING and stamp(st) != recorded:
        return False
    if digest == MISSING:
        return True
    try:
        with open(path, "rb") as f:
            return hashlib.sha256(f.read()).hexdigest() == digest
    except OSError:
        return False


def listing_digest(dir: str) -> str:
    """A hash of the source files' names in dir."""
    names = sorted(n for n in os.listdir(dir) if n.endswith(SOURCE_SUFFIXES))
    return hashlib.sha256("\0".join(names).encode("utf-8", "surrogateescape")).hexdigest()


class Stamps:
    """What one build looked at: stat each path before reading it."""

    def __init__(self) -> None:
        self.start = time.time_ns()
        self.entries: dict[str, tuple[str, str]] = {}  # path -> (stamp or ABSENT, sha256 or MISSING)
        self.complete = True  # False: some input cannot be listed, write no record

    def look(self, path: os.PathLike | str) -> None:
        """Record path as it is now: a directory about to be listed, a file
        about to be read, or a path looked for."""
        path = os.fspath(path)
        if path in self.entries:
            return
        try:
            st = os.stat(path)
            if stat.S_ISDIR(st.st_mode):
                self.entries[path] = (DIRECTORY, listing_digest(path))
            else:
                self.entries[path] = (stamp(st), self.racy_hash(st, None))
        except OSError:
            self.entries[path] = (ABSENT, MISSING)

    def read(self, path: os.PathLike | str) -> bytes:
        """The bytes of a file, its stamp recorded before they were read."""
        path = os.fspath(path)
        st = os.stat(path)
        with open(path, "rb") as f:
            data = f.read()
        self.entries.setdefault(path, (stamp(st), self.racy_hash(st, data)))
        return data

    def racy_hash(self, st: os.stat_result, data: bytes | None) -> str:
        """The content hash a file changed too recently to trust its stamp
        is checked by; a file whose bytes were not read that recently
        changed makes the record incomplete."""
        if st.st_mtime_ns < self.start - RACY_NS:
            return MISSING
        if data is None:
            self.complete = False
            return MISSING
        return hashlib.sha256(data).hexdigest()

    def output(self, path: os.PathLike | str) -> None:
        """An executable the build wrote: always checked by content."""
        path = os.fspath(path)
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            # A device or pipe (-o /dev/null) cannot be read back, and a
            # build into it is never up to date: no record.
            self.complete = False
            return
        with open(path, "rb") as f:
            self.entries[path] = (stamp(st), hashlib.sha256(f.read()).hexdigest())

    def sources(self, top: str) -> None:
        """gominic's own sources, part of every cache key."""
        for dir, subdirs, files in os.walk(top):
            subdirs[:] = sorted(d for d in subdirs if d != "__pycache__")
            self.look(dir)
            for name in sorted(files):
                if name.endswith((".py", ".lark")):
                    self.look(os.path.join(dir, name))

    def write(self, cache: str, cwd: str, args: list[str]) -> None:
        """Write the record of this build, unless it is incomplete."""
        if not self.complete or any("\n" in p or "\0" in p for p in [cwd, *args, *self.entries]):
            return
        lines = [RECORD_VERSION, cwd, "\0".join(args)]
        lines += [f"{recorded} {digest} {path}" for path, (recorded, digest) in self.entries.items()]
        lines.append("end")
        path = record_path(cache, cwd, args)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tmp = f"{path}.tmp{os.getpid()}"
        with open(tmp, "wb") as f:
            f.write("\n".join(lines).encode("utf-8", "surrogateescape"))
        os.replace(tmp, path)
