"""This module implements ``gominic tool compile``: one package's files to
its archive, as ``go tool compile`` does, and a window on every phase of
the compiler on the way:

    gominic tool compile [-o file.a] [-p importpath] [-importcfg file] [-I dir]
                         [-N] [-e] [-complete] [-tokens] [-ast] [-types] [-ir] [-S] [-objdump] file.go... [file.s...]

The files make one package; .s files are assembled into it (the job of
Go's separate ``go tool asm``). The export data of the packages it imports
is read from their archives, found through the importcfg file's
``packagefile path=file.a`` lines or as ``dir/path.a`` under an -I
directory. -p gives the import path the package's symbols are named with
(default "main"); -N turns optimization off; -e reports every error, not
only the first ten; -complete says the package has no assembly, so a
function declared without a body is an error (go build passes it).

The views print to standard output, in the order of the phases:

    -tokens    the scanner's tokens, with the semicolons it inserted
    -ast       the parser's syntax tree, with positions
    -types     each identifier's object and type, each expression's type
               and constant value (the type checker's Info)
    -ir        the LLVM IR, before and after optimization
    -S         the assembly of every function, with its bytes and
               relocations (Go's -S shape)
    -objdump   the object file: sections, symbols, relocations

With a view and no -o, the compiler stops after the last phase shown and
writes nothing, so ``-tokens`` works on any file, imports or not. Without
views, or with -o, it writes the archive (default: the first file's name
with .a), exactly the archive ``gominic build`` would put in its cache.
"""

from __future__ import annotations

import posixpath
import sys
from dataclasses import dataclass
from pathlib import Path

from gominic.cli.base import Command, UsageError
from gominic.tools import internal_error
from gominic.cli.flags import FlagSet

# The views, in the order of the phases that produce them.
VIEWS = ("tokens", "ast", "types", "ir", "S", "objdump")
FRONT_END = {"tokens": 0, "ast": 1, "types": 2}  # views ready before code generation


@dataclass(frozen=True, slots=True)
class Source:
    name: str  # as given on the command line: how positions show it
    path: Path  # absolute: the name the compiler is given, as in gominic build
    src: bytes


def add_compile_flags(flags: FlagSet) -> None:
    flags.list("I", "search for imported packages in dir (as dir/path.a)")
    flags.bool("N", "disable optimizations")
    flags.bool("complete", "compiling complete package (no C or assembly)")
    flags.bool("e", "no limit on number of errors reported")
    flags.bool("S", "print assembly listing")
    flags.bool("ast", "print the syntax tree")
    flags.string("importcfg", "read import configuration from file")
    flags.bool("ir", "print the LLVM IR before and after optimization")
    flags.string("o", "write output to file")
    flags.bool("objdump", "print the object's sections, symbols and relocations")
    flags.string("p", "set expected package import path", "main")
    flags.bool("pack", "write a package archive (always: accepted for go tool compile's command lines)")
    flags.bool("tokens", "print the tokens, with inserted semicolons")
    flags.bool("types", "print each identifier's object and each expression's type")


def run_compile(cmd: Command, args: list[str]) -> int:
    from gominic.diag import CompileError, limit_errors
    from gominic.tools.importcfg import ImportcfgError

    flags, names = cmd.parse_flags(args)
    if not names:
        raise UsageError(cmd, "no files to compile")
    if bad := [n for n in names if not n.endswith((".go", ".s"))]:
        raise UsageError(cmd, f"{bad[0]}: not a .go or .s file")
    try:
        sources = [Source(n, Path(n).resolve(), Path(n).read_bytes()) for n in names]
        compile_sources(flags, sources)
    except BrokenPipeError:
        raise  # the reader stopped reading (| head): the command line ends quietly
    except OSError as e:
        print(f"open {e.filename}: {e.strerror.lower()}", file=sys.stderr)
        return 2
    except CompileError as e:
        print(shorten("\n".join(map(str, limit_errors(e, flags["e"]))), sources), file=sys.stderr)
        return 2
    except ImportcfgError as e:
        print(shorten(str(e), sources), file=sys.stderr)
        return 2
    except Exception as e:
        return internal_error("compiler", e)
    return 0


def shorten(text: str, sources: list[Source]) -> str:
    """Compiler output with each absolute file name as the command line gave it."""
    for s in sources:
        text = text.replace(str(s.path), s.name)
    return text


def compile_sources(flags: FlagSet, sources: list[Source]) -> None:
    """Run the phases the flags ask for; write the archive unless only viewing."""
    views = [v for v in VIEWS if flags[v]]
    writes = not views or flags["o"] is not None
    go_files = [s for s in sources if s.name.endswith(".go")]
    if "tokens" in views:
        print_tokens(go_files)
    if "ast" in views:
        print_ast(go_files)
    if not writes and all(v in FRONT_END and v != "types" for v in views):
        return
    imports = import_data(flags, go_files)
    if "types" in views:
        print_types(flags["p"], go_files, imports)
    if not writes and all(v in FRONT_END for v in views):
        return
    compile_and_show(flags, views, sources, imports, writes)


def print_tokens(files: list[Source]) -> None:
    from gominic.syntax.scanner import format_tokens, tokenize

    for f in files:
        print(format_tokens(tokenize(f.name, f.src)), end="")


def print_ast(files: list[Source]) -> None:
    from gominic.syntax.dump import dump
    from gominic.syntax.parser import parse_file

    for f in files:
        print(dump(parse_file(f.name, f.src)), end="")


