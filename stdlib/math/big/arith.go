package big

import "math/bits"

// This file implements the word operations of the multi-precision
// arithmetic in this package itself: gominic compiles packages separately
// and does not inline calls into math/bits, so calling bits.Mul and
// bits.Add in the inner loops would cost a function call per word.

// mulWW returns the 128-bit product x*y as (hi, lo), from four 32×32-bit
// products.
func mulWW(x, y Word) (hi, lo Word) {
	const mask32 = 1<<32 - 1
	x0 := x & mask32
	x1 := x >> 32
	y0 := y & mask32
	y1 := y >> 32
	w0 := x0 * y0
	t := x1*y0 + w0>>32
	w1 := t & mask32
	w2 := t >> 32
	w1 += x0 * y1
	hi = x1*y1 + w2 + w1>>32
	lo = x * y
	return
}

// addWW returns x + y + carry (carry is 0 or 1) and the carry out.
func addWW(x, y, carry Word) (sum, carryOut Word) {
	sum = x + y + carry
	carryOut = ((x & y) | ((x | y) &^ sum)) >> 63
	return
}

// subWW returns x - y - borrow (borrow is 0 or 1) and the borrow out.
func subWW(x, y, borrow Word) (diff, borrowOut Word) {
	diff = x - y - borrow
	borrowOut = ((^x & y) | (^(x ^ y) & diff)) >> 63
	return
}

// nlz returns the number of leading zero bits of x.
func nlz(x Word) uint {
	return uint(bits.LeadingZeros(uint(x)))
}

// mulAddWWW_g returns x*y + c as (hi, lo).
func mulAddWWW_g(x, y, c Word) (z1, z0 Word) {
	hi, lo := mulWW(x, y)
	lo, cc := addWW(lo, c, 0)
	return hi + cc, lo
}
