"""This module implements the linker's object index cache: what the linker
decodes from each object it reads, kept between links so that an unchanged
object is not decoded again.

A warm build (main.go edited) relinks the runtime and the standard library
unchanged. Decoding their section headers and symbol tables (parse_elf,
with every check it makes), the loader's plan of their sections (which to
load, of what kind, holding which symbols) and the DWARF facts the link
needs (the debug sections' relocation maps, the line program's sequences,
the layout of the DIEs: obj/dwarf.py) was half the cost of loading them and
half the cost of carrying their DWARF through. Those results are plain tuples, lists and
dicts: they are kept as Python's ``marshal`` serialization, one entry per
object, and a later link builds its ``ElfFile`` and ``ObjectDwarf`` from the
entry instead of from the bytes.

An entry is found by a SHA-256 over the linker's identity (its version and
source text, as the build cache's keys: a changed linker never reads an
old entry) and the object's own SHA-256, which the archive's ``__.SUMS``
gives and the archive reader has just checked. The same bytes decode the
same way, so what the link makes from an entry is exactly what it would
make from the object: the output is byte for byte the same with or without
the cache (tests/link/test_objcache.py). Objects from archives without
``__.SUMS`` (made by hand) have no checked hash and are never cached.

Entries live under the build cache (``<GOMINICCACHE>/objindex``) and are
written as its archives are: to a temporary file renamed into place, so
concurrent links see an entry whole or not at all, and two links writing
the same entry write the same bytes. An entry starts with the CRC-32 of
the rest; one that fails the check or does not decode is a miss, decoded
again from the object and rewritten.

An entry grows: a link with ``-w`` decodes no DWARF, and the next link that
does adds the DWARF facts to the entry.

A build server (gominic/server) reads the newest entries once, before it
forks any build (preload_entries): each build it forks finds them decoded
in memory, as they would be decoded from their files.
"""

from __future__ import annotations

import hashlib
import marshal
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from gominic.obj.archive import Member, write_atomically
from gominic.obj.elffile import ElfFile, Section, parse_elf

# A marshal stream is read back only by the Python that wrote it.
FORMAT = f"objindex 1 marshal {marshal.version} python {sys.version_info[:2]}"


@dataclass
class ObjectIndex:
    """The object index cache of one link: ``dir`` None keeps nothing."""

    dir: Path | None
    linker_id: str = ""
    # Entries to write when the link ends: key -> (elf, decoded, facts the entry held).
    loaded: dict[str, tuple[ElfFile, dict[str, object], int]] = field(default_factory=dict)

    def key(self, member: Member) -> str:
        """The entry of an object: "" when it cannot be cached."""
        if self.dir is None or not member.digest:
            return ""
        return hashlib.sha256(f"{FORMAT}\n{self.linker_id}\n{member.digest}".encode()).hexdigest()

    def entry_path(self, key: str) -> Path:
        return self.dir / key[:2] / key

    def read(self, member: Member, name: str) -> tuple[ElfFile, dict[str, object] | None]:
        """The object's ELF decoded, and the facts decoded from it so far,
        which the link adds to as it decodes more (None: the object is not
        cached, and the facts need not outlive their use)."""
        key = self.key(member)
        if not key:
            return parse_elf(member.data, name), None
        found = self.lookup(key, member.data, name)
        if found is not None:
            self.loaded[key] = (*found, len(found[1]))
            return found
        elf, decoded = parse_elf(member.data, name), {}
        self.loaded[key] = (elf, decoded, -1)
        return elf, decoded

    def lookup(self, key: str, data: memoryview, name: str) -> tuple[ElfFile, dict[str, object]] | None:
        """The entry's ELF and DWARF facts, or None (missing or damaged)."""
        fields = PRELOADED.get(key)
        if fields is None:
            try:
                fields = decode_entry(self.entry_path(key).read_bytes())
            except OSError:
                return None
        try:
            etype, entry, sections, symtab_index, symbols, symbol_names, decoded = fields
            return ElfFile(name, data, etype, entry, list(map(Section._make, sections)), symtab_index,
                           symbols, symbol_names), decoded
        except (ValueError, TypeError):
            return None

    def store(self) -> None:
        """Write the entries of objects that were missing or learnt new facts."""
        for key, (elf, decoded, known) in self.loaded.items():
            if len(decoded) == known:
                continue
            data = marshal.dumps((elf.type, elf.entry, [tuple(s) for s in elf.sections], elf.symtab_index,
                                  elf.symbols, elf.symbol_names, decoded))
            path = self.entry_path(key)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                write_atomically(path, zlib.crc32(data).to_bytes(4, "little") + data)
            except OSError:
                pass  # a cache that cannot be written only costs the next link time


def decode_entry(raw: bytes) -> tuple | None:
    """The fields an entry file holds; None if it is damaged."""
    body = memoryview(raw)[4:]
    if len(raw) < 4 or zlib.crc32(body) != int.from_bytes(raw[:4], "little"):
        return None
    try:
        fields = marshal.loads(body)
    except (ValueError, TypeError, EOFError):
        return None
    return fields if isinstance(fields, tuple) else None


# Entries decoded ahead of the links that use them: key -> decode_entry's fields.
PRELOADED: dict[str, tuple] = {}


def preload_entries(dir: Path, budget: int = 32 << 20) -> None:
    """Decode the newest entries under dir, up to budget bytes of them, into
    PRELOADED. The newest are the current linker's (runtime, standard
    library, the programs last built); an entry of another linker is never
    looked up (its key differs), so preloading it costs memory, not truth."""
    entries = []
    for path in dir.glob("??/*"):
        try:
            entries.append((path.stat().st_mtime_ns, path))
        except OSError:
            pass
    for _, path in sorted(entries, reverse=True):
        try:
            raw = path.read_bytes()
        except OSError:
            continue
        budget -= len(raw)
        if budget < 0:
            return
        if (fields := decode_entry(raw)) is not None:
            PRELOADED[path.name] = fields
