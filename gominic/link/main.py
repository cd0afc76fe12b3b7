"""This module implements the linker's entry point, ``link``, whose
``run_phases`` reads as Go's cmd/link ld.Main: one flat list of phases,
each a function of its own module, each announced by a comment.

    load        loader.py     read the package archives, index the symbols
                objcache.py   (what earlier links decoded from the same objects)
                snapshot.py   (the imports as the build server loaded them)
    deadcode    deadcode.py   mark what the entry point can reach
    layout      layout.py     assign addresses, sections and segments
    relocate    relocate.py   copy bytes into the image, patch relocations
    DWARF       dwarf.py      the objects' debug sections, relocated
    write ELF   elf.py        headers, symbol table, build ID; then rename

The output is written to a temporary file beside the output and renamed
into place at the very end, so a failed link leaves no file behind and
never clobbers an existing one.  Python's cyclic garbage collector is paused
during the link: the linker allocates millions of small tuples and frees
them all at the end, and the collector's periodic scans of that growing
heap would cost more than the link itself.
"""

from __future__ import annotations

import contextlib
import gc
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, TextIO

from gominic.work.env import gominic_root
from gominic.link.deadcode import deadcode
from gominic.link.dwarf import compress, debug_sections
from gominic.link.elf import write_elf
from gominic.link.errors import LinkError
from gominic.link.inittask import prune_init_tasks
from gominic.link.layout import BUILD_ID_SIZE, assign_addresses, create_boundary_symbols
from gominic.link.ldflags import parse_ldflags
from gominic.link.pclntab import build_pclntab
from gominic.link.linkmap import print_header, print_map, print_reloc_trace, print_size, print_stats
from gominic.link.loader import load_packages
from gominic.link.objcache import ObjectIndex
from gominic.link.relocate import apply_relocations, build_got
from gominic.link.report import EdgeRecorder, write_report
from gominic.link.snapshot import take_snapshot, write_link_set
from gominic.link.strdata import define_string_vars
from gominic.link.strmerge import share_strings
from gominic.link.typelinks import build_typelinks
from gominic.obj.archive import write_atomically

__all__ = ["LinkConfig", "LinkError", "LinkResult", "link", "parse_ldflags"]


@dataclass
class LinkConfig:
    """What to link and how; the fields mirror Go's linker flags."""

    main: Path  # the main package's archive
    packagefiles: dict[str, Path]  # import path -> archive (importcfg packagefile lines)
    output: Path  # -o
    entry: str = "_rt0_amd64_linux"
    verbose: bool = False  # -v
    dumpdep: bool = False  # -dumpdep
    strip_symtab: bool = False  # -s
    strip_dwarf: bool = False  # -w
    xdefs: list[tuple[str, str]] = field(default_factory=list)  # -X name=value
    map: bool = False  # -map
    trace_relocs: str = ""  # -trace-relocs SYMBOL
    size: bool = False  # -size
    report: str = ""  # -report FILE.html
    out: TextIO = field(default_factory=lambda: sys.stdout)  # where reports go
    index: ObjectIndex | None = None  # decoded objects kept between links (the build's cache)


@dataclass
class LinkResult:
    """What a successful link produced."""

    output: Path
    size: int  # bytes in the file
    symbols: int  # symbols loaded
    reachable: int  # symbols kept
    build_id: str  # hex
    phase_seconds: dict[str, float]


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Disable the cyclic garbage collector for the duration (see module doc)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@dataclass
class PhaseTimer:
    """Records the CPU time each phase took; with -v prints Go's "%5.2f
    phase" lines. CPU time, not wall time: on a shared machine the wall
    clock measures the neighbours as much as the linker."""

    out: TextIO | None
    start: float = field(default_factory=time.process_time)
    seconds: dict[str, float] = field(default_factory=dict)

    def done(self, phase: str) -> None:
        elapsed = time.process_time() - self.start
        self.seconds[phase] = elapsed - sum(self.seconds.values())
        if self.out is not None:
            self.out.write(f"{elapsed:5.2f} {phase}\n")


