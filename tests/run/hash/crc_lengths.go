// CRC-32 checksums of every length up to 300 bytes at three alignments,
// and of longer inputs: the IEEE and Castagnoli polynomials have code of
// their own on x86-64 (the carry-less multiply, SSE 4.2's crc32 instruction)
// beside the tables, which must agree at every length.
package main

import (
	"fmt"
	"hash/crc32"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(1))
	buf := make([]byte, 70000)
	r.Read(buf)
	castagnoli := crc32.MakeTable(crc32.Castagnoli)
	koopman := crc32.MakeTable(crc32.Koopman)
	var ieee, cast, koop uint32
	for n := 0; n <= 300; n++ {
		for off := 0; off < 3; off++ {
			p := buf[off : off+n]
			ieee = ieee*31 + crc32.ChecksumIEEE(p)
			cast = cast*31 + crc32.Checksum(p, castagnoli)
			koop = koop*31 + crc32.Checksum(p, koopman)
		}
	}
	fmt.Printf("short: %08x %08x %08x\n", ieee, cast, koop)
	for _, n := range []int{1000, 4096, 4097, 65535, 70000} {
		fmt.Printf("%5d: %08x %08x\n", n, crc32.ChecksumIEEE(buf[:n]), crc32.Checksum(buf[:n], castagnoli))
	}
	// Written in pieces, the digest must equal the checksum of the whole.
	h := crc32.NewIEEE()
	for i := 0; i < len(buf); i += 1000 + i%77 {
		end := i + 1000 + i%77
		if end > len(buf) {
			end = len(buf)
		}
		h.Write(buf[i:end])
	}
	fmt.Println(h.Sum32() == crc32.ChecksumIEEE(buf), crc32.Update(crc32.ChecksumIEEE(buf[:100]), crc32.IEEETable, buf[100:]) == crc32.ChecksumIEEE(buf))
}
