"""This module implements the checking of declarations: const, var, type, func.

Package-level objects are resolved on demand (``obj_decl``): using a name
whose declaration has not been checked yet checks it first. A grey/black
colour mark detects cycles such as ``type T [len(T{})]int`` or
``var a = b; var b = a`` (Go spec, "Package initialization").
"""

from __future__ import annotations

from dataclasses import dataclass

from gominic.diag import by_position
from gominic.syntax import ast
from gominic.syntax.builder import start_pos
from gominic.types import types as T
from gominic.types.objects import Const, Func, Object, Scope, TypeName, Var
from gominic.types.operand import Mode, Operand
from gominic.types.sizes import MAX_SYMBOL_SIZE, oversized_array, sizeof

GREY, BLACK = 1, 2


def receiver_base(e: ast.Expr) -> tuple[ast.Name | None, bool, list[ast.Expr]]:
    """Split a receiver type expression into (base name, pointer?, type args)."""
    ptr = False
    if isinstance(e, ast.ParenExpr):
        e = e.x
    if isinstance(e, ast.Operation) and e.op == "*" and e.y is None:
        ptr, e = True, e.x
    if isinstance(e, ast.ParenExpr):
        e = e.x
    targs: list[ast.Expr] = []
    if isinstance(e, ast.IndexExpr):
        targs = e.index.elems if isinstance(e.index, ast.ListExpr) else [e.index]
        e = e.x
    return (e if isinstance(e, ast.Name) else None), ptr, targs


@dataclass(slots=True)
class TypeArgEnv:
    """The type arguments of an instance valid_type walks into, by type
    parameter; outer is the environment those arguments were written in."""

    targs: dict[T.TypeParam, T.Type]
    outer: TypeArgEnv | None


