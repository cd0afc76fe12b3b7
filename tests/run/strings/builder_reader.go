// Tests strings.Builder (Write*, Len, Grow, Reset, Fprintf into it, the
// copy-by-value panic message) and strings.Reader (Read, ReadByte,
// UnreadByte, ReadRune, UnreadRune rules, Seek, ReadAt, Len/Size, WriteTo,
// io.Copy from it, Reset).
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&b, "%d...", i)
	}
	b.WriteString("liftoff")
	b.WriteByte('!')
	n, _ := b.WriteRune('→')
	b.Write([]byte(" ok"))
	fmt.Println(b.String(), b.Len(), n)
	b.Grow(100)
	fmt.Println(b.Len(), b.Cap() >= 100+b.Len())
	b.Reset()
	fmt.Printf("%q %d\n", b.String(), b.Len())

	r := strings.NewReader("héllo, reader")
	fmt.Println(r.Len(), r.Size())
	c, _ := r.ReadByte()
	ch, size, _ := r.ReadRune()
	fmt.Println(string(c), string(ch), size, r.Len())
	fmt.Println(r.UnreadRune(), r.UnreadRune())
	ch, size, _ = r.ReadRune()
	fmt.Println(string(ch), size)
	fmt.Println(r.UnreadByte(), r.Len())
	buf := make([]byte, 5)
	n, err := r.Read(buf)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	pos, err := r.Seek(-6, io.SeekEnd)
	fmt.Println(pos, err)
	n, err = r.ReadAt(buf, 1)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	n, err = r.ReadAt(buf, 10)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	_, err = r.ReadAt(buf, -1)
	fmt.Println(err)
	_, err = r.Seek(-100, io.SeekCurrent)
	fmt.Println(err)
	_, err = r.Seek(0, 7)
	fmt.Println(err)
	w, err := r.WriteTo(os.Stdout)
	fmt.Println()
	fmt.Println(w, err, r.Len())
	n, err = r.Read(buf)
	fmt.Println(n, err)
	r.Reset("again\n")
	io.Copy(os.Stdout, r)
	fmt.Println(strings.NewReader("").UnreadByte())

	defer func() { fmt.Println("recovered:", recover()) }()
	var a strings.Builder
	a.WriteString("x")
	copied := a
	copied.WriteString("y")
}
