"""This module implements the linker corruptor: ``make fuzz-link``.

It builds one program, then links it again and again, each time with one
of its package archives corrupted: a field of the ELF header, of a section
header, of a symbol or of a relocation set to an interesting value (0, -1,
a power of two, off by one), bytes flipped anywhere, or the archive cut
short. Every link runs in this process under a time limit. The linker
must then either print an error (a ``LinkError``, one line per problem)
or write exactly the executable the clean link wrote; anything else is a
failure: another exception (an internal linker error), a link that takes
longer than the limit, or a different executable with no error.

Half of the corrupted archives are resealed: their ``__.SUMS`` is written
again to match, so that the damage gets past the checksums to the checks
of every field the linker reads. A resealed archive whose damage is only
in content (code bytes, an addend) is a valid program of its own, and its
different executable is counted apart, not as a failure.

    python fuzz/fuzz_link.py [-n 500] [--seed 1]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import signal
import struct
import sys
import tempfile
import time
import traceback
from pathlib import Path

from gominic.work.builder import Builder
from gominic.work.cache import Cache
from gominic.work.env import cache_dir, gominic_root
from gominic.work.load import Loader
from gominic.link.main import LinkConfig, LinkError, link
from gominic.obj.archive import SUMS, archive_bytes, package_members, read_archive
from gominic.obj.elffile import EHDR, RELA, SHDR, SYM, SectionType

TIMEOUT = 10
MEMORY_LIMIT = 4 << 30
PROGRAM = """package main

import (
\t"fmt"
\t"strings"
)

type T struct{ n int }

func (t T) String() string { return strings.Repeat("x", t.n) }

func main() {
\tfmt.Println(T{3}, []int{1, 2}, map[string]int{"a": 1})
}
"""


def build_program(folder: Path) -> tuple[Path, dict[str, Path]]:
    """Compile PROGRAM; return the main archive and the others by import path."""
    (folder / "go.mod").write_text("module p\n\ngo 1.19\n")
    (folder / "main.go").write_text(PROGRAM)
    loader = Loader(gominic_root(), folder)
    roots = loader.load_patterns(["."])
    archives = Builder(Cache(cache_dir())).build(loader.load_graph(roots))
    main = archives.pop(roots[0].import_path)
    return main, archives


# --- corruptions ------------------------------------------------------------------

def interesting(rng: random.Random, old: int, bits: int) -> int:
    top = (1 << bits) - 1
    return rng.choice([0, 1, top, top >> 1, old + 1, old - 1, old * 2, 1 << rng.randrange(bits),
                       rng.randrange(top + 1)]) & top


def set_field(data: bytearray, fmt: struct.Struct, base: int, rng: random.Random) -> str:
    """Give one field of the record at base an interesting value."""
    fields = list(fmt.unpack_from(data, base))
    i = rng.randrange(len(fields))
    sizes = [struct.calcsize("<" + c) for c in fmt.format.lstrip("<") if not c.isdigit()]
    if isinstance(fields[i], bytes):
        return "nothing"
    signed = fmt.format.lstrip("<")[i].islower() and fmt.format.lstrip("<")[i] not in "s"
    bits = sizes[i] * 8
    value = interesting(rng, fields[i], bits)
    if signed and value >= 1 << (bits - 1):
        value -= 1 << bits
    fields[i] = value
    fmt.pack_into(data, base, *fields)
    return f"field {i} = {value}"


def corrupt_elf(elf: bytearray, rng: random.Random) -> str:
    """One corruption of an ELF object, described."""
    (_, _, _, _, _, _, shoff, _, _, _, _, _, shnum, _) = EHDR.unpack_from(elf)
    sections = [SHDR.unpack_from(elf, shoff + i * SHDR.size) for i in range(shnum)]
    choice = rng.randrange(6)
    if choice == 0:
        return "ELF header " + set_field(elf, EHDR, 0, rng)
    if choice == 1:
        i = rng.randrange(1, shnum)
        return f"section {i} " + set_field(elf, SHDR, shoff + i * SHDR.size, rng)
    if choice in (2, 3):
        kind = SectionType.SHT_SYMTAB if choice == 2 else SectionType.SHT_RELA
        table = [sec for sec in sections if sec[1] == kind]
        record = SYM if choice == 2 else RELA
        if not table:
            return "nothing"
        sec = rng.choice(table)
        n = sec[5] // record.size
        if n == 0:
            return "nothing"
        k = rng.randrange(n)
        return f"{kind.name} entry {k} " + set_field(elf, record, sec[4] + k * record.size, rng)
    if choice == 4:
        for _ in range(rng.randint(1, 8)):
            elf[rng.randrange(len(elf))] ^= 1 << rng.randrange(8)
        return "bytes flipped"
    sec = rng.choice(sections[1:])
    if sec[1] == SectionType.SHT_NOBITS or sec[5] == 0:
        return "nothing"
    at = sec[4] + rng.randrange(sec[5])
    elf[at] ^= 1 << rng.randrange(8)
    return "section byte flipped"


def corrupt_archive(data: bytes, rng: random.Random, reseal: bool) -> tuple[bytes, str]:
    """data with one corruption. Resealed, the archive's __.SUMS is
    written again to match: the damage reaches the linker's own checks."""
    members = read_archive(data)
    if rng.random() < 0.1:
        return data[:rng.randrange(len(data))], "archive truncated"
    if rng.random() < 0.05:
        flipped = bytearray(data)
        flipped[rng.randrange(len(flipped))] ^= 1 << rng.randrange(8)
        return bytes(flipped), "archive byte flipped"
    out = []
    what = "nothing"
    objects = [m for m in members if m.name.endswith(".o")]
    target = rng.choice(objects)
    for m in members:
        payload = bytearray(m.data)
        if m is target:
            what = f"{m.name}: " + corrupt_elf(payload, rng)
        out.append((m.name, bytes(payload)))
    if reseal and out[-1][0] == SUMS:
        out = package_members(out[0][1], out[1:-1])
    return archive_bytes(out), what


