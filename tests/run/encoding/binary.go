// Tests encoding/binary: byte orders, Read/Write of numbers, slices, arrays
// and structs (blank fields included), Size, varints and their errors.
package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
)

type Header struct {
	Magic   [4]byte
	Version uint16
	Flags   int8
	_       [3]byte
	Count   int32
	Ratio   float32
	Scale   float64
	OK      bool
	Z       complex64
	Pairs   [2]struct{ A, B uint8 }
}

func main() {
	b := make([]byte, 8)
	for _, order := range []binary.ByteOrder{binary.LittleEndian, binary.BigEndian} {
		order.PutUint16(b, 0x0102)
		order.PutUint32(b[2:], 0x03040506)
		fmt.Println(order, b[:6], order.Uint16(b), order.Uint32(b[2:]))
		order.PutUint64(b, 0x0102030405060708)
		fmt.Println(b, order.Uint64(b))
	}
	fmt.Printf("%v %#v\n", binary.LittleEndian, binary.BigEndian)
	fmt.Println(binary.LittleEndian.AppendUint16(nil, 0xabcd), binary.BigEndian.AppendUint32([]byte{9}, 1), binary.LittleEndian.AppendUint64(nil, 1<<63+5), binary.BigEndian.AppendUint64(nil, 258))

	var buf bytes.Buffer
	values := []any{true, int8(-2), uint8(200), int16(-300), uint16(65000), int32(-70000), uint32(4000000000),
		int64(-1 << 40), uint64(1 << 63), float32(1.5), math.Pi, []int16{1, -1, 256}, []float64{0.25, -2},
		&[3]uint16{7, 8, 9}, []bool{true, false}, complex(1, -2), [2]int32{5, -5}}
	for _, v := range values {
		buf.Reset()
		err := binary.Write(&buf, binary.BigEndian, v)
		fmt.Printf("%T %v %x %d\n", v, err, buf.Bytes(), binary.Size(v))
	}
	for _, v := range []any{1, "str", []int{1}, map[int]int{}, struct{ P *int }{}} {
		fmt.Println(binary.Write(&buf, binary.LittleEndian, v), binary.Size(v))
	}

	h := Header{Magic: [4]byte{'G', 'O', 'B', 'N'}, Version: 3, Flags: -1, Count: 123456, Ratio: 0.5, Scale: -1e10, OK: true, Z: complex(3, 4)}
	h.Pairs[1].A = 42
	buf.Reset()
	fmt.Println(binary.Write(&buf, binary.LittleEndian, &h), buf.Len(), binary.Size(h))
	fmt.Printf("%x\n", buf.Bytes())
	var h2 Header
	fmt.Println(binary.Read(bytes.NewReader(buf.Bytes()), binary.LittleEndian, &h2))
	fmt.Printf("%+v %v\n", h2, h == h2)
	fmt.Println(binary.Read(bytes.NewReader(buf.Bytes()[:10]), binary.LittleEndian, &h2))
	fmt.Println(binary.Read(bytes.NewReader(nil), binary.LittleEndian, &h2))

	var x uint32
	var fs [3]float32
	var i16s = make([]int16, 3)
	r := bytes.NewReader([]byte{1, 2, 3, 4, 0, 0, 128, 63, 0, 0, 0, 64, 0, 0, 64, 64, 1, 0, 255, 255, 0, 128})
	fmt.Println(binary.Read(r, binary.LittleEndian, &x), x)
	fmt.Println(binary.Read(r, binary.LittleEndian, &fs), fs)
	fmt.Println(binary.Read(r, binary.LittleEndian, i16s), i16s)
	var n int
	fmt.Println(binary.Read(r, binary.LittleEndian, &n))
	fmt.Println(binary.Read(r, binary.LittleEndian, &x))

	for _, v := range []uint64{0, 1, 127, 128, 300, 1 << 35, math.MaxUint64} {
		enc := binary.AppendUvarint(nil, v)
		dec, n := binary.Uvarint(enc)
		rd, err := binary.ReadUvarint(bytes.NewReader(enc))
		fmt.Println(v, enc, dec, n, rd, err)
	}
	for _, v := range []int64{0, -1, 1, -64, 64, math.MinInt64, math.MaxInt64} {
		vb := make([]byte, binary.MaxVarintLen64)
		k := binary.PutVarint(vb, v)
		dec, n := binary.Varint(vb[:k])
		rd, err := binary.ReadVarint(bytes.NewReader(vb[:k]))
		fmt.Println(v, vb[:k], dec, n, rd, err, binary.AppendVarint(nil, v))
	}
	over := []byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02}
	fmt.Println(binary.Uvarint(over))
	fmt.Println(binary.Uvarint(append(bytes.Repeat([]byte{0x80}, 10), 1)))
	fmt.Println(binary.Uvarint([]byte{0x80, 0x80}))
	fmt.Println(binary.ReadUvarint(bytes.NewReader(over)))
	fmt.Println(binary.ReadUvarint(bytes.NewReader([]byte{0x80})))
	fmt.Println(binary.ReadUvarint(bytes.NewReader(nil)))
	fmt.Println(binary.ReadVarint(bytes.NewReader(bytes.Repeat([]byte{0x80}, 11))))
	fmt.Println(binary.MaxVarintLen16, binary.MaxVarintLen32)
}
