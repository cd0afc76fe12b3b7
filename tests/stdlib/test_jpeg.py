"""image/jpeg where Go 1.19 is no oracle: progressive JPEGs with restart
markers. T.81 (F.1.1.5, G.1.1) counts a non-interleaved scan's restart
interval in blocks; Go 1.19 counts it in groups of the luma's h×v blocks,
so it rejects such files ("missing 0xff00 sequence") that libjpeg-turbo
writes and reads. Restart markers never change a coefficient, so each file
must decode to exactly the pixels of the same picture written without them.

The files in testdata/ were written by libjpeg-turbo 2.1.5's cjpeg from one
21x13 picture: pNNNr.jpeg with `-progressive -restart NB`, xNNN.jpeg the
same without -restart (4:2:0 at quality 75, 4:4:0 at quality 50)."""

import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

TESTDATA = Path(__file__).parent / "testdata"

PROGRAM = """package main

import (
	"fmt"
	"image"
	"image/jpeg"
	"os"
	"reflect"
)

func decode(name string) image.Image {
	f, err := os.Open(name)
	if err != nil {
		panic(err)
	}
	defer f.Close()
	m, err := jpeg.Decode(f)
	if err != nil {
		fmt.Println(name, err)
		os.Exit(1)
	}
	return m
}

func main() {
	for i := 1; i+1 < len(os.Args); i += 2 {
		same := reflect.DeepEqual(decode(os.Args[i]), decode(os.Args[i+1]))
		fmt.Println(i/2, same)
	}
}
"""


def test_progressive_restart_markers_leave_pixels_unchanged(gominic, tmp_path):
    (tmp_path / "main.go").write_text(PROGRAM)
    build = gominic("build", "-o", "prog", "main.go")
    assert build.returncode == 0, build.stderr
    pairs = [str(TESTDATA / name) for name in ("p420r.jpeg", "x420.jpeg", "p440r.jpeg", "x440.jpeg")]
    run = subprocess.run([str(tmp_path / "prog"), *pairs], capture_output=True, text=True, timeout=60)
    assert run.stdout == "0 true\n1 true\n"
