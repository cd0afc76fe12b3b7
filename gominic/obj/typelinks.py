"""This module implements the naming convention that lets the linker list
type descriptors (Go's typelinks).

The compiler names every type descriptor ``type:<type>`` and the read-only
side tables hanging off a descriptor ``type:<type>·<what>`` with one of
SIDE_TABLE_SUFFIXES. The linker lists the reachable descriptors of
composite types in ``runtime.typelinks``, so that reflect's PointerTo,
SliceOf, MapOf, ... find the compiler's descriptor of a type when the
program has one (types are compared by descriptor address).
"""

from __future__ import annotations

DESCRIPTOR_PREFIX = "type:"
SIDE_TABLE_SUFFIXES = ("·fields", "·imethods", "·params", "·methods", "·call", "·tags")
KIND_OFFSET = 20  # _type.kind: after size and ptrdata uintptr, hash uint32
TFLAG_OFFSET = 22  # _type.tflag: after kind and align
TFLAG_NAMED = 1  # a named or predeclared type
TFLAG_UNCOMMON = 16  # the descriptor ends with an uncommontype
PTRTOTHIS_OFFSET = 36  # _type.ptrToThis (a 32-bit address): after str (address, length) and gcdata
ADDRESS32_SIZE = 4  # ptrToThis, and the other addresses the compiler writes as 32 bits
TAIL_OFFSET = 40  # the kind-specific tail follows the header (runtime/type.go)
ELEM_OFFSET = TAIL_OFFSET  # the element of a pointer, slice, array, chan or map type
MAP_KEY_OFFSET = TAIL_OFFSET + 8  # a map's key type, after its elem
FIELDS_OFFSET = TAIL_OFFSET  # a struct's fields, an interface's methods, a func's parameter types
STRUCT_TAGS_OFFSET = TAIL_OFFSET + 16  # a struct's tags, after its fields list
WORD = 8
KIND_ARRAY, KIND_CHAN, KIND_FUNC, KIND_INTERFACE, KIND_MAP = 17, 18, 19, 20, 21  # reflect's Kinds
KIND_POINTER, KIND_SLICE, KIND_STRUCT = 22, 23, 25
TAIL_SIZES = {KIND_POINTER: 8, KIND_SLICE: 8, KIND_ARRAY: 16, KIND_CHAN: 16, KIND_MAP: 16, KIND_INTERFACE: 8,
              KIND_STRUCT: 24, KIND_FUNC: 24}  # runtime/type.go's tails: ptrtype, ..., functype
LIST_SIZE = 16  # a struct's fields list: its first element's address, its length (uint32), padding
LIST32_SIZE = 8  # a list of methods: its first element's 32-bit address, its length (uint32)
NAME_SIZE = 8  # a string in a descriptor: its bytes' 32-bit address, its length (uint32)
FIRST_COMPOSITE_KIND = 17  # reflect.Array; Chan, Func, Interface, Map, Pointer, Slice, String, Struct follow
FUNC_NIN_OFFSET = TAIL_OFFSET + 2 * WORD  # a func's nin and nout (uint32 each), after params and calls

# Go 1.19's descriptors on amd64 (runtime/type.go there), for go_descriptor_size:
# the header (_type), each kind's tail, the uncommon part, and one entry of
# each list: a method, a struct field, an interface's method, a func's parameter.
GO_HEADER_SIZE = 48
GO_TAIL_SIZES = {KIND_ARRAY: 24, KIND_CHAN: 16, KIND_FUNC: 8, KIND_INTERFACE: 32, KIND_MAP: 40,
                 KIND_POINTER: 8, KIND_SLICE: 8, KIND_STRUCT: 32}
GO_UNCOMMON_SIZE = 16
GO_METHOD_SIZE, GO_FIELD_SIZE, GO_IMETHOD_SIZE, GO_PARAM_SIZE = 16, 24, 8, 8


def methods_offset(desc: bytes | memoryview) -> int:
    """Where the methods list32 of the descriptor desc is (in its uncommon
    part, after the tail and pkgpath), 0 if it has no uncommon part."""
    if not desc[TFLAG_OFFSET] & TFLAG_UNCOMMON:
        return 0
    return TAIL_OFFSET + TAIL_SIZES.get(desc[KIND_OFFSET], 0) + NAME_SIZE


def list_length(desc: bytes | memoryview, offset: int, address_size: int = WORD) -> int:
    """The length (uint32) of the list at offset, after its first element's
    address: WORD bytes, or ADDRESS32_SIZE in a list32."""
    return int.from_bytes(desc[offset + address_size:offset + address_size + 4], "little")


def go_descriptor_size(desc: bytes | memoryview) -> int:
    """The size Go 1.19's descriptor of the same type has: Go's linker
    lays descriptors out by that size, then by name, and the order shows,
    as fmt prints a map's interface keys of different types in the order
    of their descriptors' addresses. Go's descriptor holds its lists
    (struct fields, parameters, methods) and has the uncommon part when
    the type is named or has methods."""
    kind = desc[KIND_OFFSET]
    size = GO_HEADER_SIZE + GO_TAIL_SIZES.get(kind, 0)
    if kind == KIND_STRUCT:
        size += GO_FIELD_SIZE * list_length(desc, FIELDS_OFFSET)
    elif kind == KIND_INTERFACE:
        size += GO_IMETHOD_SIZE * list_length(desc, FIELDS_OFFSET, ADDRESS32_SIZE)
    elif kind == KIND_FUNC:
        nin, nout = (int.from_bytes(desc[o:o + 4], "little") for o in (FUNC_NIN_OFFSET, FUNC_NIN_OFFSET + 4))
        size += GO_PARAM_SIZE * (nin + nout)
    methods = methods_offset(desc)  # an interface's is empty: its methods are listed above
    nmethods = list_length(desc, methods, ADDRESS32_SIZE) if methods else 0
    if desc[TFLAG_OFFSET] & TFLAG_NAMED or nmethods:
        size += GO_UNCOMMON_SIZE + GO_METHOD_SIZE * nmethods
    return size


def is_descriptor(name: str) -> bool:
    """Whether the symbol ``name`` is a type descriptor (not one of its side tables)."""
    return name.startswith(DESCRIPTOR_PREFIX) and not name.endswith(SIDE_TABLE_SUFFIXES)
