"""This module implements the compile scheduler: it compiles the packages of
a build bottom-up, each once, reusing the build cache and running
independent compiles in parallel.

A package can be compiled once every package it imports has been, because
its cache key and its compile both need their export data. The scheduler
repeats three steps until nothing is left (cmd/go's ``Builder.Do`` runs the
same loop over its action graph):

1. collect the ready packages: those whose imports are all built;
2. look each one up in the cache: a hit is done at once, and may make more
   packages ready;
3. compile the misses: in this process when there is exactly one and nothing
   else is running (the common warm build, where a process pool would only
   cost its start-up), else in a pool of worker processes; then wait for
   any compile to finish.

A failed compile does not stop the others: like go build, the scheduler
goes on with every package that does not depend on a failure and reports
all failures at the end.
"""

from __future__ import annotations

import os
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from gominic.work import phases
from gominic.work.cache import Cache, action_key, export_data
from gominic.work.errors import ActionError, BuildFailed, InternalError
from gominic.work.load import Package, SourceFile
from gominic.types.export import ships_source
from gominic.work.workdir import Work
from gominic.obj.archive import package_members, write_archive

if TYPE_CHECKING:  # a warm build compiles in-process: no pool, no import
    from concurrent.futures import Executor, Future


@dataclass(frozen=True)
class CompileJob:
    """Everything one compile needs, in a form a worker process can receive."""

    package: str  # import path, for the "# path" line of errors
    path: str  # the path the compiler is given ("main" for commands)
    dir: str  # the package directory, as the file names below start
    shown_dir: str  # how errors show dir ("./", "greeter/"), see load.shown_dir
    files: list[tuple[str, bytes]]  # (absolute file name, contents)
    asm_files: list[tuple[str, bytes]]
    imports: dict[str, bytes]  # import path -> export data, direct imports only
    optimize: bool
    listing: bool = False  # -gcflags=-S: print the assembly listing
    all_errors: bool = False  # -gcflags=-e: report every error, not ten

    def key(self) -> str:
        """The cache key of this compile."""
        return action_key(self.path, self.files, self.asm_files, self.imports, self.optimize)

    def show(self, error: str) -> str:
        """An error of the compiler with the package directory shortened
        where a position starts, as go build does: /home/u/hello/main.go:5:2:
        becomes ./main.go:5:2:, also on an error's continuation lines
        ("\t./h.go:5:6: other declaration of main")."""
        prefix = self.dir + "/"
        if error.startswith(prefix):
            error = self.shown_dir + error[len(prefix) :]
        for before in (" ", "\n", "\n\t"):
            error = error.replace(before + prefix, before + self.shown_dir)
        return error


def compile_job(job: CompileJob, keep_ir: bool = False):
    """Compile the package of job; a user's error becomes an ActionError,
    anything else an InternalError carrying its traceback as text: both
    cross a process boundary intact, unlike CompileError, whose error list
    would not survive pickling."""
    from gominic.compile import compile_package
    from gominic.diag import CompileError, limit_errors

    try:
        compiled = compile_package(job.path, job.files, job.imports, asm_files=job.asm_files,
                                   optimize=job.optimize, complete=True, keep_ir=keep_ir)
        phases.LOG.add(compiled.seconds)
        return compiled
    except CompileError as e:
        raise ActionError(job.package, [job.show(str(err)) for err in limit_errors(e, job.all_errors)]) from None
    except Exception as e:
        raise InternalError(job.package, [f"internal compiler error: {e}"], traceback.format_exc()) from None


def run_compile(job: CompileJob) -> list[tuple[str, bytes]]:
    """Compile one package into archive members: __.PKGDEF, the objects, __.SUMS."""
    compiled = compile_job(job)
    return package_members(compiled.pkgdef, compiled.objects)


def run_compile_listing(job: CompileJob) -> tuple[list[tuple[str, bytes]], str]:
    """Compile as run_compile does and make the -S listing of the objects
    (which needs the LLVM module for the size of each function's arguments)."""
    from gominic.tools.asmlist import arg_sizes, listing

    compiled = compile_job(job, keep_ir=True)
    return package_members(compiled.pkgdef, compiled.objects), listing(compiled.objects, arg_sizes(compiled.module))


