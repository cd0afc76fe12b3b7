"""This module implements export data: a package's declarations for importers.

Like Go's ``__.PKGDEF``, export data lets a package be type-checked against
its imports without their sources. Ours is JSON: the exported (and, for
types, all) package-level objects, with types in a table referenced by
index. It is self-contained: a named type from another package that an
exported declaration mentions is written out in full too, so importing a
package needs only its own export data. The importer keeps one ``Named`` per
(package path, name), so a type reached through two imports is one type.

The linker reads three keys only: "path", "imports" and "linkvars".
"""

from __future__ import annotations

import json
from fractions import Fraction

from gominic.types import types as T
from gominic.types.constant import Complex, Float
from gominic.types.objects import Const, Func, Package, TypeName, Var
from gominic.types.universe import ANY, COMPARABLE, ERROR

BASIC_BY_KIND = {t.kind: t for t in (
    T.BOOL, T.INT, T.INT8, T.INT16, T.INT32, T.INT64, T.UINT, T.UINT8, T.UINT16, T.UINT32,
    T.UINT64, T.UINTPTR, T.FLOAT32, T.FLOAT64, T.COMPLEX64, T.COMPLEX128, T.STRING,
    T.UNSAFE_POINTER, T.UNTYPED_BOOL, T.UNTYPED_INT, T.UNTYPED_RUNE, T.UNTYPED_FLOAT,
    T.UNTYPED_COMPLEX, T.UNTYPED_STRING, T.UNTYPED_NIL)}


def encode_value(v) -> list:
    match v:
        case bool():
            return ["bool", v]
        case bytes():
            return ["string", v.decode("latin-1")]
        case int():
            return ["int", str(v)]
        case Fraction():
            return ["float", f"{v.numerator}/{v.denominator}"]
        case Float():
            return ["bigfloat", str(v.mant), str(v.exp)]
        case Complex():
            return ["complex", encode_value(v.re), encode_value(v.im)]
    return ["none"]


def decode_value(e: list):
    match e[0]:
        case "bool":
            return e[1]
        case "string":
            return e[1].encode("latin-1")
        case "int":
            return int(e[1])
        case "float":
            return Fraction(e[1])
        case "bigfloat":
            return Float(int(e[1]), int(e[2]))
        case "complex":
            return Complex(decode_value(e[1]), decode_value(e[2]))
    return None


class Exporter:
    def __init__(self, pkg: Package):
        self.pkg = pkg
        self.types: list = []
        self.index: dict[int, int] = {}
        self.named: dict[str, dict] = {}
        self.packages: dict[str, str] = {}

    def typ(self, t: T.Type) -> int:
        key = id(t)
        if key in self.index:
            return self.index[key]
        i = len(self.types)
        self.index[key] = i
        self.types.append(None)
        self.types[i] = self.encode(t)
        return i

    def encode(self, t: T.Type) -> list:
        match t:
            case T.Basic():
                return ["basic", int(t.kind)] + ([t.name] if t.name != T.BASIC_NAMES[t.kind] else [])
            case T.Named() if t is ERROR:
                return ["error"]
            case T.Named() if t is COMPARABLE:
                return ["comparable"]
            case T.Named():
                return self.encode_named(t)
            case T.Pointer():
                return ["ptr", self.typ(t.elem)]
            case T.Slice():
                return ["slice", self.typ(t.elem)]
            case T.Array():
                return ["array", t.len, self.typ(t.elem)]
            case T.Map():
                return ["map", self.typ(t.key), self.typ(t.elem)]
            case T.Chan():
                return ["chan", int(t.dir), self.typ(t.elem)]
            case T.Struct():
                return ["struct", [[f.name, self.typ(f.type), f.embedded, self.pkgref(f.pkg)] for f in t.fields], t.tags]
            case T.Signature():
                return ["func", self.params(t.params), self.params(t.results), t.variadic]
            case T.Interface():
                return ["iface", [[m.name, self.typ(m.type), self.pkgref(m.pkg)] for m in t.methods],
                        [self.typ(e) for e in t.embeddeds]]
            case T.Tuple():
                return ["tuple", self.params(t)]
            case T.TypeParam():
                # Generic code is not exported yet: importers see the name only.
                return ["tparam", t.obj.name, t.index]
        raise ValueError(f"cannot export type {t}")

    def encode_named(self, t: T.Named) -> list:
        if t.orig is not None:
            return ["inst", self.typ(t.orig), [self.typ(a) for a in t.targs]]
        path = self.pkgref(t.obj.pkg)
        key = f"{path}.{t.obj.name}"
        if key not in self.named:
            entry: dict = {}
            self.named[key] = entry
            entry["under"] = self.typ(t.underlying())
            entry["methods"] = [[m.name, self.typ(m.type), isinstance(m.type.recv.type, T.Pointer) if m.type.recv else False,
                                 self.pkgref(m.pkg)] for m in t.methods if m.type is not None]
        return ["named", path, t.obj.name]

    def params(self, tup: T.Tuple) -> list:
        return [[v.name, self.typ(v.type)] for v in tup.vars]

    def pkgref(self, pkg: Package | None) -> str:
        if pkg is None:
            return ""
        self.packages[pkg.path] = pkg.name
        return pkg.path


