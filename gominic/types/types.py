"""This module implements Go's types: the values the type checker computes.

The model follows Go's ``go/types`` (and ``types2``): basic types, composite
type literals, named (defined) types, signatures and tuples. Two composite
types are identical when their structure is (Go spec, "Type identity");
named types are identical only to themselves, so ``Named`` compares by
identity and every other type by structure (see ``identical``).

``type_string`` spells a type the way Go's error messages and ``%T`` do:
``[]int``, ``map[string]main.T``, ``func(int) (string, error)``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable

from gominic.syntax.literals import go_quote

if TYPE_CHECKING:
    from gominic.types.objects import Func, Package, TypeName, Var


class Type:
    """Base of all types. ``underlying()`` is the type itself except for Named."""

    __slots__ = ()

    def underlying(self) -> Type:
        return self

    def __str__(self) -> str:
        return type_string(self)


class Kind(enum.IntEnum):
    """Basic type kinds; the values match Go's reflect.Kind where one exists."""

    INVALID = 0
    BOOL = 1
    INT = 2
    INT8 = 3
    INT16 = 4
    INT32 = 5
    INT64 = 6
    UINT = 7
    UINT8 = 8
    UINT16 = 9
    UINT32 = 10
    UINT64 = 11
    UINTPTR = 12
    FLOAT32 = 13
    FLOAT64 = 14
    COMPLEX64 = 15
    COMPLEX128 = 16
    STRING = 24
    UNSAFE_POINTER = 26
    # Untyped kinds exist only for constants and the nil value.
    UNTYPED_BOOL = 100
    UNTYPED_INT = 101
    UNTYPED_RUNE = 102
    UNTYPED_FLOAT = 103
    UNTYPED_COMPLEX = 104
    UNTYPED_STRING = 105
    UNTYPED_NIL = 106


INTEGER_KINDS = frozenset(
    {Kind.INT, Kind.INT8, Kind.INT16, Kind.INT32, Kind.INT64, Kind.UINT, Kind.UINT8,
     Kind.UINT16, Kind.UINT32, Kind.UINT64, Kind.UINTPTR, Kind.UNTYPED_INT, Kind.UNTYPED_RUNE})
UNSIGNED_KINDS = frozenset(
    {Kind.UINT, Kind.UINT8, Kind.UINT16, Kind.UINT32, Kind.UINT64, Kind.UINTPTR})
FLOAT_KINDS = frozenset({Kind.FLOAT32, Kind.FLOAT64, Kind.UNTYPED_FLOAT})
COMPLEX_KINDS = frozenset({Kind.COMPLEX64, Kind.COMPLEX128, Kind.UNTYPED_COMPLEX})
NUMERIC_KINDS = INTEGER_KINDS | FLOAT_KINDS | COMPLEX_KINDS
UNTYPED_KINDS = frozenset(
    {Kind.UNTYPED_BOOL, Kind.UNTYPED_INT, Kind.UNTYPED_RUNE, Kind.UNTYPED_FLOAT,
     Kind.UNTYPED_COMPLEX, Kind.UNTYPED_STRING, Kind.UNTYPED_NIL})

# Size in bytes of each sized basic kind on amd64.
BASIC_SIZES = {
    Kind.BOOL: 1, Kind.INT: 8, Kind.INT8: 1, Kind.INT16: 2, Kind.INT32: 4, Kind.INT64: 8,
    Kind.UINT: 8, Kind.UINT8: 1, Kind.UINT16: 2, Kind.UINT32: 4, Kind.UINT64: 8,
    Kind.UINTPTR: 8, Kind.FLOAT32: 4, Kind.FLOAT64: 8, Kind.COMPLEX64: 8,
    Kind.COMPLEX128: 16, Kind.STRING: 16, Kind.UNSAFE_POINTER: 8,
}


@dataclass(eq=False, slots=True)
class Basic(Type):
    kind: Kind
    name: str

@dataclass(eq=False, slots=True)
class Pointer(Type):
    elem: Type


@dataclass(eq=False, slots=True)
class Slice(Type):
    elem: Type


@dataclass(eq=False, slots=True)
class Array(Type):
    len: int
    elem: Type