def process_pool(workers: int) -> Executor:
    """A pool of compile workers.

    The workers are forked from a fork server, not from this process: this
    process may already run threads (the pool's own) and hold LLVM state from
    an in-process compile, and forking either is unsafe. The server imports
    the compiler once, so every worker starts with it loaded.

    The fork server and multiprocessing's resource tracker are new
    interpreters started as ``python -c ...``, and such an interpreter puts
    the current directory first on sys.path: a ``signal.py`` or
    ``pickle.py`` in the user's project would run inside the build. Both
    are started here, at once, with PYTHONSAFEPATH set (Python 3.11+: no
    unsafe path is prepended), which the workers forked from the server
    inherit; the variable is taken back so that nothing else, such as the
    program ``gominic run`` starts, sees it.

    The server and the workers die with their parent (lifeline.py; its
    SERVER_ENV is set for the server as PYTHONSAFEPATH is).
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import forkserver, resource_tracker

    from gominic.work.lifeline import SERVER_ENV, die_with_parent

    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["gominic.work.lifeline", "gominic.compile"])
    server_env = {"PYTHONSAFEPATH": "1", SERVER_ENV: "1"}
    saved = {name: os.environ.get(name) for name in server_env}
    os.environ.update(server_env)
    try:
        resource_tracker.ensure_running()
        forkserver.ensure_running()
    finally:
        for name, value in saved.items():
            if value is None:
                del os.environ[name]
            else:
                os.environ[name] = value
    return ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=die_with_parent)


Compiler = Callable[[CompileJob], list[tuple[str, bytes]]]


class Builder:
    """Compiles packages into the cache; one Builder serves one build."""

    def __init__(
        self,
        cache: Cache,
        *,
        optimize: bool = True,
        all_errors: bool = False,  # -gcflags=-e
        force: bool = False,  # -a: compile even what the cache holds
        jobs: int | None = None,  # -p: compiles at once; default one per CPU
        log: Callable[[str], None] = lambda line: None,  # -v: the packages compiled
        work: Work | None = None,  # $WORK, and the -x/-n script of the steps
        listing: Callable[[str, str], None] | None = None,  # -gcflags=-S: (package, listing)
        listing_packages: frozenset[str] = frozenset(),  # ... of these packages
        compiler: Compiler = run_compile,
        executor: Callable[[int], Executor] = process_pool,
    ):
        self.cache = cache
        self.optimize = optimize
        self.all_errors = all_errors
        self.force = force
        self.jobs = jobs or os.cpu_count() or 1
        self.log = log
        self.work = work
        self.listing = listing
        self.listing_packages = listing_packages
        self.compiler = compiler
        self.executor = executor
        self.archives: dict[str, Path] = {}  # import path -> archive (in the cache)
        self.built: dict[str, Path] = {}  # import path -> the archive its compile wrote in $WORK
        self.exports: dict[str, bytes] = {}  # import path -> export data
        self.sourced: set[str] = set()  # packages whose export data carries generic source
        self.packages: dict[str, Package] = {}  # the build's packages by import path
        self.planned: set[str] = set()  # -n: packages that would be compiled
        self.failures: list[ActionError] = []

    def build(self, order: list[Package]) -> dict[str, Path]:
        """Compile the packages (dependencies first) and return each one's
        archive by import path; raise BuildFailed if any compile failed."""
        waiting = list(order)
        self.packages = {p.import_path: p for p in order}
        if self.work is not None:
            self.work.number([p.import_path for p in order])
        running: dict[Future, tuple[Package, str]] = {}
        pool: Executor | None = None
        try:
            while True:
                misses = self.take_ready(waiting)
                if not misses and not running:
                    break
                if len(misses) == 1 and not running:
                    self.compile_here(*misses[0])
                    continue
                from concurrent.futures import FIRST_COMPLETED, wait

                pool = pool or self.executor(self.jobs)
                for pkg, job, key in misses:
                    running[pool.submit(self.compiler, job)] = (pkg, key)
                done, _ = wait(running, return_when=FIRST_COMPLETED)
                phases.LOG.done("compile in workers")
                for future in done:
                    self.finish(*running.pop(future), future)
                phases.LOG.done("cache writes")
        finally:
            if pool is not None:
                pool.shutdown(cancel_futures=True)
        if self.failures:
            raise BuildFailed(self.failures)
        return self.archives

    def take_ready(self, waiting: list[Package]) -> list[tuple[Package, CompileJob, str]]:
        """Remove the ready packages from waiting: finish those the cache
        holds (which may ready more) and return the ones to compile."""
        misses = []
        while ready := [p for p in waiting if all(i in self.archives for i in p.imports)]:
            for pkg in ready:
                waiting.remove(pkg)
                if self.planned.intersection(pkg.imports):  # -n: its imports are not built
                    self.plan(pkg)
                    continue
                if pkg.compile_errors and not (self.work and self.work.dry_run):
                    self.failures.append(ActionError(pkg.import_path, pkg.compile_errors))
                    continue
                job = self.job_for(pkg)
                key = job.key()
                found = None if self.force or job.listing else self.cache.lookup(key)
                if found is not None:
                    self.archives[pkg.import_path] = found[0]
                    self.add_export(pkg.import_path, export_data(*found))
                elif self.work and self.work.dry_run:
                    self.plan(pkg)
                elif job.listing:
                    self.script_compile(pkg)
                    self.compile_listing(pkg, job, key)
                else:
                    self.script_compile(pkg)
                    misses.append((pkg, job, key))
        phases.LOG.done("hashing, cache")
        return misses

    def script_archive(self, import_path: str) -> Path:
        """A package's archive as the -x script names it: the one its
        compile wrote in $WORK, or for a package not compiled, the cache's."""
        return self.built.get(import_path) or self.archives[import_path]

    def plan(self, pkg: Package) -> None:
        """-n: print the compile of pkg, and take its archive as made."""
        self.work.step(f"\n#\n# {pkg.import_path}\n#\n")
        self.script_compile(pkg)
        self.planned.add(pkg.import_path)
        self.archives[pkg.import_path] = self.built[pkg.import_path] = self.work.archive(pkg.import_path)

    def script_compile(self, pkg: Package) -> None:
        """Name the package (-v), prepare its work directory and importcfg,
        and print the compile as ``gominic tool compile`` would run it."""
        self.log(pkg.import_path)
        work = self.work
        if work is None:
            return
        dir = work.action_dir(pkg.import_path)
        work.mkdir(dir)
        work.write_importcfg(dir / "importcfg", {path: self.script_archive(path) for path in pkg.imports})
        files = [f"./{f.path.relative_to(pkg.dir)}" for f in pkg.go_files + pkg.asm_files]
        flags = [*([] if self.optimize else ["-N"]), *(["-e"] if self.all_errors else []),
                 *(["-S"] if pkg.import_path in self.listing_packages else []),
                 *([] if pkg.asm_files else ["-complete"])]
        work.run(pkg.dir, ["gominic", "tool", "compile", "-o", work.archive(pkg.import_path), "-p",
                           pkg.compile_path, *flags, "-importcfg", dir / "importcfg", "-pack", *files])

    def imports_for(self, pkg: Package) -> dict[str, bytes]:
        """The export data a compile of pkg gets: its direct imports', and,
        when some dependency ships generic source (which the compile checks
        again), every dependency's, since that check imports them too."""
        deps = self.transitive_imports(pkg.imports)
        paths = deps if self.sourced & deps else pkg.imports
        return {path: self.exports[path] for path in paths}

    def add_export(self, path: str, data: bytes) -> None:
        self.exports[path] = data
        if ships_source(data):
            self.sourced.add(path)

    def transitive_imports(self, roots: list[str]) -> set[str]:
        seen: set[str] = set()
        work = list(roots)
        while work:
            path = work.pop()
            if path not in seen:
                seen.add(path)
                work.extend(self.packages[path].imports)
        return seen

    def job_for(self, pkg: Package) -> CompileJob:
        return CompileJob(
            package=pkg.import_path,
            path=pkg.compile_path,
            dir=str(pkg.dir),
            shown_dir=pkg.shown_dir,
            files=[(compiled_name(pkg, f), f.src) for f in pkg.go_files],
            asm_files=[(str(f.path), f.src) for f in pkg.asm_files],
            imports=self.imports_for(pkg),
            optimize=self.optimize,
            all_errors=self.all_errors,
            listing=pkg.import_path in self.listing_packages and self.listing is not None,
        )

    def compile_listing(self, pkg: Package, job: CompileJob, key: str) -> None:
        """-gcflags=-S: compile here, always (a cached archive has no listing)."""
        try:
            members, text = run_compile_listing(job)
        except ActionError as e:
            self.failures.append(e)
            return
        self.listing(pkg.import_path, text)
        self.store(pkg, key, members)

    def compile_here(self, pkg: Package, job: CompileJob, key: str) -> None:
        """Compile in this process: no pool to start for a single package."""
        try:
            members = self.compiler(job)
            phases.LOG.done("compile, other")
            self.store(pkg, key, members)
            phases.LOG.done("cache writes")
        except ActionError as e:
            self.failures.append(e)

    def finish(self, pkg: Package, key: str, future: Future) -> None:
        """Take the result of a compile that ran in the pool."""
        try:
            self.store(pkg, key, future.result())
        except ActionError as e:
            self.failures.append(e)
        except Exception as e:  # the worker died (BrokenProcessPool) or could not pickle
            self.failures.append(
                InternalError(pkg.import_path, [f"internal compiler error: {e}"], traceback.format_exc())
            )

    def store(self, pkg: Package, key: str, members: list[tuple[str, bytes]]) -> None:
        """Write the compile's archive into $WORK, then copy it into the cache."""
        entry = self.cache.put(key, members)
        self.archives[pkg.import_path] = entry
        if self.work is not None:
            built = self.work.archive(pkg.import_path)
            write_archive(built, members)
            self.work.copy(built, entry)
            self.built[pkg.import_path] = built
        self.add_export(pkg.import_path, members[0][1])


def compiled_name(pkg: Package, f: SourceFile) -> str:
    """The name a source file is compiled under, which tracebacks and the
    debug information show: its path, but for the test main, written in
    $WORK, its bare name, as go test's compile trims $WORK/b001/ from it
    ("_testmain.go:34")."""
    return f.path.name if pkg.test_main else str(f.path)
