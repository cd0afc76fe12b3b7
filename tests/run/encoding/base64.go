// Tests encoding/base64: the four standard encodings, custom alphabets and
// padding, Strict, CorruptInputError offsets, and the stream encoder and
// decoder.
package main

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"io"
	"strings"
)

type chunkReader struct {
	data []byte
	n    int
}

func (r *chunkReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	n := r.n
	if n > len(p) {
		n = len(p)
	}
	if n > len(r.data) {
		n = len(r.data)
	}
	copy(p, r.data[:n])
	r.data = r.data[n:]
	return n, nil
}

func main() {
	encs := []struct {
		name string
		enc  *base64.Encoding
	}{
		{"std", base64.StdEncoding}, {"url", base64.URLEncoding},
		{"rawstd", base64.RawStdEncoding}, {"rawurl", base64.RawURLEncoding},
		{"custom", base64.NewEncoding("ZYXWVUTSRQPONMLKJIHGFEDCBAzyxwvutsrqponmlkjihgfedcba9876543210+/").WithPadding('*')},
		{"strict", base64.StdEncoding.Strict()},
	}
	inputs := []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "\xfb\xff\xfe", "Go is fun!?"}
	for _, e := range encs {
		for _, in := range inputs {
			s := e.enc.EncodeToString([]byte(in))
			back, err := e.enc.DecodeString(s)
			fmt.Printf("%s %q -> %q -> %q %v | %d %d\n", e.name, in, s, back, err, e.enc.EncodedLen(len(in)), e.enc.DecodedLen(len(s)))
		}
	}
	bad := []string{"Zm9v!", "Zm9", "Zm=", "Zm==Zm9v", "Zm9v\nYmFy", "Zm\r\n9v", "Zg=", "Zg==\n", "Zg==x", "=", "Zh==", "Zm9=", "Zm9vYg", "Zm9vYg=", "Zm9vYg===", "YW=="}
	for _, e := range encs {
		for _, s := range bad {
			b, err := e.enc.DecodeString(s)
			fmt.Printf("%s %q: %q %v\n", e.name, s, b, err)
		}
	}
	dst := make([]byte, 12)
	n, err := base64.StdEncoding.Decode(dst, []byte("aGVsbG8gd29ybGQ="))
	fmt.Println(n, err, string(dst[:n]))

	for _, p := range []string{"bad alphabet", "nl"} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			if p == "nl" {
				base64.NewEncoding(strings.Repeat("a", 63) + "\n")
			}
			base64.NewEncoding("abc")
		}()
	}
	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		base64.StdEncoding.WithPadding('A')
	}()
	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		base64.StdEncoding.WithPadding('\n')
	}()

	// Streams, written and read in odd-sized pieces.
	data := bytes.Repeat([]byte("The quick brown fox. "), 100)
	for _, e := range encs[:4] {
		var buf bytes.Buffer
		w := base64.NewEncoder(e.enc, &buf)
		for i := 0; i < len(data); i += 7 {
			end := i + 7
			if end > len(data) {
				end = len(data)
			}
			w.Write(data[i:end])
		}
		w.Close()
		encoded := buf.String()
		fmt.Println(len(encoded), encoded == e.enc.EncodeToString(data))
		for _, size := range []int{1, 3, 5, 1000} {
			r := base64.NewDecoder(e.enc, &chunkReader{[]byte(encoded), size})
			got, err := io.ReadAll(r)
			fmt.Println(size, bytes.Equal(got, data), err)
		}
	}
	for _, s := range []string{"Zm9v\nYmFy\n", "Zm9vYmF", "Zm9v!mFy", "Zm9vYg==Zm9v", "Zm9vYg=="} {
		got, err := io.ReadAll(base64.NewDecoder(base64.StdEncoding, strings.NewReader(s)))
		fmt.Printf("%q %q %v\n", s, got, err)
		got, err = io.ReadAll(base64.NewDecoder(base64.RawStdEncoding, strings.NewReader(s)))
		fmt.Printf("  raw %q %v\n", got, err)
	}
	fmt.Println(base64.CorruptInputError(42).Error())
}
