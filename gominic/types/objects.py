"""This module implements the named entities of a Go program and their scopes.

An object is what an identifier denotes (Go spec, "Declarations and scope"):
a constant, type name, variable, function, package name, built-in function
or nil (labels are the syntax package's: branches.py). Scopes nest from the universe through a package, its files
and functions down to blocks; lookup walks outwards.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from gominic.diag import NOPOS, Pos
from gominic.types.types import Named, Signature, Type


@dataclass(eq=False, slots=True)
class Package:
    path: str  # import path: "fmt", "example/greeter", "main"
    name: str  # package clause name
    scope: Scope = None  # type: ignore[assignment]
    imports: list[Package] = field(default_factory=list)
    fake: bool = False  # stands in for a package that could not be imported

    def __post_init__(self) -> None:
        if self.scope is None:
            self.scope = Scope(UNIVERSE_SCOPE, f"package {self.path}")


@dataclass(eq=False, slots=True)
class Object:
    name: str
    type: Type | None
    pkg: Package | None = None  # None for universe objects
    pos: Pos = NOPOS

    @property
    def exported(self) -> bool:
        return self.name[:1].isupper()

    def id(self) -> str:
        """The name, qualified by the import path when it is not exported
        (Go's Object.Id): unexported names of different packages are
        different names, so a method or field is known by its id."""
        return self.name if self.exported or self.pkg is None else f"{self.pkg.path}.{self.name}"

    def qualified_name(self) -> str:
        """The linker symbol prefix: import path, dot, name (Go's naming)."""
        return f"{self.pkg.path}.{self.name}" if self.pkg else self.name


@dataclass(eq=False, slots=True)
class Var(Object):
    is_field: bool = False
    embedded: bool = False
    is_param: bool = False
    used: bool = False
    is_global: bool = False  # a package-level variable
    # Set by the compiler's escape view: captured by a closure or address taken.
    captured: bool = False
    addressed: bool = False


@dataclass(eq=False, slots=True)
class Const(Object):
    val: Any = None  # a gominic.types.constant value


@dataclass(eq=False, slots=True)
class TypeName(Object):
    is_alias: bool = False
    local_index: int = 0  # types declared in functions are numbered (T·1, T·2)

    def is_named(self) -> bool:
        return isinstance(self.type, Named) and self.type.obj is self


@dataclass(eq=False, slots=True)
class Func(Object):
    decl: Any = None  # the ast.FuncDecl, for functions of the package being checked
    pragmas: frozenset[str] = frozenset()
    has_body: bool = True
    # For a method of a generic type or a generic function's instance.
    orig: Func | None = None
    targs: list | None = None  # the instance's type arguments
    assoc: bool = False  # a method already attached to its receiver type

    @property
    def sig(self) -> Signature:
        return self.type  # type: ignore[return-value]

    def link_name(self) -> str:
        """The symbol the linker sees: pkg.F, pkg.T.M or pkg.(*T).M."""
        sig = self.sig
        if sig.recv is None:
            return self.qualified_name()
        rt = sig.recv.type
        from gominic.types.types import Pointer  # local: avoid a cycle at import
        ptr = isinstance(rt, Pointer)
        base = rt.elem if ptr else rt
        tname = base.obj.name if hasattr(base, "obj") else str(base)
        path = self.pkg.path if self.pkg else ""
        return f"{path}.(*{tname}).{self.name}" if ptr else f"{path}.{tname}.{self.name}"


@dataclass(eq=False, slots=True)
class PkgName(Object):
    imported: Package | None = None
    used: bool = False


@dataclass(eq=False, slots=True)
class Builtin(Object):
    """A built-in function such as len or append; name says which."""


@dataclass(eq=False, slots=True)
class Nil(Object):
    pass


@dataclass(eq=False, slots=True)
class Scope:
    parent: Scope | None
    comment: str = ""
    elems: dict[str, Object] = field(default_factory=dict)
    is_func: bool = False  # the outermost scope of a function body
    level: int = 0  # how many function literals enclose this scope

    def lookup(self, name: str) -> Object | None:
        return self.elems.get(name)

    def lookup_parent(self, name: str) -> tuple[Scope | None, Object | None]:
        s: Scope | None = self
        while s is not None:
            obj = s.elems.get(name)
            if obj is not None:
                return s, obj
            s = s.parent
        return None, None

    def insert(self, obj: Object) -> Object | None:
        """Insert obj; if the name is taken, return the object already there."""
        alt = self.elems.get(obj.name)
        if alt is not None:
            return alt
        self.elems[obj.name] = obj
        return None


# The universe scope holds the predeclared identifiers; universe.py fills it.
UNIVERSE_SCOPE = Scope(None, "universe")
