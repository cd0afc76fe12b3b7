// Tests crypto/md5, sha1, sha256 (and 224), sha512 (all four variants):
// standard test vectors, writes split at every block boundary, Sum
// appending without disturbing the state, Reset, and crypto.Hash.
package main

import (
	"bytes"
	"crypto"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"fmt"
	"hash"
	"io"
	"strings"
)

func main() {
	inputs := []string{"", "a", "abc", "message digest", "abcdefghijklmnopqrstuvwxyz",
		"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
		strings.Repeat("1234567890", 8), strings.Repeat("x", 55), strings.Repeat("x", 56),
		strings.Repeat("x", 64), strings.Repeat("y", 111), strings.Repeat("y", 112), strings.Repeat("z", 1000)}
	for _, in := range inputs {
		b := []byte(in)
		fmt.Printf("%d md5 %x sha1 %x\n", len(in), md5.Sum(b), sha1.Sum(b))
		fmt.Printf("  sha224 %x\n  sha256 %x\n", sha256.Sum224(b), sha256.Sum256(b))
		fmt.Printf("  sha384 %x\n  sha512 %x\n", sha512.Sum384(b), sha512.Sum512(b))
		fmt.Printf("  sha512/224 %x\n  sha512/256 %x\n", sha512.Sum512_224(b), sha512.Sum512_256(b))
	}
	million := bytes.Repeat([]byte("a"), 1000000)
	fmt.Printf("%x\n%x\n%x\n", md5.Sum(million), sha1.Sum(million), sha256.Sum256(million))

	news := []func() hash.Hash{md5.New, sha1.New, sha256.New, sha256.New224, sha512.New, sha512.New384, sha512.New512_224, sha512.New512_256}
	data := bytes.Repeat([]byte("The quick brown fox jumps over the lazy dog. "), 20)
	for _, newHash := range news {
		whole := newHash()
		whole.Write(data)
		want := whole.Sum(nil)
		ok := true
		for split := 0; split < 300; split += 7 {
			h := newHash()
			io.WriteString(h, string(data[:split]))
			mid := h.Sum([]byte("prefix"))
			h.Write(data[split:])
			if !bytes.Equal(h.Sum(nil), want) || !bytes.HasPrefix(mid, []byte("prefix")) {
				ok = false
			}
		}
		whole.Reset()
		whole.Write([]byte("abc"))
		fmt.Printf("%d %d %v %x\n", whole.Size(), whole.BlockSize(), ok, whole.Sum(nil))
	}

	for h := crypto.Hash(0); h <= crypto.BLAKE2b_512+1; h++ {
		fmt.Print(h, " ", h.Available(), " ", h.HashFunc() == h)
		if h > 0 && h <= crypto.BLAKE2b_512 {
			fmt.Print(" ", h.Size())
		}
		if h.Available() {
			d := h.New()
			d.Write([]byte("abc"))
			fmt.Printf(" %x", d.Sum(nil))
		}
		fmt.Println()
	}
	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		crypto.MD4.New()
	}()
	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		crypto.Hash(99).Size()
	}()
}
