// compress/lzw: GIF-style (LSB) and PDF-style (MSB) streams at several
// literal widths, byte for byte as Go writes them (through a table that
// fills up and is cleared), read back; the reader's and writer's errors.
package main

import (
	"bytes"
	"compress/lzw"
	"fmt"
	"hash/crc32"
	"io"
	"strings"
)

func compress(data []byte, order lzw.Order, litWidth int) []byte {
	var buf bytes.Buffer
	w := lzw.NewWriter(&buf, order, litWidth)
	if _, err := w.Write(data); err != nil {
		fmt.Println("write:", err)
	}
	w.Close()
	return buf.Bytes()
}

func decompress(data []byte, order lzw.Order, litWidth int) ([]byte, error) {
	r := lzw.NewReader(bytes.NewReader(data), order, litWidth)
	defer r.Close()
	return io.ReadAll(r)
}

func main() {
	text := []byte(strings.Repeat("TOBEORNOTTOBEORTOBEORNOT#", 3))
	fmt.Printf("%x\n", compress(text, lzw.LSB, 8))
	fmt.Printf("%x\n", compress(text, lzw.MSB, 8))
	fmt.Printf("%x\n", compress([]byte{1, 2, 3, 1, 2, 3, 3, 3, 3}, lzw.LSB, 2))
	fmt.Printf("%x\n", compress(nil, lzw.LSB, 7))

	// Enough varied data to fill the 4096-code table several times.
	var big []byte
	seed := uint32(1)
	for i := 0; i < 100000; i++ {
		seed = seed*1103515245 + 12345
		big = append(big, "abcdefgh"[seed>>28&7], byte(i/1000))
	}
	for _, order := range []lzw.Order{lzw.LSB, lzw.MSB} {
		c := compress(big, order, 8)
		d, err := decompress(c, order, 8)
		fmt.Println(order, len(c), crc32.ChecksumIEEE(c), bytes.Equal(d, big), err)
	}
	small := bytes.Map(func(r rune) rune { return r & 63 }, big)
	c := compress(small, lzw.LSB, 6)
	d, err := decompress(c, lzw.LSB, 6)
	fmt.Println(len(c), crc32.ChecksumIEEE(c), bytes.Equal(d, small), err)

	// Errors.
	_, err = decompress(c[:len(c)/2], lzw.LSB, 6)
	fmt.Println("truncated:", err)
	_, err = decompress([]byte{0xff, 0xff, 0xff}, lzw.LSB, 8)
	fmt.Println("bad code:", err)
	_, err = decompress(c, lzw.LSB, 9)
	fmt.Println("width:", err)
	_, err = decompress(c, lzw.Order(2), 8)
	fmt.Println("order:", err)
	w := lzw.NewWriter(io.Discard, lzw.LSB, 3)
	_, err = w.Write([]byte{9})
	fmt.Println("literal:", err)
	w.Close()
	_, err = w.Write([]byte{1})
	fmt.Println("closed:", err)
}
