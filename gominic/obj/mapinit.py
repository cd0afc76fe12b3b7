"""This module implements the convention between compiler and linker for
outlined map initialisers (Go 1.20's "wrapglobalmapinit").

A package-level map with a literal initialiser, such as unicode's

    var Categories = map[string]*RangeTable{"Lu": Lu, "Ll": Ll, ...}

is filled by the package's init function, and that init code refers to
every table the literal names: without help, importing the package keeps
all of them, used or not. So the compiler moves such an initialiser (when
it has no side effects but allocating) into a function of its own,
``V·mapinit`` for the variable's symbol V, and the init function calls it
through a word, ``V·mapinit·f``, only when that word is not nil.

The linker does not follow the word's relocation. It keeps ``V·mapinit``
only if V itself is reachable from other code; otherwise the word is
written as nil (as an unreachable target always is), the initialiser is
skipped, and the tables it alone named are dropped.
"""

MAPINIT_SUFFIX = "·mapinit"  # the outlined initialiser of variable V: V·mapinit
MAPINIT_SLOT_SUFFIX = "·mapinit·f"  # the word through which init calls it
