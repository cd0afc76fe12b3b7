"""This module implements the build of a test binary, as ``go test`` makes
one for each package it tests:

    p [p.test]      p with its internal test files (package p)
    p_test          the external test files (package p_test), which import p
    p.test          the generated test main (testmain.py), package main,
                    in $WORK/b001/_testmain.go

Every package of the binary that imports p gets the test variant: the
loader puts it where p stood (load.py, ``load_test_packages``), and the
build cache tells the variants apart by their sources and imports. The
test binary is then linked like any program.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from gominic.work.builder import Builder
from gominic.work.cache import Cache, add_fields, linker_id
from gominic.work.cover import cover_test
from gominic.work.driver import BuildOptions, link_program
from gominic.work.env import cache_dir
from gominic.work.errors import ActionError, BuildFailed
from gominic.work.load import Loader, Package, SourceFile, dependencies, is_test_file, shown_dir
from gominic.work.testmain import TestFuncs, find_test_funcs, generate_testmain
from gominic.work.workdir import Work


@dataclass
class TestBinary:
    """A package's test binary, built (or ready to link)."""

    package: Package  # the package under test, with its internal test files
    funcs: TestFuncs
    main: Package  # the generated test main
    archives: dict[str, Path]  # every package's archive, by import path
    key: str  # names the binary's inputs: what the test result cache is keyed by
    builder: Builder  # the build of its packages, whose archives the link reads


class TestBuildFailed(Exception):
    """The test binary of a package could not be built; ``failures`` say why,
    each under go test's "# p [p.test]" header."""

    def __init__(self, failures: list[ActionError]):
        super().__init__(failures)
        self.failures = failures


def test_main_path(import_path: str) -> str:
    return import_path + ".test"


def build_test_binary(loader: Loader, pkg: Package, opts: BuildOptions, work: Work, cover_mode: str = "",
                      cover_patterns: list[str] = ()) -> TestBinary:
    """Compile everything the test binary of pkg needs; link it later
    with ``link_test_binary`` (a cached test result needs no link). With
    a cover_mode, pkg's files count their statements, or those of the
    packages cover_patterns match (cover.py)."""
    main_path = test_main_path(pkg.import_path)
    work.number([main_path])
    ptest, pxtest = loader.load_test_packages(pkg)
    test_files = [(f.path, f.src) for f in ptest.go_files if is_test_file(f.path)]
    xtest_files = [(f.path, f.src) for f in pxtest.go_files] if pxtest else []
    funcs = find_test_funcs(test_files, xtest_files)
    coverage = None
    if cover_mode:
        coverage = cover_test(loader, ptest, pxtest, cover_mode, list(cover_patterns),
                              lambda line: print(line, file=opts.stderr))
    source = generate_testmain(pkg.import_path, funcs, pxtest is not None, coverage)
    main = make_test_main(loader, main_path, pkg, pxtest, source, work,
                          [path for _, path, _ in coverage.files] if coverage else [])
    order = loader.load_graph([main])
    builder = Builder(
        Cache(cache_dir()),
        optimize=opts.optimize,
        force=opts.force,
        jobs=opts.jobs,
        log=(lambda line: print(line, file=opts.stderr)) if opts.verbose else (lambda line: None),
        work=work,
    )
    try:
        archives = builder.build(order)
    except BuildFailed as e:
        raise TestBuildFailed([label_failure(f, pkg.import_path) for f in e.failures]) from None
    binary = TestBinary(ptest, funcs, main, archives, "", builder)
    binary.key = binary_key(binary, loader.packages, source)
    return binary


def make_test_main(loader: Loader, main_path: str, pkg: Package, pxtest: Package | None, source: str,
                   work: Work, covered: list[str]) -> Package:
    """The test main as a package of the build, its file written in $WORK;
    it imports the covered packages too."""
    dir = work.action_dir(main_path)
    work.mkdir(dir)
    file = dir / "_testmain.go"
    if not work.dry_run:
        file.write_text(source)
    imports = ["os", "testing", "testing/internal/testdeps", pkg.import_path]
    if pxtest is not None:
        imports.append(pxtest.import_path)
    imports = list(dict.fromkeys(imports + covered))
    main = Package(main_path, "main", dir, pkg.module, shown_dir(dir, loader.cwd),
                   [SourceFile(file, source.encode())], [], sorted(imports),
                   {path: "_testmain.go:1:1" for path in imports}, test_main=True)
    loader.packages[main_path] = main
    return main


def label_failure(failure: ActionError, import_path: str) -> ActionError:
    """go test's header for a failed compile of the test binary's own
    packages: "# p [p.test]", "# p_test [p.test]"."""
    if failure.package in (import_path, import_path + "_test", test_main_path(import_path)):
        failure.package = f"{failure.package} [{test_main_path(import_path)}]"
    return failure


def binary_key(binary: TestBinary, packages: dict[str, Package], source: str) -> str:
    """A hash of everything linked into the test binary: the archives of
    its packages (cache entries, named by the hash of their inputs), the
    test main's source and the linker."""
    h = hashlib.sha256()
    add_fields(h, "linker", linker_id(), "testmain", source)
    for dep in dependencies(binary.main, packages):
        add_fields(h, "archive", str(binary.archives[dep.import_path]))
    return h.hexdigest()


def link_test_binary(binary: TestBinary, loader: Loader, output: Path, opts: BuildOptions, work: Work) -> None:
    """Link the test binary into output."""
    link_program(binary.main, binary.archives, binary.builder.script_archive, loader.packages, output, opts,
                 work, binary.builder.cache)
