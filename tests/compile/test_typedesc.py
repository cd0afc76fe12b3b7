"""Tests that every reader of a type descriptor agrees with typedesc.py on
its layout: the Go structs that mirror it (runtime/type.go, reflect,
errors, sort), laid out as gominic lays out Go structs, and the linker's
offsets (gominic/obj/typelinks.py, methods.py), against the LLVM types the
compiler emits, laid out by LLVM's x86-64 data layout."""

from __future__ import annotations

import re
from pathlib import Path

import llvmlite.binding as llvm
import llvmlite.ir as ir
import pytest

from gominic.compile import typedesc as D
from gominic.compile.package import DATALAYOUT
from gominic.obj import methods as M
from gominic.obj import typelinks as TL
from gominic.syntax.parser import parse_file
from gominic.types import types as T
from gominic.types.check import check_package
from gominic.types.export import Importer
from gominic.types.sizes import offsetsof, sizeof

REPO = Path(__file__).resolve().parents[2]
TARGET = llvm.create_target_data(DATALAYOUT)

# A type of each kind with a tail, by its kind's number.
KIND_TYPES = {
    TL.KIND_POINTER: T.Pointer(T.INT),
    TL.KIND_SLICE: T.Slice(T.INT),
    TL.KIND_ARRAY: T.Array(3, T.INT),
    TL.KIND_CHAN: T.Chan(T.ChanDir.BOTH, T.INT),
    TL.KIND_MAP: T.Map(T.INT, T.INT),
    TL.KIND_INTERFACE: T.ANY,
    TL.KIND_STRUCT: T.Struct([], []),
    TL.KIND_FUNC: T.Signature(T.Tuple([]), T.Tuple([]), False),
}

# Each file's mirrors of the descriptor: header, then tails by kind
# (a tail struct names or embeds the header as its first field).
MIRRORS = {
    "runtime/type.go": ("_type", {TL.KIND_POINTER: "ptrtype", TL.KIND_ARRAY: "arraytype", TL.KIND_MAP: "maptype",
                                  TL.KIND_INTERFACE: "interfacetype", TL.KIND_STRUCT: "structtype",
                                  TL.KIND_FUNC: "functype"}),
    "stdlib/reflect/type.go": ("rtype", {TL.KIND_POINTER: "ptrType", TL.KIND_ARRAY: "arrayType",
                                         TL.KIND_MAP: "mapType", TL.KIND_INTERFACE: "interfaceType",
                                         TL.KIND_STRUCT: "structType", TL.KIND_FUNC: "funcType"}),
    "stdlib/errors/rtype.go": ("rtype", {TL.KIND_POINTER: "ptrType"}),
    "stdlib/sort/slice.go": ("typeDescriptor", {TL.KIND_SLICE: "typeDescriptor"}),  # header and tail in one
}


def offsets(ty: ir.LiteralStructType) -> list[int]:
    """Where LLVM lays out each element of ty."""
    return [ty.get_element_offset(TARGET, i) for i in range(len(ty.elements))]


def descriptor_type(kind: int) -> ir.LiteralStructType:
    """The LLVM type of a descriptor of that kind with an uncommon part, as
    typedesc.descriptor makes it (0: a basic type, without a tail)."""
    tail = D.tail_types(KIND_TYPES[kind]) if kind else []
    return ir.LiteralStructType(D.HEADER + tail + D.UNCOMMON)


def go_structs(path: str) -> dict[str, T.Struct]:
    """The struct types declared in the Go file at path, type-checked alone
    (with a stub for any other type they name)."""
    src = (REPO / path).read_text()
    decls = re.findall(r"^type \w+ struct \{\n.*?^\}", src, re.M | re.S)
    declared = set(re.findall(r"^type (\w+) struct", "\n".join(decls), re.M))
    named = set(re.findall(r"[*\s](\w+)\n", "\n".join(decls))) - declared - {"uintptr", "string"}
    stubs = [f"type {n} struct{{}}" for n in sorted(named) if n not in T.BASIC_NAMES.values()]
    text = "package p\n\nimport \"unsafe\"\n\nvar _ unsafe.Pointer\n\n" + "\n\n".join(decls + stubs) + "\n"
    pkg, _ = check_package("p", [parse_file(path, text)], Importer({}))
    return {n: pkg.scope.lookup(n).type.underlying() for n in declared}


