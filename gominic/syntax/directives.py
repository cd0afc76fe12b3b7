"""This module implements the checks Go's noder makes of the directives
only some packages may use (noder.pragma and pragcgo in cmd/compile):

- //go:systemstack and the write-barrier directives belong to the runtime
  (the packages go build compiles with -+);
- //go:cgo_* directives belong to the files cgo generates, which gominic
  never makes, and to the standard library, whose gominic packages use
  none: every package gominic compiles is refused them, as Go refuses
  them to a user's package. Each takes its own arguments, checked first.

The parser collects such directives wherever they stand; the type checker,
which knows the package's path, reports them with its own errors.
"""

from __future__ import annotations

import re

RUNTIME_PRAGMAS = frozenset({"go:systemstack", "go:nowritebarrier", "go:nowritebarrierrec", "go:yeswritebarrierrec"})

# The packages Go's cmd/go compiles with -+ (CompilingRuntime).
RUNTIME_PACKAGES = frozenset({"runtime", "internal/cpu", "internal/bytealg", "internal/abi"})

# Each cgo directive's usage message, and what its arguments may be: a tuple
# per accepted form, True where an argument must be "quoted" and False
# where it must not.
CGO_USAGE = {
    "cgo_export_static": ("local [remote]", [(False,), (False, False)]),
    "cgo_export_dynamic": ("local [remote]", [(False,), (False, False)]),
    "cgo_import_dynamic": ('local [remote ["library"]]', [(False,), (False, False), (False, False, True)]),
    "cgo_import_static": ("local", [(False,)]),
    "cgo_dynamic_linker": ('"path"', [(True,)]),
    "cgo_ldflag": ('"arg"', [(True,)]),
}


def is_restricted(name: str) -> bool:
    """Whether the directive go:name... is one only some packages may use."""
    return name in RUNTIME_PRAGMAS or name.startswith("go:cgo_")


def compiling_runtime(path: str) -> bool:
    return path in RUNTIME_PACKAGES or path.startswith("runtime/internal/")


def restricted_directive_errors(text: str, path: str) -> list[str]:
    """Go's errors for the directive text ("go:nowritebarrier", without the
    slashes) in the package of import path path, in Go's order."""
    fields = pragma_fields(text)
    verb = fields[0]
    if verb in RUNTIME_PRAGMAS:
        return [] if compiling_runtime(path) else [f"//{verb} only allowed in runtime"]
    if verb == "go:cgo_import_dynamic" and len(fields) >= 4:  # permitted, for golang.org/x/sys/unix
        lib = fields[3].strip('"')
        return [f'invalid library name "{lib}" in cgo_import_dynamic directive'] if lib and not safe_arg(lib) else []
    return [f"//{text} only allowed in cgo-generated code", *cgo_usage_errors(fields)]


def cgo_usage_errors(fields: list[str]) -> list[str]:
    """The usage error of a cgo directive whose arguments are not of a form
    it accepts (pragcgo); none for a directive it does not know."""
    verb = fields[0].removeprefix("go:")
    if verb not in CGO_USAGE:
        return []
    usage, forms = CGO_USAGE[verb]
    if tuple(is_quoted(f) for f in fields[1:]) in forms:
        return []
    return [f"usage: //go:{verb} {usage}"]


def pragma_fields(text: str) -> list[str]:
    """Go's pragmaFields: the words of text, where a double-quoted run,
    spaces and all, is one word; an unterminated quote ends the words."""
    words = re.findall(r'"[^"]*"|[^\s"]+|"[^"]*$', text)
    return [w for w in words if not (w.startswith('"') and (len(w) < 2 or not w.endswith('"')))]


def is_quoted(s: str) -> bool:
    return len(s) >= 2 and s[0] == '"' and s[-1] == '"'


def safe_arg(name: str) -> bool:
    """Go's safeArg: a library name no linker takes for an option."""
    c = name[0]
    return not c.isascii() or c.isalnum() or c in "._/"