class DeclMixin:
    def obj_decl(self, obj: Object) -> None:
        """Resolve the package-level object obj if not done yet."""
        color = self.colors.get(obj)
        if color == BLACK:
            return
        if color == GREY:
            if isinstance(obj, Func):
                # A function's name used in its own signature is no cycle
                # (types2 marks it black meanwhile): a misuse is reported there.
                return
            valid = self.valid_cycle(obj)
            if isinstance(obj, TypeName):
                # A type may refer to itself through pointers etc.; an
                # invalid recursive type is checked in typexpr. A cycle
                # through a type parameter list breaks here, as types2's.
                if not valid and self.in_tparam_list:
                    obj.type = T.INVALID
                return
            if not valid or obj.type is None:
                obj.type = T.INVALID
            return
        d = self.obj_decls.get(obj)
        if d is None:
            return
        self.colors[obj] = GREY
        self.obj_path.append(obj)
        saved = (self.scope, self.iota, self.sig, self.decl_deps, self.in_tparam_list)
        self.scope, self.sig, self.in_tparam_list = d.file_scope, None, False
        self.decl_deps = d.deps = d.deps or set()
        try:
            match obj:
                case Const():
                    self.const_decl(obj, d.decl, d.index)
                case Var():
                    self.var_decl(obj, d)
                    self.check_symbol_size(obj)
                case TypeName():
                    self.type_decl(obj, d.decl)
                case Func():
                    self.func_decl(obj, d.decl)
        finally:
            self.scope, self.iota, self.sig, self.decl_deps, self.in_tparam_list = saved
            self.colors[obj] = BLACK
            self.obj_path.pop()

    def valid_cycle(self, obj: Object) -> bool:
        """Whether the cycle of declarations from obj back to itself is
        allowed (types2's validCycle): a cycle of values only is reported
        by the initialisation order, one of types only needs a defined
        type (``type T *T``, not ``type A = *A``); any other mix is an
        error here, and so is a cycle through a generic type met in a type
        parameter list (type T[U interface{ M() T[U] }] int)."""
        cycle = self.obj_path[self.obj_path.index(obj):]
        nval = sum(isinstance(o, (Const, Var)) for o in cycle)
        ndef = sum(isinstance(o, TypeName) and not o.is_alias for o in cycle)
        through_tparams = self.in_tparam_list and any(
            isinstance(o, TypeName) and isinstance(o.type, T.Named) and o.type.tparams for o in cycle)
        if not through_tparams and (nval == len(cycle) or (nval == 0 and ndef > 0)):
            return True
        self.cycle_error(cycle)
        return False

    def cycle_error(self, cycle: list[Object]) -> None:
        """Report an invalid declaration cycle, from the object first in
        the source, each step "X refers to" (types2's cycleError). An
        instance is there by its own name, placed at its use (valid_type)."""
        def name(o: Object) -> str:
            prefix = self.qualifier(o.pkg) if o.pkg is not None else ""
            return f"{prefix}.{o.name}" if prefix else o.name

        first = min(cycle, key=by_position)
        i = cycle.index(first)
        what = "invalid recursive type" if isinstance(first, TypeName) else "illegal cycle in declaration of"
        steps = cycle[i:] + cycle[:i]
        lines = [f"{what} {first.name}"] + [f"\t{o.pos}: {name(o)} refers to" for o in steps]
        self.error(first.pos, "\n".join(lines + [f"\t{first.pos}: {first.name}"]))

    # --- constants -------------------------------------------------------

    def const_decl(self, obj: Const, decl: ast.ConstDecl, i: int) -> None:
        self.iota = decl.iota
        typ = self.typ(decl.type) if decl.type is not None else None
        if i >= len(decl.values):  # told by arity
            obj.type, obj.val = T.INVALID, None
            return
        # The errors of an inherited expression (a spec without values in a
        # group) are the constant's: they point at its name (types2's errpos).
        saved, self.errpos = self.errpos, obj.pos if decl.inherited else None
        try:
            x = self.expr(decl.values[i])
            self.init_const(obj, x, typ)
        finally:
            self.errpos = saved

    def init_const(self, obj: Const, x: Operand, typ: T.Type | None) -> None:
        if x.mode == Mode.INVALID:
            obj.type = T.INVALID
            return
        if x.mode != Mode.CONSTANT:
            self.error(x.expr.pos, f"{self.estr(x.expr)} (value of type {self.tstr(x.type)}) is not constant")
            obj.type = T.INVALID
            return
        if typ is not None:
            if not isinstance(typ.underlying(), T.Basic) or typ.underlying().kind == T.Kind.UNSAFE_POINTER:
                self.error(x.expr.pos, f"invalid constant type {self.tstr(typ)}")
                obj.type = T.INVALID
                return
            self.assignment(x, typ, "constant declaration")
            if x.mode == Mode.INVALID:
                obj.type = T.INVALID
                return
        obj.type, obj.val = x.type, x.val

    def local_const_decl(self, decl: ast.ConstDecl) -> None:
        """const declarations in a function: the names enter the scope only
        after all the values are checked (const x = x refers to an outer x).
        An enclosing declaration's iota (in a function literal) comes back
        after it."""
        outer = self.iota
        consts = []
        for i, name in enumerate(decl.names):
            obj = Const(name.value, None, self.pkg, name.pos)
            self.const_decl(obj, decl, i)
            consts.append((name, obj))
        self.arity(decl)
        self.iota = outer
        for name, obj in consts:
            self.declare(self.scope, name, obj)

    # --- variables -------------------------------------------------------

    def var_decl(self, obj: Var, d) -> None:
        decl: ast.VarDecl = d.decl
        lhs = d.lhs
        typ = self.var_type(decl.type) if decl.type is not None else None
        if d.index == 0 and obj is lhs[0]:
            self.check_width(typ, decl.names[0].pos)
        for v in lhs:
            if typ is not None:
                v.type = typ
        if not decl.values:
            if typ is None:
                obj.type = T.INVALID
            return
        if len(lhs) > 1:
            # var a, b = f(): one value initialises every name.
            self.init_vars(lhs, decl.values)
        elif d.index < len(decl.values):
            self.init_var_expr(obj, decl.values[d.index])
        elif typ is None:
            obj.type = T.INVALID  # a name without a value (see arity)
        for v in lhs:
            self.colors[v] = BLACK

    def arity(self, decl: ast.ConstDecl | ast.VarDecl) -> None:
        """Tell once per declaration that it has more values than names,
        or fewer (types2's arity). A var's names with one value are
        checked when the value's results are known (a call may give them
        all); a constant's extra value inherited from the group's spec
        above is told at the names, which do not show it."""
        names, values = decl.names, decl.values
        const = isinstance(decl, ast.ConstDecl)
        if len(names) < len(values):
            extra = values[len(names)]
            if const and decl.inherited:
                self.error(names[0].pos, f"extra init expr at {start_pos(extra)}")
            else:
                self.error(start_pos(extra), f"extra init expr {self.estr(extra)}")
        elif len(names) > len(values) and (const or len(values) != 1):
            self.error(names[len(values)].pos, f"missing init expr for {names[len(values)].value}")

    def local_var_decl(self, decl: ast.VarDecl) -> None:
        objs = [Var(n.value, None, self.pkg, n.pos) for n in decl.names]
        typ = self.var_type(decl.type) if decl.type is not None else None
        self.check_width(typ, decl.names[0].pos)
        for v in objs:
            v.type = typ
        if len(decl.values) == 1 and len(objs) > 1:
            self.init_vars(objs, decl.values)
        elif decl.values:
            for v, e in zip(objs, decl.values):
                self.init_var_expr(v, e)
            self.arity(decl)
        for v in objs:
            v.type = v.type or T.INVALID
        for name, v in zip(decl.names, objs):
            self.declare(self.scope, name, v)

    # --- types -----------------------------------------------------------

    def type_decl(self, obj: TypeName, decl: ast.TypeDecl) -> None:
        if decl.alias:
            if decl.tparams:
                self.error(decl.pos, "generic type cannot be alias")
            obj.type = T.INVALID  # guards against cycles while resolving
            obj.type = self.typ(decl.type)
            return
        named = T.Named(obj)
        obj.type = named
        # Checked once every type this one names is declared, in the order
        # the declarations began (types2's check.later in typeDecl); its
        # size only once it is known to be finite.
        self.delayed.append(lambda: self.valid_type(named, []) and self.check_width(named.rhs, obj.pos))
        if decl.tparams:
            self.scope = Scope(self.scope, f"type {obj.name}")
            self.collect_tparams(decl.tparams, named.tparams)
        under = self.defined_type(decl.type, named)
        named.under = self.resolve_underlying(under)
        if named.under is named or named.under is None:
            named.under = T.INVALID
        named.rhs = under
        if isinstance(under, T.TypeParam):  # type T[P any] P (Go issue 45639)
            self.error(start_pos(decl.type), "cannot use a type parameter as RHS in type declaration")
            named.under = T.INVALID
        self.collect_methods(obj, named)

    def valid_type(self, t: T.Type, path: list[TypeName], env: TypeArgEnv | None = None) -> bool:
        """Whether t can be laid out: no defined type holds itself without
        indirection (types2's validType). A walk through arrays, struct
        fields, embedded interfaces and union terms, following each defined type to the
        type it was declared with; meeting a type again on the path is a
        cycle, reported once, and the type becomes invalid. An instance of a
        generic type (this package's or another's) is walked as its generic
        type's declaration, each type parameter standing for its argument
        (looked at in the environment the instance was met in): type T1
        struct{ _ T0[T1] } holds itself through T0's field of type P. An
        instance is the one written in some declaration, so meeting it
        again while walking it is a cycle too (type G[P any] struct{ g G[P] });
        its validity depends on its environment, so it is not remembered."""
        match t:
            case T.Array():
                return self.valid_type(t.elem, path, env)
            case T.Struct():
                return all(self.valid_type(f.type, path, env) for f in t.fields)
            case T.Interface():
                return all(self.valid_type(e, path, env) for e in t.embeddeds + [term.type for term in t.terms or []])
            case T.TypeParam() if env is not None and t in env.targs:
                return self.valid_type(env.targs[t], path, env.outer)
            case T.Named() if t.orig is not None:
                orig = t.orig
                decl = orig.rhs if orig.rhs is not None else orig.under
                if decl is None or orig.under is T.INVALID:
                    return True
                start = self.valid_types.get(t)
                if start is not None:  # where on the path the walk of t began
                    self.cycle_error(path[start:])
                    return False
                self.valid_types[t] = len(path)
                name = self.instance_names.get(t, t.obj)  # another package's instance has none here
                valid = self.valid_type(decl, path + [name], TypeArgEnv(dict(zip(orig.tparams, t.targs)), env))
                del self.valid_types[t]
                return valid
            case T.Named() if t.obj.pkg is self.pkg and t.rhs is not None:
                if t.under is T.INVALID:
                    return False
                state = self.valid_types.get(t)
                if state is None:
                    self.valid_types[t] = "marked"
                    self.valid_types[t] = self.valid_type(t.rhs, path + [t.obj], None)
                elif state == "marked":
                    self.valid_types[t] = False
                    t.under = T.INVALID
                    self.cycle_error(path[path.index(t.obj):])
                return self.valid_types[t] is not False
        return True

    def check_width(self, t: T.Type | None, pos) -> None:
        """Report a declared type too large for the address space."""
        if t is not None and (big := oversized_array(t)):
            self.error(pos, f"type {self.tstr(big)} larger than address space")

    def check_symbol_size(self, v: Var) -> None:
        """A package-level variable is one symbol, at most 2e9 bytes in Go's objects."""
        if v.type is not None and v.type is not T.INVALID and not oversized_array(v.type):
            if (size := sizeof(v.type)) > MAX_SYMBOL_SIZE:
                self.error(v.pos, f"{self.pkg.path}.{v.name}: symbol too large ({size} bytes > {MAX_SYMBOL_SIZE} bytes)")

    def resolve_underlying(self, t: T.Type) -> T.Type:
        """The underlying type of t, following defined types; reports a
        cycle of type names (type T U; type U T), whose types are invalid."""
        seen = set()
        while isinstance(t, T.Named):
            if t.under is None:
                # t is still being declared: its name was reached again.
                path = self.obj_path
                self.cycle_error(path[path.index(t.obj):] if t.obj in path else [t.obj])
                return T.INVALID
            if id(t) in seen:
                return T.INVALID
            seen.add(id(t))
            t = t.under
        return t

    def receiver_names(self, obj: TypeName) -> set[str]:
        """The names a receiver may give obj's type by: its own and those
        of package-level aliases of it (type A = T; func (A) m()), found
        from the declarations as types2's resolveBaseTypeName does."""
        if self.aliases_of is None:
            self.aliases_of = {}
            for o, d in self.obj_decls.items():
                if isinstance(o, TypeName) and o.is_alias and isinstance(d.decl.type, ast.Name):
                    self.aliases_of.setdefault(d.decl.type.value, []).append(o.name)
        names, todo = {obj.name}, [obj.name]
        while todo:
            for alias in self.aliases_of.get(todo.pop(), ()):
                if alias not in names:
                    names.add(alias)
                    todo.append(alias)
        return names

    def collect_methods(self, obj: TypeName, named: T.Named) -> None:
        """Declare the methods whose receiver base type is obj, of type named
        (obj's type, unless a cycle made it invalid), resolved lazily."""
        names = self.receiver_names(obj)
        methods = sorted(((name, m) for name in names for m in self.methods_by_base.get(name, ())),
                         key=lambda nm: (nm[1].pos.file, nm[1].pos.line, nm[1].pos.col))
        for name, mobj in methods:
            d = self.obj_decls[mobj]
            # Skip methods already attached, and a name that the method's
            # file imports (then the receiver is not this package's type).
            if mobj.assoc or obj.pkg is not self.pkg or d.file_scope.lookup(name) is not None:
                continue
            mobj.assoc = True
            if mobj.name == "_":
                continue
            if alt := next((m for m in named.methods if m.name == mobj.name), None):
                self.error(mobj.pos, f"{obj.name}.{mobj.name} redeclared in this block\n"
                                     f"\t{alt.pos}: other declaration of {mobj.name}")
                continue
            under = named.under
            field = next((f for f in under.fields if f.name == mobj.name), None) if isinstance(under, T.Struct) else None
            if field is not None:
                # The method is kept (a selector finds it before the field), as types2 does.
                self.error(mobj.pos, f"field and method with the same name {mobj.name}\n"
                                     f"\t{field.pos}: other declaration of {mobj.name}")
            named.methods.append(mobj)
        # Resolve the signatures now: a method set may be needed (for an
        # interface check) before the method's declaration is reached.
        for m in list(named.methods):
            self.obj_decl(m)

    # --- functions -------------------------------------------------------

    def func_decl(self, obj: Func, decl: ast.FuncDecl) -> None:
        self.info.funcs.append(obj)
        # Until its signature is known, the function's name used inside it
        # (as in "func f(f)") is a function of no parameters, as in types2.
        obj.type = T.Signature(T.Tuple([]), T.Tuple([]), False)
        scope = Scope(self.scope, f"func {obj.name}", is_func=True)
        saved = self.scope
        self.scope = scope
        recv = None
        tparams = []
        if decl.recv is not None:
            recv, tparams = self.collect_recv(decl.recv)
        elif decl.tparams:
            self.collect_tparams(decl.tparams, tparams)
        sig = self.func_type(decl.type, recv)
        sig.tparams = tparams
        obj.type = sig
        self.scope = saved
        if decl.body is None:
            return
        deps = self.decl_deps

        def check_body():
            # References made by the body are this function's dependencies
            # (initorder.py follows them).
            self.decl_deps = deps
            self.func_body(obj.name, decl, sig, scope)
            self.decl_deps = None
        self.delayed.append(check_body)

    def valid_recv(self, e: ast.Expr, rtype: T.Type) -> bool:
        """Go spec: the receiver base type "must be a defined type T or a
        pointer to a defined type T ... declared in the same package as the
        method", not a pointer or interface type (types2's words)."""
        if rtype is T.INVALID:
            return False
        what = ""
        if isinstance(rtype, T.Named):
            if rtype.obj.pkg is not self.pkg:
                what = f"cannot define new methods on non-local type {self.tstr(rtype)}"
            elif isinstance(rtype.underlying(), (T.Pointer, T.Interface)):
                what = f"invalid receiver type {self.tstr(rtype)} (pointer or interface type)"
            elif rtype.underlying() is T.UNSAFE_POINTER:
                what = f"invalid receiver type {self.tstr(rtype)} (unsafe.Pointer)"
        elif isinstance(rtype, T.Basic):
            what = f"cannot define new methods on non-local type {self.tstr(rtype)}"
        else:
            what = f"invalid receiver type {self.tstr(rtype)}"
        if what:
            self.error(e.pos, what)
        return not what

    def collect_recv(self, field: ast.Field) -> tuple[Var, list]:
        base, ptr, targs = receiver_base(field.type)
        tparams = []
        rtype: T.Type = T.INVALID
        if base is None:
            rtype = self.typ(field.type)
            if isinstance(rtype, T.Pointer):
                rtype = rtype.elem
            self.valid_recv(field.type, rtype)
        else:
            obj = self.scope.parent.lookup(base.value) if self.scope.parent else None
            if obj is None:
                _, obj = self.scope.lookup_parent(base.value)
            if obj is None:
                self.error(base.pos, f"undefined: {base.value}")
            elif not isinstance(obj, TypeName):
                self.error(base.pos, f"{base.value} is not a type")
            else:
                self.record_use(base, obj)
                self.obj_decl(obj)
                rtype = obj.type
                if isinstance(rtype, T.Named) and rtype.tparams and obj.pkg is self.pkg:
                    tparams = self.declare_recv_tparams(rtype, targs)
                    rtype = self.instantiate_named(rtype, [tp for tp in tparams], base.pos)
                if not self.valid_recv(base, rtype):
                    rtype = T.INVALID
                elif ptr:
                    rtype = T.Pointer(rtype)
        name = field.name.value if field.name else ""
        recv = Var(name, rtype, self.pkg, field.name.pos if field.name else field.pos, is_param=True, used=True)
        if field.name is not None:
            self.declare(self.scope, field.name, recv)
        return recv, tparams
