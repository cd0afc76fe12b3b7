"""This module implements the check that a package's generic functions can
be monomorphised: that no instantiation cycle makes ever larger instances
(types2's mono.go). Our code generator instantiates each generic body it
needs, so ``f[T]`` calling ``f[[]T]`` would never end.

Each type parameter is a vertex. Instantiating ``f[A]`` inside a generic
body makes edges to f's type parameter from every type parameter A
mentions: of weight 0 when A is that type parameter itself, 1 when A is a
larger type built from it. A cycle of positive weight is an instantiation
cycle; it is found as Bellman-Ford finds a negative one (here: a path
heavier than any simple path can be).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from gominic.diag import Pos
from gominic.types import types as T


@dataclass
class Edge:
    dst: int
    src: int
    weight: int
    pos: Pos  # where the type argument is written
    typ: T.Type  # the type argument


@dataclass
class MonoGraph:
    params: list[T.TypeParam] = field(default_factory=list)  # the vertices
    index: dict[int, int] = field(default_factory=dict)  # id(type parameter's object) -> vertex
    edges: list[Edge] = field(default_factory=list)

    def vertex(self, tp: T.TypeParam) -> int:
        key = id(tp.obj)
        if key not in self.index:
            self.index[key] = len(self.params)
            self.params.append(tp)
        return self.index[key]

    def record_instance(self, pkg, tparams: list[T.TypeParam], targs: list[T.Type], positions: list[Pos]) -> None:
        """Edges for instantiating tparams (of this package) with targs."""
        for tp, targ, pos in zip(tparams, targs, positions):
            if tp.obj.pkg is not pkg:
                continue
            for src in type_params_in(targ):
                if src.obj.pkg is pkg:
                    weight = 0 if targ is src else 1
                    self.edges.append(Edge(self.vertex(tp), self.vertex(src), weight, pos, targ))

    def cycle(self) -> list[Edge] | None:
        """The edges of an instantiation cycle, in order, or None."""
        n = len(self.params)
        weight, pre, length = [0] * n, [-1] * n, [0] * n
        again = True
        while again:
            again = False
            for i, edge in enumerate(self.edges):
                w = weight[edge.src] + edge.weight
                if w <= weight[edge.dst]:
                    continue
                pre[edge.dst], length[edge.dst] = i, length[edge.src] + 1
                if length[edge.dst] == n:
                    return self.loop(edge.dst, pre)
                weight[edge.dst] = w
                again = True
        return None

    def loop(self, v: int, pre: list[int]) -> list[Edge]:
        """The cycle v's heaviest path ends in, from its first vertex on."""
        stack, seen = [], set()
        while v not in seen:
            stack.append(v)
            seen.add(v)
            v = self.edges[pre[v]].src
        stack = stack[stack.index(v):]
        return [self.edges[pre[u]] for u in stack]


def type_params_in(t: T.Type) -> list[T.TypeParam]:
    """The type parameters t is built from (a named type's by its type
    arguments only), each once, in order."""
    found: list[T.TypeParam] = []

    def walk(t) -> None:
        match t:
            case T.TypeParam():
                if t not in found:
                    found.append(t)
            case T.Named():
                for a in t.targs or ():
                    walk(a)
            case T.Array() | T.Slice() | T.Pointer() | T.Chan():
                walk(t.elem)
            case T.Map():
                walk(t.key)
                walk(t.elem)
            case T.Signature():
                for v in t.params.vars + t.results.vars:
                    walk(v.type)
            case T.Struct():
                for f in t.fields:
                    walk(f.type)
            case T.Interface():
                for m in t.methods:
                    walk(m.type)
    walk(t)
    return found
