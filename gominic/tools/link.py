"""This module implements ``gominic tool link``: package archives to an
executable, as ``go tool link`` does.

    gominic tool link [-o out] [-importcfg file] [linker flags] main.a

main.a is the main package's archive; every package it needs is found
through the importcfg file's ``packagefile path=file.a`` lines. The linker
flags are the ones ``gominic build -ldflags`` passes on, parsed by the same
code (gominic/link/ldflags.py):

    -v                 phase times and symbol counts, as Go prints them
    -s, -w             no symbol table; no DWARF (there is none yet)
    -X path.name=value set a string variable
    -dumpdep           the reachability edges deadcode follows
    -map               every symbol: address, size, section, package, fate
    -trace-relocs SYM  each relocation of SYM as it is patched
    -size              code and data bytes per package and per section
    -report FILE.html  a picture of the link, one self-contained HTML page
"""

from __future__ import annotations

import sys
from pathlib import Path

from gominic.cli.base import Command, UsageError
from gominic.tools import internal_error

# The flags only the stand-alone linker has (go build passes them itself).
TOOL_FLAGS = {"o": "output", "importcfg": "importcfg"}


def run_link(cmd: Command, args: list[str]) -> int:
    from gominic.link import LinkError
    from gominic.link.ldflags import STRING_FLAGS, parse_link_flags
    from gominic.link.main import LinkConfig, link
    from gominic.tools.importcfg import Importcfg, ImportcfgError, read_importcfg

    try:
        fields, rest = parse_link_flags(args, {**STRING_FLAGS, **TOOL_FLAGS})
    except LinkError as e:
        raise UsageError(cmd, str(e)) from None
    if len(rest) != 1:
        raise UsageError(cmd, "link takes exactly one main package archive")
    try:
        importcfg = fields.pop("importcfg", None)
        cfg = read_importcfg(importcfg) if importcfg else Importcfg()
        config = LinkConfig(main=Path(rest[0]), packagefiles=cfg.packagefiles,
                            output=Path(fields.pop("output", "a.out")), **fields)
        if cfg.modinfo:  # before the -X flags, which may set it too
            config.xdefs.insert(0, ("runtime.modinfo", cfg.modinfo))
        link(config)
    except (LinkError, ImportcfgError) as e:
        print(e, file=sys.stderr)
        return 2
    except Exception as e:
        return internal_error("linker", e)
    return 0


LINK = Command(
    name="link",
    usage_line="tool link [-o out] [-importcfg file] [flags] main.a",
    short="link package archives into an executable, showing how",
    long=__doc__.split("\n\n", 1)[1].strip(),
    run=run_link,
)
