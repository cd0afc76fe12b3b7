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
SIDE_TABLE_SUFFIXES = ("·fields", "·methods", "·call", "·tags")
KIND_OFFSET = 12  # _type.kind: after size uintptr and hash uint32
PTRTOTHIS_OFFSET = 48  # _type.ptrToThis: after str, ptrdata and gcdata
METHODS_OFFSET = 72  # _type.methods: after ptrToThis and pkgpath
TAIL_OFFSET = 96  # the kind-specific tail follows the header (runtime/type.go)
ELEM_OFFSET = TAIL_OFFSET  # the element of a pointer, slice, array, chan or map type
MAP_KEY_OFFSET = TAIL_OFFSET + 8  # a map's key type, after its elem
FIELDS_OFFSET = TAIL_OFFSET  # a struct's, func's or interface's field list
STRUCT_TAGS_OFFSET = TAIL_OFFSET + 24  # a struct's tags, after its fields slice
WORD = 8
KIND_ARRAY, KIND_MAP, KIND_POINTER, KIND_STRUCT = 17, 21, 22, 25  # reflect's Kinds
FIRST_COMPOSITE_KIND = 17  # reflect.Array; Chan, Func, Interface, Map, Pointer, Slice, String, Struct follow


def is_descriptor(name: str) -> bool:
    """Whether the symbol ``name`` is a type descriptor (not one of its side tables)."""
    return name.startswith(DESCRIPTOR_PREFIX) and not name.endswith(SIDE_TABLE_SUFFIXES)
