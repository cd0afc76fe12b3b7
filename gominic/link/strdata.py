"""This module implements ``-X importpath.name=value``: setting a string
variable at link time, as Go's cmd/link addstrdata does.

A Go string variable is a 16-byte header {ptr *byte, len int}.  For each
-X flag the linker makes a new read-only symbol ``importpath.name.str``
holding the value's bytes, and replaces the variable's contents with a
header whose pointer is an R_X86_64_64 relocation to those bytes and whose
length is the value's length.  A variable with no initialiser (in .bss)
thereby becomes initialised data.  The variable's Go type comes from the
``linkvars`` of the packages' __.PKGDEF: a variable of another type is an
error, and a name that does not exist is silently ignored, as in Go.
"""

from __future__ import annotations

from gominic.link.errors import LinkError
from gominic.link.loader import Loader
from gominic.link.symkind import SymKind
from gominic.obj.elffile import RelocType


def linkvar_type(loader: Loader, name: str) -> str | None:
    """The Go type of package variable ``name``, from the loaded PKGDEFs."""
    for pkg in loader.packages:
        if name in pkg.linkvars:
            return pkg.linkvars[name]
    return None


def define_string_vars(loader: Loader, xdefs: list[tuple[str, str]]) -> None:
    """Apply every -X flag (the last one wins for a name given twice)."""
    for name, value in dict(xdefs).items():
        s = loader.lookup(name)
        if s == 0 or not loader.attr_defined(s) or loader.attr_special(s):
            continue
        typ = linkvar_type(loader, name)
        if typ != "string":
            raise LinkError(f"{name}: cannot set with -X: not a var of type string ({typ or 'unknown'})")
        if loader.outer_sym(s):
            raise LinkError(f"{name}: cannot set with -X: variable does not have a section of its own")
        data = value.encode()
        strsym = loader.create_external(f"{name}.str", SymKind.SRODATA, data)
        kind = SymKind.SNOPTRDATA if loader.sym_kind(s) in (SymKind.SNOPTRDATA, SymKind.SNOPTRBSS) \
            else SymKind.SDATA
        header = bytes(8) + len(data).to_bytes(8, "little")
        loader.set_content(s, kind, header, [(0, RelocType.R_X86_64_64, strsym, 0)])
