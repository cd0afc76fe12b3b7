"""This module implements the initialisation order of package-level variables.

Go spec, "Package initialization": variables are initialised in declaration
order, except that a variable is initialised only after every variable its
initialiser depends on — directly, or through the functions it calls. The
algorithm is a depth-first walk over the dependency graph that the checker
recorded while checking each declaration; a cycle through variables is an
error ("initialization cycle").
"""

from __future__ import annotations

from gominic.types.objects import Object, Var
from gominic.types.operand import Initializer


def compute_init_order(chk) -> list[Initializer]:
    order: list[Initializer] = []
    done: set[Object] = set()
    emitted: set[int] = set()
    visiting: list[Object] = []

    def visit(obj: Object) -> None:
        if obj in done:
            return
        if obj in visiting:
            cycle = visiting[visiting.index(obj):]
            if any(isinstance(o, Var) for o in cycle):
                first = cycle[0]
                lines = ["initialization cycle or initialization loop:"] + [
                    f"\t{o.pos}: {o.name} refers to {cycle[(i + 1) % len(cycle)].name}" for i, o in enumerate(cycle)]
                chk.error(first.pos, "\n".join(lines))
            return
        visiting.append(obj)
        d = chk.obj_decls.get(obj)
        for dep in sorted(d.deps or (), key=lambda o: (o.pos.file, o.pos.line, o.pos.col)) if d else ():
            if dep.pkg is chk.pkg and dep in chk.obj_decls:
                visit(dep)
        visiting.pop()
        done.add(obj)
        if isinstance(obj, Var) and d is not None and d.decl.values:
            if id(d) in emitted:
                return
            emitted.add(id(d))
            if d.lhs is not None and len(d.lhs) > 1 and len(d.decl.values) == 1:
                order.append(Initializer(d.lhs, d.decl.values[0]))
            else:
                order.append(Initializer([obj], d.decl.values[d.index]))

    for obj in chk.obj_decls:
        if isinstance(obj, Var):
            visit(obj)
    return order
