"""This module implements the package archive: a Unix ``ar`` file holding a
compiled package, like Go's ``pkg.a``.

Layout (the common ar format, see ar(5) or Levine's "Linkers and Loaders"
ch. 6)::

    "!<arch>\\n"
    then for each member: a 60-byte text header
        name[16] mtime[12] uid[6] gid[6] mode[8] size[10] "`\\n"
    followed by ``size`` bytes of data and one "\\n" pad byte if size is odd.

A package archive's members are, in order, ``__.PKGDEF`` (UTF-8 JSON: the
import path, the imports, the link-time variables and the compiler's export
data), one or more ELF objects (``_go_.o``, then ``asm_0.o`` ... for
packages with assembly) and ``__.SUMS``, the SHA-256 of each member before
it, one ``<hex> <name>`` line each, so that the linker can tell a damaged
archive from a program (a flipped byte in code would otherwise link into a
wrong executable without a word). Archives without ``__.SUMS`` (made by
hand, in tests) are read unchecked.  Names are written space-padded without GNU's
trailing slash, as Go's ``pack`` does; both forms are accepted on reading.
Timestamps, owners and modes are constant so that identical packages give
identical archives (a reproducible build cache).
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
import stat
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

AR_MAGIC = b"!<arch>\n"
AR_HEADER_SIZE = 60
AR_FMAG = b"`\n"
PKGDEF = "__.PKGDEF"
SUMS = "__.SUMS"


class ObjError(Exception):
    """A malformed archive or object; the message is one line naming the file."""


@dataclass
class Member:
    """One archive member: its name and a view of its bytes in the archive."""

    name: str
    data: memoryview
    digest: str = ""  # its SHA-256 (hex) once checked against __.SUMS; "" unchecked


@dataclass
class Package:
    """What the linker needs from a package archive."""

    path: str
    file: str
    imports: list[str]
    linkvars: dict[str, str]
    objects: list[Member] = field(default_factory=list)


def package_members(pkgdef: bytes, objects: list[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    """The members of a package archive: __.PKGDEF, the objects, __.SUMS."""
    members = [(PKGDEF, pkgdef), *objects]
    sums = "".join(f"{hashlib.sha256(data).hexdigest()} {name}\n" for name, data in members)
    return [*members, (SUMS, sums.encode())]


def check_sums(members: list[Member], name: str) -> list[Member]:
    """The members before __.SUMS, each checked against its sum; all
    members when there is no __.SUMS."""
    if not members or members[-1].name != SUMS:
        return members
    listed = bytes(members[-1].data).decode("ascii", "replace").splitlines()
    if len(listed) != len(members) - 1:
        raise ObjError(f"{name}: {SUMS} lists {len(listed)} members, the archive has {len(members) - 1}")
    for line, m in zip(listed, members):
        digest = hashlib.sha256(m.data).hexdigest()
        if line != f"{digest} {m.name}":
            raise ObjError(f"{name}({m.name}): does not match its checksum in {SUMS} (damaged archive)")
        m.digest = digest
    return members[:-1]


def member_header(name: str, size: int) -> bytes:
    """The 60-byte ar header of a member; member_header("_go_.o", 10) -> b"_go_.o ... 10 ...`\\n"."""
    encoded = name.encode()
    if len(encoded) > 16:
        raise ValueError(f"archive member name too long: {name}")
    header = b"%-16s%-12d%-6d%-6d%-8s%-10d" % (encoded, 0, 0, 0, b"644", size) + AR_FMAG
    assert len(header) == AR_HEADER_SIZE
    return header


def write_archive(path: str | Path, members: list[tuple[str, bytes]]) -> None:
    """Write an ar archive atomically: to a temp file beside ``path``, then rename."""
    write_atomically(Path(path), archive_bytes(members))


def archive_bytes(members: list[tuple[str, bytes]]) -> bytes:
    """The bytes of an ar archive holding members, in order."""
    parts = [AR_MAGIC]
    for name, data in members:
        parts.append(member_header(name, len(data)))
        parts.append(bytes(data))
        if len(data) % 2:
            parts.append(b"\n")
    return b"".join(parts)


def write_atomically(path: Path, data: bytes | bytearray, mode: int = 0o666) -> None:
    """Write a file so that no reader ever sees it half written.

    The bytes go to a temporary file in the same directory, which is then
    renamed over ``path`` (rename is atomic within a file system); on any
    failure the temporary file is removed and ``path`` is left as it was.
    ``mode`` is masked by the umask, as open(2) would.

    A path that is neither a file nor missing (``-o /dev/null``, Go's way to
    build and discard, or a pipe) is written in place: renaming over it
    would replace the device with a file, for every program on the machine.
    """
    if is_special_file(path):
        with open(path, "wb") as f:
            f.write(data)
        return
    remove_stale_temporaries(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, mode & ~umask)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def is_special_file(path: Path) -> bool:
    """Whether path is a device, a pipe or a socket (not a file, not missing)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def remove_stale_temporaries(path: Path) -> None:
    """Remove the temporary files of writes to path whose writer is dead
    (killed mid-write, it could not remove them). A temporary's name
    holds its writer's process id: .prog.1234.k2j4h1.tmp."""
    for tmp in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        pid = tmp.name[len(path.name) + 2:].split(".", 1)[0]
        if pid.isdigit() and not process_exists(int(pid)):
            try:
                tmp.unlink()
            except OSError:
                pass  # another build removed it first


