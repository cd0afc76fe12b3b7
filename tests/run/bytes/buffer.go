// Tests bytes.Buffer: Write/WriteString/WriteByte/WriteRune, Fprintf into
// it, ReadString/ReadBytes with and without the delimiter, Read to io.EOF,
// ReadByte/UnreadByte and ReadRune/UnreadRune rules, Next, Truncate and its
// panic, Reset, Grow, Bytes, a nil *Buffer's String, NewBufferString,
// ReadFrom and WriteTo, and io.Copy through a Buffer.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello")
	buf.WriteByte(' ')
	buf.Write([]byte("world"))
	fmt.Fprintf(&buf, " #%d", 42)
	n, _ := buf.WriteRune('é')
	fmt.Println(buf.String(), buf.Len(), n)
	word, err := buf.ReadString(' ')
	fmt.Printf("%q %v %q\n", word, err, buf.String())
	line, err := buf.ReadBytes('#')
	fmt.Printf("%q %v\n", line, err)
	rest, err := buf.ReadString('!')
	fmt.Printf("%q %v %d\n", rest, err, buf.Len())
	fmt.Println(buf.UnreadByte(), buf.Len())
	_, err = buf.ReadByte()
	fmt.Println(err)

	buf.Reset()
	for i := 0; i < 5; i++ {
		buf.WriteString(strings.Repeat("*", i+1))
		buf.WriteByte('\n')
	}
	fmt.Print(buf.String())
	buf.Truncate(6)
	fmt.Printf("%q\n", buf.Bytes())
	fmt.Printf("%q\n", buf.Next(2))
	fmt.Println(buf.UnreadByte(), buf.UnreadByte())

	b := bytes.NewBufferString("añb")
	r, size, _ := b.ReadRune()
	fmt.Println(string(r), size)
	r, size, _ = b.ReadRune()
	fmt.Println(string(r), size, b.UnreadRune(), b.UnreadRune(), b.Len())
	p := make([]byte, 2)
	k, err := b.Read(p)
	fmt.Println(k, err, p[:k])
	k, err = b.Read(p)
	fmt.Println(k, err)
	k, err = b.Read(p)
	fmt.Println(k, err)
	k, err = b.Read(nil)
	fmt.Println(k, err)

	var nilBuf *bytes.Buffer
	fmt.Println(nilBuf.String())

	var big bytes.Buffer
	big.Grow(1000)
	fmt.Println(big.Len(), big.Cap() >= 1000)
	m, err := big.ReadFrom(strings.NewReader(strings.Repeat("x", 3000)))
	fmt.Println(m, err, big.Len())
	w, err := big.WriteTo(io.Discard)
	fmt.Println(w, err, big.Len())

	src := bytes.NewBufferString("copied through a buffer\n")
	io.Copy(os.Stdout, src)
	var dst bytes.Buffer
	io.Copy(&dst, strings.NewReader("into a buffer"))
	fmt.Println(dst.String())

	defer func() { fmt.Println("recovered:", recover()) }()
	dst.Truncate(100)
}
