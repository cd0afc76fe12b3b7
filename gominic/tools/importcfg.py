"""This module implements the import configuration file, the way the go
command tells its compiler and linker where each package's archive is
(``cmd/go/internal/work``, "importcfg"):

    # import config
    packagefile fmt=/home/u/.cache/gominic/ab/ab12...-a
    packagefile example/greeter=$WORK/b002/_pkg_.a

One ``packagefile path=file`` line per package; blank lines and ``#``
comments are skipped. The compiler reads the file to find the export data
of the packages it imports, the linker to find every package of the program.
"""

from __future__ import annotations

from pathlib import Path

HEADER = "# import config"


class ImportcfgError(Exception):
    """A malformed importcfg file; the message says where, as Go's does."""


def format_importcfg(packagefiles: dict[str, str | Path]) -> str:
    """The text of an importcfg listing packagefiles, sorted by import path."""
    lines = [HEADER] + [f"packagefile {path}={packagefiles[path]}" for path in sorted(packagefiles)]
    return "\n".join(lines) + "\n"


def parse_importcfg(text: str, name: str) -> dict[str, Path]:
    """The packagefile lines of an importcfg: import path -> archive.

    parse_importcfg("packagefile fmt=/x/fmt.a\\n", "cfg") == {"fmt": Path("/x/fmt.a")}
    """
    packagefiles: dict[str, Path] = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        verb, _, args = line.partition(" ")
        path, eq, file = args.strip().partition("=")
        if verb != "packagefile":
            raise ImportcfgError(f"{name}:{lineno}: unknown directive {verb!r}")
        if not eq or not path or not file:
            raise ImportcfgError(f"{name}:{lineno}: invalid packagefile: syntax is \"packagefile path=filename\"")
        packagefiles[path] = Path(file)
    return packagefiles


def read_importcfg(file: str | Path) -> dict[str, Path]:
    """Read and parse an importcfg file."""
    try:
        text = Path(file).read_text()
    except OSError as e:
        raise ImportcfgError(f"open {file}: {e.strerror.lower()}") from None
    return parse_importcfg(text, str(file))