def process_exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, as someone else's
    return True


def read_archive(source: str | Path | bytes | memoryview, name: str | None = None) -> list[Member]:
    """Split an ar archive into its members (views, not copies)."""
    if isinstance(source, (str, Path)):
        name = name or str(source)
        source = Path(source).read_bytes()
    name = name or "archive"
    data = memoryview(source)
    if bytes(data[: len(AR_MAGIC)]) != AR_MAGIC:
        raise ObjError(f"{name}: not an archive (bad magic)")
    members = []
    pos = len(AR_MAGIC)
    while pos < len(data):
        if pos + AR_HEADER_SIZE > len(data):
            raise ObjError(f"{name}: truncated archive member header at offset {pos}")
        header = bytes(data[pos : pos + AR_HEADER_SIZE])
        if header[58:60] != AR_FMAG:
            raise ObjError(f"{name}: malformed archive member header at offset {pos}")
        try:
            size = int(header[48:58].decode("ascii"))
        except ValueError:
            raise ObjError(f"{name}: malformed archive member size at offset {pos}") from None
        start = pos + AR_HEADER_SIZE
        if start + size > len(data):
            raise ObjError(f"{name}: truncated archive (member at offset {pos} needs {size} bytes)")
        member_name = header[:16].decode("utf-8", "replace").rstrip(" ").rstrip("/")
        members.append(Member(member_name, data[start : start + size]))
        pos = start + size + (size & 1)
    return members


def read_package(path: str | Path) -> Package:
    """Read a package archive: decode __.PKGDEF, collect the ELF object members."""
    name = str(path)
    try:
        members = check_sums(read_archive(Path(path).read_bytes(), name), name)
    except OSError as e:
        raise ObjError(f"{name}: {e.strerror}") from None
    if not members or members[0].name != PKGDEF:
        raise ObjError(f"{name}: first archive member is not {PKGDEF}")
    try:
        pkgdef = json.loads(bytes(members[0].data).decode("utf-8"))
        pkg = Package(pkgdef["path"], name, list(pkgdef.get("imports", [])),
                      dict(pkgdef.get("linkvars", {})))
    except (ValueError, KeyError, TypeError) as e:
        raise ObjError(f"{name}({PKGDEF}): malformed package definition: {e}") from None
    pkg.objects = members[1:]
    return pkg
