"""This module implements generics: substitution and instantiation.

A generic function or type is instantiated by substituting type arguments
for its type parameters (Go spec, "Instantiations"); the type arguments a
call or instantiation leaves out are inferred (infer.py). Each instance is
checked against the constraints: the type argument must implement the
constraint's methods and belong to its type set.
"""

from __future__ import annotations

from gominic.diag import Pos
from gominic.syntax import ast
from gominic.syntax.builder import start_pos
from gominic.types import types as T
from gominic.types.objects import Func, TypeName, Var
from gominic.types.operand import Mode, Operand

Subst = dict[int, T.Type]  # id(TypeParam) -> type argument


def subst(t: T.Type, smap: Subst, cache: dict | None = None) -> T.Type:
    """t with every type parameter in smap replaced by its argument."""
    if not smap:
        return t
    cache = {} if cache is None else cache
    match t:
        case T.TypeParam():
            return smap.get(id(t), t)
        case T.Basic():
            return t
        case T.Pointer():
            e = subst(t.elem, smap, cache)
            return t if e is t.elem else T.Pointer(e)
        case T.Slice():
            e = subst(t.elem, smap, cache)
            return t if e is t.elem else T.Slice(e)
        case T.Array():
            e = subst(t.elem, smap, cache)
            return t if e is t.elem else T.Array(t.len, e)
        case T.Map():
            return T.Map(subst(t.key, smap, cache), subst(t.elem, smap, cache))
        case T.Chan():
            return T.Chan(t.dir, subst(t.elem, smap, cache))
        case T.Struct():
            fields = [Var(f.name, subst(f.type, smap, cache), f.pkg, f.pos, is_field=True, embedded=f.embedded)
                      for f in t.fields]
            return T.Struct(fields, t.tags)
        case T.Tuple():
            return T.Tuple([Var(v.name, subst(v.type, smap, cache), v.pkg, v.pos) for v in t.vars])
        case T.Signature():
            return T.Signature(subst(t.params, smap, cache), subst(t.results, smap, cache), t.variadic, t.recv)
        case T.Interface():
            methods = [Func(m.name, subst(m.type, smap, cache), m.pkg, m.pos) for m in t.methods]
            terms = None if t.terms is None else [T.Term(x.tilde, subst(x.type, smap, cache)) for x in t.terms]
            return T.Interface(methods, [subst(e, smap, cache) for e in t.embeddeds], terms=terms,
                               comparable=t.comparable, implicit=t.implicit)
        case T.Named():
            if not t.targs:
                return t
            if len(t.targs) != len(t.orig.tparams):
                return T.INVALID  # a wrong count of type arguments, reported where written (types2's subst)
            new_args = [subst(a, smap, cache) for a in t.targs]
            if all(a is b for a, b in zip(new_args, t.targs)):
                return t
            return instantiate(t.orig, new_args)
    return t


# One instance per generic type and argument list (identity matters for Named).
_instances: dict[int, list[T.Named]] = {}


def instantiate(generic: T.Named, targs: list[T.Type]) -> T.Named:
    for inst in _instances.get(id(generic), []):
        if len(inst.targs) == len(targs) and all(T.identical(a, b) for a, b in zip(inst.targs, targs)):
            return inst
    inst = T.Named(generic.obj, None, [], [], list(targs), generic)
    _instances.setdefault(id(generic), []).append(inst)
    smap = {id(tp): a for tp, a in zip(generic.tparams, targs)}
    if len(targs) != len(generic.tparams):
        inst.under = T.INVALID  # an error already reported; the instance stays a type (types2's expandNamed)
    elif generic.under is not None:
        inst.under = subst(generic.under, smap)
    else:
        inst.pending = lambda under: subst(under, smap)
    return inst


def subst_method(m: Func, inst: T.Named) -> Func:
    """The method m of a generic type, as a method of the instance inst."""
    sig: T.Signature = m.type
    recv_t = sig.recv.type if sig.recv is not None else inst
    base = recv_t.elem if isinstance(recv_t, T.Pointer) else recv_t
    smap = {id(tp): a for tp, a in zip(base.targs if isinstance(base, T.Named) else [], inst.targs)}
    new_recv = Var(sig.recv.name, T.Pointer(inst) if isinstance(recv_t, T.Pointer) else inst, m.pkg)
    new_sig = T.Signature(subst(sig.params, smap), subst(sig.results, smap), sig.variadic, new_recv)
    return Func(m.name, new_sig, m.pkg, m.pos, decl=m.decl, pragmas=m.pragmas, orig=m, targs=inst.targs)


