// Tests hash/crc32 (three polynomials, tables, Update, slicing for long
// input), hash/crc64, hash/adler32 and every hash/fnv variant, through
// their functions and the hash.Hash interfaces.
package main

import (
	"bytes"
	"fmt"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"hash/crc64"
	"hash/fnv"
	"strings"
)

func main() {
	inputs := []string{"", "a", "abc", "123456789", "The quick brown fox jumps over the lazy dog",
		strings.Repeat("x", 63), strings.Repeat("xyz", 100), strings.Repeat("\xff\x00", 3000)}
	ieee, cast, koop := crc32.IEEETable, crc32.MakeTable(crc32.Castagnoli), crc32.MakeTable(crc32.Koopman)
	iso, ecma := crc64.MakeTable(crc64.ISO), crc64.MakeTable(crc64.ECMA)
	for _, in := range inputs {
		b := []byte(in)
		fmt.Printf("%d crc32 %08x %08x %08x %08x crc64 %016x %016x adler %08x\n", len(in),
			crc32.ChecksumIEEE(b), crc32.Checksum(b, cast), crc32.Checksum(b, koop), crc32.Checksum(b, crc32.MakeTable(0x04c11db7)),
			crc64.Checksum(b, iso), crc64.Checksum(b, ecma), adler32.Checksum(b))
		half := len(b) / 3
		fmt.Println(crc32.Update(crc32.Update(0, ieee, b[:half]), ieee, b[half:]) == crc32.ChecksumIEEE(b),
			crc32.Update(crc32.Update(0, cast, b[:half]), cast, b[half:]) == crc32.Checksum(b, cast),
			crc64.Update(crc64.Update(0, ecma, b[:half]), ecma, b[half:]) == crc64.Checksum(b, ecma))
	}
	fmt.Println(crc32.MakeTable(crc32.IEEE) == crc32.IEEETable, ieee[1], ieee[255], cast[128], iso[1], ecma[255])
	fmt.Println(crc32.Size, crc64.Size, adler32.Size, crc32.IEEE, crc32.Castagnoli, crc32.Koopman, uint64(crc64.ISO), uint64(crc64.ECMA))

	long := bytes.Repeat([]byte("adler32 needs more than 5552 bytes to wrap "), 400)
	fmt.Printf("%08x %08x %08x\n", adler32.Checksum(long), crc32.ChecksumIEEE(long), crc32.Checksum(long, cast))

	hashes := []hash.Hash{crc32.NewIEEE(), crc32.New(cast), crc64.New(iso), adler32.New(),
		fnv.New32(), fnv.New32a(), fnv.New64(), fnv.New64a(), fnv.New128(), fnv.New128a()}
	for _, h := range hashes {
		for _, in := range []string{"", "a", "foobar", "chongo was here!\n"} {
			h.Reset()
			h.Write([]byte(in))
			fmt.Printf("%x ", h.Sum([]byte{0xAA}))
		}
		h.Reset()
		h.Write(long[:1000])
		h.Write(long[1000:])
		fmt.Printf("| %x %d %d", h.Sum(nil), h.Size(), h.BlockSize())
		switch h := h.(type) {
		case hash.Hash32:
			fmt.Printf(" %d", h.Sum32())
		case hash.Hash64:
			fmt.Printf(" %d", h.Sum64())
		}
		fmt.Println()
	}
}
