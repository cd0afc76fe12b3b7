"""This module implements package loading: from the command line's patterns
to every package the build needs, in dependency order.

It is the part of the go command that ``go list -deps`` shows
(``cmd/go/internal/load``). A pattern names the root packages:

    prog.go a.go        the named files, as package "command-line-arguments"
    .  ./dir  ../dir    the package in a directory
    ./...  ./dir/...    every package in a directory tree
    fmt  example/sub    a package by import path

Each package's files are read once; their headers (package clause and
imports, see header.py) give the import graph. An import path is looked up
like this:

    runtime              GOMINICROOT/runtime
    fmt, unicode/utf8    GOMINICROOT/stdlib/<path>, the standard library
    <module>/sub         <module root>/sub, inside the importer's module
    example.com/lib/x    a replace directive's directory, or vendor/, of
                         the main module (gominic downloads nothing)

The runtime is a dependency of every program even though few packages name
it: the loader adds it as a root. For ``gominic test`` the loader also reads a package's test files
(``load_test_packages``): those of the package itself (``package p``)
join its other files, and those of ``package p_test`` make a package of
their own, "p_test"; both then stand in the graph where p stood, so that
every package of the test binary sees p with its test files, as in Go.
A depth-first walk from the roots yields
the packages in post-order, so every package comes after the packages it
imports, and finds import cycles on the way (the import stack is the cycle's
witness, printed as Go prints it).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from gominic.work.embed import DirectiveError, apply_embeds
from gominic.work.errors import BuildError
from gominic.work.header import (FileHeader, HeaderError, excluded_by_constraint, excluded_by_file_name,
                                  read_header)
from gominic.work.module import NO_GO_MOD, Module, find_module
from gominic.work.stamps import Stamps

# The import path go build gives a package made of files named on the
# command line.
COMMAND_LINE_ARGUMENTS = "command-line-arguments"


@dataclass(frozen=True, slots=True)
class SourceFile:
    path: Path  # absolute: the name the compiler is given, stable across builds
    src: bytes


@dataclass(eq=False)
class Package:
    """One package of the build, with its sources read."""

    import_path: str  # "fmt", "example/greeter", "command-line-arguments"
    name: str  # the name in the package clause
    dir: Path
    module: Module | None  # None: the standard library, or outside any module
    shown_dir: str  # how compiler output shows dir: "./", "greeter/", ...
    go_files: list[SourceFile]
    asm_files: list[SourceFile]
    imports: list[str]  # the packages it imports directly, sorted
    # Where each import is first written ("main.go:3:8"), for errors about it.
    import_pos: dict[str, str] = field(default_factory=dict)
    # A command under test is compiled as a library, so that the test
    # main's main.main is the program's (go test's ForceLibrary).
    force_library: bool = False
    # The test main go test generates, which imports testing's internals
    # (testing/internal/testdeps) from outside the standard library.
    test_main: bool = False
    # Errors Go's compiler reports that reading the files found (a misused
    # //go:embed): the package's compile fails with them.
    compile_errors: list[str] = field(default_factory=list)

    @property
    def is_command(self) -> bool:
        """Package main: a program rather than a library."""
        return self.name == "main"

    @property
    def compile_path(self) -> str:
        """The path the compiler gives the package's symbols. Commands are
        always "main" (main.main), whatever their import path."""
        return "main" if self.is_command and not self.force_library else self.import_path


def is_local_pattern(pattern: str) -> bool:
    """Whether a pattern names a directory rather than an import path:
    Go's rule is that those start with ./ or ../ (or are absolute)."""
    return pattern in (".", "..") or pattern.startswith(("./", "../", "/"))


def is_std_path(path: str) -> bool:
    """Go's test for a standard-library-looking path: no dot in its first
    element ("fmt", "unicode/utf8", but not "example.com/x")."""
    return "." not in path.split("/", 1)[0]


def short_path(path: Path, cwd: Path) -> str:
    """The shorter of path relative to cwd and absolute (Go's base.ShortPath)."""
    rel = os.path.relpath(path, cwd)
    return rel if len(rel) < len(str(path)) else str(path)


def shown_dir(dir: Path, cwd: Path) -> str:
    """How go build shows a package directory in the compiler's output: "./"
    for the current directory, else its short path, with a final slash.

    The compiler is given absolute file names, which keep the cache key of a
    package the same from any current directory; go build likewise rewrites
    its compiler's output for the reader (work.Builder.showOutput)."""
    short = short_path(dir, cwd)
    return "./" if short == "." else f"{short}/"


def is_test_file(path: Path) -> bool:
    """A test file of the package, which only test builds read."""
    name = path.name
    return name.endswith("_test.go") and name[0] not in "._"


