// Tests bufio.Reader (ReadString, ReadBytes, ReadLine with CRLF and with a
// line longer than the buffer, ReadByte/UnreadByte, ReadRune/UnreadRune,
// Peek, Discard, Read, Buffered, WriteTo) and bufio.Writer (buffering until
// Flush, Buffered/Available, writes larger than the buffer, WriteRune,
// WriteByte, ReadFrom, and a sticky write error).
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type failingWriter struct{ n int }

func (w *failingWriter) Write(p []byte) (int, error) {
	w.n++
	return 0, errors.New("disk full")
}

func main() {
	r := bufio.NewReader(strings.NewReader("alpha\nbeta\r\ngamma"))
	s, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	line, isPrefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", line, isPrefix, err)
	c, _ := r.ReadByte()
	fmt.Println(string(c), r.UnreadByte(), r.UnreadByte())
	b, err := r.ReadBytes('\n')
	fmt.Printf("%q %v\n", b, err)
	_, err = r.ReadByte()
	fmt.Println(err)
	line, isPrefix, err = r.ReadLine()
	fmt.Println(line == nil, isPrefix, err)

	small := bufio.NewReaderSize(strings.NewReader("0123456789abcdefghijklmnopqrstuvwxyz\nnext line\n"), 16)
	fmt.Println(small.Size())
	for {
		l, more, err := small.ReadLine()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%q %v\n", l, more)
	}

	rr := bufio.NewReader(strings.NewReader("añb✓ rest of the data"))
	ch, size, _ := rr.ReadRune()
	fmt.Println(string(ch), size)
	ch, size, _ = rr.ReadRune()
	fmt.Println(string(ch), size, rr.UnreadRune(), rr.UnreadRune())
	peek, err := rr.Peek(4)
	fmt.Printf("%q %v %d\n", peek, err, rr.Buffered())
	d, err := rr.Discard(3)
	fmt.Println(d, err)
	p := make([]byte, 4)
	n, err := rr.Read(p)
	fmt.Printf("%d %q %v\n", n, p[:n], err)
	m, err := rr.WriteTo(os.Stdout)
	fmt.Println()
	fmt.Println(m, err)
	_, err = rr.Peek(1)
	fmt.Println(err)
	_, err = rr.Peek(-1)
	fmt.Println(err)

	w := bufio.NewWriterSize(os.Stdout, 16)
	w.WriteString("buffered ")
	fmt.Println("[before flush]", w.Buffered(), w.Available(), w.Size())
	w.WriteString("and a write longer than sixteen bytes\n")
	w.WriteRune('é')
	w.WriteRune('x')
	w.WriteByte('\n')
	fmt.Println("[buffered now]", w.Buffered())
	fmt.Println(w.Flush(), w.Buffered())
	w.Write([]byte("a direct write far larger than the sixteen-byte buffer\n"))
	n64, err := w.ReadFrom(strings.NewReader("read from a reader\n"))
	fmt.Println("[readfrom]", n64, err)
	w.Flush()

	fw := &failingWriter{}
	bw := bufio.NewWriterSize(fw, 4)
	_, err = bw.WriteString("abcdef")
	fmt.Println(err, bw.Buffered())
	fmt.Println(bw.Flush(), bw.WriteByte('x'), fw.n)

	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("rw line\n")), bufio.NewWriter(os.Stdout))
	l, _ := rw.ReadString('\n')
	rw.WriteString("echo: " + l)
	rw.Flush()
	all, err := io.ReadAll(bufio.NewReader(strings.NewReader(strings.Repeat("z", 10000))))
	fmt.Println(len(all), err)
}
