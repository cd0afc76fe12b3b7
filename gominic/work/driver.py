"""This module implements ``build()``, the whole of ``gominic build`` below
the command line: load the packages, compile them, link the programs.

    load      patterns -> root packages -> every package, dependencies first
    plan      where each root's result goes (go build's -o rules)
    compile   each package into the build cache (builder.py)
    link      each program from its archive and its dependencies' archives

go build's output rules, which ``plan_outputs`` follows:

- one main package and no -o: the executable goes to the current directory,
  named after the package's last import path element ("hello" for module
  hello) or, for files named on the command line, after the first file
  ("prog" for prog.go);
- ``-o file``: that file; ``-o dir/`` (or an existing directory): the
  executable goes inside it, under its default name;
- a library, or several packages and no -o: compile only, to check them;
  ``-o file`` with one library writes its archive.
"""

from __future__ import annotations

import re
import shutil
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

import gominic
from gominic.work import phases
from gominic.work.builder import Builder
from gominic.work.buildinfo import build_info
from gominic.work.cache import Cache, link_key, linker_id
from gominic.work.env import cache_dir, cache_path, gominic_root
from gominic.work.errors import ActionError, BuildError, InternalError
from gominic.work.load import COMMAND_LINE_ARGUMENTS, Loader, Package, dependencies, short_path
from gominic.work.stamps import Stamps
from gominic.work.workdir import Work


@dataclass
class BuildOptions:
    """The build flags, as the command line gives them."""

    output: str | None = None  # -o
    optimize: bool = True  # false with -gcflags=-N
    all_errors: bool = False  # -gcflags=-e
    ldflags: str = ""  # -ldflags, parsed by the linker
    force: bool = False  # -a
    verbose: bool = False  # -v: print the packages compiled
    trace: bool = False  # -x: print the steps
    dry_run: bool = False  # -n: print the steps, do not run them
    keep_work: bool = False  # -work: print $WORK and keep it
    listing: str = ""  # -gcflags=-S: "" (none), "roots" or "all" (all=-S)
    jobs: int | None = None  # -p
    main_only: bool = False  # gominic run: the one package must be a program
    cwd: Path = field(default_factory=Path.cwd)
    # gominic build's arguments: given, a successful build writes the record
    # that lets the same command skip the build while nothing changes.
    command_line: list[str] | None = None
    debug_phases: bool = False  # -debug-phases: print where the time went (phases.py)
    stderr: TextIO = field(default_factory=lambda: sys.stderr)  # where -v and -x print


def build(patterns: list[str], options: BuildOptions | None = None) -> list[Path]:
    """Build the packages the patterns name; return the files written (none
    when the build only checks that its packages compile)."""
    opts = options or BuildOptions()
    log = phases.start()
    if opts.debug_phases:
        import_compiler_and_linker()
        log.done("imports")
    loader = Loader(gominic_root(), opts.cwd)
    roots = list({p.import_path: p for p in loader.load_patterns(patterns)}.values())
    if opts.main_only:
        check_runnable(roots)
    outputs = plan_outputs(roots, opts.output, opts.cwd)
    order = loader.load_graph(roots)
    log.done("load graph")

    def say(line: str) -> None:
        print(line, file=opts.stderr)

    work = Work(say, trace=opts.trace, dry_run=opts.dry_run, keep=opts.keep_work)
    work.number([p.import_path for p in roots])
    builder = Builder(
        Cache(cache_dir()),
        optimize=opts.optimize,
        all_errors=opts.all_errors,
        force=opts.force,
        jobs=opts.jobs,
        log=say if opts.verbose else lambda line: None,
        work=work,
        listing=lambda pkg, text: say(f"# {pkg}\n{text}".rstrip("\n")),
        listing_packages=frozenset(p.import_path for p in (order if opts.listing == "all" else roots)
                                   if opts.listing),
    )
    try:
        archives = builder.build(order)
        written = []
        for pkg, output in outputs:
            if pkg.is_command:
                link_program(pkg, archives, builder.script_archive, loader.packages, output, opts, work,
                             builder.cache)
            elif not opts.dry_run:
                shutil.copyfile(archives[pkg.import_path], output)
            written.append(output)
        if opts.command_line is not None:
            record_noop(loader.stamps, written, opts, opts.command_line)
            log.done("no-op record")
        if opts.debug_phases:
            say(log.table())
        return written
    finally:
        work.close([p.import_path for p in roots])


def record_noop(stamps: Stamps, written: list[Path], opts: BuildOptions, command_line: list[str]) -> None:
    """Write the no-op record of a build (stamps.py), unless the build
    prints or forces something that skipping it would not."""
    from gominic.link.ldflags import parse_ldflags

    if opts.force or opts.trace or opts.dry_run or opts.verbose or opts.keep_work or opts.listing or opts.debug_phases:
        return
    if not set(parse_ldflags(opts.ldflags)) <= {"strip_symtab", "strip_dwarf", "xdefs"}:
        return
    for output in written:
        stamps.output(output)
    stamps.sources(str(Path(gominic.__file__).parent))
    stamps.write(cache_path(), str(opts.cwd), command_line)


