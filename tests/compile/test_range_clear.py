"""for i := range a { a[i] = zero } compiles to one memset (Go's arrayClear);
what the loop computes is checked by tests/run/lang/range_clear.go."""

import pytest

from gominic.compile import compile_package

SOURCE = """package p

type bitmap struct{ words []uint32 }

func clears(b *bitmap) {
	for i := range b.words {
		b.words[i] = 0
	}
}

func stores(b *bitmap) {
	for i := range b.words {
		b.words[i] = 1
	}
}

func other(a, b []int) {
	for i := range a {
		b[i] = 0
	}
}
"""


def body(ir: str, name: str) -> str:
    return ir.split(f'@"p.{name}"(')[1].split("\n}\n")[0]


@pytest.mark.parametrize("name,memset", [("clears", True), ("stores", False), ("other", False)])
def test_only_the_clearing_loop_becomes_a_memset(name: str, memset: bool) -> None:
    ir = compile_package("p", [("p.go", SOURCE)], {}, optimize=False, keep_ir=True).ir_before
    f = body(ir, name)
    assert ("llvm.memset" in f) == memset
    assert ("range.cond" in f) != memset