def is_go_file(path: Path) -> bool:
    """A Go source file of the package; like go build, skip tests and names
    starting with "." or "_"."""
    name = path.name
    return name.endswith(".go") and not name.endswith("_test.go") and name[0] not in "._"


class Loader:
    """Loads packages by pattern or import path, each once."""

    def __init__(self, root: Path, cwd: Path, tests: bool = False):
        self.root = root  # GOMINICROOT
        self.cwd = cwd
        self.tests = tests  # a test build: a package may have test files only
        self.packages: dict[str, Package] = {}  # by import path
        # Every path read, listed or looked for, for the no-op short cut.
        self.stamps = Stamps()

    # -- roots ------------------------------------------------------------

    def load_patterns(self, patterns: list[str]) -> list[Package]:
        """The root packages the command line names ("." when it names none)."""
        patterns = patterns or ["."]
        if any(p.endswith(".go") for p in patterns):
            return [self.load_files(patterns)]
        roots: list[Package] = []
        for pattern in patterns:
            if pattern.endswith("/...") or pattern == "...":
                roots += [self.load_local_dir(d) for d in self.match_tree(pattern)]
            elif is_local_pattern(pattern):
                roots.append(self.load_local_dir(self.cwd / pattern))
            else:
                roots.append(self.load_import(pattern, find_module(self.cwd, self.stamps.look)))
        return roots

    def load_files(self, names: list[str]) -> Package:
        """Files named on the command line make one package,
        command-line-arguments. Build constraints do not apply to them:
        that is how a //go:build ignore program is run."""
        if bad := [n for n in names if not n.endswith(".go")]:
            raise BuildError(f"named files must be .go files: {bad[0]}")
        paths = [(self.cwd / n).resolve() for n in names]
        if len({p.parent for p in paths}) > 1:
            raise BuildError("named files must all be in one directory")
        for name, path in zip(names, paths):
            if not path.is_file():
                raise BuildError(f"stat {name}: no such file or directory")
        dir = paths[0].parent
        return self.make_package(COMMAND_LINE_ARGUMENTS, dir, find_module(dir, self.stamps.look), paths, [])

    def load_local_dir(self, dir: Path) -> Package:
        """The package in a directory named on the command line. Its import
        path comes from the enclosing module; outside any module it is
        "_/abs/dir", as in GOPATH mode (GO111MODULE=off)."""
        dir = dir.resolve()
        if not dir.is_dir():
            raise BuildError(f"stat {dir}: directory not found")
        module = find_module(dir, self.stamps.look)
        import_path = module.import_path_of(dir) if module else None
        if import_path is None:
            if not any(map(is_go_file, dir.iterdir())):
                raise BuildError(NO_GO_MOD)
            import_path = f"_{dir.as_posix()}"
        if import_path not in self.packages:
            self.packages[import_path] = self.read_package(import_path, dir, module)
        return self.packages[import_path]

    def match_tree(self, pattern: str) -> list[Path]:
        """The directories holding Go files under pattern's prefix, as
        ./... matches them: not testdata, nor names starting with "." or
        "_", nor nested modules (a go.mod starts another module)."""
        top = (self.cwd / pattern.removesuffix("...")).resolve()
        self.stamps.complete = False  # a new folder anywhere below would match
        if find_module(top) is None:
            raise BuildError(NO_GO_MOD)
        matches = []
        for dir, subdirs, files in os.walk(top):
            subdirs[:] = sorted(
                d for d in subdirs
                if d[0] not in "._" and d != "testdata" and not (Path(dir, d) / "go.mod").exists()
            )
            if any(is_go_file(Path(dir, f)) or self.tests and is_test_file(Path(dir, f)) for f in files):
                matches.append(Path(dir))
        return matches

    # -- imports ----------------------------------------------------------

    def load_import(self, path: str, module: Module | None, pos: str = "") -> Package:
        """The package an import path names, seen from a package of module."""
        if path not in self.packages:
            dir, owner = self.find_import(path, module, pos)
            self.packages[path] = self.read_package(path, dir, owner)
        return self.packages[path]

    def find_import(self, path: str, module: Module | None, pos: str) -> tuple[Path, Module | None]:
        """The directory of an import path and the module it belongs to (None
        for the runtime and the standard library), or Go's error for a
        missing one. The standard library comes first, as in Go."""
        std = self.root / "runtime" if path == "runtime" else self.root / "stdlib" / path
        if (path == "runtime" or is_std_path(path)) and self.is_dir(std):
            return std, None
        if module and (dir := module.dir_of(path)) and self.is_dir(dir):
            return dir, module
        # Packages of other modules resolve in the main module's go.mod
        # and vendor/, whoever imports them.
        if module and self.is_dir(dir := module.provided_dir(path)):
            return dir, module
        prefix = f"{pos}: " if pos else ""
        raise BuildError(prefix + self.missing_package(path, module))

    def is_dir(self, dir: Path) -> bool:
        """Whether dir is a directory; whichever it is, the no-op short cut
        sees it change."""
        self.stamps.look(dir)
        return dir.is_dir()

    def missing_package(self, path: str, module: Module | None) -> str:
        """What to say of an import no directory provides: that gominic does
        not have it (a standard package), or how to provide it."""
        if path == "C":
            return 'import "C": cgo is not supported by gominic'
        if module and (dir := module.dir_of(path)):
            return f"package {path} is not in the main module: no directory {short_path(dir, self.cwd)}"
        if is_std_path(path):
            return f"package {path} is not in the gominic standard library (see 'gominic help stdlib')"
        if module is None:
            return f"no required module provides package {path}: {NO_GO_MOD.removeprefix('go: ')}"
        return (f"no required module provides package {path}; gominic does not download modules:\n"
                f"\tcopy its module into vendor/ (vendor/{path}), or add to go.mod\n"
                f"\treplace <its module path> => <the directory of its source>")

    # -- reading a package ------------------------------------------------

    def read_package(self, import_path: str, dir: Path, module: Module | None) -> Package:
        """The package in dir: its Go files (less those a //go:build ignore
        leaves out) and assembly files."""
        self.stamps.look(dir)  # a file added or removed changes its stamp
        go_files = sorted(p for p in dir.iterdir() if is_go_file(p))
        asm_files = sorted(p for p in dir.iterdir() if p.suffix == ".s" and p.name[0] not in "._")
        pkg = self.make_package(import_path, dir, module, go_files, asm_files)
        if not pkg.go_files:
            test_files = sorted(p for p in dir.iterdir() if is_test_file(p))
            if not test_files:
                raise BuildError(f"no Go files in {dir}")
            if not self.tests:
                raise BuildError(f"no non-test Go files in {dir}")
            # go test tests such a package: its name is its test files'.
            names = [self.read_file_header(SourceFile(p, p.read_bytes())).package for p in test_files]
            pkg.name = min(names, key=len).removesuffix("_test")
        return pkg

    def make_package(
        self, import_path: str, dir: Path, module: Module | None, go_paths: list[Path], asm_paths: list[Path]
    ) -> Package:
        """Read the files and their headers into a Package. Files named on the
        command line keep a //go:build ignore line's file; a directory's drop it."""
        named = import_path == COMMAND_LINE_ARGUMENTS
        asm_files = [SourceFile(p, self.stamps.read(p)) for p in asm_paths]
        pkg = Package(import_path, "", dir, module, shown_dir(dir, self.cwd), [], asm_files, [])
        names: dict[str, str] = {}  # package name -> first file declaring it
        for path in go_paths:
            source = SourceFile(path, self.stamps.read(path))
            header = self.read_file_header(source)
            if (excluded_by_constraint(header.build_constraint) or excluded_by_file_name(path.name)) and not named:
                continue
            if b"//go:embed" in source.src:
                self.stamps.complete = False  # the embedded files are not listed
                imports_embed = any(spec.path == "embed" for spec in header.imports)
                try:
                    source = SourceFile(path, apply_embeds(short_path(path, self.cwd), source.src, dir,
                                                           imports_embed, len(pkg.go_files)))
                except DirectiveError as e:
                    pkg.compile_errors += [f"{pkg.shown_dir}{path.name}:{line}:{col}: {msg}" for line, col, msg in e.errors]
            names.setdefault(header.package, path.name)
            pkg.go_files.append(source)
            for spec in header.imports:
                pkg.import_pos.setdefault(spec.path, f"{short_path(path, self.cwd)}:{spec.line}:{spec.col}")
        if len(names) > 1:
            (a, fa), (b, fb) = list(names.items())[:2]
            raise BuildError(f"found packages {a} ({fa}) and {b} ({fb}) in {dir}")
        pkg.name = next(iter(names), "")
        # unsafe is no package on disk: the compiler itself provides it.
        pkg.imports = sorted(p for p in pkg.import_pos if p != "unsafe")
        return pkg

    def read_file_header(self, source: SourceFile) -> FileHeader:
        try:
            return read_header(source.src)
        except HeaderError as e:
            raise BuildError(f"{short_path(source.path, self.cwd)}:{e.line}:{e.col}: {e.msg}") from None

    # -- test builds ------------------------------------------------------

    def load_test_packages(self, pkg: Package) -> tuple[Package, Package | None]:
        """pkg with its internal test files, and its external test package
        ("p_test") if it has one; both replace what the loader knew. A
        package with no test files comes back as it is, and None."""
        names = {}  # test file -> its package name, for the files the build constraints keep
        for path in sorted(p for p in pkg.dir.iterdir() if is_test_file(p)):
            header = self.read_file_header(SourceFile(path, path.read_bytes()))
            if not excluded_by_constraint(header.build_constraint) and not excluded_by_file_name(path.name):
                names[path] = header.package
        internal = self.make_package(pkg.import_path, pkg.dir, pkg.module, [f.path for f in pkg.go_files] + [
            f for f, name in names.items() if name == pkg.name], [f.path for f in pkg.asm_files])
        internal.name = pkg.name
        internal.force_library = pkg.is_command
        self.packages[pkg.import_path] = internal
        xfiles = [f for f, name in names.items() if name != pkg.name]
        if not xfiles:
            return internal, None
        external = self.make_package(pkg.import_path + "_test", pkg.dir, pkg.module, xfiles, [])
        if external.name != pkg.name + "_test":
            first = pkg.go_files[0].path.name if pkg.go_files else min(names.keys() - set(xfiles)).name
            raise BuildError(f"found packages {pkg.name} ({first}) and {external.name} ({xfiles[0].name}) in {pkg.dir}")
        self.packages[external.import_path] = external
        return internal, external

    def has_test_files(self, pkg: Package) -> bool:
        return any(map(is_test_file, pkg.dir.iterdir()))

    # -- the graph --------------------------------------------------------

    def load_graph(self, roots: list[Package]) -> list[Package]:
        """Every package the roots need, the runtime included, each after
        the packages it imports (a depth-first post-order)."""
        order: list[Package] = []
        done: set[str] = set()
        stack: list[Package] = []  # the import stack from a root to here

        def visit(pkg: Package) -> None:
            if pkg.import_path in done:
                return
            if pkg in stack:
                raise BuildError(import_cycle_message(stack, pkg))
            stack.append(pkg)
            for path in pkg.imports:
                dep = self.load_import(path, pkg.module, pkg.import_pos[path])
                if not may_import_internal(pkg, dep):
                    raise BuildError(import_stack_message(stack) + f"\t{pkg.import_pos[path]}: "
                                     f"use of internal package {path} not allowed")
                if dep.is_command and not dep.force_library:
                    raise BuildError(f'{pkg.import_pos[path]}: import "{path}" is a program, not an importable package')
                visit(dep)
            stack.pop()
            done.add(pkg.import_path)
            order.append(pkg)

        for pkg in roots:
            visit(pkg)
        visit(self.load_import("runtime", None))
        return order