def import_compiler_and_linker() -> None:
    """Load what a build that compiles and links loads on first use: the
    compiler with Lark's tables and LLVM, and the linker."""
    import importlib

    from gominic.syntax.parser import get_lark

    for module in ("gominic.compile.backend", "gominic.compile.asm", "gominic.compile.escape",
                   "gominic.compile.package", "gominic.compile.pcln", "gominic.types.check", "gominic.link.main"):
        importlib.import_module(module)
    get_lark()


def check_runnable(roots: list[Package]) -> None:
    """go run's rule: exactly one package, and a main package."""
    if len(roots) > 1:
        raise BuildError("go: cannot run multiple packages")
    if not roots[0].is_command:
        raise BuildError(f"package {roots[0].import_path} is not a main package")


def plan_outputs(roots: list[Package], output: str | None, cwd: Path) -> list[tuple[Package, Path]]:
    """The roots whose result is written, each with its output path."""
    if output is None:
        if len(roots) == 1 and roots[0].is_command:
            return [(roots[0], cwd / executable_name(roots[0]))]
        return []
    target = cwd / output
    if output.endswith("/") or target.is_dir():
        target.mkdir(parents=True, exist_ok=True)
        return [(p, target / executable_name(p)) for p in roots if p.is_command]
    if len(roots) > 1:
        raise BuildError(f"go: cannot write multiple packages to non-directory {output}")
    return [(roots[0], target)]


def executable_name(pkg: Package) -> str:
    """go build's default output name: prog for prog.go, hello for module
    hello, greeter for example.com/greeter/v2 (a major version suffix is
    skipped), the directory's name for a package outside any module."""
    if pkg.import_path == COMMAND_LINE_ARGUMENTS:
        return pkg.go_files[0].path.stem
    elements = pkg.import_path.split("/")
    if len(elements) > 1 and re.fullmatch(r"v[0-9]+", elements[-1]):
        return elements[-2]
    return elements[-1]


def link_program(pkg: Package, archives: dict[str, Path], script_archive: Callable[[str], Path],
                 packages: dict[str, Package], output: Path, opts: BuildOptions, work: Work,
                 cache: Cache) -> None:
    """Link a main package and everything it depends on into output. The
    script shows the link ``gominic tool link`` would run, reading the
    archives the compiles wrote in $WORK; the link here reads the same
    bytes from the cache."""
    deps = dependencies(pkg, packages)
    inputs = [archives[d.import_path] for d in [pkg, *deps]]
    key = link_key(inputs, opts.ldflags, output)
    if not opts.force and not opts.dry_run and cache.link_up_to_date(key, output):
        return  # the output is what this very link wrote: nothing to do
    from gominic.link import LinkError
    from gominic.link.ldflags import split_quoted
    from gominic.link.main import LinkConfig, link, parse_ldflags
    from gominic.link.objcache import ObjectIndex
    work.mkdir(work.action_dir(pkg.import_path))
    importcfg = work.action_dir(pkg.import_path) / "importcfg.link"
    # runtime/debug.ReadBuildInfo's text goes to the linker in the
    # importcfg, as cmd/go gives it.
    modinfo = build_info(pkg, opts.ldflags)
    work.write_importcfg(importcfg, {d.import_path: script_archive(d.import_path) for d in [pkg, *deps]}, modinfo)
    shown_output = short_path(output, opts.cwd)
    work.run(opts.cwd, ["gominic", "tool", "link", "-o", shown_output, "-importcfg", importcfg,
                        *split_quoted(opts.ldflags), script_archive(pkg.import_path)])
    if opts.dry_run:
        return
    try:
        output.parent.mkdir(parents=True, exist_ok=True)  # go build -o makes the folders it names
    except OSError as e:
        raise BuildError(f"gominic build {pkg.import_path}: mkdir {short_path(Path(e.filename), opts.cwd)}/: {e.strerror.lower()}") from None
    try:
        config = LinkConfig(
            main=archives[pkg.import_path],
            packagefiles={d.import_path: archives[d.import_path] for d in deps},
            output=output,
            index=ObjectIndex(cache.dir / "objindex", linker_id()),
            **parse_ldflags(opts.ldflags),
        )
        config.xdefs.insert(0, ("runtime.modinfo", modinfo))  # as tool link does with the importcfg's
        result = link(config)
        phases.LOG.add(result.phase_seconds, "link: ")
        cache.record_link(key, output)
        phases.LOG.done("link, other")
    except LinkError as e:
        raise ActionError(pkg.import_path, str(e).splitlines()) from None
    except Exception as e:
        raise InternalError(pkg.import_path, [f"internal linker error: {e}"], traceback.format_exc()) from None
