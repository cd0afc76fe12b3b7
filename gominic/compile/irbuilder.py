"""This module implements an llvmlite IRBuilder for opaque pointers only.

LLVM (15 and later) has one pointer type, ``ptr``; llvmlite's builder still
gives ``alloca`` and ``getelementptr`` results typed pointers and checks
stores against them. Our code generator tracks Go types itself, so every
pointer it makes is plain ``ptr``; the builder remembers the element type
of the pointers it makes, so a load from one needs no explicit type.
"""

from __future__ import annotations

import llvmlite.ir as ir

from gominic.compile.lltypes import PTR


def element_type(source: ir.Type, indices: list[ir.Value]) -> ir.Type | None:
    """The type a GEP's result points to: source indexed by indices[1:]."""
    t = source
    for idx in indices[1:]:
        if isinstance(t, ir.LiteralStructType):
            if not isinstance(idx, ir.Constant):
                return None
            t = t.elements[idx.constant]
        elif isinstance(t, ir.ArrayType):
            t = t.element
        else:
            return None
    return t


class Builder(ir.IRBuilder):
    def alloca(self, typ, size=None, name=""):
        inst = super().alloca(typ, size, name)
        inst.type = PTR
        inst.elem_type = typ
        return inst

    def gep(self, ptr, indices, inbounds=False, name="", source_etype=None):
        inst = super().gep(ptr, indices, inbounds, name, source_etype)
        inst.type = PTR
        inst.elem_type = element_type(source_etype, indices) if source_etype is not None else None
        return inst

    def load(self, ptr, name="", align=None, typ=None):
        if typ is None:
            typ = getattr(ptr, "elem_type", None) or getattr(ptr, "value_type", None)
        return super().load(ptr, name, align, typ)
