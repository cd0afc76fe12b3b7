// Tests hash/maphash: the value depends only on the seed and the bytes,
// not on how they are written; different seeds differ; uninitialised seeds
// panic.
package main

import (
	"fmt"
	"hash/maphash"
	"strings"
)

func main() {
	seed := maphash.MakeSeed()
	text := strings.Repeat("maphash splits its input into 128-byte buffers; ", 20)
	var whole maphash.Hash
	whole.SetSeed(seed)
	whole.WriteString(text)
	want := whole.Sum64()
	ok := true
	for step := 1; step < 300; step += 37 {
		var h maphash.Hash
		h.SetSeed(seed)
		for i := 0; i < len(text); i += step {
			end := i + step
			if end > len(text) {
				end = len(text)
			}
			if step%2 == 0 {
				h.Write([]byte(text[i:end]))
			} else {
				for _, c := range []byte(text[i:end]) {
					h.WriteByte(c)
				}
			}
		}
		ok = ok && h.Sum64() == want
	}
	fmt.Println(ok, maphash.String(seed, text) == want, maphash.Bytes(seed, []byte(text)) == want)
	fmt.Println(maphash.String(seed, "a") == maphash.String(seed, "a"), maphash.String(seed, "a") != maphash.String(seed, "b"))
	fmt.Println(maphash.String(seed, "") != maphash.String(seed, "\x00"), maphash.String(maphash.MakeSeed(), "x") != maphash.String(seed, "x"))
	whole.Reset()
	fmt.Println(whole.Sum64() == maphash.String(seed, ""), whole.Seed() == seed, len(whole.Sum(nil)), whole.Size(), whole.BlockSize())

	var zero maphash.Hash
	zero.WriteString("hello")
	fmt.Println(zero.Sum64() == maphash.String(zero.Seed(), "hello"))
	for _, f := range []func(){
		func() { maphash.String(maphash.Seed{}, "x") },
		func() { var h maphash.Hash; h.SetSeed(maphash.Seed{}) },
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			f()
		}()
	}
}
