"""This module implements the build environment: where gominic's sources live
and where the build cache is, like ``go env GOROOT`` and ``go env GOCACHE``.

GOMINICROOT holds ``runtime/`` and ``stdlib/`` (the role of ``$GOROOT/src``);
by default it is the checkout or installation this very code runs from.
GOMINICCACHE holds the compiled package archives; by default it follows
Go's choice, the user cache directory (``$XDG_CACHE_HOME`` or ``~/.cache``).
"""

from __future__ import annotations

import os
from pathlib import Path

import gominic

GOOS = "linux"
GOARCH = "amd64"


def gominic_root() -> Path:
    """The directory holding runtime/ and stdlib/."""
    if root := os.environ.get("GOMINICROOT"):
        return Path(root).resolve()
    return Path(gominic.__file__).resolve().parent.parent


def cache_dir() -> Path:
    """The build cache directory."""
    if cache := os.environ.get("GOMINICCACHE"):
        return Path(cache).resolve()
    user_cache = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(user_cache) / "gominic"


def build_env() -> dict[str, str]:
    """The variables ``gominic env`` prints, in Go's alphabetical order."""
    return {
        "GOARCH": GOARCH,
        "GOMINICCACHE": str(cache_dir()),
        "GOMINICROOT": str(gominic_root()),
        "GOOS": GOOS,
    }
