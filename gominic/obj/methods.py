"""This module implements the convention between compiler and linker for
method pruning (Go's R_USEIFACEMETHOD and method tables, as deadcode.go
uses them).

A type descriptor's method table (``type:T·methods``) is an array of
``runtime.method`` entries, METHOD_SIZE bytes each:

    name         (offset 0: the address of the name's bytes; offset 4: the length)
    mtyp         (offset 8: the method's signature, a func type descriptor)
    ifn          (offset 12: the code, taking the interface's data word as receiver)

Each address is 32 bits (an R_X86_64_32 relocation), as in Go's
abi.Method: a static executable lies in the low 4 GB.

A method's name there (and in an interface's method list) is its id, as
Go's types call it: an unexported name is qualified by its package's
import path, "example.com/p.get" (methods of different packages named get
are different methods), an exported one is the bare name.

Every place that calls a method through an interface carries a relocation
(of type R_X86_64_NONE, changing no byte) to a marker symbol naming the
method and signature. The linker keeps a method's code only if a marker
with its name and signature is reachable.

An itab ``go:itab.T,I`` (interface descriptor, type descriptor, then one
code pointer per method of I) is pruned the same way: slot i waits for the
marker of I's i'th method, whose name and signature the linker reads from
I's method list ``type:I·imethods`` (IMETHOD_SIZE bytes an entry, the
name at offset 0 and the signature descriptor at IMETHOD_TYP_OFFSET, 32-bit
addresses as in a method table).

A method of type T is live only if T is also "used in an interface"
(Go's UsedInIface): some reachable code converts a T to an interface (the
conversion carries a relocation of type R_X86_64_NONE to the marker
``go.useiface.<hash of type:T>``, Go's R_USEIFACE), an itab for T is
reachable, or T's descriptor is reached from the descriptor of a type
used in an interface (reflect can reach a T inside a []T, or a method's
parameter types). A type only allocated, compared in a type switch or
printed never has its value in an interface, so none of its methods can be
called dynamically, and reflect never sees it: its descriptor keeps no
method table (link/deadcode.py).

reflect reaches code the same way, with its exported entry points as
markers: a func type's call table (``type:F·call``: the call stub, then
the MakeFunc trampoline, gominic/compile/reflectcall.py) waits for
``reflect.Value.Call``/``CallSlice`` and ``reflect.MakeFunc``
respectively; method values (``reflect.Value.Method``, ``MethodByName``,
or a call of ``reflect.Type``'s Method or MethodByName) release both and
every exported method of a type whose descriptor is reachable.
"""

from __future__ import annotations

import hashlib

METHOD_TABLE_SUFFIX = "·methods"
METHOD_SIZE = 16
NAME_OFFSET, MTYP_OFFSET, IFN_OFFSET = 0, 8, 12
MARKER_PREFIX = "go.imethod."  # a plain assembler symbol: no colon
USEIFACE_PREFIX = "go.useiface."
USEEQ_PREFIX = "go.useeq."
CALL_TABLE_SUFFIX = "·call"
ITAB_PREFIX = "go:itab."
ITAB_FUN_OFFSET = 16
IMETHODS_SUFFIX = "·imethods"
IMETHOD_SIZE, IMETHOD_TYP_OFFSET = 12, 8
FIELD_SIZE, FIELD_TYP_OFFSET = 24, 8  # a struct's fields (runtime.structfield)



def imethod_marker(name: str, mtyp_symbol: str) -> str:
    """The marker symbol for calls of the method with id ``name`` and signature descriptor ``mtyp_symbol``.

    The signature and the package qualifying an unexported name are hashed
    so the marker's name stays a plain assembler symbol (type names and
    import paths hold spaces, braces, parentheses and slashes).
    """
    pkgpath, _, short = name.rpartition(".")
    return f"{MARKER_PREFIX}{short}.{name_digest(pkgpath + mtyp_symbol)}"


def method_exported(name: str) -> bool:
    """Whether the method with id ``name`` is exported."""
    return name.rpartition(".")[2][:1].isupper()


def useiface_marker(descriptor_symbol: str) -> str:
    """The marker symbol for code converting a value of the type whose
    descriptor is ``descriptor_symbol`` to an interface."""
    return USEIFACE_PREFIX + name_digest(descriptor_symbol)


def useeq_marker(descriptor_symbol: str) -> str:
    """The marker symbol for code comparing two values of the type whose
    descriptor is ``descriptor_symbol`` with the runtime's typeeq, which
    walks a struct's fields (see link/deadcode.py)."""
    return USEEQ_PREFIX + name_digest(descriptor_symbol)


def name_digest(symbol: str) -> str:
    """A short hash of a symbol name, to build plain assembler symbols."""
    return hashlib.sha256(symbol.encode()).hexdigest()[:16]


# Reaching any of these may call any exported method through reflection.
REFLECT_METHOD_MARKERS = (
    "reflect.Value.Method", "reflect.Value.MethodByName",
    imethod_marker("Method", "type:func(int) reflect.Method"),
    imethod_marker("MethodByName", "type:func(string) (reflect.Method, bool)"),
)
# For each word of a call table, the markers that release it.
CALL_TABLE_MARKERS = (
    ("reflect.Value.Call", "reflect.Value.CallSlice") + REFLECT_METHOD_MARKERS,
    ("reflect.MakeFunc",) + REFLECT_METHOD_MARKERS,
)
REFLECT_MARKERS = frozenset(m for ms in CALL_TABLE_MARKERS for m in ms if not m.startswith(MARKER_PREFIX))