def print_types(path: str, files: list[Source], imports: dict[str, bytes]) -> None:
    from gominic.syntax.parser import parse_files
    from gominic.types.check import check_package
    from gominic.types.dump import dump_types
    from gominic.types.export import Importer

    pkg, info = check_package(path, parse_files([(f.name, f.src) for f in files]), Importer(dict(imports)))
    print(dump_types(info, pkg), end="")


def compile_and_show(flags: FlagSet, views: list[str], sources: list[Source], imports: dict[str, bytes],
                     writes: bool) -> None:
    """Generate code, print the back end's views, write the archive."""
    from gominic.compile import compile_package
    from gominic.obj.archive import package_members, write_archive
    from gominic.tools.asmlist import arg_sizes, listing
    from gominic.tools.objview import object_view

    compiled = compile_package(
        flags["p"],
        [(str(s.path), s.src) for s in sources if s.name.endswith(".go")],
        imports,
        asm_files=[(str(s.path), s.src) for s in sources if s.name.endswith(".s")],
        optimize=not flags["N"],
        complete=flags["complete"],
        keep_ir="ir" in views or "S" in views,
    )
    check_embeds([s for s in sources if s.name.endswith(".go")])
    if "ir" in views:
        print(f"; ---- LLVM IR before optimization ----\n{compiled.ir_before}")
        print(f"; ---- LLVM IR after {'no ' if flags['N'] else ''}optimization ----\n{compiled.module}")
    if "S" in views:
        print(listing(compiled.objects, arg_sizes(compiled.module)), end="")
    if "objdump" in views:
        for name, data in compiled.objects:
            print(object_view(name, data))
    if writes:
        write_archive(output_name(flags["o"], sources), package_members(compiled.pkgdef, compiled.objects))


def check_embeds(files: list[Source]) -> None:
    """Report the files' //go:embed directives, once the package type-checks,
    as Go's compiler does when no -embedcfg names the files: gominic build
    gives the variables their contents in the source (work/embed.py), so
    the compiler alone has none to give."""
    from gominic.diag import CompileError, Error, Pos
    from gominic.work.embed import unsupplied_errors
    from gominic.work.header import HeaderError, read_header

    errors = []
    for f in files:
        if b"//go:embed" not in f.src:
            continue
        try:
            imports_embed = any(spec.path == "embed" for spec in read_header(f.src).imports)
        except HeaderError:
            continue  # the parser has reported it
        errors += [Error(Pos(f.name, line, col), msg) for line, col, msg in unsupplied_errors(f.name, f.src, imports_embed)]
    if errors:
        raise CompileError(errors)


def output_name(output: str | None, sources: list[Source]) -> Path:
    """-o, or the first file's name with .a: main.go -> main.a."""
    return Path(output) if output else Path(Path(sources[0].name).stem + ".a")


def import_data(flags: FlagSet, files: list[Source]) -> dict[str, bytes]:
    """The export data of each package the files import, from the archives
    the importcfg file or the -I directories name."""
    from gominic.work.cache import export_data
    from gominic.work.header import HeaderError, read_header
    from gominic.diag import CompileError, Error, Pos
    from gominic.tools.importcfg import read_importcfg
    from gominic.types.check import import_path_problem

    packagefiles = read_importcfg(flags["importcfg"]).packagefiles if flags["importcfg"] else {}
    imports: dict[str, bytes] = {}
    errors = []
    for f in files:
        try:
            specs = read_header(f.src).imports
        except HeaderError:
            continue  # a syntax error: the parser reports it, in its words
        for spec in specs:
            if spec.path == "unsafe" or spec.path in imports or import_path_problem(spec.path):
                continue  # an invalid path is the type checker's to report
            archive = find_archive(spec.path, packagefiles, flags["I"])
            if (clean := posixpath.normpath(spec.path)) != spec.path:  # as Go's openPackage
                errors.append(Error(Pos(f.name, spec.line, spec.col), f'could not import {spec.path} '
                                    f'(non-canonical import path "{spec.path}" (should be "{clean}"))'))
            elif archive is None:
                errors.append(Error(Pos(f.name, spec.line, spec.col),
                                    f"could not import {spec.path} (no packagefile for it in -importcfg, "
                                    f"nor {spec.path}.a in an -I directory)"))
            else:
                imports[spec.path] = export_data(archive)
    if errors:
        raise CompileError(errors)
    add_generic_dependencies(imports, packagefiles, flags["I"])
    return imports


def add_generic_dependencies(imports: dict[str, bytes], packagefiles: dict[str, Path], dirs: list[str]) -> None:
    """A package shipping generic source is checked again from it, which
    imports that package's own imports: when one is among the packages
    imports reach, directly or not (an instance of its generic type may be
    in a direct import's export data), add the export data of every
    package they reach (as the builder does)."""
    import json

    from gominic.work.cache import export_data
    from gominic.types.export import ships_source

    reached = dict(imports)
    work = list(imports)
    while work:
        for dep in json.loads(reached[work.pop()])["imports"]:
            if dep not in reached and (archive := find_archive(dep, packagefiles, dirs)) is not None:
                reached[dep] = export_data(archive)
                work.append(dep)
    if any(ships_source(data) for data in reached.values()):
        imports.update(reached)


def find_archive(path: str, packagefiles: dict[str, Path], dirs: list[str]) -> Path | None:
    if path in packagefiles:
        return packagefiles[path]
    for d in dirs:
        if (candidate := Path(d) / f"{path}.a").is_file():
            return candidate
    return None


COMPILE = Command(
    name="compile",
    usage_line="tool compile [options] file.go... [file.s...]",
    short="compile one package's files into its archive, showing any phase",
    long=__doc__.split("\n\n", 1)[1].strip(),
    run=run_compile,
    add_flags=add_compile_flags,
)
