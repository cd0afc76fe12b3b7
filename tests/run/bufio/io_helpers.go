// Tests package io's helpers on small custom readers and writers: ReadAll,
// ReadFull and ReadAtLeast (EOF vs ErrUnexpectedEOF vs ErrShortBuffer),
// Copy (with and without the WriterTo/ReaderFrom fast paths), CopyN,
// CopyBuffer, LimitReader, TeeReader, MultiReader, MultiWriter,
// SectionReader, WriteString to a plain Writer, Discard, NopCloser, and the
// ErrShortWrite of a writer that accepts too little.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

// trickle returns at most three bytes per Read.
type trickle struct {
	s string
}

func (t *trickle) Read(p []byte) (int, error) {
	if t.s == "" {
		return 0, io.EOF
	}
	n := copy(p, t.s)
	if n > 3 {
		n = 3
	}
	t.s = t.s[n:]
	return n, nil
}

// plainWriter has only Write, so io.WriteString must convert.
type plainWriter struct{ got []string }

func (w *plainWriter) Write(p []byte) (int, error) {
	w.got = append(w.got, string(p))
	return len(p), nil
}

// halfWriter accepts half of each write without reporting an error.
type halfWriter struct{}

func (halfWriter) Write(p []byte) (int, error) { return len(p) / 2, nil }

func main() {
	b, err := io.ReadAll(&trickle{"hello, trickling reader"})
	fmt.Printf("%q %v\n", b, err)
	b, err = io.ReadAll(&trickle{})
	fmt.Printf("%q %v %v\n", b, err, b == nil)

	buf := make([]byte, 5)
	n, err := io.ReadFull(&trickle{"abcdefg"}, buf)
	fmt.Println(n, err, string(buf[:n]))
	n, err = io.ReadFull(&trickle{"abc"}, buf)
	fmt.Println(n, err, err == io.ErrUnexpectedEOF)
	n, err = io.ReadFull(&trickle{""}, buf)
	fmt.Println(n, err, err == io.EOF)
	n, err = io.ReadAtLeast(&trickle{"abcdef"}, buf, 4)
	fmt.Println(n, err)
	n, err = io.ReadAtLeast(&trickle{"abcdef"}, buf, 6)
	fmt.Println(n, err)

	c, err := io.Copy(os.Stdout, &trickle{"copied in pieces\n"})
	fmt.Println(c, err)
	var dst bytes.Buffer
	c, err = io.Copy(&dst, strings.NewReader("via ReadFrom/WriteTo"))
	fmt.Println(c, err, dst.String())
	c, err = io.CopyN(os.Stdout, strings.NewReader("0123456789"), 4)
	fmt.Println("", c, err)
	c, err = io.CopyN(io.Discard, strings.NewReader("0123"), 10)
	fmt.Println(c, err)
	c, err = io.CopyBuffer(os.Stdout, &trickle{"buffered copy\n"}, make([]byte, 2))
	fmt.Println(c, err)

	lr := io.LimitReader(strings.NewReader("limited reader"), 7)
	b, _ = io.ReadAll(lr)
	fmt.Printf("%q\n", b)

	var tee bytes.Buffer
	b, _ = io.ReadAll(io.TeeReader(strings.NewReader("tee'd"), &tee))
	fmt.Println(string(b), tee.String())

	mr := io.MultiReader(&trickle{"one "}, strings.NewReader(""), &trickle{"two "}, strings.NewReader("three\n"))
	io.Copy(os.Stdout, mr)
	var w1, w2 bytes.Buffer
	mw := io.MultiWriter(&w1, &w2)
	fmt.Fprintf(mw, "to both %d", 2)
	io.WriteString(mw, "!")
	fmt.Println(w1.String(), "|", w2.String())

	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	b, _ = io.ReadAll(sr)
	fmt.Println(string(b), sr.Size())
	pos, err := sr.Seek(1, io.SeekStart)
	fmt.Println(pos, err)
	n, err = sr.ReadAt(buf[:3], 3)
	fmt.Println(n, err, string(buf[:n]))

	pw := &plainWriter{}
	n, err = io.WriteString(pw, "plain")
	fmt.Println(n, err, pw.got)
	n, err = io.WriteString(io.Discard, "discarded")
	fmt.Println(n, err)
	c, err = io.Copy(io.Discard, &trickle{"drained"})
	fmt.Println(c, err)

	rc := io.NopCloser(strings.NewReader("nop"))
	fmt.Println(rc.Close())
	_, isWT := rc.(io.WriterTo)
	fmt.Println(isWT)

	c, err = io.Copy(halfWriter{}, &trickle{"abcdef"})
	fmt.Println(c, err, err == io.ErrShortWrite)
	fmt.Println(io.EOF, io.ErrUnexpectedEOF, io.ErrShortBuffer, io.ErrShortWrite, io.ErrNoProgress)
}
