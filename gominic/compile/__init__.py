"""This module implements the compiler's entry point: one package to one archive's members.

``compile_package`` runs the front end and back end over a package's files:
parse (syntax), type-check against the imports' export data (types),
generate LLVM IR (package.py and friends), optimise and emit an ELF object
(backend.py), read its position tables back into an object of their own
(pcln.py), assemble the package's .s files, and write the export data.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass, field


def check_bodies(info, has_asm: bool) -> None:
    """A function declared without a body must be defined elsewhere: in the
    package's assembly, by a //go:linkname to another symbol, or by the
    compiler itself (//go:intrinsic). As go build does, reject it otherwise;
    with a .s file present, a missing definition is the linker's to report."""
    from gominic.diag import ErrorList
    errors = ErrorList()
    for fn in info.funcs:
        if fn.decl is not None and fn.decl.body is None and not has_asm and not any(
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

    from gominic.build.env import gominic_root
    root = gominic_root()
    return bool(files) and all(Path(name).resolve().is_relative_to(root) for name, _ in files)


@dataclass
class CompiledPackage:
    pkgdef: bytes
    objects: list[tuple[str, bytes]] = field(default_factory=list)
    ir_before: str = ""
    module: object = None


def compile_package(path: str, files: list[tuple[str, bytes]], imports: dict[str, bytes], *,
                    asm_files: list[tuple[str, bytes]] = (), optimize: bool = True,
                    keep_ir: bool = False) -> CompiledPackage:
    from gominic.compile import backend
    from gominic.compile.escape import EscapeAnalysis, imported_leaks
    from gominic.compile.package import PackageBuilder, func_symbol
    from gominic.compile.pcln import pcln_module, pcln_records
    from gominic.syntax.parser import parse_file
    from gominic.types.check import check_package
    from gominic.types.export import Importer, export_package

    # The front end allocates many small objects and frees few: the
    # collector's passes are wasted work here.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        asts = [parse_file(name, src) for name, src in files]
        importer = Importer(dict(imports))
        pkg, info = check_package(path, asts, importer)
        check_bodies(info, has_asm=bool(asm_files))
        escape = EscapeAnalysis(info, info.funcs, func_symbol, imported_leaks(imports))
        escape.run()
        pb = PackageBuilder(pkg, info, optimize, heap_vars=escape.heap, foreign=importer.infos,
                            debug_variables=not toolchain_package(files))
        module = pb.build()
        ir_text = str(module)
        mod = backend.optimize(ir_text, optimize, nobuiltins=path == "runtime")
        obj = backend.emit_object(mod, optimize)
        objects = [("_go_.o", obj)]
        records = pcln_records(obj, f"{path}(_go_.o)")
        if records:
            pcln = backend.optimize(pcln_module(records), False)
            objects.append(("_pcln_.o", backend.emit_object(pcln, False)))
        for i, (name, src) in enumerate(asm_files):
            objects.append((f"asm_{i}.o", backend.assemble(name, src.decode())))
        extra = {"escape": escape.exported()}
        if declares_generics(pkg):
            extra["sources"] = [(name, src.decode("utf-8", "surrogateescape")) for name, src in files]
        pkgdef = export_package(pkg, pb.linkvars, extra)
        return CompiledPackage(pkgdef, objects, ir_text if keep_ir else "", mod if keep_ir else None)
    finally:
        if gc_was_enabled:
            gc.enable()
