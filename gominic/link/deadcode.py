"""This module implements dead code elimination, as Go's cmd/link deadcode.go.

The algorithm is a flood fill of symbols, following their relocations,
beginning at the entry symbol (``_rt0_amd64_linux``) and ``main.main``.
Every symbol reached is marked reachable; everything else is left out of the
executable: its bytes are not laid out, its relocations are never decoded
(see Loader.relocs), and it is absent from the symbol table.

Because the compiler puts every function and global in its own input
section, "symbol" here means "input section": reaching a function reaches
exactly that function, not the rest of its package.  Reaching an alias (a
named symbol inside a section that holds several) reaches its containing
section, whose relocations are then followed.

The work list is a stack, so the fill is depth first; the order does not
change the result, only the order of the ``-dumpdep`` edges, which are
printed the first time each symbol is reached, as ``from -> to``, with
``_`` as the "from" of the roots.

Later, Go's method pruning belongs here: a method stays live only if its
receiver type is converted to an interface and a method of that name and
signature is called somewhere reachable.
"""

from __future__ import annotations

from typing import TextIO

from gominic.link.errors import LinkError
from gominic.link.loader import Loader, Sym


def deadcode(loader: Loader, entry: str, dumpdep: TextIO | None = None) -> None:
    """Mark every symbol reachable from the entry point (and main.main)."""
    root = loader.lookup(entry)
    if root == 0 or not loader.attr_defined(root):
        raise LinkError(f"{entry}: entry symbol not defined")
    work: list[Sym] = []
    mark(loader, work, root, 0, dumpdep)
    main = loader.lookup("main.main")
    if main and loader.attr_defined(main) and not loader.attr_reachable(main):
        mark(loader, work, main, 0, dumpdep)
    while work:
        s = work.pop()
        for _, _, target, _ in loader.relocs(s):
            if target and not loader.attr_reachable(target):
                mark(loader, work, target, s, dumpdep)


def mark(loader: Loader, work: list[Sym], s: Sym, parent: Sym, dumpdep: TextIO | None) -> None:
    """Mark ``s`` reachable and queue it; an alias also marks its outer section."""
    loader.set_attr_reachable(s)
    if dumpdep is not None:
        dumpdep.write(f"{loader.sym_name(parent) if parent else '_'} -> {loader.sym_name(s)}\n")
    outer = loader.outer_sym(s)
    if outer:
        if not loader.attr_reachable(outer):
            mark(loader, work, outer, s, dumpdep)
    else:
        work.append(s)
