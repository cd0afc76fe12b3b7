"""This module implements the compiler's entry point: one package to one archive's members.

``compile_package`` runs the front end and back end over a package's files:
parse (syntax), type-check against the imports' export data (types),
generate LLVM IR (package.py and friends), optimise and emit an ELF object
(backend.py), read its position tables back into an object of their own
(pcln.py), assemble the package's .s files, and write the export data.
"""

from __future__ import annotations

import gc
import sys
import threading
import time
from dataclasses import dataclass, field

# Every phase walks the syntax tree recursively, a few Python frames per
# level of nesting, and Go programs may nest 2,000 levels deep and more. So
# a compile runs in a thread of its own with a deep stack and a recursion
# limit that stack can hold (measured: 30,000 nested blocks or terms reach
# the limit, a RecursionError, long before the stack ends; 2,000 compile).
# The stack is reserved address space: only the pages used cost memory.
COMPILE_STACK = 512 << 20
RECURSION_LIMIT = 100_000


def check_bodies(info) -> None:
    """In a complete package (Go's -complete: no assembly), a function
    declared without a body must be defined by a //go:linkname to another
    symbol or by the compiler itself (//go:intrinsic): reject it otherwise.
    Without -complete, as with a .s file present, a missing definition is
    the linker's to report."""
    from gominic.diag import ErrorList
    errors = ErrorList()
    for fn in info.funcs:
        if fn.decl is not None and fn.decl.body is None and not any(
                p.startswith(("go:linkname", "go:intrinsic")) for p in fn.pragmas):
            errors.add(fn.decl.name.pos, "missing function body")
    errors.check()


def declares_generics(pkg) -> bool:
    """Whether pkg has a generic function or type (then its export data
    carries its source, for importers to instantiate; see types/export.py)."""
    from gominic.types import types as T
    from gominic.types.objects import Func, TypeName
    for obj in pkg.scope.elems.values():
        if isinstance(obj, Func) and obj.sig.tparams:
            return True
        if isinstance(obj, TypeName) and isinstance(obj.type, T.Named) and obj.type.tparams:
            return True
    return False


def toolchain_package(files: list[tuple[str, bytes]]) -> bool:
    """Whether the package is gominic's own (runtime/ or stdlib/ under
    GOMINICROOT): those get line tables but no variable descriptions,
    which would triple every program's DWARF for code students rarely
    step through (a distribution's libraries ship the same way)."""
    from pathlib import Path

    from gominic.work.env import gominic_root
    root = gominic_root()
    dirs = [root / "runtime", root / "stdlib"]
    return bool(files) and all(any(Path(name).resolve().is_relative_to(d) for d in dirs) for name, _ in files)


@dataclass
class CompiledPackage:
    pkgdef: bytes
    objects: list[tuple[str, bytes]] = field(default_factory=list)
    ir_before: str = ""
    module: object = None
    # CPU seconds per phase (parse, type-check, IR, optimize, code
    # generation, export), for gominic build -debug-phases.
    seconds: dict[str, float] = field(default_factory=dict)


def compile_package(path: str, files: list[tuple[str, bytes]], imports: dict[str, bytes], *,
                    asm_files: list[tuple[str, bytes]] = (), optimize: bool = True,
                    complete: bool = False, keep_ir: bool = False) -> CompiledPackage:
    """Compile one package (see run_package), on a deep stack; a program
    nested beyond even that is reported, not a crash."""
    from gominic.diag import CompileError, Error, Pos
    try:
        return on_deep_stack(run_package, path, files, imports, asm_files=asm_files,
                             optimize=optimize, complete=complete, keep_ir=keep_ir)
    except RecursionError:
        where = Pos(files[0][0] if files else path, 1, 1)
        raise CompileError([Error(where, "program too complex: nested too deeply")]) from None


