"""This module implements the initialisation order of package-level variables.

Go spec, "Package initialization": "the next package-level variable that
is earliest in declaration order and ready for initialization" is
initialised, repeatedly; a variable is ready when every variable its
initialiser depends on — directly, or through the functions it calls — is
initialised. So ``var a = f("a", x)`` waits for ``x`` even when ``x`` is
declared after it, and a variable that depends on nothing goes first even
if it is declared last.

The algorithm is Go's (types2's initorder.go):

1. the dependency graph of the package's objects, as the checker recorded
   it while checking each declaration;
2. functions removed from it: each caller of a function inherits the
   function's dependencies, so that only variables (and constants) remain;
3. a priority queue of the objects ordered by how many dependencies are
   still uninitialised, then by declaration order. Popping gives an object
   that is ready (no dependencies left) and, of those, the earliest
   declared; each of its dependents then has one dependency fewer. An
   object popped while it still has dependencies lies on a cycle:
   "initialization cycle".
"""

from __future__ import annotations

import heapq

from gominic.types.objects import Const, Func, Object, Var
from gominic.types.operand import Initializer


def dependency_graph(chk) -> tuple[dict[Object, set[Object]], dict[Object, set[Object]]]:
    """Each object's dependencies (succ) and dependents (pred), functions removed."""
    succ: dict[Object, set[Object]] = {}
    for obj, d in chk.obj_decls.items():
        if isinstance(obj, (Const, Var, Func)):  # types are no dependencies
            succ[obj] = {dep for dep in (d.deps or ()) if dep.pkg is chk.pkg and dep in chk.obj_decls}
    pred: dict[Object, set[Object]] = {obj: set() for obj in succ}
    for obj, deps in succ.items():
        for dep in deps:
            pred[dep].add(obj)
    for fn in [obj for obj in succ if isinstance(obj, Func)]:
        for p in pred[fn]:
            if p is fn:
                continue
            for s in succ[fn]:
                if s is not fn:
                    succ[p].add(s)
                    pred[s].add(p)
            succ[p].discard(fn)
        for s in succ[fn]:
            pred[s].discard(fn)
        del succ[fn], pred[fn]
    return succ, pred


def compute_init_order(chk) -> list[Initializer]:
    succ, pred = dependency_graph(chk)
    position = {obj: i for i, obj in enumerate(chk.obj_decls)}  # declaration order
    ndeps = {obj: len(deps) for obj, deps in succ.items()}
    queue = [(n, position[obj], obj) for obj, n in ndeps.items()]
    heapq.heapify(queue)
    done: set[Object] = set()
    emitted: set[int] = set()
    order: list[Initializer] = []
    while queue:
        n, _, obj = heapq.heappop(queue)
        if obj in done or n != ndeps[obj]:
            continue  # a stale entry: the object was queued again with fewer dependencies
        done.add(obj)
        if n > 0:
            report_cycle(chk, obj)
        for p in pred[obj]:
            if p not in done:
                ndeps[p] -= 1
                heapq.heappush(queue, (ndeps[p], position[p], p))
        d = chk.obj_decls[obj]
        if not isinstance(obj, Var) or d.index >= len(d.decl.values) or id(d) in emitted:
            continue  # no value ("var a, b, c = 1, 2": c, an error) or one already emitted
        emitted.add(id(d))  # "a, b = f()": one initialiser for several variables
        if d.lhs is not None and len(d.lhs) > 1 and len(d.decl.values) == 1:
            order.append(Initializer(d.lhs, d.decl.values[0]))
        else:
            order.append(Initializer([obj], d.decl.values[d.index]))
    return order


def report_cycle(chk, start: Object) -> None:
    """Report the dependency cycle through start, with its path, in the
    compiler's words (types2's reportCycle): "initialization loop for x"."""
    path: list[Object] = []
    seen: set[Object] = set()

    def find(obj: Object) -> bool:
        d = chk.obj_decls.get(obj)
        for dep in sorted(d.deps or (), key=lambda o: (o.pos.file, o.pos.line, o.pos.col)) if d else ():
            if dep is start:
                return True
            if dep.pkg is chk.pkg and dep in chk.obj_decls and dep not in seen:
                seen.add(dep)
                path.append(dep)
                if find(dep):
                    return True
                path.pop()
        return False

    if find(start):
        lines = [f"initialization loop for {start.name}"] + [f"\t{o.pos}: {o.name} refers to" for o in [start, *path]]
        chk.error(start.pos, "\n".join(lines + [f"\t{start.pos}: {start.name}"]))
