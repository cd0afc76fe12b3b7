"""runtime/inflate.go, the decoder the runtime inflates .gopclntab with,
on streams of each kind zlib writes: a stored block, the fixed codes,
dynamic codes, and the longest copy (258 bytes, code 285); a cut stream
and a wrong size are refused. The program reaches the runtime's
unexported inflate through //go:linkname."""

from __future__ import annotations

import os
import zlib

import pytest

pytestmark = pytest.mark.e2e

PROGRAM = """package main

import (
	"fmt"
	"os"
	_ "unsafe"
)

//go:linkname inflate runtime.inflate
func inflate(out, in []byte) bool

func main() {
	for _, name := range os.Args[1:] {
		in, _ := os.ReadFile(name)
		n := int(in[0]) | int(in[1])<<8 | int(in[2])<<16 | int(in[3])<<24
		out := make([]byte, n)
		ok := inflate(out, in[4:])
		os.WriteFile(name+".out", out, 0o644)
		fmt.Println(ok)
	}
}
"""

BLOCK_TYPES = {"stored": 0, "fixed": 1, "dynamic": 2}


def deflate(data: bytes, level: int) -> bytes:
    z = zlib.compressobj(level, zlib.DEFLATED, -15)
    return z.compress(data) + z.flush()


def test_inflate_reads_every_kind_of_block(build_and_run, tmp_path):
    text = b"".join(b"runtime.func%d\0/src/runtime/file%d.go\0" % (i, i % 7) for i in range(2000))
    streams = {
        "stored": (os.urandom(3000), 0),
        "fixed": (b"hello, hello, hello world", 9),
        "dynamic": (text, 9),
        "longest": (b"a" * 5000 + text[:4000], 9),
    }
    args = []
    for name, (data, level) in streams.items():
        z = deflate(data, level)
        assert z[0] >> 1 & 3 == BLOCK_TYPES.get(name, 2)
        (tmp_path / name).write_bytes(len(data).to_bytes(4, "little") + z)
        args.append(str(tmp_path / name))
    cut = deflate(text, 9)
    (tmp_path / "cut").write_bytes(len(text).to_bytes(4, "little") + cut[: len(cut) // 2])
    (tmp_path / "short").write_bytes((len(text) - 1).to_bytes(4, "little") + cut)
    r = build_and_run(PROGRAM, *args, str(tmp_path / "cut"), str(tmp_path / "short"))
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["true"] * len(streams) + ["false", "false"]
    for name, (data, _) in streams.items():
        assert (tmp_path / f"{name}.out").read_bytes() == data
