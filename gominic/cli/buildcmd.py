"""This module implements ``gominic build`` and the build flags it shares
with ``gominic run`` (cmd/go/internal/work/build.go):

    -a           rebuild every package, even those the cache holds
    -gcflags f   flags for the compiler: -N turns optimization off, -S
                 prints the assembly of the packages named (all=-S: of all),
                 -e reports every error instead of the first ten
    -ldflags f   flags for the linker: -v, -X importpath.name=value, -map,
                 -size, -trace-relocs SYM, -report FILE.html, ...
    -n           print the steps of the build, but do not run them
    -o out       the output file or directory (build only)
    -p n         how many packages to compile at once
    -v           print the names of packages as they are compiled
    -work        print the name of the work directory and keep it
    -x           print the steps of the build as shell commands
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from gominic.cli.base import Command, UsageError
from gominic.cli.flags import FlagSet

if TYPE_CHECKING:  # gominic.work loads only when a build runs, to keep start-up fast
    from gominic.work import BuildOptions


def add_build_flags(flags: FlagSet) -> None:
    flags.bool("a", "force rebuilding of packages that are already up-to-date")
    flags.string("gcflags", "arguments to pass on each compiler invocation", "")
    flags.string("ldflags", "arguments to pass on each linker invocation", "")
    flags.bool("n", "print the commands but do not run them")
    flags.string("p", "the number of programs that can be run in parallel")
    flags.bool("v", "print the names of packages as they are compiled")
    flags.bool("work", "print the name of the temporary work directory and do not delete it when exiting")
    flags.bool("x", "print the commands")
    flags.bool("debug-phases", "print how long each phase of the build took")


def build_options(cmd: Command, flags: FlagSet, output: str | None = None) -> BuildOptions:
    """The BuildOptions the parsed build flags ask for."""
    from gominic.work import BuildOptions

    optimize, listing, all_errors = parse_gcflags(cmd, flags["gcflags"])
    return BuildOptions(
        output=output,
        optimize=optimize,
        all_errors=all_errors,
        listing=listing,
        ldflags=flags["ldflags"],
        force=flags["a"],
        verbose=flags["v"],
        trace=flags["x"],
        dry_run=flags["n"],
        keep_work=flags["work"],
        jobs=parse_jobs(cmd, flags["p"]),
        debug_phases=flags["debug-phases"],
    )


def parse_gcflags(cmd: Command, gcflags: str) -> tuple[bool, str, bool]:
    """Whether to optimize, whose assembly to print ("", "roots" or "all")
    and whether to report every error (-e), from -gcflags. Go's usual
    debugging spelling "all=-N -l" works: the "all=" package pattern is the
    only one gominic knows, and -l (no inlining) is implied by -N, since
    gominic's compiler has one switch for all optimizations. -S applies to
    the packages named on the command line, as in Go; "all=-S" to every
    package."""
    optimize, listing, all_errors = True, "", False
    for flag in gcflags.removeprefix("all=").split():
        if flag == "-N":
            optimize = False
        elif flag == "-e":
            all_errors = True
        elif flag == "-S":
            listing = "all" if gcflags.startswith("all=") else "roots"
        elif flag != "-l":
            raise UsageError(cmd, f'invalid value "{gcflags}" for flag -gcflags: unknown compiler flag {flag}')
    return optimize, listing, all_errors


def parse_jobs(cmd: Command, text: str | None) -> int | None:
    if text is None:
        return None
    if not text.isdigit() or int(text) < 1:
        raise UsageError(cmd, f'invalid value "{text}" for flag -p: must be a positive number')
    return int(text)


def run_build(cmd: Command, args: list[str]) -> int:
    from gominic.work import build

    flags, patterns = cmd.parse_flags(args)
    opts = build_options(cmd, flags, flags["o"])
    opts.command_line = args
    build(patterns, opts)
    return 0


def add_build_command_flags(flags: FlagSet) -> None:
    add_build_flags(flags)
    flags.string("o", "write the resulting executable or object to the named output file or directory")


BUILD = Command(
    name="build",
    usage_line="build [-o output] [build flags] [packages]",
    short="compile packages and dependencies",
    long="""\
Build compiles the packages named by the import paths, along with their
dependencies, and links the main package into an executable.

If the arguments to build are a list of .go files from a single directory,
build treats them as a list of source files specifying a single package.

The executable is named after the last element of the package's import
path, or after the first source file for a list of files, and written to
the current directory. -o names the output file, or with a trailing slash
or an existing directory, the directory to write executables into.

Packages compile once into the build cache (see 'gominic env
GOMINICCACHE'); independent packages compile in parallel.""",
    run=run_build,
    add_flags=add_build_command_flags,
)
