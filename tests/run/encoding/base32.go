// Tests encoding/base32: standard and hex alphabets, padding, error offsets
// and the stream encoder and decoder.
package main

import (
	"bytes"
	"encoding/base32"
	"fmt"
	"io"
	"strings"
)

func main() {
	encs := []*base32.Encoding{base32.StdEncoding, base32.HexEncoding, base32.StdEncoding.WithPadding(base32.NoPadding), base32.HexEncoding.WithPadding('@')}
	for _, e := range encs {
		for _, in := range []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "\x00\xff\x10\x80\x7f\x01"} {
			s := e.EncodeToString([]byte(in))
			back, err := e.DecodeString(s)
			fmt.Printf("%q -> %q -> %q %v %d %d\n", in, s, back, err, e.EncodedLen(len(in)), e.DecodedLen(len(s)))
		}
		for _, s := range []string{"MZXW6===", "MZXW6==", "MZXW6", "MZ======", "M=======", "MZX=====", "MZXW6YQ=", "MZXW6YTB", "MZ!W6===", "MZXW6===MZXW6===", "MZ\nXW\r6===", "========"} {
			b, err := e.DecodeString(s)
			fmt.Printf("  %q: %q %v\n", s, b, err)
		}
		var buf bytes.Buffer
		w := base32.NewEncoder(e, &buf)
		data := bytes.Repeat([]byte("base32 stream "), 51)
		for i := 0; i+3 <= len(data); i += 3 {
			w.Write(data[i : i+3])
		}
		w.Close()
		got, err := io.ReadAll(base32.NewDecoder(e, strings.NewReader(buf.String())))
		fmt.Println(buf.Len(), bytes.Equal(got, data), err)
		got, err = io.ReadAll(base32.NewDecoder(e, strings.NewReader("MZXW6YQ")))
		fmt.Printf("%q %v\n", got, err)
	}
	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		base32.NewEncoding("short")
	}()
}
