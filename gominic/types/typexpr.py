"""This module implements the checking of type expressions.

A type expression is any AST expression standing for a type: a (qualified)
type name, ``*T``, ``[N]T``, ``[]T``, ``map[K]V``, ``chan T``, a func,
struct or interface literal, or an instantiation ``G[int]``. ``typ``
evaluates one to a ``types.Type`` (Go spec, "Types").
"""

from __future__ import annotations

from gominic.syntax import ast
from gominic.syntax.builder import start_pos
from gominic.types import types as T
from gominic.types.instantiate import instantiate, subst
from gominic.types.objects import Const, Func, Scope, TypeName, Var
from gominic.types.operand import Mode


# The terms of a union one of whose terms holds every type (any | int):
# no restriction. Compared by identity.
ALL_TYPES: list[T.Term] = []


class TypexprMixin:
    def typ(self, e: ast.Expr) -> T.Type:
        """Evaluate the type expression e; report an error if e is not a type."""
        t = self.type_internal(e, None)
        self.record(e, Mode.TYPEXPR, t)
        return t

    def var_type(self, e: ast.Expr) -> T.Type:
        """A type usable for a variable: constraint interfaces are not. As
        types2's validVarType, that is checked once every type is declared:
        the type may be one still being declared (type C interface{ ~[]C })."""
        t = self.typ(e)
        # Only an interface, or a type whose underlying type is not known yet, may be one.
        maybe_constraint = isinstance(t.underlying(), T.Interface) or isinstance(t, T.Named) and t.under is None
        if maybe_constraint and not isinstance(t, T.TypeParam):
            self.delayed.append(lambda: self.check_var_type(t, e.pos))
        return t

    def check_var_type(self, t: T.Type, pos) -> None:
        u = t.underlying()
        if not isinstance(u, T.Interface):
            return
        u.complete()
        if u.comparable:
            self.error(pos, f"cannot use type {self.tstr(t)} outside a type constraint: interface is (or embeds) comparable")
        elif u.terms is not None:
            self.error(pos, f"cannot use type {self.tstr(t)} outside a type constraint: interface contains type constraints")

    def defined_type(self, e: ast.Expr, named: T.Named) -> T.Type:
        """The type on the right of ``type T e``; T may appear inside e."""
        t = self.type_internal(e, named)
        self.record(e, Mode.TYPEXPR, t)
        return t

    def type_internal(self, e: ast.Expr, defining: T.Named | None) -> T.Type:
        match e:
            case ast.Name() | ast.SelectorExpr():
                x = self.expr_or_type(e)
                if x.mode == Mode.TYPEXPR:
                    if isinstance(x.type, T.Named) and x.type.tparams and not x.type.targs:
                        self.error(e.pos, f"cannot use generic type {self.tstr(x.type)}{self.tparam_list(x.type.tparams)} "
                                          "without instantiation")
                        return T.INVALID
                    return x.type
                if x.mode == Mode.NOVALUE:
                    self.error(e.pos, f"{self.operand_string(x)} used as type")
                elif x.mode != Mode.INVALID:
                    self.error(e.pos, f"{self.operand_string(x)} is not a type")
                return T.INVALID
            case ast.ParenExpr():
                return self.type_internal(e.x, defining)
            case ast.Operation(op="*", y=None):
                # As a struct's (struct_type), a defined pointer type's
                # underlying type is known before its base: type T *[10]U; type U T.
                ptr = T.Pointer(None)
                if defining is not None and not defining.tparams:
                    defining.under = ptr
                ptr.elem = self.typ(e.x)
                return ptr
            case ast.ArrayType():
                if e.len is None:
                    self.error(e.pos, "invalid use of [...] array (outside a composite literal)")
                    return T.INVALID
                n = self.array_length(e.len)
                return T.Array(n, self.var_type(e.elem))
            case ast.SliceType():
                return T.Slice(self.var_type(e.elem))
            case ast.MapType():
                key = self.var_type(e.key)
                elem = self.var_type(e.value)
                self.delayed.append(lambda: self.check_map_key(e.key, key))
                return T.Map(key, elem)
            case ast.ChanType():
                elem = self.var_type(e.elem)
                # Go's channels carry an element size in 16 bits; checked
                # once the element type is complete.
                self.delayed.append(lambda: self.check_chan_elem(e, elem))
                return T.Chan(T.ChanDir(e.dir), elem)
            case ast.FuncType():
                return self.func_type(e, None, declare=False)
            case ast.StructType():
                return self.struct_type(e, defining)
            case ast.InterfaceType():
                return self.interface_type(e, defining)
            case ast.IndexExpr():
                return self.instantiated_type(e)
        self.error(e.pos, f"{self.estr(e)} is not a type")
        return T.INVALID

    def check_map_key(self, e: ast.Expr, key: T.Type) -> None:
        if not T.comparable(key) and key is not T.INVALID:
            self.error(e.pos, f"invalid map key type {self.tstr(key)}")

    def array_length(self, e: ast.Expr) -> int:
        if isinstance(e, ast.Name):
            # Perhaps a generic type missing its constraint (type A[N] int):
            # types2 words a non-constant name as an array length.
            obj = self.scope.lookup_parent(e.value)[1]
            if obj is None:
                self.error(e.pos, f"undeclared name {e.value} for array length")
                return 0
            if not isinstance(obj, Const):
                self.error(e.pos, f"invalid array length {e.value}")
                return 0
        x = self.expr(e)
        if x.mode != Mode.CONSTANT:
            if x.mode != Mode.INVALID:
                self.error(e.pos, f"array length {self.estr(e)} (value of type {self.tstr(x.type)}) must be constant")
            return 0
        from gominic.types.constant import to_int
        if T.is_untyped(x.type) or T.is_integer(x.type):
            # A length must be a representable int (types2: arrayLength).
            if (n := to_int(x.val)) is not None and -(1 << 63) <= n < 1 << 63:
                if n >= 0:
                    return n
                self.error(start_pos(e), f"invalid array length {self.operand_string(x)}")
                return 0
        self.error(start_pos(e), f"array length {self.operand_string(x)} must be integer")
        return 0

    # --- function types ------------------------------------------------

    def func_type(self, ftype: ast.FuncType, recv: Var | None, declare: bool = True) -> T.Signature:
        """The signature of ftype; with declare, its parameters enter the
        current scope, else a scope of their own (a function type's
        parameter names must be distinct too)."""
        params, variadic = self.collect_params(ftype.params, variadic_ok=True)
        results, _ = self.collect_params(ftype.results, variadic_ok=False)
        # Only now are the names declared: their scope is the body, so the
        # signature's types never see them ("func f(error bool) error").
        scope = self.scope if declare else Scope(self.scope, "function type")
        for f, v in zip(ftype.params + ftype.results, params + results):
            if f.name is not None:
                self.declare(scope, f.name, v)
        return T.Signature(T.Tuple(params), T.Tuple(results), variadic, recv)

    def check_chan_elem(self, e: ast.ChanType, elem: T.Type) -> None:
        from gominic.types.sizes import sizeof
        if elem is not T.INVALID and sizeof(elem) >= 1 << 16:
            self.error(e.pos, "channel element type too large (>64kB)")

    def collect_params(self, fields: list[ast.Field], variadic_ok: bool) -> tuple[list[Var], bool]:
        params: list[Var] = []
        variadic = False
        for i, f in enumerate(fields):
            ftype = f.type
            if isinstance(ftype, ast.DotsType):
                if variadic_ok and i == len(fields) - 1:
                    variadic = True
                    t: T.Type = T.Slice(self.var_type(ftype.elem))
                    self.record(ftype, Mode.TYPEXPR, t)
                else:
                    self.error(ftype.pos, "can only use ... with final parameter in list")
                    t = T.Slice(self.var_type(ftype.elem))
            else:
                t = self.var_type(ftype) if i == 0 or fields[i - 1].type is not ftype else params[-1].type
            name = f.name.value if f.name else ""
            v = Var(name, t, self.pkg, f.name.pos if f.name else f.pos, is_param=True, used=True)
            params.append(v)
        return params, variadic

    # --- struct and interface types --------------------------------------

    def struct_type(self, e: ast.StructType, defining: T.Named | None = None) -> T.Struct:
        """The struct type e, filled field by field. When it defines a
        type, that type's underlying is this struct from the start (types2's
        setDefType): in type T1 struct{ next *T2 }; type T2 T1, T2 reached
        from T1's fields finds T1's underlying type already."""
        st = T.Struct([], [])
        if defining is not None and not defining.tparams:
            # Not for a generic type: an instance made meanwhile would copy
            # the fields found so far (its expansion waits instead).
            defining.under = st
        fields, tags = st.fields, st.tags
        seen: dict[str, Var] = {}
        prev_type, prev_t = None, None
        for f, tag in zip(e.fields, e.tags):
            if f.type is prev_type:
                t = prev_t
            else:
                t = self.var_type(f.type)
            prev_type, prev_t = f.type, t
            if f.name is None:
                name = self.embedded_name(f.type)
                v = Var(name, t, self.pkg, f.type.pos, is_field=True, embedded=True)
                # Checked once the embedded type is complete (type T *struct{ T }).
                self.delayed.append(lambda e=f.type, t=t: self.check_embedded(e, t))
            else:
                v = Var(f.name.value, t, self.pkg, f.name.pos, is_field=True)
                self.record_def(f.name, v)
            if v.name != "_" and v.name in seen:
                # Reported, and left out, so that a selector finds the first (as types2).
                self.error(v.pos, f"{v.name} redeclared\n\t{seen[v.name].pos}: other declaration of {v.name}")
                continue
            seen[v.name] = v
            fields.append(v)
            from gominic.syntax.literals import unquote_string
            tags.append(unquote_string(tag.value).decode() if tag is not None and not tag.bad else "")
        return st

    def embedded_name(self, e: ast.Expr) -> str:
        match e:
            case ast.Name():
                return e.value
            case ast.SelectorExpr():
                return e.sel.value
            case ast.Operation(op="*"):
                return self.embedded_name(e.x)
            case ast.IndexExpr():
                return self.embedded_name(e.x)
            case ast.ParenExpr():
                return self.embedded_name(e.x)
        return "?"

    def check_embedded(self, e: ast.Expr, t: T.Type) -> None:
        """Go spec: an embedded field is a type name T or a pointer to a
        non-interface type name *T, and T itself may not be a pointer."""
        base = t.elem if isinstance(t, T.Pointer) else t
        u = base.underlying()
        if u is T.UNSAFE_POINTER:
            self.error(e.pos, "embedded field type cannot be unsafe.Pointer")
        elif isinstance(u, T.Pointer):
            self.error(e.pos, "embedded field type cannot be a pointer")
        elif isinstance(t, T.Pointer) and isinstance(u, T.Interface):
            self.error(e.pos, "embedded field type cannot be a pointer to an interface")

    def interface_type(self, e: ast.InterfaceType, defining: T.Named | None) -> T.Interface:
        methods: list[Func] = []
        embeddeds: list[T.Type] = []
        embedded_at: list = []  # where each embedded type is written
        terms: list[T.Term] | None = None
        iface = T.Interface(methods, embeddeds)
        recv_type = defining if defining is not None else iface
        for f in e.methods:
            if f.name is not None and f.name.value == "_":
                self.error(f.name.pos, "methods must have a unique non-blank name")
                continue  # ignored, as types2 ignores it
            if f.name is not None:
                sig = self.func_type(f.type, Var("", recv_type, self.pkg), declare=False)
                m = Func(f.name.value, sig, self.pkg, f.name.pos)
                self.record_def(f.name, m)
                if other := next((x for x in methods if x.name == m.name), None):
                    self.error(f.name.pos, f"duplicate method {m.name}\n\t{other.pos}: other declaration of {m.name}")
                methods.append(m)
                continue
            new_terms = self.type_terms(f.type)
            if new_terms is ALL_TYPES:
                continue  # no restriction
            if new_terms is None:
                t = self.typ(f.type)
                # A type still being declared (type I1 interface{ m() I2 };
                # type I2 interface{ I1 }) is an embedded interface or a
                # term: Interface.complete decides, once it is known.
                if isinstance(t.underlying(), T.Interface) or isinstance(t, T.Named) and t.under is None:
                    embeddeds.append(t)
                    embedded_at.append(start_pos(f.type))
                    continue
                new_terms = [T.Term(False, t)]
            terms = new_terms if terms is None else T.intersect_terms(terms, new_terms)
        iface.terms = terms
        if embeddeds:  # their methods are known once every type is declared
            self.delayed.append(lambda: self.embedded_duplicates(iface, embedded_at))
        return iface

    def embedded_duplicates(self, iface: T.Interface, embedded_at: list) -> None:
        """A method an embedded interface brings clashes with one of the same
        name and another signature, declared or embedded before it
        (types2's computeInterfaceTypeSet): reported at the embedding."""
        seen = {m.name: (m, m.pos) for m in iface.methods}
        for t, pos in zip(iface.embeddeds, embedded_at):
            u = t.underlying()
            for m in u.complete() if isinstance(u, T.Interface) else ():
                other, other_pos = seen.setdefault(m.name, (m, pos))
                if other is not m and not T.identical(m.type, other.type):
                    self.error(pos, f"duplicate method {m.name}\n\t{other_pos}: other declaration of {m.name}")

    def type_terms(self, e: ast.Expr) -> list[T.Term] | None:
        """The terms of a union ``A | ~B``; None if e is a single plain type;
        ALL_TYPES if a term is an interface holding every type (any | int).
        A term that is an interface with terms stands for its terms."""
        terms = self.union_terms(e)
        if terms is None or len(terms) == 1:
            return terms
        flat = []
        for t in terms:
            u = t.type.underlying()
            if t.tilde or not isinstance(u, T.Interface) or u.complete():
                flat.append(t)
            elif u.terms is not None:
                flat.extend(u.terms)
            elif not u.comparable:
                return ALL_TYPES
        return flat

    def union_terms(self, e: ast.Expr) -> list[T.Term] | None:
        if isinstance(e, ast.Operation) and e.op == "|" and e.y is not None:
            left = self.union_terms(e.x) or [T.Term(False, self.typ(e.x))]
            right = self.union_terms(e.y) or [T.Term(False, self.typ(e.y))]
            return left + right
        if isinstance(e, ast.Operation) and e.op == "~" and e.y is None:
            return [T.Term(True, self.typ(e.x))]
        return None

    # --- generics ---------------------------------------------------------

    def tparam_list(self, tparams: list[T.TypeParam]) -> str:
        """A generic type's parameters as types2 spells them after its
        name: [K comparable, V any], those declared together sharing their
        constraint: [A, B any]."""
        parts = []
        for i, tp in enumerate(tparams):
            last = i == len(tparams) - 1 or tparams[i + 1].constraint is not tp.constraint
            parts.append(tp.obj.name + (f" {self.tstr(tp.constraint)}" if last else ""))
        return "[" + ", ".join(parts) + "]"

    def collect_tparams(self, fields: list[ast.Field], tparams: list[T.TypeParam]) -> None:
        """Declare the type parameters into tparams, then check their
        constraints: the list is the declaring type's already (types2's
        bindTParams before the bounds), so that a constraint mentioning
        the generic type, however indirectly, finds it generic."""
        for i, f in enumerate(fields):
            obj = TypeName(f.name.value, None, self.pkg, f.name.pos)
            tp = T.TypeParam(obj, i)
            obj.type = tp
            self.declare(self.scope, f.name, obj)
            tparams.append(tp)
        self.in_tparam_list = True  # for valid_cycle; obj_decl saves it and starts each declaration without
        try:
            self.collect_constraints(fields, tparams)
        finally:
            self.in_tparam_list = False

    def collect_constraints(self, fields: list[ast.Field], tparams: list[T.TypeParam]) -> None:
        for i, (f, tp) in enumerate(zip(fields, tparams)):
            if i > 0 and f.type is fields[i - 1].type:  # [A, B any]: one constraint, as types2's
                tp.constraint = tparams[i - 1].constraint
                continue
            terms = self.type_terms(f.type)
            if terms is ALL_TYPES:
                tp.constraint = T.Interface([], [])
            elif terms is not None:
                tp.constraint = T.Interface([], [], terms=terms, implicit=True)
            else:
                c = self.typ(f.type)
                if not isinstance(c.underlying(), T.Interface):
                    tp.constraint = T.Interface([], [], terms=[T.Term(False, c)], implicit=True)
                else:
                    tp.constraint = c

    def declare_recv_tparams(self, generic: T.Named, targs: list[ast.Expr]) -> list[T.TypeParam]:
        """func (s *Stack[T]) ...: declare the receiver's own names for the
        type's parameters. Their constraints are the type's, mentioning the
        receiver's parameters: in (g *Graph[N, E]), N's _NodeC[E] is of this E."""
        tparams = []
        for i, (e, orig) in enumerate(zip(targs, generic.tparams)):
            name = e.value if isinstance(e, ast.Name) else "_"
            obj = TypeName(name, None, self.pkg, e.pos)
            tp = T.TypeParam(obj, i)
            obj.type = tp
            if isinstance(e, ast.Name):
                self.declare(self.scope, e, obj)
            tparams.append(tp)
        renames = {id(orig): tp for orig, tp in zip(generic.tparams, tparams)}
        for orig, tp in zip(generic.tparams, tparams):
            tp.constraint = subst(orig.constraint, renames) if orig.constraint is not None else None
        if len(targs) != len(generic.tparams):
            self.error(generic.obj.pos, f"got {len(targs)} type parameters, but receiver base type declares {len(generic.tparams)}")
        return tparams

    def instantiated_type(self, e: ast.IndexExpr) -> T.Type:
        x = self.expr_or_type(e.x)
        if x.mode != Mode.TYPEXPR:
            if x.mode != Mode.INVALID:
                self.error(e.x.pos, f"{self.estr(e.x)} is not a type")
            return T.INVALID
        generic = x.type
        if not isinstance(generic, T.Named) or not generic.tparams:
            self.error(e.x.pos, f"{self.tstr(generic)} is not a generic type")
            return T.INVALID
        args = e.index.elems if isinstance(e.index, ast.ListExpr) else [e.index]
        targs = [self.var_type(a) for a in args]
        if len(targs) != len(generic.tparams):
            # Go 1.19's words (types2's validateTArgLen, when the instance is
            # verified, later); the instance is still a type, of no use.
            msg = f"got {len(targs)} arguments but {len(generic.tparams)} type parameters"
            self.delayed.append(lambda: self.error(e.pos, msg))
            return instantiate(generic, targs)
        inst = self.instantiate_named(generic, targs, e.pos)
        self.delayed.append(lambda: self.verify_targs(generic.tparams, targs, args, e.pos))
        return inst
