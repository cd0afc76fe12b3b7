"""This module implements the API checklist: our standard library against
the exported API of Go 1.19's, name by name and signature by signature.

Go ships its API as text, one feature a line, in ``$GOROOT/api/go1*.txt``::

    pkg flag, func Bool(string, bool, string) *bool
    pkg flag, method (*FlagSet) Parse([]string) error
    pkg flag, type Flag struct, Name string
    pkg io, type ReadWriter interface { Read, Write }

Those lines are written by Go's ``cmd/api`` from the type checker's view of
each package. We do the same with ours: type-check a package of our stdlib
from source (``gominic.types``, no code generation), print every exported
feature in cmd/api's spelling, and compare. A feature of Go's that we lack
is *missing*; one whose name we have but whose line differs (another
signature, field type or constant value) is *different*.

Run ``python3 tools/apicheck.py [--root STDLIB] [pkg ...]`` for a table, or
``-v`` to list the features themselves. Lines in ``api/except.txt`` are ones
Go itself has since changed; platform lines count only for linux-amd64.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from functools import cache
from pathlib import Path

from gominic.work.header import excluded_by_constraint, read_header
from gominic.syntax.parser import parse_file
from gominic.types import types as T
from gominic.types.check import check_package
from gominic.types.objects import Const, Func, Package, TypeName, Var
from gominic.types.universe import UNSAFE

REPO = Path(__file__).resolve().parent.parent
FEATURE = re.compile(r"^pkg ([^ ,]+)(?: \(([^)]*)\))?, (.*?)(?: #\d+)?$")
PLATFORMS = {None, "linux-amd64", "linux-amd64-cgo"}


def goroot() -> Path | None:
    """The installed Go's GOROOT, if it has the API files."""
    try:
        out = subprocess.run(["go", "env", "GOROOT"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.TimeoutExpired):
        return None
    root = Path(out.strip())
    return root if out.strip() and (root / "api" / "go1.txt").is_file() else None


def go_features(api_dir: Path) -> dict[str, set[str]]:
    """Go's features by package: every go1*.txt line but the excepted ones,
    each type alias spelled as its target (as a type checker prints it)."""
    excepted = set((api_dir / "except.txt").read_text().splitlines())
    features: dict[str, set[str]] = {}
    for f in sorted(api_dir.glob("go1*.txt")):
        for line in f.read_text().splitlines():
            m = FEATURE.match(line)
            if m and m.group(2) in PLATFORMS and line not in excepted:
                features.setdefault(m.group(1), set()).add(m.group(3))
    aliases = {}
    for path, feats in features.items():
        for feat in feats:
            if m := re.match(r"type (\w+) = (\w+\.\w+)$", feat):
                aliases[f"{path.rsplit('/', 1)[-1]}.{m.group(1)}"] = m.group(2)
    spell = re.compile(r"\b(" + "|".join(re.escape(a) for a in aliases) + r")\b")
    return {path: {spell.sub(lambda m: aliases[m.group(1)], f) for f in feats}
            for path, feats in features.items()}


def feature_key(feature: str) -> str:
    """What names a feature, without its signature or value: two lines with
    the same key describe the same thing differently."""
    for pattern in (r"^(const \S+ =)", r"^(type \S+ (?:struct|interface), (?:embedded )?\S+?)[ (]",
                    r"^(method \([^)]*\) \w+)", r"^(func \w+)", r"^(\w+ \S+)"):
        m = re.match(pattern, feature)
        if m:
            return m.group(1)
    return feature


class SourceImporter:
    """Type-checks packages of a stdlib tree from source, each once."""

    def __init__(self, root: Path):
        self.root = root
        self.packages: dict[str, Package] = {"unsafe": UNSAFE}

    def __call__(self, path: str) -> Package:
        if path not in self.packages:
            # The runtime lives beside the standard library, not in it.
            dir = self.root.parent / "runtime" if path == "runtime" else self.root / path
            names = sorted(p for p in dir.glob("*.go") if not p.name.endswith("_test.go")
                           and not excluded_by_constraint(read_header(p.read_bytes()).build_constraint))
            if not names:
                raise ImportError(f"package {path} is not in {self.root}")
            files = [parse_file(str(p), p.read_bytes()) for p in names]
            self.packages[path], _ = check_package(path, files, self)
        return self.packages[path]



# The escapes strconv.Quote writes for control characters.
GO_ESCAPES = {"\a": "\\a", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r",
              "\t": "\\t", "\v": "\\v", "\\": "\\\\", '"': '\\"'}


def go_quote(s: str) -> str:
    """A string constant's value as the api files spell it: strconv.Quote."""
    out = []
    for ch in s:
        if ch in GO_ESCAPES:
            out.append(GO_ESCAPES[ch])
        elif ch.isprintable():
            out.append(ch)
        elif ord(ch) < 0x80:
            out.append(f"\\x{ord(ch):02x}")
        else:
            out.append(f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08x}")
    return '"' + "".join(out) + '"'


class Walker:
    """Prints one package's features as cmd/api does (its goapi.go Walker)."""

    def __init__(self, pkg: Package):
        self.pkg = pkg
        self.features: set[str] = set()

    def walk(self) -> set[str]:
        for name, obj in sorted(self.pkg.scope.elems.items()):
            if not name[:1].isupper():
                continue
            match obj:
                case Const():
                    self.emit_const(obj)
                case Var():
                    self.features.add(f"var {name} {self.type(obj.type)}")
                case TypeName():
                    self.emit_type(obj)
                case Func():
                    self.features.add(f"func {name}{self.signature(obj.type)}")
        return self.features

    def emit_const(self, c: Const) -> None:
        self.features.add(f"const {c.name} {self.type(c.type)}")
        if isinstance(c.val, bool):
            value = "true" if c.val else "false"
        elif isinstance(c.val, int):
            value = str(c.val)
        elif isinstance(c.val, bytes):
            value = go_quote(c.val.decode("utf-8", "replace"))
        else:
            value = "..."  # a float's short form is go/constant's %.6g: compared by name only
        self.features.add(f"const {c.name} = {value}")

    def emit_type(self, obj: TypeName) -> None:
        name = obj.name
        if obj.is_alias:
            self.features.add(f"type {name} = {self.type(obj.type)}")
            return
        # A generic type is declared with its type parameters and their
        # constraints, and named in receivers with the parameters alone,
        # as cmd/api spells them: "type Pointer[$0 interface{}] struct",
        # "method (*Pointer[$0]) Load() *$0".
        tparams = obj.type.tparams if isinstance(obj.type, T.Named) else []
        recv = name
        if tparams:
            recv = f"{name}[{', '.join(self.type(p) for p in tparams)}]"
            name = f"{name}[{', '.join(f'{self.type(p)} {self.type(p.constraint)}' for p in tparams)}]"
        under = obj.type.underlying()
        if isinstance(under, T.Interface):
            self.emit_interface(name, under)
            return
        if isinstance(under, T.Struct):
            self.features.add(f"type {name} struct")
            for f in under.fields:
                if f.name[:1].isupper():
                    body = f"embedded {self.type(f.type)}" if f.embedded else f"{f.name} {self.type(f.type)}"
                    self.features.add(f"type {name} struct, {body}")
        else:
            self.features.add(f"type {name} {self.type(under)}")
        value_set = method_set(obj.type, pointer=False)
        for mname, m in value_set.items():
            self.emit_method(recv, mname, m)
        for mname, m in method_set(obj.type, pointer=True).items():
            if mname not in value_set:
                self.emit_method("*" + recv, mname, m)

    def emit_method(self, recv: str, name: str, m: Func) -> None:
        if name[:1].isupper():
            self.features.add(f"method ({recv}) {name}{self.signature(m.type)}")

    def emit_interface(self, name: str, iface: T.Interface) -> None:
        methods = iface.complete()
        exported = [m for m in methods if m.name[:1].isupper()]
        for m in exported:
            self.features.add(f"type {name} interface, {m.name}{self.signature(m.type)}")
        if len(exported) < len(methods):
            self.features.add(f"type {name} interface, unexported methods")
        elif exported:
            self.features.add(f"type {name} interface {{ {', '.join(m.name for m in exported)} }}")
        else:
            self.features.add(f"type {name} interface {{}}")

    def type(self, t: T.Type) -> str:
        match t:
            case T.Basic():
                return basic_name(t)
            case T.Named():
                if t.obj.pkg is None:
                    return t.obj.name  # error
                prefix = "" if t.obj.pkg is self.pkg else t.obj.pkg.name + "."
                return prefix + t.obj.name
            case T.TypeParam():
                return f"${t.index}"
            case T.Pointer():
                return "*" + self.type(t.elem)
            case T.Slice():
                return "[]" + self.type(t.elem)
            case T.Array():
                return f"[{t.len}]" + self.type(t.elem)
            case T.Map():
                return f"map[{self.type(t.key)}]{self.type(t.elem)}"
            case T.Chan():
                prefix = {T.ChanDir.BOTH: "chan ", T.ChanDir.SEND: "chan<- ", T.ChanDir.RECV: "<-chan "}[t.dir]
                return prefix + self.type(t.elem)
            case T.Struct():
                return "struct"
            case T.Signature():
                return "func" + self.signature(t)
            case T.Interface():
                names = ", ".join(m.name for m in t.complete())
                return f"interface{{ {names} }}" if names else "interface{}"
        return "?"

    def signature(self, sig: T.Signature) -> str:
        params = [self.type(v.type) for v in sig.params.vars]
        if sig.variadic:
            params[-1] = "..." + self.type(sig.params.vars[-1].type.elem)
        s = "(" + ", ".join(params) + ")"
        results = [self.type(v.type) for v in sig.results.vars]
        if len(results) == 1:
            return f"{s} {results[0]}"
        return f"{s} ({', '.join(results)})" if results else s


def basic_name(t: T.Basic) -> str:
    ideal = {T.Kind.UNTYPED_BOOL: "ideal-bool", T.Kind.UNTYPED_INT: "ideal-int",
             T.Kind.UNTYPED_RUNE: "ideal-char", T.Kind.UNTYPED_FLOAT: "ideal-float",
             T.Kind.UNTYPED_COMPLEX: "ideal-complex", T.Kind.UNTYPED_STRING: "ideal-string",
             T.Kind.UNSAFE_POINTER: "unsafe.Pointer", T.Kind.UINT8: "uint8", T.Kind.INT32: "int32"}
    return ideal.get(t.kind, t.name)


def method_set(t: T.Named, pointer: bool) -> dict[str, Func]:
    """The method set of t (or *t), promoted methods included: Go spec,
    "Method sets" and "Selectors" (the shallowest depth wins; two at the
    same depth cancel out)."""
    found: dict[str, Func] = {}
    level = [(t, pointer)]
    seen: set[int] = set()
    while level:
        here: dict[str, list[Func]] = {}
        next_level = []
        for typ, addressable in level:
            if isinstance(typ, T.Named):
                if id(typ) in seen:
                    continue
                seen.add(id(typ))
                under = typ.underlying()
                if not isinstance(under, T.Interface):
                    for m in typ.methods:
                        if addressable or not isinstance(m.type.recv.type, T.Pointer):
                            here.setdefault(m.name, []).append(m)
                        else:  # not in this method set, but it hides deeper methods of its name
                            here.setdefault(m.name, [])
            else:
                under = typ
            if isinstance(under, T.Interface):
                for m in under.complete():
                    here.setdefault(m.name, []).append(m)
            elif isinstance(under, T.Struct):
                for f in under.fields:
                    if f.embedded:
                        ft, ptr = (f.type.elem, True) if isinstance(f.type, T.Pointer) else (f.type, addressable)
                        next_level.append((ft, ptr))
                        here.setdefault(f.name, [])  # a field hides deeper methods of its name
        for name, ms in here.items():
            if name not in found and len(ms) == 1:
                found[name] = ms[0]
            elif name not in found:
                found[name] = None  # blocked: a field, or ambiguous
        level = next_level
    return {name: m for name, m in found.items() if m is not None}


@cache
def source_importer(root: Path) -> SourceImporter:
    """One importer per tree, so that each package is checked once."""
    return SourceImporter(root)


@cache
def our_features(root: Path, path: str) -> set[str]:
    return Walker(source_importer(root)(path)).walk()


def compare(go: set[str], ours: set[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """Go's features we lack (missing) and those we spell otherwise (different)."""
    by_key = {}
    for f in ours:
        by_key.setdefault(feature_key(f), []).append(f)
    missing, different = [], []
    for f in sorted(go - ours):
        if f.startswith("const ") and " = " in f and by_key.get(feature_key(f)) == [f"{feature_key(f)} ..."]:
            continue  # a float constant: its name is what we can check
        mine = by_key.get(feature_key(f))
        if mine:
            different.append((f, " | ".join(sorted(mine))))
        else:
            missing.append(f)
    return missing, different


def shipped_packages(root: Path) -> list[str]:
    return sorted(str(d.parent.relative_to(root)) for d in root.rglob("*.go")
                  if not d.name.endswith("_test.go") and "internal" not in d.parts
                  and d.parent != root and d.name == min(p.name for p in d.parent.glob("*.go")))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--root", type=Path, default=REPO / "stdlib", help="the stdlib tree to check")
    ap.add_argument("-v", action="store_true", help="list the missing and different features")
    ap.add_argument("packages", nargs="*", help="import paths (default: every package shipped)")
    args = ap.parse_args()
    gr = goroot()
    if gr is None:
        sys.exit("apicheck: no Go installation with api/go1*.txt (go env GOROOT)")
    go = go_features(gr / "api")
    total_missing = 0
    print(f"{'package':24} {'go':>5} {'missing':>8} {'different':>10}")
    for path in args.packages or [p for p in shipped_packages(args.root) if p in go]:
        try:
            missing, different = compare(go.get(path, set()), our_features(args.root.resolve(), path))
        except Exception as e:  # a package that does not type-check yet
            print(f"{path:24} cannot be checked: {e}")
            continue
        total_missing += len(missing)
        print(f"{path:24} {len(go.get(path, ())):5} {len(missing):8} {len(different):10}")
        if args.v:
            for f in missing:
                print(f"    missing    {f}")
            for f, mine in different:
                print(f"    different  {f}\n         ours  {mine}")
    print(f"total missing: {total_missing}")


if __name__ == "__main__":
    main()
