"""This module implements relocation: it copies every reachable symbol's bytes
into the output image and patches the places its relocations name, as Go's
cmd/link data.go (relocsym) does.

Each relocation says: at offset O of symbol X, store a value computed from
the target symbol's address S, the addend A and the address of the place
P = addr(X) + O.  The x86-64 psABI (section 4.4) defines the types LLVM
emits for static, small-code-model objects:

    R_X86_64_64            S + A         64 bits
    R_X86_64_PC64          S + A - P     64 bits
    R_X86_64_PC32, PLT32   S + A - P     32 bits, signed   (no PLT: static)
    R_X86_64_32            S + A         32 bits, unsigned
    R_X86_64_32S           S + A         32 bits, signed
    R_X86_64_GOTPCREL[X], REX_GOTPCRELX
                           GOT slot of S + A - P, 32 bits, signed

A value that does not fit its field is an error, never a truncated byte.

GOT references.  A static executable needs no GOT: every address is known at
link time.  So, as GNU ld and lld do, GOTPCRELX/REX_GOTPCRELX references on
a recognised instruction are *relaxed* to direct addressing (psABI B.2):

    mov  foo@GOTPCREL(%rip), %reg   8b /r  ->  lea foo(%rip), %reg   8d /r
    call *foo@GOTPCREL(%rip)        ff 15  ->  addr32 call foo       67 e8
    jmp  *foo@GOTPCREL(%rip)        ff 25  ->  nop; jmp foo          90 e9

and, as GNU ld does in an executable that is not position-independent, an
ALU instruction reading the address from the slot (REX_GOTPCRELX: a
64-bit operation) takes it as a sign-extended immediate, S, instead:

    cmp  foo@GOTPCREL(%rip), %rsi   48 3b 35  ->  cmp $foo, %rsi     48 81 fe
    test foo@GOTPCREL(%rip), %rax   48 85 05  ->  test $foo, %rax    48 f7 c0

Any other GOT reference (plain GOTPCREL, which may sit in data, or another
instruction) gets a slot in a small read-only ``.got`` symbol whose 8-byte
entries are filled by ordinary R_X86_64_64 relocations.
"""

from __future__ import annotations

import struct

from gominic.link.errors import LinkError
from gominic.link.layout import Layout
from gominic.link.loader import Loader, Reloc, Sym
from gominic.link.symkind import SymKind, is_zeroed
from gominic.obj.elffile import RelocType, reloc_type_name

GOT_SYMBOL = ".got"
GOT_TYPES = frozenset({RelocType.R_X86_64_GOTPCREL, RelocType.R_X86_64_GOTPCRELX,
                       RelocType.R_X86_64_REX_GOTPCRELX})
INT3 = 0xCC  # fills the gaps between functions, as Go's linker does

# The field each plain type writes and whether its value is PC-relative.
FIELDS: dict[int, tuple[struct.Struct, bool]] = {
    RelocType.R_X86_64_64: (struct.Struct("<q"), False),
    RelocType.R_X86_64_PC64: (struct.Struct("<q"), True),
    RelocType.R_X86_64_PC32: (struct.Struct("<i"), True),
    RelocType.R_X86_64_PLT32: (struct.Struct("<i"), True),
    RelocType.R_X86_64_32: (struct.Struct("<I"), False),
    RelocType.R_X86_64_32S: (struct.Struct("<i"), False),
}
GOT_FIELD = struct.Struct("<i")
# As a plain int: relaxed_opcode runs twice per GOT reference, and an
# IntEnum member costs six times an int to look up.
R_X86_64_GOTPCREL = int(RelocType.R_X86_64_GOTPCREL)
R_X86_64_REX_GOTPCRELX = int(RelocType.R_X86_64_REX_GOTPCRELX)
REX_R = 0x04


def relaxed_opcode(code: memoryview | bytes, off: int, rtype: int) -> bytes | None:
    """The bytes that replace the end of the instruction before code[off]
    to address directly (two bytes; three for an immediate), or None."""
    if rtype == R_X86_64_GOTPCREL or off < 2:
        return None
    op, modrm = code[off - 2], code[off - 1]
    if op == 0x8B and modrm & 0xC7 == 0x05:  # mov disp32(%rip), %reg
        return bytes((0x8D, modrm))
    if op == 0xFF and modrm == 0x15:
        return b"\x67\xe8"
    if op == 0xFF and modrm == 0x25:
        return b"\x90\xe9"
    if rtype == R_X86_64_REX_GOTPCRELX and modrm & 0xC7 == 0x05 and off >= 3:
        return immediate_opcode(code[off - 3], op, modrm >> 3 & 7)
    return None


