"""This module implements the import configuration file, the way the go
command tells its compiler and linker where each package's archive is
(``cmd/go/internal/work``, "importcfg"):

    # import config
    packagefile fmt=/home/u/.cache/gominic/ab/ab12...-a
    packagefile example/greeter=$WORK/b002/_pkg_.a

One ``packagefile path=file`` line per package; blank lines and ``#``
comments are skipped. The compiler reads the file to find the export data
of the packages it imports, the linker to find every package of the program.
The linker's file may also hold a ``modinfo "..."`` line: the program's
build information (a Go string literal), which the linker stores in
``runtime.modinfo`` for runtime/debug.ReadBuildInfo.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from gominic.syntax.literals import LiteralError, unquote_string
from gominic.types.types import go_quote

HEADER = "# import config"


class ImportcfgError(Exception):
    """A malformed importcfg file; the message says where, as Go's does."""


@dataclass
class Importcfg:
    packagefiles: dict[str, Path] = field(default_factory=dict)  # import path -> archive
    modinfo: str = ""  # the build information, for the linker


def format_importcfg(packagefiles: dict[str, str | Path], modinfo: str = "") -> str:
    """The text of an importcfg listing packagefiles, sorted by import path,
    and the build information if any."""
    lines = [HEADER] + [f"packagefile {path}={packagefiles[path]}" for path in sorted(packagefiles)]
    if modinfo:
        lines.append(f"modinfo {go_quote(modinfo)}")
    return "\n".join(lines) + "\n"


def parse_importcfg(text: str, name: str) -> Importcfg:
    """The packagefile lines of an importcfg (import path -> archive), and
    its modinfo line.

    parse_importcfg("packagefile fmt=/x/fmt.a\\n", "cfg").packagefiles == {"fmt": Path("/x/fmt.a")}
    """
    cfg = Importcfg()
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        verb, _, args = line.partition(" ")
        if verb == "modinfo":
            lit = args.strip()
            try:
                if len(lit) < 2 or lit[0] != '"' or lit[-1] != '"':
                    raise LiteralError("not a quoted string", 0)
                cfg.modinfo = unquote_string(lit).decode()
            except (LiteralError, UnicodeDecodeError):
                raise ImportcfgError(f"{name}:{lineno}: invalid modinfo: not a quoted string") from None
            continue
        path, eq, file = args.strip().partition("=")
        if verb != "packagefile":
            raise ImportcfgError(f"{name}:{lineno}: unknown directive {verb!r}")
        if not eq or not path or not file:
            raise ImportcfgError(f"{name}:{lineno}: invalid packagefile: syntax is \"packagefile path=filename\"")
        cfg.packagefiles[path] = Path(file)
    return cfg


def read_importcfg(file: str | Path) -> Importcfg:
    """Read and parse an importcfg file."""
    try:
        text = Path(file).read_text()
    except OSError as e:
        raise ImportcfgError(f"open {file}: {e.strerror.lower()}") from None
    return parse_importcfg(text, str(file))
