// Tests encoding/pem: Encode with and without headers (Proc-Type first,
// others sorted), line breaking at 64, Decode of several blocks, headers,
// CRLF, garbage around blocks and malformed blocks.
package main

import (
	"bytes"
	"encoding/pem"
	"fmt"
	"os"
)

func main() {
	data := bytes.Repeat([]byte{0, 1, 2, 250, 251, 252}, 30)
	b := &pem.Block{Type: "TEST DATA", Bytes: data}
	enc := pem.EncodeToMemory(b)
	fmt.Print(string(enc))
	h := &pem.Block{Type: "RSA PRIVATE KEY", Headers: map[string]string{"Proc-Type": "4,ENCRYPTED", "DEK-Info": "AES-128-CBC,0123", "Alpha": "1"}, Bytes: []byte("short")}
	pem.Encode(os.Stdout, h)
	fmt.Println(pem.EncodeToMemory(&pem.Block{Type: "X", Headers: map[string]string{"a:b": "c"}}) == nil)
	fmt.Print(string(pem.EncodeToMemory(&pem.Block{Type: "EMPTY"})))

	input := "garbage before\n" + string(enc) + "between\r\n" + string(pem.EncodeToMemory(h)) +
		"-----BEGIN BAD-----\nnot base64!!\n-----END BAD-----\n" +
		"-----BEGIN MISMATCH-----\nAAAA\n-----END OTHER-----\n" +
		"-----BEGIN CRLF-----\r\nQUJD\r\n-----END CRLF-----  \r\ntrailing"
	rest := []byte(input)
	for {
		var p *pem.Block
		p, rest = pem.Decode(rest)
		if p == nil {
			break
		}
		fmt.Printf("%q %v %d %q\n", p.Type, p.Headers, len(p.Bytes), p.Bytes[:3])
	}
	fmt.Printf("rest %q\n", rest)
	for _, s := range []string{"", "-----BEGIN X-----\n", "-----BEGIN X-----\nQUJD\n-----END X-----extra\n", "-----BEGIN X-----\n-----END X-----\n", "-----BEGIN X\nQUJD\n-----END X-----\n",
		"-----BEGIN X-----\nKey: v\n\n QU JD\t\n-----END X-----"} {
		p, r := pem.Decode([]byte(s))
		if p != nil {
			fmt.Printf("%q %v %q %q\n", p.Type, p.Headers, p.Bytes, r)
		} else {
			fmt.Printf("nil %q\n", r)
		}
	}
}
