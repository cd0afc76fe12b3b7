"""This module implements type argument inference (Go spec, "Type
inference"; types2's infer.go).

The type arguments a generic function call or instantiation leaves out are
found in four steps, each going on only while some are still unknown:

1. function argument type inference: each parameter whose type mentions a
   type parameter is unified with its typed argument's type;
2. constraint type inference: a type parameter whose constraint has a core
   type unifies with it (an inferred S constrained by ~[]E gives E; an
   unknown P constrained by exactly *T is *T);
3. untyped constant arguments given to a parameter of type P give P their
   default type;
4. constraint type inference again.

The type parameters are first renamed (fresh copies), so that a generic
function calling itself, f[P any](x P) { f(x) }, infers its callee's P as
the caller's P rather than unifying P with itself.
"""

from __future__ import annotations

from gominic.syntax import ast
from gominic.types import types as T
from gominic.types.instantiate import subst
from gominic.types.operand import Mode, Operand
from gominic.types.unify import Unifier


def mentions(t: T.Type, ids: set[int], seen: set[int] | None = None) -> bool:
    """Whether type t mentions one of the type parameters in ids (types2's
    isParameterized)."""
    seen = set() if seen is None else seen
    if id(t) in seen:
        return False
    seen.add(id(t))
    match t:
        case T.TypeParam():
            return id(t) in ids
        case T.Pointer() | T.Slice() | T.Array() | T.Chan():
            return mentions(t.elem, ids, seen)
        case T.Map():
            return mentions(t.key, ids, seen) or mentions(t.elem, ids, seen)
        case T.Struct():
            return any(mentions(f.type, ids, seen) for f in t.fields)
        case T.Tuple():
            return any(mentions(v.type, ids, seen) for v in t.vars)
        case T.Signature():
            return mentions(t.params, ids, seen) or mentions(t.results, ids, seen)
        case T.Interface():
            return (any(mentions(m.type, ids, seen) for m in t.methods)
                    or any(mentions(e, ids, seen) for e in t.embeddeds)
                    or any(mentions(x.type, ids, seen) for x in t.terms or []))
        case T.Named():
            return any(mentions(a, ids, seen) for a in t.targs)
    return False


def rename_tparams(tparams: list[T.TypeParam]) -> tuple[list[T.TypeParam], dict]:
    """Fresh copies of tparams, their constraints mentioning the copies;
    and the substitution from the originals to the copies."""
    fresh = [T.TypeParam(tp.obj, tp.index) for tp in tparams]
    renames = {id(tp): f for tp, f in zip(tparams, fresh)}
    for tp, f in zip(tparams, fresh):
        f.constraint = subst(tp.constraint, renames) if tp.constraint is not None else None
    return fresh, renames


def core_term(tp: T.TypeParam) -> tuple[T.Term | None, bool]:
    """The core type of tp's constraint with its tilde, and whether it is
    the constraint's single term (types2's coreTerm)."""
    terms = tp.iface().terms
    if not terms:
        return None, False
    if len(terms) == 1:
        return terms[0], True
    core = T.core_type(tp)
    if core is None:
        return None, False
    return T.Term(any(x.tilde for x in terms), core), False


def tparams_string(tparams: list[T.TypeParam]) -> str:
    """A, A and B, A, B, and C (types2's typeParamsString)."""
    names = [tp.obj.name for tp in tparams]
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + ", and " + names[-1]


