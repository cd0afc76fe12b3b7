"""This module implements the universe block: Go's predeclared identifiers.

Go spec, "Predeclared identifiers": the basic types and their aliases byte and
rune, the interfaces error, any and comparable, the constants true, false and
iota, nil, and the built-in functions. Package unsafe is predeclared too.
"""

from __future__ import annotations

from gominic.types import types as T
from gominic.types.objects import (
    UNIVERSE_SCOPE, Builtin, Const, Func, Nil, Package, TypeName, Var,
)

# As of Go 1.19 (min, max and clear came in Go 1.21).
BUILTINS = ("append", "cap", "close", "complex", "copy", "delete", "imag", "len",
            "make", "new", "panic", "print", "println", "real", "recover")
UNSAFE_BUILTINS = ("Sizeof", "Alignof", "Offsetof", "Add", "Slice")  # as of Go 1.19


def _def(obj) -> None:
    UNIVERSE_SCOPE.insert(obj)


def _make_error() -> T.Named:
    """type error interface { Error() string }"""
    obj = TypeName("error", None)
    named = T.Named(obj)
    obj.type = named
    recv = Var("", named)
    sig = T.Signature(T.Tuple([]), T.Tuple([Var("", T.STRING)]), False, recv=recv)
    named.under = T.Interface([Func("Error", sig)], [])
    return named


ERROR = _make_error()
ANY = T.ANY
COMPARABLE = T.Named(TypeName("comparable", None), T.Interface([], [], comparable=True))
COMPARABLE.obj.type = COMPARABLE

for _t in (T.BOOL, T.INT, T.INT8, T.INT16, T.INT32, T.INT64, T.UINT, T.UINT8,
           T.UINT16, T.UINT32, T.UINT64, T.UINTPTR, T.FLOAT32, T.FLOAT64,
           T.COMPLEX64, T.COMPLEX128, T.STRING):
    _def(TypeName(_t.name, _t))
_def(TypeName("byte", T.BYTE, is_alias=True))
_def(TypeName("rune", T.RUNE, is_alias=True))
_def(TypeName("any", ANY, is_alias=True))
_def(ERROR.obj)
_def(COMPARABLE.obj)
_def(Const("true", T.UNTYPED_BOOL, val=True))
_def(Const("false", T.UNTYPED_BOOL, val=False))
_def(Const("iota", T.UNTYPED_INT, val=0))
_def(Nil("nil", T.UNTYPED_NIL))
for _name in BUILTINS:
    _def(Builtin(_name, T.INVALID))

UNSAFE = Package("unsafe", "unsafe")
UNSAFE.scope.insert(TypeName("Pointer", T.UNSAFE_POINTER, UNSAFE))
for _name in UNSAFE_BUILTINS:
    UNSAFE.scope.insert(Builtin(_name, T.INVALID, UNSAFE))


def lookup(name: str):
    return UNIVERSE_SCOPE.lookup(name)
