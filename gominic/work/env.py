"""This module implements the build environment: where gominic's sources live
and where the build cache is, like ``go env GOROOT`` and ``go env GOCACHE``.

GOMINICROOT holds ``runtime/`` and ``stdlib/`` (the role of ``$GOROOT/src``);
by default it is the checkout or installation this very code runs from.
GOMINICCACHE holds the compiled package archives; by default it follows
Go's choice, the user cache directory (``$XDG_CACHE_HOME`` or ``~/.cache``).
"""

from __future__ import annotations

import os

import gominic

TYPE_CHECKING = False  # typing's constant, without the start-up cost of importing typing
if TYPE_CHECKING:  # pathlib loads on use: the no-op build needs only cache_path
    from pathlib import Path

GOOS = "linux"
GOARCH = "amd64"


def gominic_root() -> Path:
    """The directory holding runtime/ and stdlib/."""
    from pathlib import Path

    if root := os.environ.get("GOMINICROOT"):
        return Path(root).resolve()
    return Path(gominic.__file__).resolve().parent.parent


def cache_dir() -> Path:
    """The build cache directory."""
    from pathlib import Path

    return Path(cache_path())


def cache_path() -> str:
    """The build cache directory, as a string."""
    if cache := os.environ.get("GOMINICCACHE"):
        return os.path.realpath(cache)
    user_cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(user_cache, "gominic")


def build_env() -> dict[str, str]:
    """The variables ``gominic env`` prints, in Go's alphabetical order."""
    return {
        "GOARCH": GOARCH,
        "GOMINICCACHE": str(cache_dir()),
        "GOMINICROOT": str(gominic_root()),
        "GOOS": GOOS,
    }