def on_deep_stack(fn, *args, **kwargs):
    """fn(*args, **kwargs), run in a thread with COMPILE_STACK of stack."""
    outcome: list = []

    def run():
        try:
            outcome.append((True, fn(*args, **kwargs)))
        except BaseException as e:  # handed over to the caller's thread
            outcome.append((False, e))

    saved_size, saved_limit = threading.stack_size(COMPILE_STACK), sys.getrecursionlimit()
    sys.setrecursionlimit(max(saved_limit, RECURSION_LIMIT))
    try:
        thread = threading.Thread(target=run, name="compile")
        thread.start()
        threading.stack_size(saved_size)
        thread.join()
    finally:
        threading.stack_size(saved_size)
        sys.setrecursionlimit(saved_limit)
    ok, value = outcome[0]
    if not ok:
        raise value
    return value


def run_package(path: str, files: list[tuple[str, bytes]], imports: dict[str, bytes], *,
                asm_files: list[tuple[str, bytes]] = (), optimize: bool = True,
                complete: bool = False, keep_ir: bool = False) -> CompiledPackage:
    from gominic.compile import backend, statepoint
    from gominic.compile.asm import assemble
    from gominic.compile.dwarfline import compact_line_program
    from gominic.compile.escape import EscapeAnalysis, imported_leaks
    from gominic.compile.package import PackageBuilder, func_symbol
    from gominic.compile.pcln import pcln_module, pcln_records
    from gominic.syntax.parser import parse_files
    from gominic.types.check import check_package
    from gominic.types.export import Importer, export_package

    # The front end allocates many small objects and frees few: the
    # collector's passes are wasted work here.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    seconds = {}
    clock = [time.process_time()]

    def done(phase: str) -> None:
        now = time.process_time()
        seconds[phase] = seconds.get(phase, 0.0) + now - clock[0]
        clock[0] = now

    try:
        asts = parse_files(files)
        done("parse")
        importer = Importer(dict(imports))
        pkg, info = check_package(path, asts, importer)
        if complete and not asm_files:
            check_bodies(info)
        done("type-check")
        toolchain = toolchain_package(files)
        escape = EscapeAnalysis(info, info.funcs, func_symbol, imported_leaks(imports))
        escape.run()
        done("escape analysis")
        pb = PackageBuilder(pkg, info, optimize, escape, foreign=importer.infos, debug_variables=not toolchain)
        module = pb.build()
        pb.check_frame_sizes()
        ir_text = str(module)
        done("IR")
        mod = backend.optimize(ir_text, optimize, nobuiltins=path == "runtime", nomerge=not toolchain)
        lines = str(mod).split("\n")
        bodies = statepoint.function_bodies(lines)
        gc_callers = statepoint.gc_callers(bodies, statepoint.imported_gc_callers(imports))
        if optimize and path != "runtime":
            # The runtime's frames stay conservatively scanned: its code is
            # not made bigger by stack maps (statepoint.py).
            mod = statepoint.insert_statepoints(mod, lines, gc_callers)
        done("LLVM optimisation")
        obj = compact_line_program(backend.emit_object(mod, optimize), f"{path}(_go_.o)")
        objects = [("_go_.o", obj)]
        done("code generation")
        records = pcln_records(obj, f"{path}(_go_.o)", pb.func_args, statepoint.saves_only(bodies))
        if records:
            pcln = backend.optimize(pcln_module(records), False)
            objects.append(("_pcln_.o", backend.emit_object(pcln, False)))
        for i, (name, src) in enumerate(asm_files):
            objects.append((f"asm_{i}.o", assemble(name, src.decode("utf-8", "surrogateescape"))))
        done("line tables, assembly")
        extra = {**escape.exported(), "gccallers": sorted(gc_callers)}
        if declares_generics(pkg):
            extra["sources"] = [(name, src.decode("utf-8", "surrogateescape")) for name, src in files]
        pkgdef = export_package(pkg, pb.linkvars, extra)
        done("export data")
        return CompiledPackage(pkgdef, objects, ir_text if keep_ir else "", mod if keep_ir else None, seconds)
    finally:
        if gc_was_enabled:
            gc.enable()
