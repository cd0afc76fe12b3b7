"""This module implements the sizes, alignments and field offsets of types on amd64.

The layout is the one Go's gc uses on amd64 (and so ours in memory): fields
in order, each at the next multiple of its alignment, the struct padded to
its own alignment; a string is {ptr, len}, a slice {ptr, len, cap}, an
interface {type-or-itab, data}; maps, channels, pointers and functions are
one word.
"""

from __future__ import annotations

from gominic.types import types as T

WORD = 8

# The largest size of a type: Go's types.MaxWidth on amd64 (a 50-bit address space).
MAX_WIDTH = 1 << 50
# The largest symbol Go's object files hold (cmd/internal/obj).
MAX_SYMBOL_SIZE = 2_000_000_000


def align_to(n: int, a: int) -> int:
    """Round n up to a multiple of a: align_to(5, 8) == 8."""
    return (n + a - 1) // a * a


def sizeof(t: T.Type) -> int:
    u = t.underlying()
    match u:
        case T.Basic():
            return T.BASIC_SIZES.get(u.kind, WORD)
        case T.Array():
            return u.len * sizeof(u.elem)
        case T.Slice():
            return 3 * WORD
        case T.Interface():
            return 2 * WORD
        case T.Struct():
            offs = offsetsof(u)
            if not u.fields:
                return 0
            end = offs[-1] + sizeof(u.fields[-1].type)
            # A final zero-size field gets a byte so &s.last stays inside s.
            if sizeof(u.fields[-1].type) == 0 and end > 0:
                end += 1
            return align_to(end, alignof(u))
    return WORD


def alignof(t: T.Type) -> int:
    u = t.underlying()
    match u:
        case T.Basic():
            if u.kind == T.Kind.STRING:
                return WORD
            if u.kind in (T.Kind.COMPLEX64,):
                return 4
            if u.kind == T.Kind.COMPLEX128:
                return 8
            return T.BASIC_SIZES.get(u.kind, WORD)
        case T.Array():
            return alignof(u.elem)
        case T.Struct():
            return max((alignof(f.type) for f in u.fields), default=1)
    return WORD


def offsetsof(s: T.Struct) -> list[int]:
    offs = []
    off = 0
    for f in s.fields:
        off = align_to(off, alignof(f.type))
        offs.append(off)
        off += sizeof(f.type)
    return offs


def oversized_array(t: T.Type) -> T.Array | None:
    """The first array in t's unnamed structure, innermost first, whose size
    passes MAX_WIDTH (as Go's types.CalcSize checks each array)."""
    match t:
        case T.Array():
            if inner := oversized_array(t.elem):
                return inner
            elem = sizeof(t.elem)
            return t if elem and t.len > (MAX_WIDTH - 1) // elem else None
        case T.Struct():
            return next(filter(None, (oversized_array(f.type) for f in t.fields)), None)
    return None