def may_import_internal(importer: Package, dep: Package) -> bool:
    """Go's rule for internal packages: a package whose path has an
    "internal" element may be imported only by code in the folder that
    holds that element's parent, or below it ("internal/poll" by the
    standard library alone, "m/x/internal/y" by m/x and below)."""
    elems = dep.import_path.split("/")
    if "internal" not in elems or importer.test_main:
        return True
    last = len(elems) - 1 - elems[::-1].index("internal")
    parent = dep.dir.parents[len(elems) - 1 - last]
    return importer.dir == parent or parent in importer.dir.parents


def import_stack_message(stack: list[Package]) -> str:
    """Go's lead-in to an error in an import: the root package, then the
    packages it imports on the way to the error."""
    return f"package {stack[0].import_path}\n" + "".join(f"\timports {p.import_path}\n" for p in stack[1:])


def import_cycle_message(stack: list[Package], repeated: Package) -> str:
    """Go's report of an import cycle, the import stack from the root:

        package example
            imports example/a
            imports example/b
            imports example/a: import cycle not allowed
    """
    return import_stack_message(stack) + f"\timports {repeated.import_path}: import cycle not allowed"


def dependencies(pkg: Package, packages: dict[str, Package]) -> list[Package]:
    """Every package pkg needs to be linked, pkg excluded, the runtime included."""
    seen: dict[str, Package] = {}
    work = [*pkg.imports, "runtime"]
    while work:
        path = work.pop()
        if path not in seen and path != pkg.import_path:
            seen[path] = packages[path]
            work += packages[path].imports
    return list(seen.values())


def stdlib_packages(root: Path) -> list[str]:
    """The import paths of the standard packages: runtime, unsafe (the
    compiler's) and those under GOMINICROOT/stdlib, internal ones left out."""
    stdlib = root / "stdlib"
    paths = {"runtime", "unsafe"}
    for file in stdlib.rglob("*.go"):
        rel = file.parent.relative_to(stdlib).as_posix()
        if is_go_file(file) and "internal" not in rel.split("/"):
            paths.add(rel)
    return sorted(paths)