def immediate_opcode(rex: int, op: int, reg: int) -> bytes | None:
    """REX, opcode and ModRM of "op $imm32, %reg" for "op disp32(%rip), %reg":
    the ALU ops add, or, adc, sbb, and, sub, xor, cmp (opcode 00xxx011)
    become 81 /xxx, test (85) becomes f7 /0; the register moves from
    ModRM.reg to ModRM.rm, so its REX.R bit becomes REX.B."""
    if op == 0x85:
        ext = 0
        op = 0xF7
    elif op & 0xC7 == 0x03:
        ext = op >> 3 & 7
        op = 0x81
    else:
        return None
    return bytes((rex & ~REX_R | (rex & REX_R) >> 2, op, 0xC0 | ext << 3 | reg))


def build_got(loader: Loader, reachable: list[Sym]) -> None:
    """Give every GOT reference that cannot be relaxed an 8-byte .got slot."""
    targets: dict[Sym, int] = {}
    for s in reachable:
        for off, rtype, target, _ in loader.relocs(s):
            if rtype in GOT_TYPES and target not in targets and \
                    relaxed_opcode(loader.data(s), off, rtype) is None:
                targets[target] = len(targets)
    if targets:
        relocs = [(8 * i, RelocType.R_X86_64_64, t, 0) for t, i in targets.items()]
        got = loader.create_external(GOT_SYMBOL, SymKind.SRODATA, bytes(8 * len(targets)), relocs)
        loader.set_attr_reachable(got)


def apply_relocations(loader: Loader, layout: Layout, image: bytearray) -> None:
    """Copy each laid-out symbol into the image and resolve its relocations."""
    undefined: dict[str, None] = {}
    got = loader.lookup(GOT_SYMBOL)
    got_slots = {t: i for i, (_, _, t, _) in enumerate(loader.relocs(got))} if got else {}
    addrs = loader.sym_addresses()
    for sect in layout.sections:
        if sect.kind is None or is_zeroed(sect.kind):
            continue
        if sect.kind == SymKind.STEXT:
            image[sect.fileoff : sect.fileoff + sect.size] = bytes([INT3]) * sect.size
        delta = sect.fileoff - sect.addr  # address -> offset in the file image
        for s in sect.syms:
            start = addrs[s] + delta
            data = loader.data(s)
            image[start : start + len(data)] = data
            relocs = loader.relocs(s)
            if relocs:
                relocate_sym(loader, s, relocs, image, addrs, got_slots, undefined, delta)
    if undefined:
        raise LinkError("\n".join(undefined))


def relocate_sym(loader: Loader, s: Sym, relocs: list[Reloc], image: bytearray, addrs: list[int],
                 got_slots: dict[Sym, int], undefined: dict[str, None], delta: int) -> None:
    """Patch the relocations of one symbol, already copied to its place in the image."""
    addr = addrs[s]
    start = addr + delta
    # The attribute bitmaps themselves: this loop runs once per relocation.
    defined, reachable = loader.defined_bitmap, loader.reachable_bitmap
    for off, rtype, target, addend in relocs:
        if not defined[target]:
            if rtype == RelocType.R_X86_64_NONE:
                continue
            if not loader.attr_weakref(target):
                undefined[f"{loader.sym_name(s)}: relocation target {loader.sym_name(target)} not defined"] = None
                continue
        if not reachable[target]:
            # A method that deadcode pruned: its method-table slot is nil.
            value = 0
        else:
            value = addrs[target] + addend
        field = FIELDS.get(rtype)
        if field is not None:
            fmt, pcrel = field
            if pcrel:
                value -= addr + off
        elif rtype in GOT_TYPES:
            value = got_value(loader, image, start + off, addr + off, rtype, target, addend, got_slots)
            fmt = GOT_FIELD
        elif rtype == RelocType.R_X86_64_NONE:
            continue
        else:
            raise LinkError(f"{loader.sym_name(s)}: unknown relocation type {rtype} "
                            f"({reloc_type_name(rtype)}) against {loader.sym_name(target)}")
        try:
            fmt.pack_into(image, start + off, value)
        except struct.error:
            raise LinkError(f"{loader.sym_name(s)}: relocation {reloc_type_name(rtype)} against "
                            f"{loader.sym_name(target)} out of range: {value:#x} does not fit "
                            f"in {'signed' if fmt.format[-1].islower() else 'unsigned'} "
                            f"{fmt.size * 8} bits") from None


def got_value(loader: Loader, image: bytearray, place: int, p: int, rtype: int, target: Sym, addend: int,
              got_slots: dict[Sym, int]) -> int:
    """The field of the GOT reference at address p (image[place]): relax the
    instruction before it, or use the slot."""
    opcode = relaxed_opcode(image, place, rtype)
    if opcode is None:
        return loader.sym_value(loader.lookup(GOT_SYMBOL)) + 8 * got_slots[target] + addend - p
    image[place - len(opcode) : place] = opcode
    if len(opcode) == 3:
        # An immediate is S itself: the addend (-4) only made up for P
        # being the end of the instruction (GNU ld drops it too).
        return loader.sym_value(target)
    return loader.sym_value(target) + addend - p
