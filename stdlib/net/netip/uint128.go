package netip

import "math/bits"

// uint128 is a 128-bit unsigned number: an IPv6 address read as one
// big-endian integer, its first 8 bytes in hi and its last 8 in lo.
// Doing address arithmetic (masks, Next, Compare) on two machine words
// is simpler and faster than doing it byte by byte.
type uint128 struct {
	hi uint64
	lo uint64
}

// mask6 returns the mask of a prefix of n bits (0 <= n <= 128): its n
// high bits set, the others clear. mask6(12) is 0xfff0_0000...0000.
// Go defines a shift by 64 or more to give 0, so each half needs no
// special case: for n = 0 both halves are 0, for n = 128 both are all ones.
func mask6(n int) uint128 {
	return uint128{^(^uint64(0) >> n), ^uint64(0) << (128 - n)}
}

func (u uint128) isZero() bool { return u.hi|u.lo == 0 }

func (u uint128) and(m uint128) uint128 { return uint128{u.hi & m.hi, u.lo & m.lo} }
func (u uint128) or(m uint128) uint128  { return uint128{u.hi | m.hi, u.lo | m.lo} }
func (u uint128) not() uint128          { return uint128{^u.hi, ^u.lo} }

// addOne returns u+1, wrapping from the largest value to 0.
func (u uint128) addOne() uint128 {
	lo, carry := bits.Add64(u.lo, 1, 0)
	return uint128{u.hi + carry, lo}
}

// subOne returns u-1, wrapping from 0 to the largest value.
func (u uint128) subOne() uint128 {
	lo, borrow := bits.Sub64(u.lo, 1, 0)
	return uint128{u.hi - borrow, lo}
}

// bitsSetFrom returns u with every bit after the first bit ones set:
// the last address of a prefix of that length.
func (u uint128) bitsSetFrom(bit uint8) uint128 {
	return u.or(mask6(int(bit)).not())
}

// bitsClearedFrom returns u with every bit after the first bit ones
// cleared: the first address of a prefix of that length.
func (u uint128) bitsClearedFrom(bit uint8) uint128 {
	return u.and(mask6(int(bit)))
}

// compare returns -1, 0 or +1 as u is less than, equal to or greater than v.
func (u uint128) compare(v uint128) int {
	if u.hi != v.hi {
		return compareUint64(u.hi, v.hi)
	}
	return compareUint64(u.lo, v.lo)
}

func compareUint64(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// word returns the i'th 16-bit group of u (0 <= i < 8), as IPv6 text
// writes them from left to right.
func (u uint128) word(i int) uint16 {
	half := u.hi
	if i >= 4 {
		half, i = u.lo, i-4
	}
	return uint16(half >> (48 - 16*i))
}
