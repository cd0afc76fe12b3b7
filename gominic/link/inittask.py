"""This module implements the pruning of empty init tasks.

A package's init task ``pkg..inittask`` (compile/package.py) is
{state, ndeps, nfns}, then the tasks of the packages it imports, then its
init functions; the runtime's doInit runs the dependencies' tasks, then
the functions. A task with no functions whose dependencies are all empty
does nothing at all: Go's compiler emits none (unicode/utf8, sort,
math/bits have no task) and lists only the tasks that exist. Ours compiles
a package without knowing whether an import's task is empty, so the
linker does it, before dead-code elimination: each task's list of
dependencies loses the empty ones, and nothing reaches those any more.
In hello, 5 of 22 tasks go (math, as math/bits, its only import, has
none).
"""

from __future__ import annotations

import struct

from gominic.link.loader import Loader, Reloc, Sym

INITTASK_SUFFIX = "..inittask"
TASK_HEADER = struct.Struct("<QQQ")  # state, ndeps, nfns
WORD = 8


def prune_init_tasks(loader: Loader) -> None:
    """Remove the empty tasks from every task's dependencies."""
    tasks = [s for s, name in enumerate(loader.names)
             if name and name.endswith(INITTASK_SUFFIX) and loader.attr_defined(s)]
    empty: dict[Sym, bool] = {}
    for s in tasks:
        deps, fns = task_lists(loader, s)
        kept = [r for r in deps if not is_empty(loader, r[2], empty)]
        if len(kept) < len(deps):
            write_task(loader, s, kept, fns)


def is_empty(loader: Loader, task: Sym, memo: dict[Sym, bool]) -> bool:
    """Whether a task has no functions and only empty dependencies (imports
    have no cycles, so the recursion ends)."""
    if task not in memo:
        memo[task] = False  # an undefined task is the loader's to report
        if loader.attr_defined(task):
            deps, fns = task_lists(loader, task)
            memo[task] = not fns and all(is_empty(loader, r[2], memo) for r in deps)
    return memo[task]


def task_lists(loader: Loader, task: Sym) -> tuple[list[Reloc], list[Reloc]]:
    """The relocations that name a task's dependencies and its functions."""
    _, ndeps, _ = TASK_HEADER.unpack_from(loader.data(task))
    words = sorted(loader.relocs(task))
    return words[:ndeps], words[ndeps:]


def write_task(loader: Loader, task: Sym, deps: list[Reloc], fns: list[Reloc]) -> None:
    """Give a task the dependencies deps (and its functions fns), laid out anew."""
    data = TASK_HEADER.pack(0, len(deps), len(fns)) + bytes(WORD * (len(deps) + len(fns)))
    relocs = [(TASK_HEADER.size + WORD * i, rtype, target, addend)
              for i, (_, rtype, target, addend) in enumerate(deps + fns)]
    loader.set_content(task, loader.sym_kind(task), data, relocs)
