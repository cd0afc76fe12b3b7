"""This module implements the compiler's ``-S`` listing: every symbol of a
package's object, in the shape of Go's ``go tool compile -S``:

    main.add STEXT size=16 args=0x10 locals=0x0
    	0x0000 00000 (main.go:3)	pushq %rbp
    	0x0001 00001 (main.go:3)	movq %rsp, %rbp
    	...
    	0x0000 55 48 89 e5 48 8d 04 37 5d c3                    UH..H..7].
    go:string.6a8b STRODATA dupok size=5
    	0x0000 68 65 6c 6c 6f                                   hello
    	rel 5+4 t=R_X86_64_PLT32 runtime.printlock-4

A function's header gives its kind (STEXT), its size in bytes, the bytes of
its arguments (args, from its LLVM signature) and of its frame (locals, the
``sub $n, %rsp`` of its prologue), then its instructions with their offsets
in hex and decimal and their source file:line (from the package's position
tables, ``_pcln_.o``), then its bytes, then its relocations (``rel
offset+width t=type target``). Data symbols show their kind (SRODATA,
SDATA, SNOPTRDATA, SBSS, SNOPTRBSS), bytes and relocations.

The listing is made from the object file the compiler produced, so what it
shows is exactly what the linker will get.
"""

from __future__ import annotations

import re

from gominic.link.symkind import SymKind, kind_of_section
from gominic.obj.elffile import ElfFile, SectionIndex, SymBind, SymType, parse_elf
from gominic.obj.pcln import FuncLines, entry_offsets
from gominic.tools.disasm import disassemble
from gominic.tools.lines import object_lines
from gominic.tools.objfile import relocations, symbolizer

FRAME = re.compile(r"^subq \$(0x[0-9a-f]+), %rsp")
BRANCH = re.compile(r"^(j\w+ )(0x[0-9a-f]+|[0-9]+)\b")  # a jump within the function (capstone's target)
HEXDUMP_WIDTH = 16
RELOC_WIDTHS = {"R_X86_64_64": 8, "R_X86_64_PC64": 8}  # every other type patches 4 bytes


def arg_sizes(module) -> dict[str, int]:
    """Bytes of each defined function's arguments, from an LLVM module."""
    import llvmlite.binding as llvm

    data = llvm.create_target_data(module.data_layout)
    return {fn.name: sum(data.get_abi_size(a.type) for a in fn.arguments)
            for fn in module.functions if not fn.is_declaration}


def listing(objects: list[tuple[str, bytes]], args: dict[str, int]) -> str:
    """The -S listing of a package's objects (archive members)."""
    out: list[str] = []
    lines = {}
    for name, data in objects:
        if name == "_pcln_.o":  # the position tables: shown beside the code, not as data
            lines = object_lines(parse_elf(data, name))
    for name, data in objects:
        if name == "_pcln_.o":
            continue
        elf = parse_elf(data, name)
        entries = entry_offsets(elf)
        for k, sym_name in enumerate(elf.symbol_names):
            _, info, _, shndx, value, size = elf.symbols[k]
            if sym_name and info & 0xF in (SymType.STT_FUNC, SymType.STT_OBJECT) and 0 < shndx < SectionIndex.SHN_ABS:
                out += symbol_listing(elf, sym_name, info, shndx, value, size, args, lines.get(sym_name),
                                      entries.get(shndx) == value)
    return "\n".join(out) + "\n" if out else ""


def symbol_listing(elf: ElfFile, name: str, info: int, shndx: int, value: int, size: int,
                   args: dict[str, int], lines: FuncLines | None, prefixed: bool = False) -> list[str]:
    """Header, instructions (for code), bytes and relocations of one symbol.
    A prefixed function's code starts after bytes of its own (the call of
    its short stack check, compile/nosplit.py): they are listed first, at
    negative offsets, for every offset counts from the entry."""
    sec = elf.sections[shndx]
    kind = kind_of_section(sec.name, sec.type, sec.flags)
    data = bytes(elf.section_data(shndx)[value : value + size])
    dupok = " dupok" if info >> 4 == SymBind.STB_WEAK else ""
    out = []
    if kind == SymKind.STEXT:
        start = 0 if prefixed else value
        insns = list(disassemble(bytes(elf.section_data(shndx)[start : value + size]), start, symbolizer(elf, shndx)))
        frame = next((int(m.group(1), 16) for i in insns[:8] if (m := FRAME.match(i.text))), 0)
        out.append(f"{name} STEXT{dupok} size={size} args={args.get(name, 0):#x} locals={frame:#x}")
        out += [f"\t{i.addr - value:#06x} {i.addr - value:05d} {position(lines, max(i.addr - value, 0))}"
                f"\t{from_entry(i.text, value)}" for i in insns]
    else:
        out.append(f"{name} {kind.name}{dupok} size={size}")
    out += hexdump(data)
    for off, rtype, target, addend in relocations(elf, shndx):
        if value <= off < value + max(size, 1):
            out.append(f"\trel {off - value}+{RELOC_WIDTHS.get(rtype, 4)} t={rtype} {target}{addend:+d}")
    return out


def from_entry(text: str, entry: int) -> str:
    """An instruction's text with a branch's target counted from the
    function's entry, at section offset entry, as the listing's offsets."""
    m = BRANCH.match(text)
    if not m or not entry:
        return text
    return f"{m.group(1)}{int(m.group(2), 0) - entry:#x}{text[m.end():]}"


def position(lines: FuncLines | None, off: int) -> str:
    """Go's "(file.go:LINE)" column for the instruction at offset off."""
    if lines is None:
        return ""
    file, line = lines.position(off)
    return f"({file.rsplit('/', 1)[-1]}:{line})"


def hexdump(data: bytes) -> list[str]:
    """Go's -S byte dump: offset, 16 bytes in hex, the printable ones as text."""
    lines = []
    for off in range(0, len(data), HEXDUMP_WIDTH):
        chunk = data[off : off + HEXDUMP_WIDTH]
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        lines.append(f"\t{off:#06x} {chunk.hex(' '):<{3 * HEXDUMP_WIDTH}}  {text}")
    return lines
