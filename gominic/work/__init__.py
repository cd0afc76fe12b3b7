"""The build phase: from packages on the command line to executables.

``build(patterns, BuildOptions(...))`` finds the main module (module.py),
loads the import graph (header.py, load.py), compiles each package bottom-up
through the build cache (cache.py, builder.py) and links the programs
(driver.py). Errors are exceptions (errors.py) that the command line prints
the way the go command does.

The names below load on first use (PEP 562 module ``__getattr__``): the
command line needs the error classes at every start, the scheduler and its
process pool only when it builds.
"""

from __future__ import annotations

import importlib

_EXPORTS = {
    "ActionError": "errors",
    "BuildError": "errors",
    "BuildFailed": "errors",
    "InternalError": "errors",
    "BuildOptions": "driver",
    "build": "driver",
    "build_env": "env",
    "cache_dir": "env",
    "gominic_root": "env",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> object:
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"gominic.work.{_EXPORTS[name]}"), name)
