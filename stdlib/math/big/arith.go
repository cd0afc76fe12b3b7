package big

import "math/bits"

// This file implements the word operations of the multi-precision
// arithmetic. bits.Mul64, Add64 and Sub64 are compiler intrinsics (a mul,
// an add or sub with carry, inline), as in Go's compiler.

// mulWW returns the 128-bit product x*y as (hi, lo).
func mulWW(x, y Word) (hi, lo Word) {
	h, l := bits.Mul64(uint64(x), uint64(y))
	return Word(h), Word(l)
}

// addWW returns x + y + carry (carry is 0 or 1) and the carry out.
func addWW(x, y, carry Word) (sum, carryOut Word) {
	s, c := bits.Add64(uint64(x), uint64(y), uint64(carry))
	return Word(s), Word(c)
}

// subWW returns x - y - borrow (borrow is 0 or 1) and the borrow out.
func subWW(x, y, borrow Word) (diff, borrowOut Word) {
	d, b := bits.Sub64(uint64(x), uint64(y), uint64(borrow))
	return Word(d), Word(b)
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