# --- the links ----------------------------------------------------------------------

class Timeout(Exception):
    pass


def on_alarm(signum, frame):
    raise Timeout


def try_link(main: Path, deps: dict[str, Path], output: Path) -> tuple[str, str]:
    """(outcome, detail) of one link: error, ok, timeout or internal."""
    signal.alarm(TIMEOUT)
    try:
        link(LinkConfig(main=main, packagefiles=deps, output=output))
        return "ok", ""
    except LinkError as e:
        return "error", str(e)
    except Timeout:
        return "timeout", ""
    except Exception as e:  # noqa: BLE001 - what escapes is a finding
        return "internal", f"{type(e).__name__}: {e}\n{traceback.format_exc()}"
    finally:
        signal.alarm(0)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=500)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    signal.signal(signal.SIGALRM, on_alarm)
    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="gominic-fuzz-link-"))
    main_archive, deps = build_program(work)
    clean = work / "clean"
    outcome, detail = try_link(main_archive, deps, clean)
    assert outcome == "ok", detail
    clean_bytes = clean.read_bytes()
    names = ["main", *deps]
    counts: dict[str, int] = {}
    started = time.monotonic()
    for n in range(args.n):
        victim = rng.choice(names + ["main", "runtime", "runtime", "fmt"])
        original = main_archive if victim == "main" else deps[victim]
        reseal = rng.random() < 0.5
        data, what = corrupt_archive(original.read_bytes(), rng, reseal)
        bad = work / f"bad-{victim.replace('/', '_')}.a"
        bad.write_bytes(data)
        out = work / "out"
        out.unlink(missing_ok=True)
        t0 = time.monotonic()
        outcome, detail = try_link(bad if victim == "main" else main_archive,
                                   deps if victim == "main" else {**deps, victim: bad}, out)
        if outcome == "ok":
            outcome = "same" if out.read_bytes() == clean_bytes else "different"
            if outcome == "different" and reseal:
                # Consistent sums: to the linker a valid, different program
                # (new code bytes, addends), which it cannot know is wrong.
                outcome = "different, resealed"
        counts[outcome] = counts.get(outcome, 0) + 1
        if outcome in ("internal", "timeout", "different") or time.monotonic() - t0 > TIMEOUT:
            print(f"[{n}] {outcome}: {victim}: {what}: {detail.strip().splitlines()[0] if detail.strip() else ''}",
                  flush=True)
            if outcome == "internal":
                print(detail, flush=True)
    elapsed = time.monotonic() - started
    print(f"{args.n} corrupted links in {elapsed:.0f} s: " + ", ".join(f"{v} {k}" for k, v in sorted(counts.items())))
    failures = sum(counts.get(k, 0) for k in ("internal", "timeout", "different"))
    print(f"failures: {failures}")
    return 1 if failures else 0


if __name__ == "__main__":
    os.environ.setdefault("GOMINICROOT", str(Path(__file__).resolve().parent.parent))
    sys.exit(main())
