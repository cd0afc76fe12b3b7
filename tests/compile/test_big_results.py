"""Tests that big results are written to memory the caller passes
(lltypes.results_in_memory), never returned as one LLVM value: LLVM's code
generator splits a first-class aggregate into one value per element, and a
function returning [4096]byte took 77 s to compile, [16384]byte more than
ten minutes (Go's fixedbugs/issue15141.go returns 256 MiB).
tests/run/lang/big_results.go checks every kind of call against real Go."""

from __future__ import annotations

import re

from bench.hugevalues import HUGE_RESULTS
from gominic.compile import compile_package


def test_a_function_returning_256_mib_compiles():
    """How long it takes is bench item 12's figure."""
    assert compile_package("p", [("p.go", HUGE_RESULTS)], {}).objects


def test_big_results_go_through_a_pointer_the_caller_passes():
    ir = compile_package("p", [("p.go", HUGE_RESULTS)], {}, optimize=False, keep_ir=True).ir_before
    # The results' memory is the last parameter, and nothing is returned.
    assert re.search(r'define void @"p\.F"\(i64 %"\.1", ptr %"\.2"\)', ir)
    assert re.search(r'define void @"p\.G"\(i64 %"\.1", ptr %"\.2"\)', ir)
    # No value of a big result's type, loaded or returned, anywhere; the
    # small result of G is loaded from the memory its call wrote.
    assert not re.search(r"(load|ret|store) \[(268435456|3000) x i8\]", ir)
    assert not re.search(r"(load|ret|store) \{\[3000 x i8\]", ir)
    # x := F(1) is written straight into x (on the heap: over 10 MB), so
    # F(3)[3] has the only 256 MiB temporary; G's results have theirs.
    use = ir.split('define i64 @"p.Use"')[1].split("\n}\n")[0]
    assert len(re.findall(r"alloca \[268435456 x i8\]", use)) == 1
    assert len(re.findall(r"alloca \{\[3000 x i8\], \[3000 x i8\], i64\}", use)) == 1
