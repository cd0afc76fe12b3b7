"""This module implements the disassembler shared by ``gominic tool objdump``
and the compiler's ``-S``: machine code back to instructions, with capstone
(a real decoder for x86-64, not a hand-written one).

Instructions are printed in AT&T syntax, the syntax of GNU objdump and of
LLVM's own assembly output (``mov %rsp, %rbp``: source first, registers
with %, immediates with $). Go's tools print Plan 9 syntax (``MOVQ SP,
BP``), which no disassembler library speaks; the instructions are the same.

Two annotations make the code readable: a branch or call to a known address
shows the symbol there (``call 0x401230 <runtime.printlock>``), and an
instruction that holds a relocation (in an object file, before linking)
shows it (``# R_X86_64_PLT32 runtime.printlock-4``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache


@dataclass(frozen=True, slots=True)
class Insn:
    addr: int
    raw: bytes
    text: str  # "subq $0x8, %rsp", annotated


@dataclass
class Symbolizer:
    """Names for addresses: symbol starts, and the relocations of an object."""

    starts: list[tuple[int, str, int]] = field(default_factory=list)  # (address, name, size), sorted
    relocs: dict[int, tuple[str, str, int]] = field(default_factory=dict)  # field address -> (type, target, addend)

    def name_at(self, addr: int) -> str | None:
        """"sym" or "sym+0x10" for an address inside a known symbol; None
        past its end (what lies there, say a type descriptor, has no
        symbol of its own: it is not runtime.etext+0x1042)."""
        i = bisect.bisect_right(self.starts, (addr, "\uffff")) - 1
        if i < 0:
            return None
        start, name, size = self.starts[i]
        # Several symbols may start there (runtime.text marks where the
        # first function starts, with no size): name by the one that spans.
        while i > 0 and addr >= start + size and self.starts[i - 1][0] == start:
            i -= 1
            start, name, size = self.starts[i]
        if addr == start:
            return name
        return f"{name}+{addr - start:#x}" if addr < start + size else None


@cache
def decoder():
    import capstone

    md = capstone.Cs(capstone.CS_ARCH_X86, capstone.CS_MODE_64)
    md.syntax = capstone.CS_OPT_SYNTAX_ATT
    return md


BRANCH_TARGET = re.compile(r"^(0x[0-9a-f]+|[0-9]+)$")  # capstone writes small targets in decimal
RIP_RELATIVE = re.compile(r"(-?0x[0-9a-f]+)\(%rip\)")


def disassemble(code: bytes, addr: int, names: Symbolizer) -> Iterator[Insn]:
    """Decode code (loaded at addr) into annotated instructions. A byte
    capstone cannot decode is shown as ``.byte 0x..`` and skipped."""
    pos = 0
    while pos < len(code):
        for a, size, mnemonic, ops in decoder().disasm_lite(code[pos:], addr + pos):
            yield Insn(a, code[pos : pos + size], annotate(a, size, mnemonic, ops, names))
            pos += size
        if pos < len(code):  # capstone stopped at a byte it cannot decode
            yield Insn(addr + pos, code[pos : pos + 1], f".byte {code[pos]:#04x}")
            pos += 1


def annotate(addr: int, size: int, mnemonic: str, ops: str, names: Symbolizer) -> str:
    """An instruction's text with the symbols it refers to."""
    text = f"{mnemonic} {ops}".strip()
    relocs = [names.relocs[a] for a in range(addr, addr + size) if a in names.relocs]
    notes = [f"{rtype} {target}{addend:+d}" if addend else f"{rtype} {target}" for rtype, target, addend in relocs]
    if m := BRANCH_TARGET.match(ops):
        if relocs:  # not linked yet: the target is the relocation's symbol
            text = f"{mnemonic} {relocs[0][1]}"
        elif name := names.name_at(int(m.group(1), 0)):
            text += f" <{name}>"
    elif (m := RIP_RELATIVE.search(ops)) and not relocs:
        if name := names.name_at(addr + size + int(m.group(1), 16)):
            notes.append(name)
    return text + "".join(f"  # {note}" for note in notes)