class GenericsMixin:
    def check_instance(self, fn: Func, targs: list[T.Type]):
        """Check a generic function's body again with its type parameters bound.

        Each type parameter name is declared as an alias of its type
        argument, so the instance's Info has only concrete types: the code
        generator needs nothing generic (monomorphisation by re-checking).
        """
        from gominic.types.decl import receiver_base
        from gominic.types.objects import Scope, TypeName
        from gominic.types.operand import Info
        decl = fn.decl
        d = self.obj_decls[fn]
        info = Info()
        saved = (self.info, self.scope, self.sig, self.decl_deps, self.func_lits, self.var_levels,
                 self.checking_instance)
        self.info, self.decl_deps, self.func_lits, self.var_levels = info, None, [], {}
        self.checking_instance = True
        scope = Scope(d.file_scope, f"instance {fn.name}", is_func=True)
        if decl.recv is not None:
            names = receiver_base(decl.recv.type)[2]
        else:
            names = [f.name for f in decl.tparams]
        for name, targ in zip(names, targs):
            if isinstance(name, ast.Name):
                scope.insert(TypeName(name.value, targ, self.pkg, name.pos, is_alias=True))
        self.scope = scope
        recv = None
        if decl.recv is not None:
            # The receiver's type from the method's own, not its expression
            # again: its type parameters may be blank (func (Inner[_]) M()).
            generic = fn.type.recv.type
            ptr = isinstance(generic, T.Pointer)
            generic = generic.elem if ptr else generic
            rt = self.instantiate_named(generic.orig or generic, targs, decl.recv.pos)
            rt = T.Pointer(rt) if ptr else rt
            rname = decl.recv.name
            recv = Var(rname.value if rname else "", rt, self.pkg, decl.recv.pos, is_param=True, used=True)
            if rname is not None:
                self.declare(scope, rname, recv)
        sig = self.func_type(decl.type, recv)
        self.func_body(fn.name, decl, sig, scope)
        self.process_delayed()
        (self.info, self.scope, self.sig, self.decl_deps, self.func_lits, self.var_levels,
         self.checking_instance) = saved
        self.errors.check()
        info.check_instance = self.check_instance
        return info, sig

    def instantiate_named(self, generic: T.Named, targs: list[T.Type], pos) -> T.Named:
        inst = instantiate(generic, targs)
        if inst not in self.instance_names:
            self.instance_names[inst] = TypeName(generic.obj.name, inst, generic.obj.pkg, pos)
        if inst.under is None:
            self.delayed.append(inst.underlying)
        return inst

    def verify_targs(self, tparams: list[T.TypeParam], targs: list[T.Type], xlist: list[ast.Expr], pos: Pos) -> bool:
        """types2's verify: each type argument must implement its
        constraint. The error is placed at the argument if it is written
        (xlist), else at pos."""
        smap = {id(tp): a for tp, a in zip(tparams, targs)}
        for i, (tp, a) in enumerate(zip(tparams, targs)):
            if tp.constraint is None:
                continue
            cause = self.unsatisfied(a, subst(tp.constraint, smap))
            if cause:
                self.error(start_pos(xlist[i]) if i < len(xlist) else pos, cause)
                return False
        return True

    def unsatisfied(self, v: T.Type, bound: T.Type) -> str:
        """Why type argument v does not satisfy constraint bound, in
        types2's words and order (its implements): methods first, then
        comparable, then the type set; "" when it does."""
        iface = bound.underlying()
        if not isinstance(iface, T.Interface):
            return ""
        iface.complete()
        if iface.is_empty():
            return ""
        vu = v.iface() if isinstance(v, T.TypeParam) else v.underlying()
        vi = vu if isinstance(vu, T.Interface) else None
        if vi is not None and vi.terms == []:
            return ""  # an empty type set is in every set
        if iface.terms == []:
            return f"cannot implement {self.tstr(bound)} (empty type set)"
        if reason := self.missing_method_reason(v, bound):
            return f"{self.tstr(v)} does not implement {self.tstr(bound)} {reason}"
        pending = "" if not iface.comparable or T.comparable(v) else f"{self.tstr(v)} does not implement comparable"
        if iface.terms is None:
            return pending
        if vi is not None:  # each of its types must be in the set
            subset = vi.terms is not None and all(any(term_subset(x, y) for y in iface.terms) for x in vi.terms)
            return pending if subset else f"{self.tstr(v)} does not implement {self.tstr(bound)}"
        if any(T.term_includes(term, v) for term in iface.terms):
            return pending
        under = v.underlying()
        alt = next((t.type for t in iface.terms if not t.tilde and T.identical(t.type, t.type.underlying())
                    and T.identical(t.type, under)), None)
        if alt is not None:
            return (f"{self.tstr(v)} does not implement {self.tstr(bound)} (possibly missing ~ for "
                    f"{self.tstr(alt)} in constraint {self.tstr(bound)})")
        terms = T.terms_string(iface.terms, " | ", self.tstr)
        return f"{self.tstr(v)} does not implement {self.tstr(bound)} ({self.tstr(v)} missing in {terms})"

    def generic_callee(self, e: ast.IndexExpr, in_call: bool = False) -> Operand:
        """f[int, string]: explicit (maybe partial) instantiation of a generic
        function. Outside a call, the missing type arguments must follow
        from the constraints (f2[byte] of f2[A any, B interface{ []A }])."""
        f = self.expr_or_type(e.x)
        if f.mode == Mode.INVALID:
            return Operand(Mode.INVALID, e)
        if f.mode == Mode.TYPEXPR:
            return Operand(Mode.TYPEXPR, e, self.typ(e))
        sig = f.type
        if not isinstance(sig, T.Signature) or not sig.tparams:
            return self.index_expr(e)  # an ordinary index: ops[name](a, b)
        args = e.index.elems if isinstance(e.index, ast.ListExpr) else [e.index]
        targs = [self.var_type(a) for a in args]
        if len(targs) > len(sig.tparams):
            # Go 1.19's words; in a call at the first extra argument, else at the last.
            at = args[len(sig.tparams)] if in_call else args[-1]
            self.error(start_pos(at), f"got {len(targs)} type arguments but want {len(sig.tparams)}")
            return Operand(Mode.INVALID, e)
        self.explicit_targs[e] = targs
        if not in_call and len(targs) < len(sig.tparams):
            targs = self.infer(e.lbrack or e.pos, sig.tparams, targs, [], [])
            if targs is None:
                return Operand(Mode.INVALID, e)
        if len(targs) == len(sig.tparams):
            if not self.verify_targs(sig.tparams, targs, args, start_pos(e.x)):
                return Operand(Mode.INVALID, e)
            inst = self.instantiate_sig(sig, targs)
            self.record_instance(e.x, targs, inst, sig.tparams, args)
            return Operand(Mode.VALUE, e, inst)
        return Operand(Mode.VALUE, e, sig)

    def instantiate_sig(self, sig: T.Signature, targs: list[T.Type]) -> T.Signature:
        smap = {id(tp): a for tp, a in zip(sig.tparams, targs)}
        return T.Signature(subst(sig.params, smap), subst(sig.results, smap), sig.variadic, sig.recv)

    def record_instance(self, fun: ast.Expr, targs: list[T.Type], sig: T.Signature,
                        tparams: list[T.TypeParam], written: list[ast.Expr], call: Pos | None = None) -> None:
        """Record an instance of a generic function; written are the type
        arguments given explicitly, the others were inferred at call."""
        name = fun.sel if isinstance(fun, ast.SelectorExpr) else fun
        self.info.instances[name] = (targs, sig)
        if not self.checking_instance:
            at = [start_pos(x) for x in written] + [call or start_pos(fun)] * (len(targs) - len(written))
            self.mono.record_instance(self.pkg, tparams, targs, at)

    def instantiation_cycle(self) -> None:
        """Report an instantiation cycle, which would instantiate ever
        larger types (types2's monomorph)."""
        if (edges := self.mono.cycle()) is None:
            return
        lines = [f"\t{e.pos}: {self.mono.params[e.dst].obj.name} instantiated as {self.tstr(e.typ)}" for e in edges]
        self.error(self.mono.params[edges[0].dst].obj.pos, "\n".join(["instantiation cycle:"] + lines))


def term_subset(x: T.Term, y: T.Term) -> bool:
    """Whether the types of term x are all in term y (~T's T is always an
    underlying type)."""
    if y.tilde:
        return T.identical(x.type.underlying(), y.type)
    return not x.tilde and T.identical(x.type, y.type)
