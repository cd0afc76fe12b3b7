"""This module implements the type checker's driver: one package at a time.

Like Go's ``types2.Checker.checkFiles``, checking is a list of phases:

1. collect_objects: declare every package-level name (and each file's
   imports) in the package scope, without looking at types yet;
2. package_objects: resolve each package-level object's type, on demand
   and in any order (a declaration met while resolving another is resolved
   first; cycles are detected with a colour mark);
3. function bodies, checked after all signatures are known;
4. initialisation order of package-level variables (initorder.py);
5. unused imports.

The Checker class is spread over one module per concern (expressions,
statements, calls, assignments, type expressions, lookups), each a mixin.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Callable

from gominic.diag import ErrorList, Pos
from gominic.syntax import ast
from gominic.syntax.directives import restricted_directive_errors
from gominic.types import universe  # noqa: F401  (fills the universe scope)
from gominic.types.assign import AssignMixin
from gominic.types.call import CallMixin
from gominic.types.decl import DeclMixin
from gominic.types.expr import ExprMixin
from gominic.syntax.printer import expr_string
from gominic.types.infer import InferMixin
from gominic.types.initorder import compute_init_order
from gominic.types.instantiate import GenericsMixin
from gominic.types.literal import LiteralMixin
from gominic.types.lookup import LookupMixin
from gominic.types.mono import MonoGraph
from gominic.types.objects import (
    Const, Func, Object, Package, PkgName, Scope, TypeName, Var,
)
from gominic.types.operand import Info, Mode, Operand, TypeAndValue
from gominic.types.stmt import StmtMixin
from gominic.types.typexpr import TypexprMixin
from gominic.syntax.literals import go_quote
from gominic.types.types import Named, Type, type_string

Importer = Callable[[str], Package]


@dataclass(eq=False)
class DeclInfo:
    """A package-level declaration waiting to be resolved."""

    file_scope: Scope
    decl: ast.Decl
    # For "var a, b = f()": all the lhs objects share one DeclInfo.
    lhs: list[Var] | None = None
    index: int = 0  # which name of the declaration this object is
    deps: set[Object] | None = None


class Checker(ExprMixin, CallMixin, LiteralMixin, AssignMixin, StmtMixin, DeclMixin, TypexprMixin,
              GenericsMixin, InferMixin, LookupMixin):
    def __init__(self, pkg: Package, files: list[ast.File], importer: Importer, info: Info):
        self.pkg = pkg
        self.paths_by_name: dict[str, set[str]] | None = None  # for qualifier, made on first use
        self.files = files
        self.importer = importer
        self.info = info
        self.errors = ErrorList()
        self.obj_decls: dict[Object, DeclInfo] = {}
        self.methods_by_base: dict[str, list[Func]] = {}  # receiver base type name -> methods
        self.aliases_of: dict[str, list[str]] | None = None  # type name -> names of its aliases (decl.py)
        self.local_types = 0  # types declared inside functions, numbered
        self.colors: dict[Object, int] = {}  # 1: being resolved (grey), 2: done (black)
        self.obj_path: list[Object] = []  # the grey objects, in the order their resolution began
        self.in_tparam_list = False  # checking the constraints of a type parameter list (decl.py)
        # Named -> "marked" while walked, then whether valid; an instance -> its
        # index on the path while walked (decl.py's valid_type)
        self.valid_types: dict = {}
        # Each instance's own type name, placed where this package first
        # writes it (types2 gives an instance a TypeName there): cycles
        # through an instance are reported at that use.
        self.instance_names: dict[Named, TypeName] = {}
        self.delayed: deque[Callable[[], None]] = deque()
        self.file_scopes: list[Scope] = []
        self.pkg_names: list[PkgName] = []  # the named imports of every file, even those redeclared
        self.dot_imports: list[tuple[Scope, PkgName]] = []  # import . "path", per file
        self.dot_imports_used: set[tuple[int, Package]] = set()  # (id of file scope, package) of names used
        # State of the function being checked.
        self.sig = None
        self.scope: Scope = pkg.scope
        self.iota = None
        self.decl_deps: set[Object] | None = None  # dependencies of the package-level decl being checked
        self.func_lits: list[ast.FuncLit] = []  # the closures being checked, outermost first
        self.var_levels: dict[Var, int] = {}  # local variable -> closure level of its scope
        self.untyped_shift_operands: dict[ast.Expr, object] = {}
        self.context = "assignment"  # what an assignment error is "in"
        self.explicit_targs: dict[ast.Expr, list[Type]] = {}
        self.local_vars: list[Var] = []
        self.errpos: Pos | None = None  # where every error goes, if set (const_decl)
        self.mono = MonoGraph()  # instantiations in generic bodies (mono.py)
        self.prechecked: dict[ast.Expr, Operand] = {}  # checked ahead of their turn (raw_expr takes them)
        self.checking_instance = False  # a generic body checked again with its type arguments bound
        self.generic_body = False  # checking a generic function's body, or a function literal in one
        # Errors Go's compiler reports after type checking (its noder), and
        # only when type checking found none.
        self.noder_errors = ErrorList()

    # --- diagnostics ---------------------------------------------------

    def error(self, pos: Pos, msg: str) -> None:
        self.errors.add(self.errpos or pos, msg)

    def tstr(self, t: Type) -> str:
        return type_string(t, self.qualifier)

    def qualifier(self, pkg: Package) -> str:
        """How an error names a package (types2's qualifier): not at all for
        the package being checked; by its quoted path when packages of one
        name are in sight (imported, directly or not), "test/a1".X against
        "test/a2".X; else by its name."""
        if pkg is self.pkg:
            return ""
        if self.paths_by_name is None:
            self.paths_by_name = {}
            self.mark_imports(self.pkg, set())
        if len(self.paths_by_name.get(pkg.name, ())) > 1:
            return go_quote(pkg.path)
        return pkg.name

    def mark_imports(self, pkg: Package, seen: set[str]) -> None:
        """Record the path of every package pkg imports, by name, transitively."""
        for imp in pkg.imports:
            if imp.path not in seen:
                seen.add(imp.path)
                self.paths_by_name.setdefault(imp.name, set()).add(imp.path)
                self.mark_imports(imp, seen)

    def estr(self, e: ast.Expr) -> str:
        return expr_string(e)

    # --- recording ------------------------------------------------------

    def record(self, e: ast.Expr, mode: Mode, t: Type, val=None) -> None:
        self.info.types[e] = TypeAndValue(mode, t, val)

    def record_def(self, name: ast.Name, obj: Object | None) -> None:
        self.info.defs[name] = obj

    def record_use(self, name: ast.Name, obj: Object) -> None:
        self.info.uses[name] = obj

    def declare(self, scope: Scope, name: ast.Name | None, obj: Object) -> None:
        """Declare obj in scope; the blank identifier declares nothing."""
        if name is not None:
            self.record_def(name, obj)
        if obj.name == "_":
            return
        if isinstance(obj, Var) and not obj.is_global:
            self.var_levels[obj] = scope.level
        alt = scope.insert(obj)
        if alt is not None:
            self.error(obj.pos, f"{obj.name} redeclared in this block\n\t{alt.pos}: other declaration of {obj.name}")
            if isinstance(obj, Var):
                # Not in scope, it can never be used: types2 reports unused
                # only what its scopes hold.
                obj.used = True

    # --- the phases -----------------------------------------------------

    def check_files(self) -> None:
        self.collect_objects()
        self.collect_linknames()
        self.package_objects()
        self.process_delayed()
        self.instantiation_cycle()
        self.info.init_order = compute_init_order(self)
        self.unused_imports()
        self.errors.check()
        self.noder_errors.check()

    def collect_linknames(self) -> None:
        """Bind each //go:linkname local remote to the package-level function
        or variable named local, wherever in its file the directive stands
        (Go's noder); the compiler names the object's symbol remote."""
        for file in self.files:
            for pos, text in file.linknames:
                words = text.split()
                if len(words) != 3:
                    continue  # //go:linkname local: the symbol keeps its name
                obj = self.pkg.scope.lookup(words[1])
                if not isinstance(obj, (Func, Var)):
                    self.error(pos, "//go:linkname must refer to declared function or variable")
                elif obj in self.info.linknames:
                    self.error(pos, f"duplicate //go:linkname for {words[1]}")
                else:
                    self.info.linknames[obj] = words[2]

    def collect_objects(self) -> None:
        """Phase 1: declare package-level objects and file imports."""
        for file in self.files:
            fscope = Scope(self.pkg.scope, f"file {file.filename}")
            self.file_scopes.append(fscope)
            for imp in file.imports:
                self.collect_import(fscope, imp)
            for decl in file.decls:
                self.collect_decl(fscope, decl)
        # Go spec: no name is declared both in a file block and in the package block.
        for fscope in self.file_scopes:
            for name, obj in fscope.elems.items():
                alt = self.pkg.scope.lookup(name)
                if alt is None:
                    continue
                if isinstance(obj, PkgName):
                    imported = obj.imported
                    self.error(alt.pos, f'{name} already declared through import of package {imported.name} '
                                        f'("{imported.path}")\n\t{obj.pos}: other declaration of {name}')
                else:
                    self.error(alt.pos, f'{name} already declared through dot-import of package {obj.pkg.name} '
                                        f'("{obj.pkg.path}")')

    def collect_import(self, fscope: Scope, imp: ast.ImportDecl) -> None:
        from gominic.syntax.literals import unquote_string
        if imp.path.bad:
            return  # the parser said why
        path = unquote_string(imp.path.value).decode("utf-8", "replace")
        if problem := import_path_problem(path):
            self.error(imp.path.pos, f"invalid import path ({problem})")
            return  # the import is skipped (types2's collectObjects)
        if path == "unsafe":
            imported = universe.UNSAFE
        else:
            try:
                imported = self.importer(path)
            except ImportError as e:
                self.error(imp.path.pos, str(e) or f"could not import {path}")
                imported = Package(path, path.rsplit("/", 1)[-1], fake=True)
        if imported not in self.pkg.imports:
            self.pkg.imports.append(imported)
        name = imported.name if imp.local_name is None else imp.local_name.value
        if name == "init":  # by its local name or by its package clause
            self.error(imp.path.pos if imp.local_name is None else imp.local_name.pos,
                       "cannot import package as init - init must be a func")
            return
        if imp.local_name is not None:
            if name == ".":
                for obj in imported.scope.elems.values():
                    if obj.exported:
                        fscope.insert(obj)
                self.dot_imports.append((fscope, PkgName(name, None, self.pkg, imp.local_name.pos, imported=imported)))
                return
        pkgname = PkgName(name, None, self.pkg, imp.path.pos if imp.local_name is None else imp.local_name.pos,
                          imported=imported)
        if imp.local_name is not None:
            self.record_def(imp.local_name, pkgname)
        else:
            self.info.implicits[imp] = pkgname
        if name == "_":
            return
        self.pkg_names.append(pkgname)
        alt = fscope.insert(pkgname)
        if alt is not None:
            self.error(pkgname.pos, f"{name} redeclared in this block\n\t{alt.pos}: other declaration of {name}")

    def collect_decl(self, fscope: Scope, decl: ast.Decl) -> None:
        pkg = self.pkg
        match decl:
            case ast.ConstDecl():
                for i, name in enumerate(decl.names):
                    obj = Const(name.value, None, pkg, name.pos)
                    self.declare_pkg_obj(name, obj)
                    self.obj_decls[obj] = DeclInfo(fscope, decl, index=i)
                self.arity(decl)
            case ast.VarDecl():
                objs = [Var(n.value, None, pkg, n.pos, is_global=True) for n in decl.names]
                shared = DeclInfo(fscope, decl, lhs=objs) if len(decl.values) == 1 and len(objs) > 1 else None
                for i, (name, obj) in enumerate(zip(decl.names, objs)):
                    self.declare_pkg_obj(name, obj)
                    self.obj_decls[obj] = shared or DeclInfo(fscope, decl, lhs=[obj], index=i)
                if decl.values:
                    self.arity(decl)
            case ast.TypeDecl():
                obj = TypeName(decl.name.value, None, pkg, decl.name.pos, is_alias=decl.alias)
                self.declare_pkg_obj(decl.name, obj)
                self.obj_decls[obj] = DeclInfo(fscope, decl)
            case ast.FuncDecl():
                self.collect_func(fscope, decl)

    def declare_pkg_obj(self, name: ast.Name, obj: Object) -> None:
        """Declare a package-level constant, variable or type. Go spec:
        init may only be a function, and so may main in package main."""
        if obj.name == "init" or (obj.name == "main" and self.pkg.name == "main"):
            self.error(name.pos, f"cannot declare {obj.name} - must be func")
            self.record_def(name, obj)
            return
        self.declare(self.pkg.scope, name, obj)

    def collect_func(self, fscope: Scope, decl: ast.FuncDecl) -> None:
        name = decl.name.value
        obj = Func(name, None, self.pkg, decl.name.pos, decl=decl,
                   pragmas=frozenset(decl.pragmas), has_body=decl.body is not None)
        self.obj_decls[obj] = DeclInfo(fscope, decl)
        if decl.recv is not None:
            self.record_def(decl.name, obj)
            # Methods are declared on their receiver type in decl.py; index
            # them by the base type's name so that needs no search.
            from gominic.types.decl import receiver_base
            base, _, _ = receiver_base(decl.recv.type)
            if base is not None:
                self.methods_by_base.setdefault(base.value, []).append(obj)
            return
        if name == "init" or (name == "main" and self.pkg.name == "main"):  # the name, as types2 checks
            if decl.tparams:
                self.error(decl.name.pos, f"func {name} must have no type parameters")
            if decl.type.params or decl.type.results:
                self.error(decl.name.pos, f"func {name} must have no arguments and no return values")
        if name == "init":
            # init functions cannot be referred to: they get no scope entry.
            self.record_def(decl.name, obj)
            if decl.body is None:
                self.error(decl.name.pos, "missing function body")
            return
        self.declare(self.pkg.scope, decl.name, obj)

    def package_objects(self) -> None:
        """Phase 2: resolve every package-level object: defined types first,
        then aliases, then the rest, as Go does (so an alias mentioning a
        type declared after it, type F = func(E), finds E's name ready)."""
        objs = list(self.obj_decls)
        for obj in objs:
            if isinstance(obj, TypeName) and not self.obj_decls[obj].decl.alias:
                self.obj_decl(obj)
        for obj in objs:
            if isinstance(obj, TypeName):
                self.obj_decl(obj)
        for obj in objs:
            if not isinstance(obj, TypeName):
                self.obj_decl(obj)

    def process_delayed(self) -> None:
        """Phase 3: check function bodies (they may add more delayed work)."""
        while self.delayed:
            self.delayed.popleft()()

    def unused_imports(self) -> None:
        for fscope, pkgname in self.dot_imports:
            if (id(fscope), pkgname.imported) not in self.dot_imports_used:
                self.error(pkgname.pos, f'imported and not used: "{pkgname.imported.path}"')
        for obj in self.pkg_names:
            if not obj.used:
                path = obj.imported.path
                if obj.name != path.rsplit("/", 1)[-1]:
                    self.error(obj.pos, f'imported and not used: "{path}" as {obj.name}')
                else:
                    self.error(obj.pos, f'imported and not used: "{path}"')


def check_package(path: str, files: list[ast.File], importer: Importer) -> tuple[Package, Info]:
    """Type-check the files of one package; raise CompileError on errors."""
    name = files[0].pkg_name.value if files else "main"
    pkg = Package(path, name)
    info = Info()
    checker = Checker(pkg, files, importer, info)
    for f in files[1:]:
        if f.pkg_name.value != name:
            checker.error(f.pkg_name.pos, f"package {f.pkg_name.value}; expected package {name}")
    checker.errors.check()
    if name == "_":
        checker.error(files[0].pkg_name.pos, "invalid package name _")
    for f in files:
        for pos, text in f.restricted:  # the noder's, found as the parser meets them
            for msg in restricted_directive_errors(text, path):
                checker.error(pos, msg)
        for err in f.errors:  # the parser's, which leave the file to us
            checker.error(err.pos, err.msg)
        for err in f.noder_errors:
            checker.noder_errors.add(err.pos, err.msg)
    checker.check_files()
    info.check_instance = checker.check_instance
    return pkg, info


# Characters an import path may not hold (types2's validatedImportPath).
ILLEGAL_IMPORT_CHARS = set('!"#$%&\'()*,:;<=>?[\\]^{|}`\ufffd')


def import_path_problem(path: str) -> str:
    """Why an import path is invalid, in types2's words, or ""."""
    if not path:
        return "empty string"
    for c in path:
        if not c.isprintable() or c.isspace() or c in ILLEGAL_IMPORT_CHARS:
            return f"invalid character U+{ord(c):04X}" + (f" '{c}'" if c.isprintable() else "")
    return ""
