"""A package that declares a generic function or type ships its whole
source in its export data, and every package that imports it, directly or
not, type-checks that source again (gominic/types/export.py, Importer).
So our runtime and standard library declare generics only where Go's API
is generic (sync/atomic's Pointer[T]) or in a leaf no package of ours
imports (index/suffixarray): a generic helper in runtime once
made every compile in the build re-check the runtime, a second or more.
"""

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

# func F[T any](...), func (r R) M... never has type parameters; type T[P any] ...
GENERIC_DECL = re.compile(r"^(func [A-Za-z_][A-Za-z_0-9]*|type [A-Za-z_][A-Za-z_0-9]*)\[[A-Za-z_][A-Za-z_0-9]* ", re.M)

# Packages whose Go 1.19 API declares generics (api/go1.19.txt), and
# leaves no other package of ours imports (so only a program's own
# packages check them again), where a generic saves copies of an algorithm.
GENERIC_API = {"sync/atomic"}
GENERIC_LEAVES = {"index/suffixarray"}  # SA-IS over Go's widths of text and offsets, where Go generates copies


def test_only_packages_with_a_generic_api_declare_generics():
    declaring = set()
    for root in (REPO / "runtime", REPO / "stdlib"):
        for f in root.rglob("*.go"):
            if not f.name.endswith("_test.go") and GENERIC_DECL.search(f.read_text()):
                declaring.add(str(f.parent.relative_to(REPO / "stdlib" if root.name == "stdlib" else REPO)))
    assert declaring == GENERIC_API | GENERIC_LEAVES


def test_generic_leaves_are_imported_by_none_of_ours():
    importers = [f for root in (REPO / "runtime", REPO / "stdlib") for f in root.rglob("*.go")
                 if not f.name.endswith("_test.go")
                 and any(f'"{leaf}"' in f.read_text() for leaf in GENERIC_LEAVES)]
    assert importers == []


def test_the_pattern_sees_generic_declarations():
    assert GENERIC_DECL.search("package p\n\nfunc list[E any](p *E) []E {\n")
    assert GENERIC_DECL.search("type Pointer[T any] struct{}\n")
    assert not GENERIC_DECL.search("func f(a [3]int) {}\ntype A [4]byte\n")
