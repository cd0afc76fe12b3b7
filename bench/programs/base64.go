// Benchmark: base64 encoding and decoding of 100 MB — encoding/base64's
// table lookups and byte loops.
package main

import (
	"bytes"
	"encoding/base64"
	"fmt"
)

func main() {
	data := make([]byte, 100<<20)
	for i := range data {
		data[i] = byte(i*7 + i>>8)
	}
	enc := make([]byte, base64.StdEncoding.EncodedLen(len(data)))
	base64.StdEncoding.Encode(enc, data)
	dec := make([]byte, len(data))
	n, err := base64.StdEncoding.Decode(dec, enc)
	fmt.Println(len(enc), n, err, bytes.Equal(dec, data))
}