def export_package(pkg: Package, linkvars: dict[str, str], extra: dict | None = None) -> bytes:
    """The export data of pkg; extra holds other phases' facts (e.g. escape)."""
    ex = Exporter(pkg)
    objects = []
    for name, obj in sorted(pkg.scope.elems.items()):
        match obj:
            case Const():
                objects.append(["const", name, ex.typ(obj.type), encode_value(obj.val)])
            case TypeName():
                objects.append(["type", name, ex.typ(obj.type), obj.is_alias])
            case Var():
                objects.append(["var", name, ex.typ(obj.type)])
            case Func():
                objects.append(["func", name, ex.typ(obj.type), sorted(obj.pragmas)])
    data = {
        "path": pkg.path,
        "name": pkg.name,
        "imports": sorted(p.path for p in pkg.imports if p.path != "unsafe"),
        "linkvars": linkvars,
        "packages": ex.packages,
        "objects": objects,
        "types": ex.types,
        "named": ex.named,
        **(extra or {}),
    }
    return json.dumps(data, separators=(",", ":")).encode()


def ships_source(data: bytes) -> bool:
    """Whether export data carries its package's source (see Importer).
    The top-level key decides: the word may also name a parameter."""
    return b'"sources"' in data and "sources" in json.loads(data)


class Importer:
    """Builds Packages from export data, sharing named types across imports.

    A package that declares generic functions or types ships its source in
    its export data ("sources"): an importer type-checks it again from that
    source, so that the generic bodies exist to be instantiated (Go's export
    data carries generic bodies for the same reason). Those packages are
    checked before any other is decoded, so a named type reached through
    another package's export data is the very type the check made.
    """

    def __init__(self, exports: dict[str, bytes]):
        self.exports = exports
        self.packages: dict[str, Package] = {}
        self.named: dict[str, T.Named] = {}
        self.infos: dict[str, object] = {}  # import path -> Info of a source-checked package
        self.sourced = [path for path, data in exports.items() if ships_source(data)]
        self.checking: set[str] = set()

    def __call__(self, path: str) -> Package:
        for p in self.sourced:
            if p not in self.packages and p not in self.checking:
                self.check_source(p)
        pkg = self.packages.get(path)
        if pkg is not None and pkg.scope.elems:
            return pkg
        data = self.exports.get(path)
        if data is None:
            raise ImportError(f"could not import {path} (no export data)")
        return self.load(json.loads(data))

    def check_source(self, path: str) -> None:
        """Type-check a package from the sources in its export data."""
        from gominic.syntax.parser import parse_file
        from gominic.types.check import check_package
        self.checking.add(path)
        data = json.loads(self.exports[path])
        files = [parse_file(name, src.encode()) for name, src in data["sources"]]
        pkg, info = check_package(path, files, self)
        self.packages[path] = pkg
        self.infos[path] = info
        for name, obj in pkg.scope.elems.items():
            if isinstance(obj, TypeName) and isinstance(obj.type, T.Named) and obj.type.obj is obj:
                self.named[f"{path}.{name}"] = obj.type

    def package(self, path: str, name: str) -> Package:
        pkg = self.packages.get(path)
        if pkg is None:
            pkg = Package(path, name)
            self.packages[path] = pkg
        return pkg

    def load(self, data: dict) -> Package:
        for path, name in data["packages"].items():
            self.package(path, name)
        pkg = self.package(data["path"], data["name"])
        # The packages its export data mentions stand for its imports (as
        # in Go's importer): errors qualify names by them (Checker.qualifier).
        pkg.imports = [self.package(path, name) for path, name in data["packages"].items() if path != pkg.path]
        dec = Decoder(self, data)
        for kind, name, ti, *rest in data["objects"]:
            t = dec.typ(ti)
            match kind:
                case "const":
                    obj = Const(name, t, pkg, val=decode_value(rest[0]))
                case "type":
                    obj = TypeName(name, t, pkg, is_alias=rest[0])
                    if isinstance(t, T.Named) and not rest[0]:
                        obj = t.obj
                case "var":
                    obj = Var(name, t, pkg, is_global=True)
                case _:
                    obj = Func(name, t, pkg, pragmas=frozenset(rest[0]))
            pkg.scope.elems[name] = obj
        dec.finish()
        return pkg


