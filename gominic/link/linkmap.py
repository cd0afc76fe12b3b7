"""This module implements the linker's text views for teaching: the link
map (``-map``), the ``-v`` statistics, ``-trace-relocs SYMBOL`` (one
symbol's relocations as they are patched) and ``-size`` (bytes per package
and per section). The HTML picture of the link is report.py.

The map lists every symbol loaded, one a line: its address and size, the
output section, the package that defined it, and its fate:

    kept          reachable, laid out at that address
    dead          never reached from the entry point: not in the file
    dupok-merged  a duplicate copy of a dupok symbol (string literal, type
                  descriptor) dropped in favour of the first one loaded
"""

from __future__ import annotations

from typing import TextIO

from gominic.link.layout import PAGE_SIZE, TEXT_ADDR, Layout
from gominic.link.loader import Loader, Sym
from gominic.link.symkind import SECTION_NAMES, SymKind
from gominic.obj.elffile import reloc_type_name

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


# --- -trace-relocs: one symbol's relocations, patched before your eyes ------

def print_reloc_trace(loader: Loader, layout: Layout, image: bytearray, name: str, out: TextIO) -> None:
    """Each relocation of symbol ``name``: where, what type, against what,
    the value computed from S (target), A (addend) and P (place), and the
    field's bytes before (as the compiler left them) and after patching.

        main.main+0x15 R_X86_64_PLT32 runtime.printlock-4
            S=0x401230 A=-4 P=0x401115  S+A-P = 0x117
            00 00 00 00 -> 17 01 00 00
    """
    s = loader.lookup(name)
    if s == 0 or not loader.attr_defined(s):
        out.write(f"trace-relocs: no symbol named {name}\n")
        return
    if not loader.attr_in_output(s):
        out.write(f"trace-relocs: {name} is dead: not in the output, nothing to patch\n")
        return
    base = loader.outer_sym(s) or s
    lo = loader.sym_value(s) - loader.sym_value(base)
    relocs = [r for r in loader.relocs(base) if lo <= r[0] < lo + max(loader.sym_size(s), 1)]
    addr = loader.sym_value(s)
    out.write(f"# {name}: {len(relocs)} relocations, symbol at {addr:#x} size {loader.sym_size(s)}\n")
    for off, rtype, target, addend in relocs:
        out.write(reloc_trace_lines(loader, layout, image, base, off, rtype, target, addend, f"{name}+{off - lo:#x}"))


def reloc_trace_lines(loader: Loader, layout: Layout, image: bytearray, s: Sym, off: int, rtype: int,
                      target: Sym, addend: int, where: str) -> str:
    """The three lines of one relocation at offset off in the bytes of s,
    at where (symbol+offset), in a -trace-relocs listing."""
    from gominic.link.relocate import FIELDS, GOT_FIELD, GOT_TYPES

    place = loader.sym_value(s) + off
    start = layout.file_offset(place)
    fmt, formula = (FIELDS[rtype][0], "S+A-P" if FIELDS[rtype][1] else "S+A") if rtype in FIELDS else \
        (GOT_FIELD, "GOT(S)+A-P") if rtype in GOT_TYPES else (None, "no value")
    width = fmt.size if fmt else 0
    ahead = 3 if rtype in GOT_TYPES else 0  # a relaxed GOT reference rewrites its opcode too
    before = bytes(loader.data(s)[off - ahead : off + width])
    after = bytes(image[start - ahead : start + width])
    value = fmt.unpack_from(image, start)[0] if fmt else 0
    target_name = loader.sym_name(target) + (f"{addend:+d}" if addend else "")
    relaxed = ""
    if ahead and before[:ahead] != after[:ahead]:
        # an ALU instruction takes S as an immediate; a load, call or jump S+A-P
        formula = "S" if value == loader.sym_value(target) else "S+A-P"
        relaxed = "  (GOT load relaxed to a direct address)"
    return (f"{where} {reloc_type_name(rtype)} {target_name}\n"
            f"    S={loader.sym_value(target):#x} A={addend} P={place:#x}  {formula} = {value:#x}{relaxed}\n"
            f"    {before.hex(' ')} -> {after.hex(' ')}\n")


# --- -size: code and data per package, as TinyGo's -size=short -------------

SIZE_COLUMNS = {  # column -> the symbol kinds it adds up
    "code": (SymKind.STEXT,),
    "rodata": (SymKind.SRODATA, SymKind.SPCLNTAB),
    "data": (SymKind.SNOPTRDATA, SymKind.SDATA),
    "bss": (SymKind.SBSS, SymKind.SNOPTRBSS),
}


def package_sizes(loader: Loader, layout: Layout) -> dict[str, dict[str, int]]:
    """Bytes of each package in each column; "(padding)" is the alignment
    gaps between symbols and "(linker)" what the linker made itself."""
    column_of = {kind: col for col, kinds in SIZE_COLUMNS.items() for kind in kinds}
    sizes: dict[str, dict[str, int]] = {}
    for sect in layout.sections:
        if sect.kind is None:
            continue
        col = column_of[sect.kind]
        used = 0
        for s in sect.syms:
            pkg = loader.pkg_name(s) if loader.pkg[s] >= 0 else "(linker)"
            row = sizes.setdefault(pkg, dict.fromkeys(SIZE_COLUMNS, 0))
            row[col] += loader.sym_size(s)
            used += loader.sym_size(s)
        pad = sizes.setdefault("(padding)", dict.fromkeys(SIZE_COLUMNS, 0))
        pad[col] += sect.size - used
    return sizes


def print_size(loader: Loader, layout: Layout, out: TextIO) -> None:
    """The -size table: per package code/rodata/data/bss, what they take in
    the file (code+rodata+data) and in writable memory (data+bss); then the
    output sections with their addresses and sizes."""
    sizes = package_sizes(loader, layout)
    out.write("   code  rodata    data     bss |    file  memory | package\n")
    out.write("------------------------------- | --------------- | -------\n")
    total = dict.fromkeys(SIZE_COLUMNS, 0)
    for pkg in sorted(sizes, key=lambda p: (p.startswith("("), p)):
        row = sizes[pkg]
        for col in total:
            total[col] += row[col]
        out.write(size_row(row, pkg))
    out.write(size_row(total, "total"))
    out.write(f"\n{'section':<19} {'address':>9} {'size':>8}\n")
    for sect in layout.sections:
        out.write(f"{sect.name:<19} {sect.addr:#9x} {sect.size:8d}\n")


def size_row(row: dict[str, int], label: str) -> str:
    code, rodata, data, bss = (row[col] for col in SIZE_COLUMNS)
    return f"{code:7d} {rodata:7d} {data:7d} {bss:7d} | {code + rodata + data:7d} {data + bss:7d} | {label}\n"
