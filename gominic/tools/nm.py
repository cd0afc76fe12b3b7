"""This module implements ``gominic tool nm [-n] [-size] [-sort order] FILE``:
the symbols of an executable or a package archive in ``go tool nm``'s
format (the listing itself is the linker's, gominic/link/nm.py):

      401000 T main.main
"""

from __future__ import annotations

import sys

from gominic.cli.base import Command, UsageError
from gominic.cli.flags import FlagSet
from gominic.obj.archive import ObjError
from gominic.tools import file_error

SORT_ORDERS = ("address", "name", "none")


def add_nm_flags(flags: FlagSet) -> None:
    flags.bool("n", "an alias for -sort address (numeric), for compatibility with other nm commands")
    flags.bool("size", "print symbol size in decimal between address and type")
    flags.string("sort", "sort output in the given order (one of address, name, none)", "name")


def run_nm(cmd: Command, args: list[str]) -> int:
    from gominic.link.nm import NoSymbols, nm

    flags, files = cmd.parse_flags(args)
    order = "address" if flags["n"] else flags["sort"]
    if order not in SORT_ORDERS:
        raise UsageError(cmd, f"unknown sort order {order!r}: want one of {', '.join(SORT_ORDERS)}")
    if not files:
        raise UsageError(cmd, "nm needs a file")
    status = 0
    for file in files:
        if len(files) > 1:
            print(f"{file}:")
        try:
            print(nm(file, order, flags["size"]), end="")
        except (OSError, ObjError) as e:
            status = file_error("nm", file, e)
        except NoSymbols as e:
            # Go's nm says both when a binary has no symbol table at all.
            for why in dict.fromkeys([str(e), "no symbols"]):
                print(f"reading {file}: {why}", file=sys.stderr)
            status = 1
    return status


NM = Command(
    name="nm",
    usage_line="tool nm [-n] [-size] [-sort order] file...",
    short="list the symbols of executables and package archives",
    long="""\
Nm lists the symbols defined or used by an executable or package archive,
one a line: address, type letter, name. The types are T (text, code),
R (read-only data), D (data), B (bss, zeroed data) and U (undefined: used
here, defined in another package); lower case means a local symbol.""",
    run=run_nm,
    add_flags=add_nm_flags,
)