@dataclass(eq=False, slots=True)
class Map(Type):
    key: Type
    elem: Type


class ChanDir(enum.IntEnum):
    BOTH = 0
    SEND = 1
    RECV = 2


@dataclass(eq=False, slots=True)
class Chan(Type):
    dir: ChanDir
    elem: Type


@dataclass(eq=False, slots=True)
class Struct(Type):
    fields: list[Var]  # Var.embedded marks embedded fields
    tags: list[str]


@dataclass(eq=False, slots=True)
class Tuple(Type):
    """The type of a multi-valued expression (a call's results), never a value's."""

    vars: list[Var]

    def __len__(self) -> int:
        return len(self.vars)


@dataclass(eq=False, slots=True)
class Signature(Type):
    params: Tuple
    results: Tuple
    variadic: bool  # the last parameter's type is a Slice standing for ...T
    recv: Var | None = None  # the receiver of a method, None for functions
    tparams: list[TypeParam] = field(default_factory=list)


@dataclass(eq=False, slots=True)
class Interface(Type):
    """An interface: explicit methods plus embedded interfaces and type terms.

    ``all_methods`` is the complete sorted method set, computed by ``complete``.
    ``terms`` is the type set of a constraint interface (None: all types).
    """

    methods: list[Func]
    embeddeds: list[Type]
    all_methods: list[Func] | None = None
    terms: list[Term] | None = None
    comparable: bool = False  # the predeclared "comparable" constraint
    implicit: bool = False  # a constraint written as its terms: [T int | string]
    completing: bool = False  # complete() is running: an embedding cycle (reported) came back

    def is_empty(self) -> bool:
        return not self.complete() and self.terms is None and not self.comparable

    def complete(self) -> list[Func]:
        """Return the full method set, sorted by name (Go's method order).
        While an embedded type is still being declared, the set so far is
        returned and not kept: a later call completes it."""
        if self.all_methods is not None:
            return self.all_methods
        methods = {m.id(): m for m in self.methods}
        if self.completing:  # I1 embeds I2 embeds I1: the checker reports the cycle
            return sorted(methods.values(), key=lambda m: (m.name, m.id()))
        terms = None
        known = True
        self.completing = True
        for e in self.embeddeds:
            u = e.underlying()
            if isinstance(u, Interface):
                for m in u.complete():
                    methods.setdefault(m.id(), m)
                known = known and u.all_methods is not None
                if u.terms is not None:
                    terms = u.terms if terms is None else intersect_terms(terms, u.terms)
                self.comparable = self.comparable or u.comparable
            elif isinstance(e, Named) and e.under is None:
                known = False
            elif u is INVALID:  # a reported cycle: it brings nothing
                continue
            else:  # a type embedded before it was known: a term after all
                terms = [Term(False, e)] if terms is None else intersect_terms(terms, [Term(False, e)])
        self.completing = False
        if terms is not None:
            self.terms = terms if self.terms is None else intersect_terms(self.terms, terms)
        all_methods = sorted(methods.values(), key=lambda m: (m.name, m.id()))
        if known:
            self.all_methods = all_methods
        return all_methods


@dataclass(eq=False, slots=True)
class Term:
    """One term of a type set: T or ~T (tilde: all types whose underlying type is T)."""

    tilde: bool
    type: Type


def intersect_terms(a: list[Term], b: list[Term]) -> list[Term]:
    return [t for t in a if any(term_includes(u, t.type) for u in b)]


def term_includes(term: Term, t: Type) -> bool:
    if term.tilde:
        return identical(term.type, t.underlying())
    return identical(term.type, t)


@dataclass(eq=False, slots=True)
class Named(Type):
    """A defined type: ``type T U`` gives a Named whose underlying type is U's.

    A generic type's instantiation is a Named with ``orig`` pointing to the
    generic one and ``targs`` its type arguments.
    """

    obj: TypeName
    under: Type | None = None  # None while the declaration is being resolved
    methods: list[Func] = field(default_factory=list)
    tparams: list[TypeParam] = field(default_factory=list)
    targs: list[Type] = field(default_factory=list)
    orig: Named | None = None
    # An instance made while its generic type was still being declared:
    # the substitution that makes its underlying type from the generic's.
    pending: Callable[[Type], Type] | None = None
    methods_done: bool = False  # an instance's methods have been substituted
    rhs: Type | None = None  # the type of the declaration, as written (type T U: U)

    def underlying(self) -> Type:
        if self.under is None and self.pending is not None and self.orig.under is not None:
            # Expanded on first use (list *List[T] inside Element[T] inside List[T]).
            self.under, self.pending = self.pending(self.orig.under), None
        return self.under if self.under is not None else INVALID

    def method(self, name: str) -> Func | None:
        origin = self.orig or self
        for m in origin.methods:
            if m.name == name:
                return m
        return None


