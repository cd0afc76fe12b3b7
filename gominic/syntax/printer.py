"""This module implements printing expressions back as Go source text.

Go's diagnostics quote the code they are about (``cannot use x := 1 as
value``, ``invalid operation: x + y (mismatched types int and string)``).
``expr_string`` renders an expression node the way Go's
``syntax.String`` does: canonical spacing, binary operators spaced, function
literals shortened to ``func(...) {…}``, composite literals to ``T{…}`` (``T{}`` when empty).
"""

from __future__ import annotations

from gominic.syntax import ast


def expr_string(x: ast.Expr | None) -> str:
    """Go source text of an expression: expr_string(x + f(1)) is "x + f(1)"."""
    if x is None:
        return ""
    return PRINTERS[type(x)](x)


def _list(xs: list[ast.Expr]) -> str:
    return ", ".join(expr_string(x) for x in xs)


def _fields(fields: list[ast.Field]) -> str:
    """A parameter list as written: "a, b string" (fields declared together
    share their type node)."""
    out = []
    for i, f in enumerate(fields):
        if not f.name:
            out.append(expr_string(f.type))
        elif i + 1 < len(fields) and fields[i + 1].name and fields[i + 1].type is f.type:
            out.append(f.name.value)
        else:
            out.append(f"{f.name.value} {expr_string(f.type)}")
    return ", ".join(out)


def _func_type(t: ast.FuncType) -> str:
    results = _fields(t.results)
    if len(t.results) > 1 or (t.results and t.results[0].name):
        results = f"({results})"
    return f"func({_fields(t.params)}) {results}".rstrip()


def _operation(x: ast.Operation) -> str:
    if x.y is None:
        return x.op + expr_string(x.x)
    return f"{expr_string(x.x)} {x.op} {expr_string(x.y)}"


def _call(x: ast.CallExpr) -> str:
    args = x.args
    if args and isinstance(args[0], ast.ResultExpr):
        args = [args[0].call]  # a rewritten copy(f()) reads as written
    return f"{expr_string(x.fun)}({_list(args)}{'...' if x.has_dots else ''})"


def _slice(x: ast.SliceExpr) -> str:
    parts = [expr_string(x.low), expr_string(x.high)] + ([expr_string(x.max)] if x.full else [])
    return f"{expr_string(x.x)}[{':'.join(parts)}]"


def _chan(x: ast.ChanType) -> str:
    prefix = {0: "chan ", ast.SEND: "chan<- ", ast.RECV: "<-chan "}[x.dir]
    return prefix + expr_string(x.elem)


PRINTERS = {
    ast.BadExpr: lambda x: "BadExpr",
    ast.Name: lambda x: x.value,
    ast.BasicLit: lambda x: x.value,
    ast.CompositeLit: lambda x: expr_string(x.type) + ("{…}" if x.elems else "{}"),
    ast.KeyValueExpr: lambda x: f"{expr_string(x.key)}: {expr_string(x.value)}",
    ast.FuncLit: lambda x: f"{_func_type(x.type)} " + ("{…}" if x.body.list else "{}"),
    ast.ParenExpr: lambda x: f"({expr_string(x.x)})",
    ast.ResultExpr: lambda x: expr_string(x.call),  # an operand of a rewritten copy(f()): Go names it f()
    ast.SelectorExpr: lambda x: f"{expr_string(x.x)}.{x.sel.value}",
    ast.IndexExpr: lambda x: f"{expr_string(x.x)}[{expr_string(x.index)}]",
    ast.SliceExpr: _slice,
    ast.AssertExpr: lambda x: f"{expr_string(x.x)}.({expr_string(x.type)})",
    ast.TypeSwitchGuard: lambda x: (f"{x.lhs.value} := " if x.lhs else "") + f"{expr_string(x.x)}.(type)",
    ast.Operation: _operation,
    ast.CallExpr: _call,
    ast.ListExpr: lambda x: _list(x.elems),
    ast.ArrayType: lambda x: f"[{expr_string(x.len) if x.len else '...'}]{expr_string(x.elem)}",
    ast.SliceType: lambda x: f"[]{expr_string(x.elem)}",
    ast.DotsType: lambda x: f"...{expr_string(x.elem)}",
    ast.StructType: lambda x: "struct{…}" if x.fields else "struct{}",
    ast.InterfaceType: lambda x: "interface{…}" if x.methods else "interface{}",
    ast.FuncType: _func_type,
    ast.MapType: lambda x: f"map[{expr_string(x.key)}]{expr_string(x.value)}",
    ast.ChanType: _chan,
}
