// Tests package math/bits: LeadingZeros, TrailingZeros, OnesCount, Len,
// RotateLeft, Reverse, ReverseBytes in every width, and the double-word
// arithmetic Add, Sub, Mul, Div and Rem, on edge values and pseudo-random
// operands; plus the panics of Div64 (divide by zero, overflow).
package main

import (
	"math/bits"
	"os"
	"strconv"
)

var state uint64 = 88172645463325252

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

var out []byte

func num(v uint64) { out = strconv.AppendUint(out, v, 16); out = append(out, ' ') }

func n(v int) { out = strconv.AppendInt(out, int64(v), 10); out = append(out, ' ') }

func main() {
	vals := []uint64{0, 1, 2, 3, 0x80, 0xff, 0x100, 0xffff, 0x8000_0000, 0xffff_ffff, 1 << 63, 1<<64 - 1, 0x0123456789abcdef}
	for i := 0; i < 300; i++ {
		vals = append(vals, next()>>(next()%64))
	}
	for i, x := range vals {
		y := vals[(i*7+1)%len(vals)]
		n(bits.LeadingZeros64(x))
		n(bits.LeadingZeros32(uint32(x)))
		n(bits.LeadingZeros16(uint16(x)))
		n(bits.LeadingZeros8(uint8(x)))
		n(bits.LeadingZeros(uint(x)))
		n(bits.TrailingZeros64(x))
		n(bits.TrailingZeros32(uint32(x)))
		n(bits.TrailingZeros16(uint16(x)))
		n(bits.TrailingZeros8(uint8(x)))
		n(bits.OnesCount64(x))
		n(bits.OnesCount8(uint8(x)))
		n(bits.Len64(x))
		n(bits.Len32(uint32(x)))
		n(bits.Len8(uint8(x)))
		num(bits.RotateLeft64(x, i-150))
		num(uint64(bits.RotateLeft32(uint32(x), i)))
		num(uint64(bits.RotateLeft16(uint16(x), -i)))
		num(uint64(bits.RotateLeft8(uint8(x), i)))
		num(bits.Reverse64(x))
		num(uint64(bits.Reverse32(uint32(x))))
		num(uint64(bits.Reverse16(uint16(x))))
		num(uint64(bits.Reverse8(uint8(x))))
		num(bits.ReverseBytes64(x))
		num(uint64(bits.ReverseBytes32(uint32(x))))
		num(uint64(bits.ReverseBytes16(uint16(x))))
		s, c := bits.Add64(x, y, uint64(i&1))
		num(s)
		num(c)
		d, bo := bits.Sub64(x, y, uint64(i&1))
		num(d)
		num(bo)
		hi, lo := bits.Mul64(x, y)
		num(hi)
		num(lo)
		h32, l32 := bits.Mul32(uint32(x), uint32(y))
		num(uint64(h32))
		num(uint64(l32))
		if y != 0 {
			q, r := bits.Div64(hi%y, lo, y)
			num(q)
			num(r)
			num(bits.Rem64(x, lo, y))
		}
		out = append(out, '\n')
	}
	for _, c := range [][3]uint64{{0, 1, 0}, {5, 1, 5}} {
		func() {
			defer func() {
				e := recover().(error)
				out = append(out, e.Error()+"\n"...)
			}()
			bits.Div64(c[0], c[1], c[2])
		}()
	}
	n(bits.UintSize)
	out = append(out, '\n')
	os.Stdout.Write(out)
}