@dataclass(eq=False, slots=True)
class TypeParam(Type):
    obj: TypeName
    index: int
    constraint: Type | None = None  # an Interface (or Named interface)

    def underlying(self) -> Type:
        # The underlying type of a type parameter is its constraint interface.
        return self.constraint.underlying() if self.constraint else INVALID

    def iface(self) -> Interface:
        """The constraint interface, complete: its type set includes the
        terms of the interfaces it embeds."""
        u = self.underlying()
        if not isinstance(u, Interface):
            return Interface([], [])
        u.complete()
        return u


# ---------------------------------------------------------------------------
# Predeclared basic types (the universe declares them under their names).

INVALID = Basic(Kind.INVALID, "invalid type")
BOOL = Basic(Kind.BOOL, "bool")
INT = Basic(Kind.INT, "int")
INT8 = Basic(Kind.INT8, "int8")
INT16 = Basic(Kind.INT16, "int16")
INT32 = Basic(Kind.INT32, "int32")
INT64 = Basic(Kind.INT64, "int64")
UINT = Basic(Kind.UINT, "uint")
UINT8 = Basic(Kind.UINT8, "uint8")
UINT16 = Basic(Kind.UINT16, "uint16")
UINT32 = Basic(Kind.UINT32, "uint32")
UINT64 = Basic(Kind.UINT64, "uint64")
UINTPTR = Basic(Kind.UINTPTR, "uintptr")
FLOAT32 = Basic(Kind.FLOAT32, "float32")
FLOAT64 = Basic(Kind.FLOAT64, "float64")
COMPLEX64 = Basic(Kind.COMPLEX64, "complex64")
COMPLEX128 = Basic(Kind.COMPLEX128, "complex128")
STRING = Basic(Kind.STRING, "string")
UNSAFE_POINTER = Basic(Kind.UNSAFE_POINTER, "unsafe.Pointer")
UNTYPED_BOOL = Basic(Kind.UNTYPED_BOOL, "untyped bool")
UNTYPED_INT = Basic(Kind.UNTYPED_INT, "untyped int")
UNTYPED_RUNE = Basic(Kind.UNTYPED_RUNE, "untyped rune")
UNTYPED_FLOAT = Basic(Kind.UNTYPED_FLOAT, "untyped float")
UNTYPED_COMPLEX = Basic(Kind.UNTYPED_COMPLEX, "untyped complex")
UNTYPED_STRING = Basic(Kind.UNTYPED_STRING, "untyped string")
UNTYPED_NIL = Basic(Kind.UNTYPED_NIL, "untyped nil")

# The type the universe's alias any stands for (an empty interface that
# errors spell "any", where a literal interface{} is spelled so).
ANY = Interface([], [])

# byte and rune are aliases of uint8 and int32: identical types (Basic
# types are identical by kind) that keep their own names, so that errors
# say "byte" where the program does, as Go's do.
BYTE = Basic(Kind.UINT8, "byte")
RUNE = Basic(Kind.INT32, "rune")

# A basic type's canonical name, whatever alias spelled it: what reflect
# and the linker's symbols call it ("uint8" for byte).
BASIC_NAMES = {t.kind: t.name for t in (
    BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR, FLOAT32, FLOAT64,
    COMPLEX64, COMPLEX128, STRING, UNSAFE_POINTER, UNTYPED_BOOL, UNTYPED_INT, UNTYPED_RUNE, UNTYPED_FLOAT,
    UNTYPED_COMPLEX, UNTYPED_STRING, UNTYPED_NIL)}

