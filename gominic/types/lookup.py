"""This module implements field and method lookup, and interface satisfaction.

``lookup_field_or_method`` follows Go spec "Selectors": search the type's own
fields and methods (depth 0), then those of its embedded fields (depth 1),
and so on breadth first; the shallowest match wins, two at the same depth
are ambiguous. Method sets (Go spec, "Method sets") decide whether a type
implements an interface: T's method set holds the value-receiver methods,
*T's holds all of them.
"""

from __future__ import annotations

from dataclasses import dataclass

from gominic.types import types as T
from gominic.types.objects import Func, Object, Package


@dataclass(slots=True)
class LookupResult:
    obj: Object | None
    index: list[int]
    indirect: bool  # a pointer was followed on the way to obj
    ambiguous: bool = False


def deref(t: T.Type) -> tuple[T.Type, bool]:
    if isinstance(t, T.Pointer):
        return t.elem, True
    return t, False


def same_name(obj: Object, name: str, pkg: Package | None) -> bool:
    """Unexported names from different packages are different names."""
    if obj.name != name:
        return False
    return obj.exported or obj.pkg is None or pkg is None or obj.pkg is pkg or obj.pkg.path == pkg.path


def lookup_field_or_method(t: T.Type, addressable: bool, pkg: Package | None, name: str) -> LookupResult:
    if name == "_":
        return LookupResult(None, [], False)
    if isinstance(t, T.Named) and isinstance(t.underlying(), T.Pointer):
        # A defined pointer type (type Q *T) has no methods of its own, but
        # q.f selects (*q).f for a field f (Go spec, "Selectors").
        r = lookup_field_or_method(t.underlying(), False, pkg, name)
        return LookupResult(None, [], False) if isinstance(r.obj, Func) else r
    typ, is_ptr = deref(t)
    # *T where T is a pointer or interface has no fields or methods.
    if is_ptr and isinstance(typ.underlying(), (T.Pointer, T.Interface)) and not isinstance(typ, T.TypeParam):
        return LookupResult(None, [], False)
    # (type, index path, indirect) at the current depth
    current = [(typ, [], is_ptr)]
    seen: set[int] = set()
    while current:
        found: LookupResult | None = None
        nxt = []
        for typ, index, indirect in current:
            if isinstance(typ, T.Named):
                if id(typ) in seen:
                    continue
                seen.add(id(typ))
                method = next(((i, m) for i, m in enumerate(named_methods(typ)) if same_name(m, name, pkg)), None)
                if method is not None:
                    if found is not None:
                        return LookupResult(None, [], False, ambiguous=True)
                    found = LookupResult(method[1], index + [method[0]], indirect)
                    continue  # a type's method hides its fields (a reported clash): types2 looks no further
            u = typ.underlying()
            if isinstance(u, T.Struct):
                for i, f in enumerate(u.fields):
                    if same_name(f, name, pkg):
                        if found is not None:
                            return LookupResult(None, [], False, ambiguous=True)
                        found = LookupResult(f, index + [i], indirect)
                        continue
                    if f.embedded and found is None:
                        ft, p = deref(f.type)
                        nxt.append((ft, index + [i], indirect or p))
            elif isinstance(u, T.Interface):
                for i, m in enumerate(u.complete()):
                    if same_name(m, name, pkg):
                        if found is not None:
                            return LookupResult(None, [], False, ambiguous=True)
                        found = LookupResult(m, index + [i], indirect)
        if found is not None:
            return found
        current = nxt
    return LookupResult(None, [], False)


def named_methods(t: T.Named) -> list[Func]:
    return t.methods if t.orig is None else instance_methods(t)


def instance_methods(t: T.Named) -> list[Func]:
    """Methods of an instantiated generic type, with substituted signatures."""
    if not t.methods_done:
        from gominic.types.instantiate import subst_method
        t.methods = [subst_method(m, t) for m in t.orig.methods]
        t.methods_done = True
    return t.methods


def pointer_recv(m: Func) -> bool:
    recv = m.sig.recv
    return recv is not None and isinstance(recv.type, T.Pointer)


def missing_method(t: T.Type, iface: T.Interface, pkg: Package | None) -> tuple[Func | None, bool]:
    """The first method of iface that t lacks: (method, wrong_type?).

    wrong_type is True when t has the method but with another signature or
    only with a pointer receiver; (None, False) when t implements iface.
    """
    if isinstance(t.underlying(), T.Interface) and not isinstance(t, T.TypeParam):
        have = t.underlying().complete()
        for m in iface.complete():
            h = next((h for h in have if same_name(h, m.name, m.pkg)), None)
            if h is None:
                return m, False
            if not T.identical(h.type, m.type):
                return m, True
        return None, False
    for m in iface.complete():
        r = lookup_field_or_method(t, False, m.pkg, m.name)
        obj = r.obj
        if not isinstance(obj, Func):
            return m, False
        if not T.identical(strip_recv(obj.type), strip_recv(m.type)):
            return m, True
        # A value of type T has only the value-receiver methods, unless the
        # method was reached through an embedded pointer.
        if pointer_recv(obj) and not isinstance(t, T.Pointer) and not r.indirect:
            return m, True
    return None, False


def strip_recv(sig: T.Signature) -> T.Signature:
    return T.Signature(sig.params, sig.results, sig.variadic)


def implements(t: T.Type, iface: T.Interface) -> bool:
    return missing_method(t, iface, None)[0] is None


class LookupMixin:
    def lookup(self, t: T.Type, addressable: bool, name: str) -> LookupResult:
        return lookup_field_or_method(t, addressable, self.pkg, name)

    def method_by_other_case(self, t: T.Type, name: str) -> Func | None:
        """A method of t whose name is name in another case (m for M)."""
        base, _ = deref(t)
        u = base.underlying()
        methods = named_methods(base) if isinstance(base, T.Named) else []
        if isinstance(u, T.Interface):
            methods = methods + list(u.complete())
        return next((f for f in methods if f.name != name and f.name.lower() == name.lower()), None)

    def missing_method_reason(self, t: T.Type, iface_t: T.Type) -> str:
        """Go's explanation of why t does not implement iface_t, in the
        compiler's words (types2's missingMethodReason with
        CompilerErrorMessages): "(missing M method)"."""
        iface = iface_t.underlying()
        m, wrong = missing_method(t, iface, self.pkg)
        if m is None:
            return ""
        for v in (t, iface_t):
            if isinstance(v, T.Pointer) and T.is_interface(v.elem) and not isinstance(v.elem, T.TypeParam):
                return f"(type {self.tstr(v)} is pointer to interface, not interface)"
        if not wrong:
            if alt := self.method_by_other_case(t, m.name):
                return (f"(missing {m.name} method)\n\t\thave {alt.name}{T.signature_string(alt.type, self.qualifier)}"
                        f"\n\t\twant {m.name}{T.signature_string(m.type, self.qualifier)}")
            return f"(missing {m.name} method)"
        r = lookup_field_or_method(t, False, self.pkg, m.name)
        have = r.obj
        if isinstance(have, Func) and T.identical(strip_recv(have.type), strip_recv(m.type)):
            return f"({m.name} method has pointer receiver)"
        if isinstance(have, Func):
            return (f"(wrong type for {m.name} method)\n\t\thave {m.name}{T.signature_string(have.type, self.qualifier)}"
                    f"\n\t\twant {m.name}{T.signature_string(m.type, self.qualifier)}")
        return f"(missing {m.name} method)"