@pytest.mark.parametrize("path", sorted(MIRRORS))
def test_header_mirror_matches_the_compiler(path):
    """Every field of a mirror of the header lies where the compiler puts
    it, and the tail starts where the compiler's does."""
    header, _ = MIRRORS[path]
    s = go_structs(path)[header]
    n = len(D.HEADER)
    assert offsetsof(s)[:n] == offsets(ir.LiteralStructType(D.HEADER))
    tail_at = offsetsof(s)[n] if len(s.fields) > n else sizeof(s)
    assert tail_at == ir.LiteralStructType(D.HEADER).get_abi_size(TARGET) == TL.TAIL_OFFSET


@pytest.mark.parametrize("path", sorted(MIRRORS))
def test_tail_mirrors_match_the_compiler(path):
    """A tail's mirror is as big as the compiler's tail: the uncommon part
    starts where the compiler puts it."""
    _, tails = MIRRORS[path]
    structs = go_structs(path)
    for kind, name in tails.items():
        llvm_type = descriptor_type(kind)
        uncommon_at = llvm_type.get_element_offset(TARGET, len(llvm_type.elements) - len(D.UNCOMMON))
        assert sizeof(structs[name]) == uncommon_at, name


@pytest.mark.parametrize("path, uncommon", [("runtime/type.go", "uncommontype"),
                                            ("stdlib/reflect/type.go", "uncommonType")])
def test_uncommon_mirror_matches_the_compiler(path, uncommon):
    """The uncommon part: pkgpath, then the methods list32, address and length."""
    at = offsets(ir.LiteralStructType(D.UNCOMMON))
    assert offsetsof(go_structs(path)[uncommon]) == [at[0]] + [at[1] + o for o in offsets(D.LIST32)]


@pytest.mark.parametrize("path, entries", [
    ("runtime/type.go", {"method": D.METHOD, "imethod": D.IMETHOD, "structfield": D.FIELD, "name": D.NAME}),
    ("stdlib/reflect/type.go", {"method": D.METHOD, "imethod": D.IMETHOD, "structField": D.FIELD, "name": D.NAME}),
])
def test_entry_mirrors_match_the_compiler(path, entries):
    """The entries of a descriptor's lists, and a name."""
    structs = go_structs(path)
    for go, llvm_type in entries.items():
        assert sizeof(structs[go]) == llvm_type.get_abi_size(TARGET), go


@pytest.mark.parametrize("kind", sorted(KIND_TYPES) + [0])
def test_linker_offsets_match_the_compiler(kind):
    """The linker's offsets (obj/typelinks.py) in a descriptor of each kind
    (0: a basic type, without a tail)."""
    llvm_type = descriptor_type(kind)
    at = offsets(llvm_type)
    assert (TL.KIND_OFFSET, TL.TFLAG_OFFSET, TL.PTRTOTHIS_OFFSET) == (at[3], at[5], at[9])
    assert TL.TAIL_OFFSET == at[len(D.HEADER)] or not kind
    desc = bytearray(llvm_type.get_abi_size(TARGET))
    desc[TL.KIND_OFFSET], desc[TL.TFLAG_OFFSET] = kind, TL.TFLAG_UNCOMMON
    assert TL.methods_offset(desc) == at[-1]
    if kind == TL.KIND_FUNC:
        assert TL.FUNC_NIN_OFFSET == at[len(D.HEADER) + 2]
    if kind == TL.KIND_STRUCT:
        assert TL.STRUCT_TAGS_OFFSET == at[len(D.HEADER) + 1]
    if kind == TL.KIND_MAP:
        assert TL.MAP_KEY_OFFSET == at[len(D.HEADER) + 1]


def test_linker_entries_match_the_compiler():
    """The linker's sizes and offsets of list entries (obj/methods.py) and of a list."""
    assert (M.METHOD_SIZE, M.MTYP_OFFSET, M.IFN_OFFSET) == (D.METHOD.get_abi_size(TARGET), *offsets(D.METHOD)[1:])
    assert (M.IMETHOD_SIZE, M.IMETHOD_TYP_OFFSET) == (D.IMETHOD.get_abi_size(TARGET), offsets(D.IMETHOD)[1])
    assert (M.FIELD_SIZE, M.FIELD_TYP_OFFSET) == (D.FIELD.get_abi_size(TARGET), offsets(D.FIELD)[1])
    assert TL.LIST_SIZE == D.LIST.get_abi_size(TARGET)
    assert TL.LIST32_SIZE == D.LIST32.get_abi_size(TARGET)
    assert [TL.WORD, TL.ADDRESS32_SIZE] == [offsets(D.LIST)[1], offsets(D.LIST32)[1]]  # list_length's address_size
    assert TL.NAME_SIZE == D.NAME.get_abi_size(TARGET)
    assert TL.ADDRESS32_SIZE == D.HEADER[9].width // 8