def link(cfg: LinkConfig) -> LinkResult:
    """Link cfg.main and its imports into the static executable cfg.output."""
    # The phases run in a function of their own so that the loader, the
    # image and every tuple they hold are freed before the collector is
    # enabled again: were they alive then, its first collection would scan
    # them all.
    with gc_paused():
        return run_phases(cfg)


def run_phases(cfg: LinkConfig) -> LinkResult:
    """The linker's phases, in order (see the module doc)."""
    timer = PhaseTimer(cfg.out if cfg.verbose else None)
    if cfg.verbose:
        print_header(cfg.out)

    # Load, breadth first, every package main imports (or continue from
    # the build server's snapshot of them), then main's archive.
    packagefiles = {path: str(file) for path, file in cfg.packagefiles.items()}
    loader = load_packages(str(cfg.main), packagefiles, cfg.index, take_snapshot(cfg.index))
    write_link_set(loader)
    timer.done("load")

    # Define what the linker itself provides: section boundaries, the
    # toolchain's root for runtime.GOROOT (as Go's linker sets its
    # GOROOT), -X strings.
    create_boundary_symbols(loader)
    define_string_vars(loader, [("runtime.defaultGOROOT", str(gominic_root())), *cfg.xdefs])

    # Init tasks leave out the tasks of imports that have nothing to initialise.
    prune_init_tasks(loader)

    # Flood-fill reachability from the entry point; the rest is dropped.
    # (The -report page draws the tree of the edges -dumpdep prints.)
    edges = EdgeRecorder(cfg.out if cfg.dumpdep else None) if cfg.report else None
    deadcode(loader, cfg.entry, edges or (cfg.out if cfg.dumpdep else None))
    timer.done("deadcode")

    # Gather the reachable functions' position tables into .gopclntab.
    pclntab_size, pclntab_inflated = build_pclntab(loader)

    # List the reachable composite types for reflect's PointerTo, SliceOf, ...
    build_typelinks(loader)

    # A string literal that begins or ends another is laid out in it.
    share_strings(loader)

    # Give GOT references that cannot become direct a slot in .got.
    build_got(loader, loader.reachable_section_syms())

    # Assign addresses: sections in SymKind order, three segments.
    layout = assign_addresses(loader)
    timer.done("layout")
    # At this point the memory layout is fixed.

    # Copy every symbol into the image and patch its relocations.
    image = bytearray(layout.filesize)
    apply_relocations(loader, layout, image)
    timer.done("relocate")
    if cfg.trace_relocs:
        print_reloc_trace(loader, layout, image, cfg.trace_relocs, cfg.out)

    # Carry the objects' DWARF through, relocated (-w and -s leave it out, as Go's).
    debug = {}
    if not (cfg.strip_dwarf or cfg.strip_symtab):
        debug = {name: compress(data) for name, data in debug_sections(loader).items()}
    timer.done("dwarf")

    # Wrap the image in ELF headers and a symbol table, then rename into place.
    entry = loader.lookup(cfg.entry)
    out = write_elf(loader, layout, image, entry, cfg.strip_symtab, debug)
    write_atomically(Path(cfg.output), out, 0o777)
    loader.index.store()
    timer.done("write")

    if cfg.map:
        print_map(loader, cfg.out)
    if cfg.size:
        print_size(loader, layout, cfg.out)
    if cfg.report:
        write_report(Path(cfg.report), loader, layout, cfg.entry, edges)
    if cfg.verbose:
        cfg.out.write(f"{pclntab_size} bytes of .gopclntab ({pclntab_inflated} inflated), "
                      f"{sum(map(len, debug.values()))} bytes of compressed DWARF\n")
        cfg.out.write(f"{time.process_time() - timer.start:5.2f} cpu time\n")
        print_stats(loader, cfg.out)
    note_end = layout.note.fileoff + layout.note.size
    return LinkResult(Path(cfg.output), len(out), loader.num_syms(), loader.num_reachable(),
                      out[note_end - BUILD_ID_SIZE : note_end].hex(), timer.seconds)
