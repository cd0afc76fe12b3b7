// compress/gzip: a header with every field and Latin-1 strings written and
// read back; two members read as one stream, and one at a time with
// Multistream(false); a member Go wrote; a bad checksum, a bad magic
// number and a truncated member.
package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"strings"
	"time"
)

// goMember is what Go 1.19's gzip.Writer writes for "hello, gopher\n"
// with Name "hello.txt" and ModTime 2009-11-10 23:00:00 UTC.
const goMember = "\x1f\x8b\b\bp\xf0\xf9J\x00\xffhello.txt\x00\xcaH\xcd\xc9\xc9\xd7QH\xcf/\xc8H-\xe2\x02\x04\x00\x00\xff\xff\x99\xe3\x19\xb4\x0e\x00\x00\x00"

func member(name, text string) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Name = name
	w.Comment = "façade, naïve"
	w.Extra = []byte{1, 2, 3}
	w.ModTime = time.Date(2009, 11, 10, 23, 0, 0, 0, time.UTC)
	w.OS = 3
	w.Write([]byte(text))
	w.Close()
	return b.Bytes()
}

func main() {
	one := member("Äußerung.txt", strings.Repeat("first member ", 100))
	two := member("second", "second member\n")
	both := append(append([]byte{}, one...), two...)

	r, err := gzip.NewReader(bytes.NewReader(both))
	fmt.Println(err, r.Name, r.Comment, r.Extra, r.ModTime.UTC(), r.OS)
	out, err := io.ReadAll(r)
	fmt.Println(len(out), err, strings.HasSuffix(string(out), "first member second member\n"))

	br := bytes.NewReader(both)
	r.Reset(br)
	r.Multistream(false)
	out, err = io.ReadAll(r)
	fmt.Println(len(out), err)
	r.Reset(br)
	r.Multistream(false)
	out, err = io.ReadAll(r)
	fmt.Printf("%s %q %v\n", r.Name, out, err)
	fmt.Println(r.Reset(br))

	r, err = gzip.NewReader(strings.NewReader(goMember))
	out, _ = io.ReadAll(r)
	fmt.Printf("%v %s %v %q\n", err, r.Name, r.ModTime.UTC(), out)

	bad := []byte(goMember)
	bad[len(bad)-6] ^= 1
	r, _ = gzip.NewReader(bytes.NewReader(bad))
	_, err = io.ReadAll(r)
	fmt.Println(err)
	_, err = gzip.NewReader(strings.NewReader("\x1f\x8c\b\x00\x00\x00\x00\x00\x00\xff"))
	fmt.Println(err)
	r, _ = gzip.NewReader(strings.NewReader(goMember[:30]))
	_, err = io.ReadAll(r)
	fmt.Println(err)

	w := gzip.NewWriter(io.Discard)
	w.Name = "日本"
	_, err = w.Write([]byte("x"))
	fmt.Println(err)
	_, err = gzip.NewWriterLevel(io.Discard, 11)
	fmt.Println(err)
}
