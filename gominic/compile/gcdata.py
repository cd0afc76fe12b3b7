"""This module implements what the garbage collector knows of a type: its
ptrdata, the words up to its last pointer, and its gcdata, which says which
of those words hold pointers (runtime/malloc.go's heapBitsSetType copies it
into the heap's bitmap for each object allocated):

- a bitmap, one bit per word, lowest first (``go:gcbits.<hex>``);
- for a type of more than MAX_PTRMASK_WORDS words of pointer data, a GC
  program (``go:gcprog.<hex>``, with TFLAG_GCPROG): instructions the
  runtime runs (runGCProg) to write the bitmap, as Go's compiler makes for
  such types. A [2048][2048]*T would carry a 512 KB bitmap, and the words
  of [1e9][]int could not even be listed; their programs are a few bytes.

A program is a sequence of instructions, an opcode byte and unsigned
varints (LEB128), our own encoding:

    ZEROS n           n words without pointers
    BITS n b...       n words, their bits in the (n + 7) // 8 bytes after
    REPEAT c body END the body (instructions) c times
    END               the end of the program

A program writes the type's first ptrdata words, and maybe some words of
zeros after them, never past the type's end: a repeated body writes its
element's every word, so that the next repetition starts in place.
"""

from __future__ import annotations

from gominic.types import types as T
from gominic.types.sizes import WORD, offsetsof, sizeof

# Go's threshold (cmd/compile's maxPtrmaskBytes, 2048 bytes of bitmap).
MAX_PTRMASK_WORDS = 2048 * 8
# An array of pointers of at most this many words is written out word by
# word, a longer one repeats its element.
INLINE_WORDS = 1024

END, ZEROS, BITS, REPEAT = 0, 1, 2, 3


def ptrdata_words(t: T.Type) -> int:
    """The words of t up to and including its last pointer (0: none)."""
    if not T.has_pointers(t):
        return 0
    u = t.underlying()
    match u:
        case T.Interface():
            return 2
        case T.Array():
            return (u.len - 1) * (sizeof(u.elem) // WORD) + ptrdata_words(u.elem)
        case T.Struct():
            last, off = [(f, off) for f, off in zip(u.fields, offsetsof(u)) if T.has_pointers(f.type)][-1]
            return off // WORD + ptrdata_words(last.type)
    return 1  # a pointer, or the first word of a string or slice


def pointer_bitmap(t: T.Type) -> bytes:
    """The bitmap of t's ptrdata words (empty for a pointer-free type)."""
    words = Words()
    if T.has_pointers(t):
        write_words(t, words)
    return pack_bits(words.bits)


def pack_bits(bits: list[bool]) -> bytes:
    """Bit i of byte i // 8 for word i."""
    data = bytearray((len(bits) + 7) // 8)
    for i, isptr in enumerate(bits):
        data[i // 8] |= isptr << (i % 8)
    return bytes(data)


def gc_program(t: T.Type) -> bytes:
    """The GC program that writes t's ptrdata words."""
    program = Program()
    write_words(t, program)
    return program.finish()


def write_words(t: T.Type, out: Words | Program) -> None:
    """Tell out, word by word or in runs, which words of a t (a type
    holding pointers) hold pointers."""
    u = t.underlying()
    match u:
        case T.Basic() if u.kind == T.Kind.STRING:
            out.pointer()
            out.zeros(1)
        case T.Slice():
            out.pointer()
            out.zeros(2)
        case T.Interface():
            out.pointer()
            out.pointer()
        case T.Array():
            body = type(out)()
            write_words(u.elem, body)
            if u.len * (sizeof(u.elem) // WORD) <= INLINE_WORDS:
                for _ in range(u.len):
                    out.append(body)
            else:
                out.repeat(u.len, body)
        case T.Struct():
            at = 0
            for f, off in zip(u.fields, offsetsof(u)):
                if T.has_pointers(f.type):
                    out.zeros(off // WORD - at)
                    write_words(f.type, out)
                    at = (off + sizeof(f.type)) // WORD
            out.zeros(sizeof(u) // WORD - at)
        case _:
            out.pointer()  # a pointer, map, chan, func or unsafe.Pointer


class Words:
    """Which words hold pointers, up to the last that does: the zeros after
    it are only counted (pending), so a pointer-free tail costs nothing."""

    def __init__(self):
        self.bits: list[bool] = []
        self.pending = 0

    def pointer(self) -> None:
        self.bits += [False] * self.pending + [True]
        self.pending = 0

    def zeros(self, n: int) -> None:
        self.pending += n

    def append(self, other: Words) -> None:
        """other's words after these."""
        if other.bits:
            self.bits += [False] * self.pending + other.bits
            self.pending = 0
        self.pending += other.pending

    def repeat(self, count: int, body: Words) -> None:
        for _ in range(count):
            self.append(body)


class Program:
    """A GC program being written: its instructions so far, then words not
    yet in one: bits (ending with a pointer) and pending zeros."""

    def __init__(self):
        self.code = bytearray()
        self.bits: list[bool] = []
        self.pending = 0

    def pointer(self) -> None:
        if self.pending > 64:  # a run of zeros worth an instruction of its own
            self.settle()
        else:
            self.bits += [False] * self.pending
            self.pending = 0
        self.bits.append(True)

    def zeros(self, n: int) -> None:
        self.pending += n

    def append(self, other: Program) -> None:
        """other's words after these."""
        if other.code:
            self.settle()
            self.code += other.instructions()
        else:
            for isptr in other.bits:
                if isptr:
                    self.pointer()
                else:
                    self.zeros(1)
        self.pending += other.pending

    def repeat(self, count: int, body: Program) -> None:
        self.settle()
        self.code += bytes([REPEAT]) + uvarint(count) + body.instructions()
        if body.pending:  # the body writes every word of its element
            self.code += bytes([ZEROS]) + uvarint(body.pending)
        self.code.append(END)

    def settle(self) -> None:
        """Write every word so far into instructions."""
        self.code = bytearray(self.instructions())
        self.bits = []
        if self.pending:
            self.code += bytes([ZEROS]) + uvarint(self.pending)
            self.pending = 0

    def instructions(self) -> bytes:
        """The instructions for the words up to the last pointer."""
        if not self.bits:
            return bytes(self.code)
        return bytes(self.code) + bytes([BITS]) + uvarint(len(self.bits)) + pack_bits(self.bits)

    def finish(self) -> bytes:
        """The program: the words up to the last pointer, then END."""
        return self.instructions() + bytes([END])


def uvarint(n: int) -> bytes:
    out = bytearray()
    while n >= 0x80:
        out.append(n & 0x7F | 0x80)
        n >>= 7
    out.append(n)
    return bytes(out)