# The default type of each untyped kind (Go spec, "Constants").
DEFAULT_TYPES = {
    Kind.UNTYPED_BOOL: BOOL, Kind.UNTYPED_INT: INT, Kind.UNTYPED_RUNE: RUNE,
    Kind.UNTYPED_FLOAT: FLOAT64, Kind.UNTYPED_COMPLEX: COMPLEX128,
    Kind.UNTYPED_STRING: STRING,
}


def default_type(t: Type) -> Type:
    if isinstance(t, Basic) and t.kind in DEFAULT_TYPES:
        return DEFAULT_TYPES[t.kind]
    return t


# ---------------------------------------------------------------------------
# Predicates (Go spec, "Properties of types and values")


def basic_kind(t: Type) -> Kind:
    u = t.underlying()
    return u.kind if isinstance(u, Basic) else Kind.INVALID


def for_type_set(pred):
    """Lift a predicate on types to type parameters: it must hold for every
    type in the parameter's type set (Go spec, "Type parameter declarations")."""
    def lifted(t: Type) -> bool:
        if isinstance(t, TypeParam):
            iface = t.iface()
            return iface.terms is not None and all(pred(term.type) for term in iface.terms)
        return pred(t)
    lifted.__name__ = pred.__name__
    lifted.__doc__ = pred.__doc__
    return lifted


@for_type_set
def is_integer(t: Type) -> bool:
    return basic_kind(t) in INTEGER_KINDS


@for_type_set
def is_unsigned(t: Type) -> bool:
    return basic_kind(t) in UNSIGNED_KINDS


@for_type_set
def is_float(t: Type) -> bool:
    return basic_kind(t) in FLOAT_KINDS


@for_type_set
def is_complex(t: Type) -> bool:
    return basic_kind(t) in COMPLEX_KINDS


@for_type_set
def is_numeric(t: Type) -> bool:
    return basic_kind(t) in NUMERIC_KINDS


@for_type_set
def is_string(t: Type) -> bool:
    return basic_kind(t) in (Kind.STRING, Kind.UNTYPED_STRING)


@for_type_set
def is_boolean(t: Type) -> bool:
    return basic_kind(t) in (Kind.BOOL, Kind.UNTYPED_BOOL)


@for_type_set
def is_bytes_or_string(t: Type) -> bool:
    u = t.underlying()
    return is_string(u) or isinstance(u, Slice) and isinstance(u.elem, Basic) and u.elem.kind == Kind.UINT8


def is_untyped(t: Type) -> bool:
    return isinstance(t, Basic) and t.kind in UNTYPED_KINDS


def is_interface(t: Type) -> bool:
    return isinstance(t.underlying(), Interface) and not isinstance(t, TypeParam)


def core_type(t: Type) -> Type | None:
    """Go spec, "Core types": a type's underlying type; for a type parameter,
    the one underlying type that every type of its type set shares (None if
    they differ or the set names no types). append, make, range, indexing,
    slicing, composite literals and * work on a type parameter through it."""
    if not isinstance(t, TypeParam):
        return t.underlying()
    terms = t.iface().terms
    if not terms:
        return None
    u = terms[0].type.underlying()
    return u if all(identical(x.type.underlying(), u) for x in terms[1:]) else None


def underlying_types(t: Type) -> list[Type]:
    """The underlying types a value of type t may have: t's own, or for a
    type parameter those of its type set's terms (none when the set names
    no types). close and delete accept a type parameter when each of them
    suits (types2's underIs)."""
    if not isinstance(t, TypeParam):
        return [t.underlying()]
    return [x.type.underlying() for x in t.iface().terms or []]


@for_type_set
def has_nil(t: Type) -> bool:
    """Types whose zero value is nil (Go spec, "The zero value"); for a type
    parameter, when every type of its type set has nil."""
    u = t.underlying()
    if isinstance(u, Basic):
        return u.kind == Kind.UNSAFE_POINTER
    return isinstance(u, (Pointer, Slice, Map, Chan, Signature, Interface))


