"""This module implements the checking of composite literals.

Go spec, "Composite literals": ``T{...}`` for struct, array, slice and map
types. Struct literals are all-keyed or all-positional; array and slice
elements may carry constant indices; ``[...]T`` takes its length from the
elements; inside a literal, elements whose type is a composite (or pointer
to one) may elide it: ``[]Point{{1, 2}}``, ``[]*Point{{1, 2}}``.
"""

from __future__ import annotations

from gominic.syntax import ast
from gominic.syntax.builder import start_pos
from gominic.types import types as T
from gominic.types.operand import Mode, Operand


class LiteralMixin:
    def composite_lit(self, e: ast.CompositeLit, hint: T.Type | None) -> Operand:
        if e.type is not None:
            if isinstance(e.type, ast.ArrayType) and e.type.len is None:
                # [...]T{...}: the length is the number of elements.
                elem = self.var_type(e.type.elem)
                n = self.indexed_elems(e.elems, elem, -1)
                typ: T.Type = T.Array(n, elem)
                self.record(e.type, Mode.TYPEXPR, typ)
            else:
                typ = self.typ(e.type)
        elif hint is not None:
            typ = hint
            base = T.core_type(hint)
            if isinstance(base, T.Pointer):
                # &T{...} elided to {...} inside a literal of []*T.
                typ = base.elem
        else:
            self.error(e.pos, "missing type in composite literal")
            return Operand(Mode.INVALID, e)
        u = T.core_type(typ)
        match u:
            case T.Struct():
                self.struct_lit(e, typ, u)
            case T.Array():
                if not (isinstance(e.type, ast.ArrayType) and e.type.len is None):
                    self.indexed_elems(e.elems, u.elem, u.len)
            case T.Slice():
                self.indexed_elems(e.elems, u.elem, -1)
            case T.Map():
                self.map_lit(e, u)
            case _:
                for el in e.elems:
                    self.raw_expr(el.value if isinstance(el, ast.KeyValueExpr) else el, None)
                if u is not T.INVALID:
                    self.error(e.pos, f"invalid composite literal type {self.tstr(typ)}")
                    return Operand(Mode.INVALID, e)
                if typ is T.INVALID:
                    return Operand(Mode.INVALID, e)
                # A type whose error was reported (a cycle, say, or a wrong
                # count of type arguments) still makes a value, as in types2.
        if e.type is None and hint is not None and isinstance(T.core_type(hint), T.Pointer):
            self.info.implicits[e] = hint  # the compiler takes the address
            return Operand(Mode.VALUE, e, hint)
        return Operand(Mode.VALUE, e, typ)

    def element(self, e: ast.Expr, t: T.Type, context: str) -> None:
        """An element of a composite literal; only array, slice and map
        elements may elide their own literal's type (Go spec, "Composite
        literals"), a struct field's value may not."""
        x = self.expr(e, hint=None if context == "struct literal" else t)
        if x.mode != Mode.INVALID:
            self.assignment(x, t, context)

    def struct_lit(self, e: ast.CompositeLit, typ: T.Type, st: T.Struct) -> None:
        if not e.elems:
            return
        if isinstance(e.elems[0], ast.KeyValueExpr):
            seen = set()
            for el in e.elems:
                if not isinstance(el, ast.KeyValueExpr):
                    self.error(el.pos, "mixture of field:value and value elements in struct literal")
                    self.expr(el)
                    continue
                key = el.key
                if not isinstance(key, ast.Name):
                    self.error(key.pos, f"invalid field name {self.estr(key)} in struct literal")
                    self.expr(el.value)
                    continue
                # A blank field cannot be named: "_" is no field's key.
                idx = next((i for i, f in enumerate(st.fields) if f.name == key.value != "_"), -1)
                if idx < 0:
                    self.error(key.pos, f"unknown field '{key.value}' in struct literal of type {self.tstr(typ)}")
                    self.expr(el.value)
                    continue
                f = st.fields[idx]
                self.record_use(key, f)
                if idx in seen:
                    self.error(key.pos, f"duplicate field name {key.value} in struct literal")
                seen.add(idx)
                self.element(el.value, f.type, "struct literal")
            return
        for i, el in enumerate(e.elems):
            if isinstance(el, ast.KeyValueExpr):
                self.error(el.pos, "mixture of field:value and value elements in struct literal")
                self.expr(el.value)
                continue
            if i >= len(st.fields):
                self.expr(el)
                self.error(start_pos(el), f"too many values in {self.tstr(typ)}{{…}}")
                break
            f = st.fields[i]
            if f.pkg is not self.pkg and not f.exported:
                self.expr(el)
                self.error(start_pos(el), f"implicit assignment to unexported field {f.name} in {self.tstr(typ)} literal")
                continue
            self.element(el, f.type, "struct literal")
        if len(e.elems) < len(st.fields):
            self.error(e.rbrace, f"too few values in {self.tstr(typ)}{{…}}")

    def indexed_elems(self, elems: list[ast.Expr], elem: T.Type, length: int) -> int:
        """Check array/slice elements; return the literal's length."""
        index = 0
        max_index = 0
        seen: set[int] = set()
        for el in elems:
            value = el
            valid = False
            if isinstance(el, ast.KeyValueExpr):
                i = self.index(el.key, length)
                if i is not None and i >= 0:
                    index, valid = i, True
                elif i is not None:
                    self.error(el.pos, f"index {self.estr(el.key)} must be integer constant")
                value = el.value
            elif length >= 0 and index >= length:
                self.error(el.pos, f"index {index} is out of bounds (>= {length})")
            else:
                valid = True
            if valid and index in seen:
                self.error(el.pos, f"duplicate index {index} in array or slice literal")
            if valid:
                seen.add(index)
            self.element(value, elem, "array or slice literal")
            index += 1
            max_index = max(max_index, index)
        return max_index

    def map_lit(self, e: ast.CompositeLit, m: T.Map) -> None:
        seen: set = set()
        for el in e.elems:
            if not isinstance(el, ast.KeyValueExpr):
                self.error(el.pos, "missing key in map literal")
                self.expr(el)
                continue
            k = self.expr(el.key, hint=m.key)
            if k.mode != Mode.INVALID:
                self.assignment(k, m.key, "map literal")
                # In an instance, T(0) is a constant of T's argument; in the
                # generic body Go checked, a conversion to a type parameter
                # is not constant: no duplicates there.
                if k.mode == Mode.CONSTANT and not self.checking_instance:
                    key = (k.val, str(k.type))
                    if key in seen:
                        from gominic.types.constant import format_value
                        self.error(el.key.pos, f"duplicate key {format_value(k.val)} in map literal")
                    seen.add(key)
            self.element(el.value, m.elem, "map literal")