class InferMixin:
    def infer(self, pos, tparams: list[T.TypeParam], given: list[T.Type],
              params: list[T.Type], args: list[Operand]) -> list[T.Type] | None:
        """The type arguments for tparams, the first ones given, the others
        inferred from the arguments args passed to parameters of types
        params; None (reported) when some cannot be."""
        if len(given) == len(tparams):
            return given
        originals = tparams
        tparams, renames = rename_tparams(tparams)
        ids = {id(tp) for tp in tparams}
        params = [subst(p, renames) for p in params]
        u = Unifier(tparams, list(given) + [None] * (len(tparams) - len(given)))
        untyped = []
        for p, a in zip(params, args):
            if not mentions(p, ids):
                continue
            if not T.is_untyped(a.type):
                if not u.unify(p, a.type):
                    self.infer_mismatch(u, tparams, originals, "type", p, a)
                    return None
            elif isinstance(p, T.TypeParam):
                untyped.append((p, a))
        if u.unknowns() == 0:
            return self.inferred(u, tparams, renames)
        if not self.infer_from_constraints(pos, u, tparams):
            return None
        for p, a in untyped:
            if u.at(u.index[id(p)]) is None and a.type is not T.UNTYPED_NIL:
                if not u.unify(p, T.default_type(a.type)):
                    self.infer_mismatch(u, tparams, originals, "default type", p, a)
                    return None
        if not self.infer_from_constraints(pos, u, tparams):
            return None
        targs = self.inferred(u, tparams, renames)
        missing = next((tp for tp, t in zip(originals, targs) if t is None), None)
        if missing is not None:
            self.error(pos, f"cannot infer {missing.obj.name} ({missing.obj.pos})")
            return None
        return targs

    def infer_from_constraints(self, pos, u: Unifier, tparams: list[T.TypeParam]) -> bool:
        """Constraint type inference, repeated while it finds more; False
        (reported) when a known type argument does not match its
        constraint's core type."""
        n = u.unknowns()
        while n > 0:
            for i, tp in enumerate(tparams):
                core, single = core_term(tp)
                if core is None:
                    continue
                tx = u.at(i)
                if tx is not None:
                    if core.tilde and not isinstance(tx, T.TypeParam):
                        tx = tx.underlying()
                    if not u.unify(tx, core.type):
                        self.error(pos, f"{tp.obj.name} does not match {self.tstr(core.type)}")
                        return False
                elif single and not core.tilde:
                    u.set(i, core.type)
            if u.unknowns() == n:
                break
            n = u.unknowns()
        return True

    def inferred(self, u: Unifier, tparams: list[T.TypeParam], renames: dict) -> list[T.Type | None]:
        """The unifier's types with the type parameters they mention
        substituted until nothing changes ([]C and C = *A, A = int give
        []*int); a type still mentioning one (a cycle, or an unknown) is
        unknown."""
        ids = {id(tp) for tp in tparams}
        types = u.types()
        for _ in range(len(types)):
            smap = {id(tp): t for tp, t in zip(tparams, types) if t is not None}
            new = [subst(t, smap) if t is not None else None for t in types]
            if all(a is b for a, b in zip(new, types)):
                break
            types = new
        return [None if t is None or mentions(t, ids) else t for t in types]

    def infer_mismatch(self, u: Unifier, tparams: list[T.TypeParam], originals: list[T.TypeParam],
                       kind: str, p: T.Type, a: Operand) -> None:
        """Report an argument whose type does not unify with its parameter's
        (types2's errorf in infer)."""
        targs = u.types()
        restore = {id(f): tp for f, tp in zip(tparams, originals)}
        tpar = subst(p, restore)
        if all(t is None for t in targs):
            self.error(a.expr.pos, f"{kind} {self.tstr(a.type)} of {self.estr(a.expr)} does not match "
                                   f"{self.tstr(tpar)} (cannot infer {tparams_string(originals)})")
            return
        known = {id(tp): t for tp, t in zip(tparams, targs) if t is not None}
        if mentions(p, set(known)):
            inferred = subst(p, known)
            self.error(a.expr.pos, f"{kind} {self.tstr(a.type)} of {self.estr(a.expr)} does not match "
                                   f"inferred type {self.tstr(subst(inferred, restore))} for {self.tstr(tpar)}")
        else:
            self.error(a.expr.pos, f"{kind} {self.tstr(a.type)} of {self.estr(a.expr)} does not match {self.tstr(tpar)}")

    def infer_call(self, e: ast.CallExpr, sig: T.Signature) -> T.Signature | None:
        """Infer the type arguments of a generic function call from its arguments."""
        given = self.explicit_targs.get(e.fun, []) if isinstance(e.fun, ast.IndexExpr) else []
        args = [self.expr(a) for a in e.args] if not (len(e.args) == 1 and not e.has_dots) else self.multi_expr(e.args[0])
        if any(a.mode == Mode.INVALID for a in args):
            return None
        # The count is checked first, against the generic signature: "want (T, U)".
        nparams = len(sig.params.vars)
        if len(args) != nparams and not (sig.variadic and not e.has_dots and len(args) >= nparams - 1):
            self.arg_count_error(e, sig, args)
            return None
        ptypes = [p.type for p in sig.params.vars]
        if sig.variadic and not e.has_dots and len(args) >= len(ptypes) - 1:
            ptypes = ptypes[:-1] + [ptypes[-1].elem] * (len(args) - len(ptypes) + 1)
        # types2 places what it cannot infer, or verify, at the call's "(".
        targs = self.infer(e.lparen or e.pos, sig.tparams, given, ptypes, args)
        if targs is None:
            return None
        written = (e.fun.index.elems if isinstance(e.fun.index, ast.ListExpr) else [e.fun.index]) \
            if isinstance(e.fun, ast.IndexExpr) else []
        if not self.verify_targs(sig.tparams, targs, written, e.lparen or e.pos):
            return None
        inst = self.instantiate_sig(sig, targs)
        fun = e.fun.x if isinstance(e.fun, ast.IndexExpr) else e.fun
        self.record_instance(fun, targs, inst, sig.tparams, written, e.lparen)
        self.record(e.fun, Mode.VALUE, inst)
        return inst
