"""This module implements type unification (types2's unify.go).

Two types unify when they are identical once each type parameter under
inference is replaced by a type: unify(func(P, []Q), func(int, []string))
binds P to int and Q to string. The unification is inexact, as Go's: a
defined type unifies with a type literal through its underlying type
([]P unifies with a defined "type Bytes []byte", binding P to byte), and
channel directions do not count.
"""

from __future__ import annotations

from gominic.types import types as T


def has_name(t: T.Type) -> bool:
    """Types that have a name of their own (types2's hasName)."""
    return isinstance(t, (T.Basic, T.Named, T.TypeParam))


class Unifier:
    """The types inferred so far for a list of type parameters.

    Each parameter has a handle, a one-element list holding its type (None
    while unknown). Unifying two unknown parameters joins them: they share
    one handle, so a type found later for either is the other's too.
    """

    def __init__(self, tparams: list[T.TypeParam], targs: list[T.Type | None]):
        self.index = {id(tp): i for i, tp in enumerate(tparams)}
        self.handles = [[t] for t in targs]

    def at(self, i: int) -> T.Type | None:
        return self.handles[i][0]

    def set(self, i: int, t: T.Type) -> None:
        self.handles[i][0] = t

    def types(self) -> list[T.Type | None]:
        return [h[0] for h in self.handles]

    def unknowns(self) -> int:
        return sum(h[0] is None for h in self.handles)

    def param_index(self, t: T.Type) -> int | None:
        return self.index.get(id(t)) if isinstance(t, T.TypeParam) else None

    def join(self, i: int, j: int) -> bool:
        """Make parameters i and j share a handle; False if both already
        have a type (which must then unify)."""
        hi, hj = self.handles[i], self.handles[j]
        if hi is hj:
            return True
        if hi[0] is not None and hj[0] is not None:
            return False
        keep, drop = (hi, hj) if hi[0] is not None else (hj, hi)
        self.handles = [keep if h is drop else h for h in self.handles]
        return True

    def unify(self, x: T.Type, y: T.Type, pairs: tuple = ()) -> bool:
        """Whether x and y unify, binding the parameters on the way."""
        if isinstance(x, T.Named) and not has_name(y):
            return self.unify(x.underlying(), y, pairs)
        if isinstance(y, T.Named) and not has_name(x):
            return self.unify(x, y.underlying(), pairs)
        i, j = self.param_index(x), self.param_index(y)
        if i is not None and j is not None:
            return self.join(i, j) or self.unify_eq(self.at(i), self.at(j), pairs)
        if i is not None:
            if (tx := self.at(i)) is not None:
                return self.unify_eq(tx, y, pairs)
            self.set(i, y)
            return True
        if j is not None:
            if (ty := self.at(j)) is not None:
                return self.unify_eq(x, ty, pairs)
            self.set(j, x)
            return True
        # A type parameter from outside the list (the caller's own) unifies
        # with a type literal through its core type.
        if isinstance(x, T.TypeParam) and not has_name(y) and (cx := T.core_type(x)) is not None:
            return self.unify(cx, y, pairs)
        if isinstance(y, T.TypeParam) and not has_name(x) and (cy := T.core_type(y)) is not None:
            return self.unify(x, cy, pairs)
        return self.unify_structure(x, y, pairs)

    def unify_eq(self, x: T.Type, y: T.Type, pairs: tuple) -> bool:
        return x is y or self.unify(x, y, pairs)

    def unify_structure(self, x: T.Type, y: T.Type, pairs: tuple) -> bool:
        """Unify two types neither of which is a parameter under inference:
        element by element (identical types too, as they may hold the
        parameters' own uses: f[P any](a P) { f(a) })."""
        match x:
            case T.Basic():
                return isinstance(y, T.Basic) and x.kind == y.kind
            case T.Array():
                return isinstance(y, T.Array) and x.len == y.len and self.unify(x.elem, y.elem, pairs)
            case T.Slice() | T.Pointer():
                return type(y) is type(x) and self.unify(x.elem, y.elem, pairs)
            case T.Chan():
                return isinstance(y, T.Chan) and self.unify(x.elem, y.elem, pairs)
            case T.Map():
                return isinstance(y, T.Map) and self.unify(x.key, y.key, pairs) and self.unify(x.elem, y.elem, pairs)
            case T.Struct():
                return (isinstance(y, T.Struct) and len(x.fields) == len(y.fields) and x.tags == y.tags
                        and all(f.embedded == g.embedded and f.name == g.name
                                and (f.exported or f.pkg is g.pkg) and self.unify(f.type, g.type, pairs)
                                for f, g in zip(x.fields, y.fields)))
            case T.Tuple():
                return (isinstance(y, T.Tuple) and len(x.vars) == len(y.vars)
                        and all(self.unify(a.type, b.type, pairs) for a, b in zip(x.vars, y.vars)))
            case T.Signature():
                return (isinstance(y, T.Signature) and len(x.tparams or []) == len(y.tparams or [])
                        and x.variadic == y.variadic
                        and self.unify(x.params, y.params, pairs) and self.unify(x.results, y.results, pairs))
            case T.Interface():
                return isinstance(y, T.Interface) and self.unify_interfaces(x, y, pairs)
            case T.Named():
                return (isinstance(y, T.Named) and (x.orig or x) is (y.orig or y)
                        and len(x.targs) == len(y.targs)
                        and all(self.unify(a, b, pairs) for a, b in zip(x.targs, y.targs)))
            case T.TypeParam():
                return x is y  # a parameter of an enclosing declaration
        return False

    def unify_interfaces(self, x: T.Interface, y: T.Interface, pairs: tuple) -> bool:
        """Same type sets, same method names with unifying types; a pair met
        again further down (a method mentioning its interface) unifies."""
        if any(p is x and q is y for p, q in pairs):
            return True
        pairs = (*pairs, (x, y))
        xm, ym = x.complete(), y.complete()
        return (T.terms_identical(x.terms, y.terms) and len(xm) == len(ym)
                and all(a.name == b.name and self.unify(a.type, b.type, pairs) for a, b in zip(xm, ym)))
