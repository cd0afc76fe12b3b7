"""This module implements the spelling of expressions in error messages.

Go's errors quote expressions in a normalised form (``255 + 1``,
``f(x, y)``, ``s[1:]``), as ``syntax.String`` prints them; long function
literals and composite literals are abbreviated with ``…``.
"""

from __future__ import annotations

from gominic.syntax import ast


def expr_string(e: ast.Expr | None) -> str:
    parts: list[str] = []
    write_expr(parts, e)
    return "".join(parts)


def write_expr(out: list[str], e) -> None:
    w = out.append
    match e:
        case None:
            w("")
        case ast.Name():
            w(e.value)
        case ast.BasicLit():
            w(e.value)
        case ast.ParenExpr():
            w("(")
            write_expr(out, e.x)
            w(")")
        case ast.SelectorExpr():
            write_expr(out, e.x)
            w("." + e.sel.value)
        case ast.IndexExpr():
            write_expr(out, e.x)
            w("[")
            write_expr(out, e.index)
            w("]")
        case ast.SliceExpr():
            write_expr(out, e.x)
            w("[")
            write_expr(out, e.low)
            w(":")
            write_expr(out, e.high)
            if e.full:
                w(":")
                write_expr(out, e.max)
            w("]")
        case ast.AssertExpr():
            write_expr(out, e.x)
            w(".(")
            write_expr(out, e.type)
            w(")")
        case ast.TypeSwitchGuard():
            if e.lhs is not None:
                w(e.lhs.value + " := ")
            write_expr(out, e.x)
            w(".(type)")
        case ast.CallExpr():
            write_expr(out, e.fun)
            w("(")
            write_list(out, e.args)
            if e.has_dots:
                w("...")
            w(")")
        case ast.Operation():
            if e.y is None:
                w(e.op)
                write_expr(out, e.x)
            else:
                write_expr(out, e.x)
                w(f" {e.op} ")
                write_expr(out, e.y)
        case ast.KeyValueExpr():
            write_expr(out, e.key)
            w(": ")
            write_expr(out, e.value)
        case ast.ListExpr():
            write_list(out, e.elems)
        case ast.CompositeLit():
            write_expr(out, e.type)
            w("{…}")
        case ast.FuncLit():
            w("func")
            write_signature(out, e.type)
            w(" {…}")
        case ast.ArrayType():
            w("[")
            if e.len is None:
                w("...")
            else:
                write_expr(out, e.len)
            w("]")
            write_expr(out, e.elem)
        case ast.SliceType():
            w("[]")
            write_expr(out, e.elem)
        case ast.DotsType():
            w("...")
            write_expr(out, e.elem)
        case ast.MapType():
            w("map[")
            write_expr(out, e.key)
            w("]")
            write_expr(out, e.value)
        case ast.ChanType():
            w({0: "chan ", ast.SEND: "chan<- ", ast.RECV: "<-chan "}[e.dir])
            write_expr(out, e.elem)
        case ast.FuncType():
            w("func")
            write_signature(out, e)
        case ast.StructType():
            w("struct{")
            for i, f in enumerate(e.fields):
                if i:
                    w("; ")
                if f.name is not None:
                    w(f.name.value + " ")
                write_expr(out, f.type)
            w("}")
        case ast.InterfaceType():
            w("interface{")
            for i, f in enumerate(e.methods):
                if i:
                    w("; ")
                if f.name is not None:
                    w(f.name.value)
                    write_signature(out, f.type)
                else:
                    write_expr(out, f.type)
            w("}")
        case _:
            w("?")


def write_list(out: list[str], elems) -> None:
    for i, x in enumerate(elems):
        if i:
            out.append(", ")
        write_expr(out, x)


def write_signature(out: list[str], ft: ast.FuncType) -> None:
    write_fields(out, ft.params)
    if len(ft.results) == 1 and ft.results[0].name is None:
        out.append(" ")
        write_expr(out, ft.results[0].type)
    elif ft.results:
        out.append(" ")
        write_fields(out, ft.results)


def write_fields(out: list[str], fields: list[ast.Field]) -> None:
    out.append("(")
    for i, f in enumerate(fields):
        if i:
            out.append(", ")
        if f.name is not None:
            out.append(f.name.value)
            if i + 1 < len(fields) and fields[i + 1].type is f.type:
                continue
            out.append(" ")
        write_expr(out, f.type)
    out.append(")")