class Decoder:
    def __init__(self, imp: Importer, data: dict):
        self.imp = imp
        self.data = data
        self.cache: dict[int, T.Type] = {}
        self.fill: list[tuple[T.Named, dict]] = []

    def pkg(self, path: str) -> Package | None:
        if not path:
            return None
        return self.imp.package(path, self.data["packages"].get(path, path.rsplit("/", 1)[-1]))

    def typ(self, i: int) -> T.Type:
        t = self.cache.get(i)
        if t is None:
            t = self.decode(i, self.data["types"][i])
            self.cache[i] = t
        return t

    def decode(self, i: int, e: list) -> T.Type:
        match e[0]:
            case "basic":
                return {"byte": T.BYTE, "rune": T.RUNE}.get(e[2]) if len(e) > 2 else BASIC_BY_KIND[T.Kind(e[1])]
            case "error":
                return ERROR
            case "comparable":
                return COMPARABLE
            case "named":
                return self.named(i, e[1], e[2])
            case "inst":
                from gominic.types.instantiate import instantiate
                return instantiate(self.typ(e[1]), [self.typ(a) for a in e[2]])
            case "ptr":
                return T.Pointer(self.typ(e[1]))
            case "slice":
                return T.Slice(self.typ(e[1]))
            case "array":
                return T.Array(e[1], self.typ(e[2]))
            case "map":
                return T.Map(self.typ(e[1]), self.typ(e[2]))
            case "chan":
                return T.Chan(T.ChanDir(e[1]), self.typ(e[2]))
            case "struct":
                return T.Struct([Var(n, self.typ(ti), self.pkg(p), is_field=True, embedded=emb)
                                 for n, ti, emb, p in e[1]], e[2])
            case "func":
                return T.Signature(self.tuple(e[1]), self.tuple(e[2]), e[3])
            case "iface":
                if not e[1] and not e[2]:
                    return ANY
                iface = T.Interface([], [])
                self.cache[i] = iface
                iface.methods = [Func(n, self.typ(ti), self.pkg(p)) for n, ti, p in e[1]]
                iface.embeddeds = [self.typ(x) for x in e[2]]
                return iface
            case "tuple":
                return self.tuple(e[1])
            case "tparam":
                obj = TypeName(e[1], None)
                tp = T.TypeParam(obj, e[2], ANY)
                obj.type = tp
                return tp
        raise ValueError(f"bad export data entry {e[0]}")

    def tuple(self, params: list) -> T.Tuple:
        return T.Tuple([Var(n, self.typ(ti)) for n, ti in params])

    def named(self, i: int, path: str, name: str) -> T.Named:
        key = f"{path}.{name}"
        t = self.imp.named.get(key)
        if t is not None:
            return t
        pkg = self.pkg(path)
        obj = TypeName(name, None, pkg)
        t = T.Named(obj)
        obj.type = t
        self.imp.named[key] = t
        self.cache[i] = t
        entry = self.data["named"][key]
        t.under = self.typ(entry["under"])
        for mname, ti, ptr, mpath in entry["methods"]:
            sig = self.typ(ti)
            recv = Var("", T.Pointer(t) if ptr else t, pkg)
            sig = T.Signature(sig.params, sig.results, sig.variadic, recv)
            t.methods.append(Func(mname, sig, self.pkg(mpath) or pkg))
        return t

    def finish(self) -> None:
        for named in list(self.imp.named.values()):
            u = named.under
            if isinstance(u, T.Interface):
                for m in u.methods:
                    if m.type.recv is None:
                        m.type.recv = Var("", named)
