"""This module implements ``gominic version``, worded like ``go version``:

    gominic version 0.1.0 linux/amd64
"""

from __future__ import annotations

import gominic
from gominic.cli.base import Command, UsageError

GOOS_GOARCH = "linux/amd64"  # the one target gominic builds for


def run_version(cmd: Command, args: list[str]) -> int:
    if args:
        raise UsageError(cmd, "gominic version takes no arguments")
    print(f"gominic version {gominic.__version__} {GOOS_GOARCH}")
    return 0


VERSION = Command(
    name="version",
    usage_line="version",
    short="print gominic version",
    long="Version prints the gominic version and the target it builds for.",
    run=run_version,
)
