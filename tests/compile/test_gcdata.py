"""Tests of gcdata.py: a type's ptrdata, its pointer bitmap, and the GC
program of a type too big for a bitmap. A program is checked by running it
here, as runtime/malloc.go's runGCProg runs it, and comparing the words it
writes with the bitmap. tests/run/gc/gcprog.go checks the runtime's side:
objects of such types keep what they point to through collections."""

from __future__ import annotations

import pytest

from gominic.compile import gcdata
from gominic.compile.gcdata import gc_program, pointer_bitmap, ptrdata_words
from gominic.syntax.parser import parse_file
from gominic.types.check import check_package
from gominic.types.export import Importer
from gominic.types.sizes import WORD, sizeof

DECLS = """package main

type Mixed struct {
	n   int
	p   *int
	pad [70]int
	s   string
	q   map[int]int
}

type (
	i     int
	s     string
	e     interface{}
	sl    []*int
	arr   [3]string
	st    struct{ a int; b *int; c [2]int; d []int; e byte }
	tail  struct{ p *int; big [1000000]int }
	grid  [2048][2048]*int
	mixed [40][30]Mixed
	huge  [1e9][]int
	none  [1 << 20]int
)"""


@pytest.fixture(scope="module")
def types():
    pkg, _ = check_package("main", [parse_file("types.go", DECLS)], Importer({}))
    return {name: obj.type for name, obj in pkg.scope.elems.items()}


def run_program(program: bytes) -> list[bool]:
    """The words a GC program writes, as runGCProg writes them."""
    words: list[bool] = []

    def run(at: int) -> int:
        while True:
            op, at = program[at], at + 1
            if op == gcdata.END:
                return at
            if op == gcdata.REPEAT:
                count, body = varint(program, at)
                for _ in range(count):
                    at = run(body)
                continue
            n, at = varint(program, at)
            if op == gcdata.ZEROS:
                words.extend([False] * n)
            else:
                words.extend(bool(program[at + i // 8] >> (i % 8) & 1) for i in range(n))
                at += (n + 7) // 8

    run(0)
    return words


def varint(data: bytes, at: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        b, at = data[at], at + 1
        value |= (b & 0x7F) << shift
        if b < 0x80:
            return value, at
        shift += 7


def bits(bitmap: bytes, n: int) -> list[bool]:
    return [bool(bitmap[i // 8] >> (i % 8) & 1) for i in range(n)]


@pytest.mark.parametrize("name, ptrdata, bitmap", [
    ("i", 0, ""),
    ("s", 1, "1"),
    ("e", 2, "11"),
    ("sl", 1, "1"),
    ("arr", 5, "10101"),
    ("st", 5, "01001"),
    ("tail", 1, "1"),
    ("none", 0, ""),
])
def test_small_types_have_go_s_bitmap(types, name, ptrdata, bitmap):
    t = types[name]
    assert ptrdata_words(t) == ptrdata
    assert "".join("1" if b else "0" for b in bits(pointer_bitmap(t), ptrdata)) == bitmap
    assert len(pointer_bitmap(t)) == (ptrdata + 7) // 8


@pytest.mark.parametrize("name", ["s", "arr", "st", "tail", "mixed"])
def test_a_program_writes_the_bitmap(types, name):
    """Programs are made only for big types, but a small one's program
    writes what its bitmap says (and maybe zeros after, within the type)."""
    t = types[name]
    written = run_program(gc_program(t))
    n = ptrdata_words(t)
    assert n <= len(written) <= sizeof(t) // WORD
    assert written[:n] == bits(pointer_bitmap(t), n) and not any(written[n:])


def test_big_types_get_small_programs(types):
    assert ptrdata_words(types["grid"]) == 2048 * 2048 > gcdata.MAX_PTRMASK_WORDS
    assert len(gc_program(types["grid"])) < 20
    assert ptrdata_words(types["mixed"]) == 1200 * 75  # 1,200 elements of 75 words, the last a map
    assert len(gc_program(types["mixed"])) < 60
    assert ptrdata_words(types["huge"]) == 3 * (10**9 - 1) + 1
    program = gc_program(types["huge"])
    assert program == bytes([gcdata.REPEAT]) + gcdata.uvarint(10**9) + bytes(
        [gcdata.BITS, 1, 1, gcdata.ZEROS, 2, gcdata.END, gcdata.END])
