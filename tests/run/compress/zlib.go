// compress/zlib: round trips at several levels, with a preset dictionary
// and with Flush; a stream Go wrote; the header each level writes; a
// wrong dictionary, a bad checksum and a bad header.
package main

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
	"strings"
)

// goStream is what Go 1.19's zlib.Writer writes for "hello, gopher\n".
const goStream = "x\x9c\xcaH\xcd\xc9\xc9\xd7QH\xcf/\xc8H-\xe2\x02\x04\x00\x00\xff\xff&\xcd\x04\xf0"

func main() {
	text := []byte(strings.Repeat("the zlib format wraps deflate; ", 50))
	dict := []byte("deflate zlib format")
	for _, level := range []int{zlib.HuffmanOnly, zlib.DefaultCompression, zlib.NoCompression,
		zlib.BestSpeed, 5, zlib.BestCompression} {
		var b bytes.Buffer
		w, _ := zlib.NewWriterLevelDict(&b, level, dict)
		w.Write(text[:100])
		w.Flush()
		w.Write(text[100:])
		w.Close()
		z := b.Bytes()
		r, err := zlib.NewReaderDict(bytes.NewReader(z), dict)
		out, err2 := io.ReadAll(r)
		fmt.Printf("level %d header %x: %v %v %v\n", level, z[:2], err, err2, bytes.Equal(out, text))
		_, err = zlib.NewReaderDict(bytes.NewReader(z), []byte("other"))
		fmt.Println(err)
	}

	r, err := zlib.NewReader(strings.NewReader(goStream))
	out, err2 := io.ReadAll(r)
	fmt.Printf("%v %v %q %v\n", err, err2, out, r.Close())

	bad := []byte(goStream)
	bad[len(bad)-1] ^= 1
	r, _ = zlib.NewReader(bytes.NewReader(bad))
	_, err = io.ReadAll(r)
	fmt.Println(err)
	_, err = zlib.NewReader(strings.NewReader("x\x9d"))
	fmt.Println(err)
	_, err = zlib.NewWriterLevel(io.Discard, -3)
	fmt.Println(err)
}
