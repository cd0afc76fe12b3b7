"""This module implements the AST view (`gominic build -ast`).

``dump`` prints a node and everything below it, one node a line, indented
by depth, like Go's ``syntax.Fdump``:

    File main @ hello.go:1:1
      Decls:
        FuncDecl main @ hello.go:3:6
          Type: FuncType @ hello.go:3:1
          Body: BlockStmt @ hello.go:3:13
            ...

A node's line shows its class, its plain attributes (names, operators,
literal text, flags) and its position; its child nodes follow, each under
the name of the field that holds it.
"""

from __future__ import annotations

from dataclasses import fields

from gominic.syntax import ast

INDENT = "  "
# Fields that say what a node is, shown on its own line.
SUMMARY_FIELDS = ("value", "op", "tok", "kind")


def dump(node: ast.Node) -> str:
    """An indented listing of a syntax tree with positions."""
    lines: list[str] = []
    _dump_node(node, 0, "", lines)
    return "\n".join(lines) + "\n"


def _dump_node(node: ast.Node, depth: int, label: str, lines: list[str]) -> None:
    lines.append(f"{INDENT * depth}{label}{_headline(node)}")
    for f in fields(node):
        value = getattr(node, f.name)
        title = _title(f.name)
        if isinstance(value, ast.Node):
            _dump_node(value, depth + 1, title, lines)
        elif isinstance(value, list) and value and any(isinstance(v, ast.Node) for v in value):
            lines.append(f"{INDENT * (depth + 1)}{title.rstrip()}")
            for item in value:
                if item is None:
                    lines.append(f"{INDENT * (depth + 2)}nil")
                else:
                    _dump_node(item, depth + 2, "", lines)


def _title(field_name: str) -> str:
    """A field's name as a label: pkg_name -> "PkgName: ", else_ -> "Else: "."""
    return "".join(w.capitalize() for w in field_name.split("_") if w) + ": "


def _headline(node: ast.Node) -> str:
    """Class name, plain attributes and position: `Operation + @ a.go:3:9`."""
    parts = [type(node).__name__]
    name = getattr(node, "name", None)
    if isinstance(name, ast.Name) and not isinstance(node, ast.Field):
        parts.append(name.value)
    for f in SUMMARY_FIELDS:
        value = getattr(node, f, None)
        if isinstance(node, ast.AssignStmt) and f == "op":
            value += "="  # show ":=", "=", "+=" rather than ":", "", "+"
        if isinstance(value, str) and value:
            parts.append(value)
    parts.extend(_flags(node))
    return " ".join(parts) + f" @ {node.pos}"


def _flags(node: ast.Node) -> list[str]:
    """Boolean and small plain attributes worth seeing: alias, define, iota=2, dir=send."""
    out = []
    for f in fields(node):
        value = getattr(node, f.name)
        if isinstance(value, bool) and value:
            out.append(f.name)
        elif f.name == "iota":
            out.append(f"iota={value}")
        elif f.name == "dir" and value:
            out.append("dir=" + ("send" if value == ast.SEND else "recv"))
        elif f.name == "pragmas" and value:
            out.append(" ".join(sorted(value)))
    return out
