// mime/quotedprintable: the Writer's escapes, soft line breaks at 76
// characters, trailing spaces and Binary mode; the Reader's decoding,
// its leniency and its errors.
package main

import (
	"bytes"
	"fmt"
	"io"
	"mime/quotedprintable"
	"strings"
)

func encode(s string, binary bool) string {
	var b bytes.Buffer
	w := quotedprintable.NewWriter(&b)
	w.Binary = binary
	w.Write([]byte(s))
	w.Close()
	return b.String()
}

func main() {
	for _, s := range []string{
		"plain text",
		"café = 10€",
		"trailing space \nand tab\t\r\nend ",
		strings.Repeat("long line ", 12),
		strings.Repeat("é", 30),
		"cr\rlf\ncrlf\r\n",
	} {
		fmt.Printf("%q\n  => %q\n", s, encode(s, false))
	}
	fmt.Printf("binary: %q\n", encode("a\r\nb\x00\xff", true))

	for _, s := range []string{
		"caf=C3=A9",
		"lower=c3=a9",
		"soft=\r\nbreak",
		"trailing   \r\nspaces",
		"lenient = sign",
		"bad=ZZ",
		"short=4",
		"ctrl\x01byte",
		"=\r\n",
		"end=",
	} {
		data, err := io.ReadAll(quotedprintable.NewReader(strings.NewReader(s)))
		fmt.Printf("%q -> %q %v\n", s, data, err)
	}
}
