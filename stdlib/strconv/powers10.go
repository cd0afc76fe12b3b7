// This file computes the 128-bit powers of ten behind the Eisel-Lemire
// fast path of ParseFloat (eisel_lemire.go) and the Ryū algorithm of
// FormatFloat (ftoaryu.go) the first time one of them needs it, instead
// of storing 11 KB of table in every program that imports strconv (or
// computing it at start-up in programs that never format a float).
//
// Entry q is 10^q written as a 128-bit mantissa m and a binary exponent:
// 10^q ≈ m × 2^(e-127) with 2^127 <= m < 2^128, m rounded down
// (truncated) and e = mulByLog10Log2(q), so the table stores m only.
// 10^q = 5^q × 2^q, and scaling by a power of two leaves the leading
// bits unchanged: m is the 128 leading bits of any 5^q × 2^s.
//
// The numbers are exact multiword integers, 32-bit limbs kept in uint64s
// (least significant first) so that a limb times 5^13, or a remainder and
// a limb divided by 5^13, fits in one word. Both halves of the table are
// filled downwards, dividing by five, from an exact starting number y:
//
//   - q >= 0: y = 5^347 × 2^160 (the factor 2^160 gives even 5^1 the
//     five limbs leading128 reads), and 5^q × 2^160 = y / 5^(347-q);
//   - q <= 0: y = 2^960, and floor(2^960 / 5^-q) has the leading bits of
//     5^q × 2^960 (a floor truncates only bits below the leading 128: at
//     q = -348 it still has 152 bits).
//
// Dividing by five costs one step per limb, but the leading bits of
// floor(y / 5^j) depend only on the leading bits of y: for y = h × 2^s +
// l with l < 2^s, floor(y / 5^j) = floor(h / 5^j) × 2^s + (less than
// 2^s). So the next 13 entries come from the six leading limbs of y
// alone, and only then is the whole of y divided, by 5^13.

package strconv

import (
	"math/bits"
	"sync/atomic"
	"unsafe"
)

// The range of q in the table: every exponent a float64 or a
// 19-digit decimal mantissa can need, and a little more.
const (
	detailedPowersOfTenMinExp10 = -348
	detailedPowersOfTenMaxExp10 = 347
)

// powersOfTenLen is the number of entries: 696.
const powersOfTenLen = detailedPowersOfTenMaxExp10 - detailedPowersOfTenMinExp10 + 1

// powersOfTenTable points to the table once computed, nil before: the
// entry of q is at 2×(q-detailedPowersOfTenMinExp10), as hi then lo.
var powersOfTenTable unsafe.Pointer

// detailedPowerOfTen returns hi and lo, the 128-bit mantissa of 10^q,
// truncated: 10^q ≈ (hi×2^64 + lo) × 2^(e-127) with e = mulByLog10Log2(q).
//
// The first call computes the table. A goroutine that finds none fills
// one of its own and only then publishes it: goroutines formatting floats
// at once may each compute one (all equal), but none ever reads a table
// still being filled.
func detailedPowerOfTen(q int) (hi, lo uint64) {
	t := (*[2 * powersOfTenLen]uint64)(atomic.LoadPointer(&powersOfTenTable))
	if t == nil {
		t = computePowersOfTen()
		atomic.StorePointer(&powersOfTenTable, unsafe.Pointer(t))
	}
	i := 2 * (q - detailedPowersOfTenMinExp10)
	return t[i], t[i+1]
}

// powerLimbs is the number of 32-bit limbs of the largest number
// computed, 5^347 × 2^160 (967 bits).
const powerLimbs = 31

// Powers of five are taken 13 at a time: 5^13 < 2^31.
const (
	chunkExp5 = 13
	chunkPow5 = 1220703125
)

// chunkLimbs is how many leading limbs of y give the next chunkExp5
// entries: six limbs hold at least 161 bits, and after 12 divisions by
// five (less than 28 bits) at least 133 remain, all exact.
const chunkLimbs = 6

// computePowersOfTen returns a new table.
func computePowersOfTen() *[2 * powersOfTenLen]uint64 {
	// A slice of uint64, not an array type, spares the program an array
	// type descriptor.
	t := (*[2 * powersOfTenLen]uint64)(unsafe.Pointer(&make([]uint64, 2*powersOfTenLen)[0]))

	// y = 5^347 × 2^160: 2^160 times 5^13, 26 times, then 5, 9 times.
	var y [powerLimbs]uint64
	y[5] = 1
	n := 6
	for q := 0; q+chunkExp5 <= detailedPowersOfTenMaxExp10; q += chunkExp5 {
		n = multiplyBy(y[:], n, chunkPow5)
	}
	for q := detailedPowersOfTenMaxExp10 / chunkExp5 * chunkExp5; q < detailedPowersOfTenMaxExp10; q++ {
		n = multiplyBy(y[:], n, 5)
	}
	fillPowersOfTen(t, y[:n], detailedPowersOfTenMaxExp10, 1)

	// y = 2^960.
	y = [powerLimbs]uint64{}
	y[30] = 1
	fillPowersOfTen(t, y[:], 0, detailedPowersOfTenMinExp10)
	return t
}

// fillPowersOfTen fills the entries of t for q = first down to last, y
// being 5^first times a power of two (or its floor).
func fillPowersOfTen(t *[2 * powersOfTenLen]uint64, y []uint64, first, last int) {
	for q := first; q >= last; {
		top := y
		if len(top) > chunkLimbs {
			top = top[len(top)-chunkLimbs:]
		}
		var h [chunkLimbs]uint64
		hn := copy(h[:], top)
		for j := 0; j < chunkExp5 && q >= last; j++ {
			i := 2 * (q - detailedPowersOfTenMinExp10)
			t[i], t[i+1] = leading128(h[:hn])
			hn = divideBy(h[:hn], 5)
			q--
		}
		y = y[:divideBy(y, chunkPow5)]
	}
}

// divideBy replaces the number x (32-bit limbs, least significant first)
// by floor(x / d), d < 2^32, and returns its new count of limbs: long
// division from the leading limb down, each remainder carried into the
// next limb.
func divideBy(x []uint64, d uint64) int {
	var rem uint64
	for i := len(x) - 1; i >= 0; i-- {
		cur := rem<<32 | x[i]
		x[i] = cur / d
		rem = cur % d
	}
	if x[len(x)-1] == 0 {
		return len(x) - 1
	}
	return len(x)
}

// multiplyBy replaces the number x[:n] by x × m, m < 2^31, and returns
// its new count of limbs; x has room for one more.
func multiplyBy(x []uint64, n int, m uint64) int {
	var carry uint64
	for i := 0; i < n; i++ {
		cur := x[i]*m + carry
		x[i] = cur & 0xFFFFFFFF
		carry = cur >> 32
	}
	if carry != 0 {
		x[n] = carry
		n++
	}
	return n
}

// leading128 returns the 128 leading bits of the number whose 32-bit limbs,
// least significant first, are x, as hi and lo. The last limb is not zero
// and there are at least five: the five leading limbs hold 129 to 160
// bits, enough to fill 128 after shifting the leading one to the top.
func leading128(x []uint64) (hi, lo uint64) {
	n := len(x)
	hi = x[n-1]<<32 | x[n-2]
	lo = x[n-3]<<32 | x[n-4]
	// A shift count of 64 gives 0 in Go, so z = 0 needs no special case.
	z := uint(bits.LeadingZeros64(hi))
	hi = hi<<z | lo>>(64-z)
	lo = lo<<z | x[n-5]>>(32-z)
	return hi, lo
}
