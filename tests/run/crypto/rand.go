// Tests crypto/rand: Read fills buffers from the kernel (checked by
// statistics, not values), Int and Prime over a deterministic reader
// (exact values) and over Reader (ranges and primality), and errors.
package main

import (
	"bytes"
	"crypto/rand"
	"fmt"
	"io"
	"math/big"
	"strings"
)

// counter is a deterministic byte source.
type counter struct{ n byte }

func (c *counter) Read(p []byte) (int, error) {
	for i := range p {
		c.n = c.n*37 + 11
		p[i] = c.n
	}
	return len(p), nil
}

func main() {
	buf := make([]byte, 1<<16)
	n, err := rand.Read(buf)
	seen := map[byte]bool{}
	for _, b := range buf {
		seen[b] = true
	}
	fmt.Println(n, err, len(seen) > 250, !bytes.Equal(buf[:32], make([]byte, 32)))
	other := make([]byte, 32)
	io.ReadFull(rand.Reader, other)
	fmt.Println(!bytes.Equal(buf[:32], other))

	src := &counter{}
	for _, m := range []int64{1, 2, 10, 255, 256, 1000, 1 << 40} {
		v, err := rand.Int(src, big.NewInt(m))
		fmt.Print(v, err, " ")
	}
	huge, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	v, _ := rand.Int(src, huge)
	fmt.Println(v)
	for i := 0; i < 20; i++ {
		v, _ := rand.Int(rand.Reader, big.NewInt(7))
		if v.Sign() < 0 || v.Cmp(big.NewInt(7)) >= 0 {
			fmt.Println("out of range", v)
		}
	}
	for _, bits := range []int{2, 3, 8, 9, 16, 64, 128, 256} {
		p, err := rand.Prime(rand.Reader, bits)
		fmt.Print(bits, ":", p.BitLen(), p.ProbablyPrime(20), err, " ")
	}
	fmt.Println()
	_, err = rand.Prime(rand.Reader, 1)
	fmt.Println(err)
	_, err = rand.Int(strings.NewReader("x"), big.NewInt(1<<20))
	fmt.Println(err)
	_, err = rand.Prime(strings.NewReader(""), 64)
	fmt.Println(err)
	defer func() { fmt.Println("panic:", recover()) }()
	rand.Int(src, big.NewInt(0))
}