def comparable(t: Type) -> bool:
    """Whether == is defined on values of type t (Go spec, "Comparison operators")."""
    u = t.underlying()
    if isinstance(t, TypeParam):
        iface = t.iface()
        iface.complete()
        return iface.comparable or (iface.terms is not None and all(comparable(x.type) for x in iface.terms))
    if isinstance(u, Basic):
        return u.kind != Kind.UNTYPED_NIL
    if isinstance(u, (Pointer, Chan, Interface)):
        return True
    if isinstance(u, Struct):
        return all(comparable(f.type) for f in u.fields)
    if isinstance(u, Array):
        return comparable(u.elem)
    return False


@for_type_set
def is_ordered(t: Type) -> bool:
    k = basic_kind(t)
    return k in INTEGER_KINDS or k in FLOAT_KINDS or k in (Kind.STRING, Kind.UNTYPED_STRING)


def is_named(t: Type) -> bool:
    return isinstance(t, (Named, TypeParam)) or (isinstance(t, Basic) and t.kind != Kind.UNSAFE_POINTER
                                                 and t.kind not in UNTYPED_KINDS) or t is UNSAFE_POINTER


def has_pointers(t: Type) -> bool:
    """Whether a value of type t holds any pointer (what a collector scans)."""
    u = t.underlying()
    if isinstance(u, Basic):
        return u.kind in (Kind.STRING, Kind.UNSAFE_POINTER)
    if isinstance(u, Array):
        return u.len > 0 and has_pointers(u.elem)
    if isinstance(u, Struct):
        return any(has_pointers(f.type) for f in u.fields)
    return True


def identical(x: Type, y: Type, pairs: tuple = (), ignore_tags: bool = False) -> bool:
    """Type identity (Go spec, "Type identity"). pairs holds the interface
    pairs being compared further up: met again (interfaces whose methods
    mention themselves), they are taken as identical, as Go's ifacePair
    list does. With ignore_tags, struct tags at any depth do not count
    (a conversion's rule, Go's IdenticalIgnoreTags)."""
    if x is y:
        return True
    if isinstance(x, Named) and isinstance(y, Named):
        # Two instantiations of one generic type are identical when their
        # type arguments are.
        return (x.orig is not None and x.orig is y.orig
                and len(x.targs) == len(y.targs)
                and all(identical(a, b, pairs, ignore_tags) for a, b in zip(x.targs, y.targs)))
    if type(x) is not type(y):
        return False
    match x:
        case Basic():
            return x.kind == y.kind
        case Pointer() | Slice():
            return identical(x.elem, y.elem, pairs, ignore_tags)
        case Array():
            return x.len == y.len and identical(x.elem, y.elem, pairs, ignore_tags)
        case Map():
            return identical(x.key, y.key, pairs, ignore_tags) and identical(x.elem, y.elem, pairs, ignore_tags)
        case Chan():
            return x.dir == y.dir and identical(x.elem, y.elem, pairs, ignore_tags)
        case Struct():
            return (len(x.fields) == len(y.fields) and (ignore_tags or x.tags == y.tags)
                    and all(a.name == b.name and a.embedded == b.embedded
                            and identical(a.type, b.type, pairs, ignore_tags)
                            and (a.exported or a.pkg is b.pkg)
                            for a, b in zip(x.fields, y.fields)))
        case Tuple():
            return len(x.vars) == len(y.vars) and all(
                identical(a.type, b.type, pairs, ignore_tags) for a, b in zip(x.vars, y.vars))
        case Signature():
            return (x.variadic == y.variadic and identical(x.params, y.params, pairs, ignore_tags)
                    and identical(x.results, y.results, pairs, ignore_tags))
        case Interface():
            if any(p is x and q is y for p, q in pairs):
                return True
            pairs = (*pairs, (x, y))
            xm, ym = x.complete(), y.complete()
            return (len(xm) == len(ym) and x.comparable == y.comparable
                    and all(a.id() == b.id() and identical(a.type, b.type, pairs, ignore_tags) for a, b in zip(xm, ym))
                    and terms_identical(x.terms, y.terms))
    return False


def terms_identical(a: list[Term] | None, b: list[Term] | None) -> bool:
    if a is None or b is None:
        return a is b
    return len(a) == len(b) and all(
        s.tilde == t.tilde and identical(s.type, t.type) for s, t in zip(a, b))


# ---------------------------------------------------------------------------
# Type strings, as Go prints them in errors and with %T.


