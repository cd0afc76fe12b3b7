"""This module implements the link map (``-ldflags=-map``) and the ``-v``
statistics: the teaching views of what the linker loaded and kept.

The map lists every symbol loaded, one a line: its address and size, the
output section, the package that defined it, and its fate:

    kept          reachable, laid out at that address
    dead          never reached from the entry point: not in the file
    dupok-merged  a duplicate copy of a dupok symbol (string literal, type
                  descriptor) dropped in favour of the first one loaded
"""

from __future__ import annotations

from typing import TextIO

from gominic.link.layout import PAGE_SIZE, TEXT_ADDR
from gominic.link.loader import Loader
from gominic.link.symkind import SECTION_NAMES

# Go's objabi.Hlinux: the header type -H of an ELF Linux executable.
HEAD_TYPE_LINUX = 5


def print_header(out: TextIO) -> None:
    """The first -v line, as Go prints it."""
    out.write(f"HEADER = -H{HEAD_TYPE_LINUX} -T{TEXT_ADDR:#x} -R{PAGE_SIZE:#x}\n")


def print_stats(loader: Loader, out: TextIO) -> None:
    """Symbol counts in the shape of Go's Loader.Stat."""
    npkg = nhashed = 0
    for s in range(1, loader.num_syms() + 1):
        if s >= loader.ext_start or not loader.attr_defined(s) or loader.attr_local(s):
            continue
        if loader.attr_dupok(s):
            nhashed += 1
        else:
            npkg += 1
    next_ = loader.num_syms() - loader.ext_start + 1
    nonpkg = loader.num_syms() - npkg - nhashed - next_
    out.write(f"{loader.num_syms()} symbols, {loader.num_reachable()} reachable\n")
    out.write(f"\t{npkg} package symbols, {nhashed} hashed symbols, "
              f"{nonpkg} non-package symbols, {next_} external symbols\n")


def map_line(addr: str, size: str, section: str, pkg: str, status: str, name: str) -> str:
    return f"{addr:>10} {size:>8} {section:<11} {pkg:<24} {status:<12} {name}\n"


def print_map(loader: Loader, out: TextIO) -> None:
    """Every loaded symbol with its address, size, section, package and fate."""
    out.write(map_line("# address", "size", "section", "package", "status", "symbol"))
    for s in range(1, loader.num_syms() + 1):
        if not loader.attr_defined(s):
            continue
        section = SECTION_NAMES.get(loader.sym_kind(s), "-")
        if loader.attr_in_output(s):
            addr, status = f"{loader.sym_value(s):x}", "kept"
        else:
            addr, status = "-", "dead"
        out.write(map_line(addr, str(loader.sym_size(s)), section, loader.pkg_name(s), status, loader.sym_name(s)))
    for oi, sect, winner in loader.dropped:
        obj = loader.objs[oi]
        out.write(map_line("-", str(obj.elf.sections[sect].size), SECTION_NAMES.get(loader.sym_kind(winner), "-"),
                           loader.packages[obj.pkg].path, "dupok-merged", loader.sym_name(winner)))
