// compress/flate: round trips at every level (and Huffman-only), with
// Flush and a preset dictionary, whose compressed bytes (length and CRC)
// are Go's; a stream Go's compressor wrote
// (level 9, with a Flush) decoded; a reused Reader and Writer; and the
// errors of a bad level, a reserved block type and a truncated stream.
package main

import (
	"bytes"
	"compress/flate"
	"fmt"
	"hash/crc32"
	"io"
	"strings"
)

// goStream is what Go 1.19 writes at level 9 for goText, Flush, then
// "gopher " 40 times, Close.
const goStream = "" +
	"\x84\x8e\xc1m\x85@\f\x05\xef\xa9\xe2\xe5\xfeE\x1bQ\u02b0\x96\ak\xc1\xda\xc8" +
	"6!t\x1f\x85\x06\xfem\x0e#\xcd|94\xc1\xdf#\x98\xa9?|\xa1\xb95" +
	"\xcd\x7f\xd8)\xf6\x82\xd8\f.\x8b6\xa5\u0544\xef\xcaG9#h\xed\xc6`\xeb" +
	"b\x9a#1d#\xb4@\xc9\x1b\xe5\xb8B\x8b8\xc2\u05d0\x91\xa8.\x85\x95\x85" +
	"\xea\xc4\xf0,\xf8Y\xf0\x05\xe3\xdcK\x9b\a\x9f\x96\xb1.\x8f\x8d3\x86\xb4\xae\xc6" +
	"\x9c\xf0\xee\xf2\xf3\xe3\x0f\x00\x00\xff\xffJ\xcf/\xc8H-R\x18\xa5\xd0(@\x00" +
	"\x00\x00\xff\xff"

const goText = "Go is expressive, concise, clean, and efficient. Its concurrency mechanisms make it easy to write programs that get the most out of multicore and networked machines. Go is expressive, concise, clean!\n"

// input is compressible text with long and short repeats, then bytes
// that repeat little.
func input() []byte {
	var b bytes.Buffer
	for i := 0; i < 3000; i++ {
		fmt.Fprintf(&b, "line %d: the quick brown fox %d jumps over the lazy dog\n", i, i*i%977)
	}
	x := uint32(1)
	for i := 0; i < 40000; i++ {
		x = x*1664525 + 1013904223
		b.WriteByte(byte(x >> 24))
	}
	return b.Bytes()
}

func compress(level int, data, dict []byte, flushAt int) []byte {
	var b bytes.Buffer
	w, err := flate.NewWriterDict(&b, level, dict)
	if err != nil {
		panic(err)
	}
	w.Write(data[:flushAt])
	w.Flush()
	w.Write(data[flushAt:])
	w.Close()
	return b.Bytes()
}

func main() {
	data := input()
	for level := flate.HuffmanOnly; level <= flate.BestCompression; level++ {
		z := compress(level, data, nil, 1000)
		out, err := io.ReadAll(flate.NewReader(bytes.NewReader(z)))
		zd := compress(level, data, data[:5000], 0)
		outd, errd := io.ReadAll(flate.NewReaderDict(bytes.NewReader(zd), data[:5000]))
		fmt.Println("level", level, bytes.Equal(out, data), err, len(z), crc32.ChecksumIEEE(z),
			bytes.Equal(outd, data), errd, len(zd), crc32.ChecksumIEEE(zd))
	}

	out, err := io.ReadAll(flate.NewReader(strings.NewReader(goStream)))
	fmt.Println(string(out) == goText+strings.Repeat("gopher ", 40), err)

	// A Reader reset onto a new stream, a Writer onto a new destination.
	r := flate.NewReader(strings.NewReader(goStream))
	var w1, w2 bytes.Buffer // the first stream is not read
	w, _ := flate.NewWriter(&w1, flate.DefaultCompression)
	w.Write([]byte(goText))
	w.Close()
	w.Reset(&w2)
	w.Write([]byte(goText))
	w.Close()
	r.(flate.Resetter).Reset(&w2, nil)
	out, err = io.ReadAll(r)
	fmt.Println(string(out) == goText, err)
	_, err = w.Write([]byte("more"))
	fmt.Println(err)

	_, err = flate.NewWriter(io.Discard, 10)
	fmt.Println(err)
	_, err = io.ReadAll(flate.NewReader(strings.NewReader("\x07")))
	fmt.Println(err)
	out, err = io.ReadAll(flate.NewReader(strings.NewReader(goStream[:100])))
	fmt.Println(len(out), err)
}
