"""This module implements ``gominic clean -cache``: remove the build cache,
so the next build compiles every package again, the runtime and the
standard library included (``go clean -cache``). Any ``gominic clean``
also stops the build server (gominic/server) of the cache.
"""

from __future__ import annotations

from gominic.cli.base import Command, UsageError
from gominic.cli.flags import FlagSet


def add_clean_flags(flags: FlagSet) -> None:
    flags.bool("cache", "remove the entire build cache")
    flags.bool("x", "print remove commands as it executes them")


def run_clean(cmd: Command, args: list[str]) -> int:
    from gominic.work.cache import Cache
    from gominic.work.env import cache_dir

    from gominic.server.client import stop_server

    flags, rest = cmd.parse_flags(args)
    if rest:
        raise UsageError(cmd, "gominic clean takes no packages: it only cleans the build cache")
    stop_server()
    if flags["cache"]:
        if flags["x"]:
            print(f"rm -r {cache_dir()}")
        Cache(cache_dir()).clean()
    return 0


CLEAN = Command(
    name="clean",
    usage_line="clean [-cache] [-x]",
    short="remove the build cache",
    long="""\
Clean stops the build server, which keeps gominic loaded between builds.
Clean -cache also removes the entire build cache (see 'gominic env GOMINICCACHE').""",
    run=run_clean,
    add_flags=add_clean_flags,
)
