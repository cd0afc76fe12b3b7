"""This module implements the types view (``gominic tool compile -types``):
what the type checker recorded in ``Info``, in source order, one fact a line.

    identifiers   each name, whether it declares (def) or refers to (use)
                  an object, and that object: its kind, name and type
    expressions   each expression's mode (constant, variable, value, type,
                  ...), its type and, for a constant, its value

    prog.go:7:6    def  add            func add(a int, b int) int
    prog.go:10:2   use  println        builtin println
    prog.go:10:14  constant  2         untyped int = 2

It is the view go/types gives through ``types.Info`` (``Defs``, ``Uses``,
``Types``), the tables a compiler reads after type checking.
"""

from __future__ import annotations

from gominic.diag import Pos
from gominic.syntax import ast
from gominic.syntax.printer import expr_string
from gominic.types import objects as O
from gominic.types.constant import format_value
from gominic.types.operand import MODE_NAMES, Info, Mode
from gominic.types.types import relative_to, type_string

# The word types2 uses for each kind of object.
OBJECT_KINDS = {
    O.Var: "var", O.Const: "const", O.TypeName: "type", O.Func: "func",
    O.PkgName: "package", O.Builtin: "builtin", O.Nil: "nil",
}


def pos_key(pos: Pos) -> tuple[str, int, int]:
    return pos.file, pos.line, pos.col


def object_string(obj: O.Object | None, here: O.Package) -> str:
    """An object as a declaration would read: "var x int", "func f(a int) int"."""
    if obj is None:
        return "(no object: blank or package name)"
    kind = "field" if isinstance(obj, O.Var) and obj.is_field else OBJECT_KINDS.get(type(obj), "object")
    if isinstance(obj, (O.Builtin, O.Nil)) or obj.type is None:
        return f"{kind} {obj.name}"
    if isinstance(obj, O.PkgName):
        return f"package {obj.name} ({obj.imported.path if obj.imported else '?'})"
    typ = type_string(obj.type, relative_to(here))
    if isinstance(obj, O.Func):
        return f"func {obj.name}{typ.removeprefix('func')}"
    if isinstance(obj, O.Const) and obj.val is not None:
        return f"const {obj.name} {typ} = {format_value(obj.val)}"
    return f"{kind} {obj.name} {typ}"


def identifier_lines(info: Info, here: O.Package) -> list[tuple[Pos, str]]:
    """One line per identifier that defines or uses an object."""
    lines = []
    for table, verb in ((info.defs, "def"), (info.uses, "use")):
        for name, obj in table.items():
            lines.append((name.pos, f"{verb}  {name.value:<14} {object_string(obj, here)}"))
    return lines


def expression_lines(info: Info, here: O.Package) -> list[tuple[Pos, str]]:
    """One line per typed expression other than a plain name (names are
    listed with their objects): mode, source text, type, constant value."""
    lines = []
    for expr, tv in info.types.items():
        if isinstance(expr, ast.Name):
            continue
        text = f"{MODE_NAMES[tv.mode]:<9} {expr_string(expr):<24} {type_string(tv.type, relative_to(here))}"
        if tv.mode == Mode.CONSTANT and tv.value is not None:
            text += f" = {format_value(tv.value)}"
        lines.append((expr.pos, text))
    return lines


def dump_types(info: Info, here: O.Package) -> str:
    """The whole view: identifiers, then expressions, each in source order."""
    out = []
    for title, lines in (("identifiers", identifier_lines(info, here)),
                         ("expressions", expression_lines(info, here))):
        out.append(f"# {title}")
        for pos, text in sorted(lines, key=lambda line: pos_key(line[0])):
            out.append(f"{str(pos):<16} {text}")
    return "\n".join(out) + "\n"