# A qualifier says how a type string names a package: "" for none.
Qualifier = Callable[["Package"], str]


def relative_to(here: Package | None) -> Qualifier:
    """The qualifier naming every package by its name but ``here``."""
    return lambda pkg: "" if pkg is here else pkg.name


def type_string(t: Type, qualifier: Qualifier | None = None) -> str:
    """Spell t as Go does: a named type is prefixed by what the qualifier
    says for its package (by default the package's name; error messages
    omit the package being checked, see relative_to). A signature names
    its parameters and results as declared, as types2 does."""
    def spell(t: Type) -> str:
        return type_string(t, qualifier)

    match t:
        case Basic():
            return t.name
        case Named():
            name = t.obj.name
            if t.obj.pkg is not None:
                prefix = qualifier(t.obj.pkg) if qualifier else t.obj.pkg.name
                name = f"{prefix}.{name}" if prefix else name
            if t.targs:
                name += "[" + ", ".join(spell(a) for a in t.targs) + "]"
            return name
        case TypeParam():
            return t.obj.name
        case Pointer():
            return "*" + spell(t.elem)
        case Slice():
            return "[]" + spell(t.elem)
        case Array():
            return f"[{t.len}]" + spell(t.elem)
        case Map():
            return f"map[{spell(t.key)}]{spell(t.elem)}"
        case Chan():
            prefix = {ChanDir.BOTH: "chan ", ChanDir.SEND: "chan<- ", ChanDir.RECV: "<-chan "}[t.dir]
            elem = spell(t.elem)
            if t.dir == ChanDir.BOTH and isinstance(t.elem, Chan) and t.elem.dir == ChanDir.RECV:
                elem = f"({elem})"
            return prefix + elem
        case Struct():
            parts = []
            for f, tag in zip(t.fields, t.tags):
                s = spell(f.type) if f.embedded else f"{f.name} {spell(f.type)}"
                if tag:
                    s += " " + go_quote(tag)
                parts.append(s)
            return "struct{" + "; ".join(parts) + "}"
        case Tuple():
            return tuple_string(t.vars, False, qualifier)
        case Signature():
            return "func" + signature_string(t, qualifier)
        case Interface():
            if t is ANY:
                return "any"  # the universe's any, not a literal interface{} (types2)
            if t.comparable and not t.methods and not t.embeddeds:
                return "comparable"
            if t.implicit:  # types2 spells it as written, a union without spaces
                return terms_string(t.terms, "|", spell)
            # types2 keeps an interface's own methods sorted by their ids.
            parts = [m.name + signature_string(m.type, qualifier) for m in sorted(t.methods, key=lambda m: m.id())]
            parts += [spell(e) for e in t.embeddeds]
            if t.terms is not None and not t.embeddeds:
                parts.append(terms_string(t.terms, "|", spell))
            return "interface{" + "; ".join(parts) + "}"
    return "?"


def terms_string(terms: list[Term], sep: str, spell) -> str:
    """Type terms joined by sep: "|" in a type's spelling, " | " for a type
    set in an error (types2's termlist)."""
    return sep.join(("~" if x.tilde else "") + spell(x.type) for x in terms)


def signature_string(sig: Signature, qualifier: Qualifier | None = None) -> str:
    """A signature after "func" or a method's name: (a int, b ...string) (n int, err error)."""
    s = tuple_string(sig.params.vars, sig.variadic, qualifier)
    results = sig.results.vars
    if len(results) == 1 and not results[0].name:
        return s + " " + type_string(results[0].type, qualifier)
    if results:
        return s + " " + tuple_string(results, False, qualifier)
    return s


def tuple_string(vars: list[Var], variadic: bool, qualifier: Qualifier | None) -> str:
    """A parenthesised list of types, each after its variable's name if
    it has one; the last as ...T if variadic."""
    parts = []
    for i, v in enumerate(vars):
        t = v.type
        s = f"{v.name} " if v.name else ""
        if variadic and i == len(vars) - 1:
            if not isinstance(t, Slice):  # append([]byte, string...)
                parts.append(s + type_string(t, qualifier) + "...")
                continue
            s, t = s + "...", t.elem
        parts.append(s + type_string(t, qualifier))
    return "(" + ", ".join(parts) + ")"


