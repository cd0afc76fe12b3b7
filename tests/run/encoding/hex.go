// Tests encoding/hex: Encode/Decode, error texts, the stream encoder and
// decoder, Dump and Dumper.
package main

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	src := []byte("Hello Gopher! \x00\xff")
	enc := hex.EncodeToString(src)
	fmt.Println(enc, hex.EncodedLen(5), hex.DecodedLen(9))
	for _, s := range []string{enc, "48656c6C6F", "4", "zz", "4g", "486", "48z", "", "ABCDEF"} {
		b, err := hex.DecodeString(s)
		fmt.Printf("%q %q %v\n", s, b, err)
	}
	dst := make([]byte, 4)
	n, err := hex.Decode(dst, []byte("0102x3"))
	fmt.Println(n, err, dst)
	fmt.Println(hex.InvalidByteError('é').Error(), hex.ErrLength)

	fmt.Print(hex.Dump([]byte("The quick brown fox jumps over the lazy dog.\n\x01\x02")))
	fmt.Print(hex.Dump(bytes.Repeat([]byte{0x41}, 16)))
	fmt.Printf("%q\n", hex.Dump(nil))
	d := hex.Dumper(os.Stdout)
	for i := 0; i < 5; i++ {
		d.Write([]byte("abcdefg"))
	}
	d.Close()
	_, err = d.Write([]byte("x"))
	fmt.Println(err)

	var buf bytes.Buffer
	e := hex.NewEncoder(&buf)
	e.Write([]byte("stream"))
	e.Write(bytes.Repeat([]byte{7}, 600))
	fmt.Println(buf.Len(), buf.String()[:20])
	out, err := io.ReadAll(hex.NewDecoder(&buf))
	fmt.Println(len(out), err, string(out[:6]))
	for _, s := range []string{"414", "41zz", "41 42", "4142"} {
		out, err := io.ReadAll(hex.NewDecoder(strings.NewReader(s)))
		fmt.Printf("%q %q %v\n", s, out, err)
	}
}
