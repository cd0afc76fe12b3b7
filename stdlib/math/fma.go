// This file implements the fused multiply-add x*y + z with one rounding.
//
// The product of two 53-bit mantissas is exact in 106 bits, so it is
// formed as a 128-bit integer (two uint64 words). z's mantissa is aligned
// to it, shifted right with a "sticky" bit that remembers any 1s shifted
// out; the two are added or subtracted; the result is normalized and
// rounded once to 53 bits, ties to even.

package math

import "math/bits"

// zero returns 1 if x == 0, else 0.
func zero(x uint64) uint64 {
	if x == 0 {
		return 1
	}
	return 0
}

// nonzero returns 1 if x != 0, else 0.
func nonzero(x uint64) uint64 {
	if x != 0 {
		return 1
	}
	return 0
}

// shl shifts the 128-bit u1:u2 left by n (< 128).
func shl(u1, u2 uint64, n uint) (r1, r2 uint64) {
	r1 = u1<<n | u2>>(64-n) | u2<<(n-64)
	r2 = u2 << n
	return
}

// shr shifts the 128-bit u1:u2 right by n (< 128).
func shr(u1, u2 uint64, n uint) (r1, r2 uint64) {
	r2 = u2>>n | u1<<(64-n) | u1>>(n-64)
	r1 = u1 >> n
	return
}

// shrcompress shifts u1:u2 right by n, setting the lowest bit if any 1
// bits were shifted out (the sticky bit).
func shrcompress(u1, u2 uint64, n uint) (r1, r2 uint64) {
	switch {
	case n == 0:
		return u1, u2
	case n == 64:
		return 0, u1 | nonzero(u2)
	case n >= 128:
		return 0, nonzero(u1 | u2)
	case n < 64:
		r1, r2 = shr(u1, u2, n)
		r2 |= nonzero(u2 & (1<<n - 1))
	default: // 64 < n < 128
		r1, r2 = shr(u1, u2, n)
		r2 |= nonzero(u1&(1<<(n-64)-1) | u2)
	}
	return
}

// lz counts the leading zeros of the 128-bit u1:u2.
func lz(u1, u2 uint64) (l int32) {
	l = int32(bits.LeadingZeros64(u1))
	if l == 64 {
		l += int32(bits.LeadingZeros64(u2))
	}
	return l
}

// split returns the sign, biased exponent and mantissa (with its leading
// 1, normalized for subnormals) of the float with bits b.
func split(b uint64) (sign uint32, exp int32, mantissa uint64) {
	sign = uint32(b >> 63)
	exp = int32(b>>52) & mask
	mantissa = b & fracMask
	if exp == 0 {
		shift := uint(bits.LeadingZeros64(mantissa) - 11)
		mantissa <<= shift
		exp = 1 - int32(shift)
	} else {
		mantissa |= 1 << 52
	}
	return
}

// FMA returns x * y + z, computed with only one rounding.
// (That is, FMA returns the fused multiply-add of x, y, and z.)
func FMA(x, y, z float64) float64 {
	bx, by, bz := Float64bits(x), Float64bits(y), Float64bits(z)

	// Inf, NaN or zero involved: at most one rounding happens anyway.
	if x == 0.0 || y == 0.0 || z == 0.0 || bx&uvinf == uvinf || by&uvinf == uvinf {
		return x*y + z
	}
	// x and y finite, z infinite: the result is z.
	if bz&uvinf == uvinf {
		return z
	}

	xs, xe, xm := split(bx)
	ys, ye, ym := split(by)
	zs, ze, zm := split(bz)

	// The product p = x*y: sign, exponent, and a 128-bit mantissa pm1:pm2
	// whose top bit is bit 62 of pm1 (or 61 before normalizing).
	pe := xe + ye - bias + 1
	pm1, pm2 := bits.Mul64(xm<<10, ym<<11)
	zm1, zm2 := zm<<10, uint64(0)
	ps := xs ^ ys
	is62zero := uint((^pm1 >> 62) & 1)
	pm1, pm2 = shl(pm1, pm2, is62zero)
	pe -= int32(is62zero)

	// Order the operands so |p| >= |z|, then align z to p.
	if pe < ze || pe == ze && pm1 < zm1 {
		ps, pe, pm1, pm2, zs, ze, zm1, zm2 = zs, ze, zm1, zm2, ps, pe, pm1, pm2
	}
	zm1, zm2 = shrcompress(zm1, zm2, uint(pe-ze))

	// Add or subtract, leaving the significant bits in m (top at bit 62,
	// sticky at bit 0).
	var m, c uint64
	if ps == zs {
		pm2, c = bits.Add64(pm2, zm2, 0)
		pm1, _ = bits.Add64(pm1, zm1, c)
		pe -= int32(^pm1 >> 63)
		pm1, m = shrcompress(pm1, pm2, uint(64+pm1>>63))
	} else {
		pm2, c = bits.Sub64(pm2, zm2, 0)
		pm1, _ = bits.Sub64(pm1, zm1, c)
		nz := lz(pm1, pm2)
		pe -= nz
		m, pm2 = shl(pm1, pm2, uint(nz-1))
		m |= nonzero(pm2)
	}

	// Round to 53 bits, ties to even; handle overflow and subnormals.
	if pe > 1022+bias || pe == 1022+bias && (m+1<<9)>>63 == 1 {
		return Float64frombits(uint64(ps)<<63 | uvinf)
	}
	if pe < 0 {
		n := uint(-pe)
		m = m>>n | nonzero(m&(1<<n-1))
		pe = 0
	}
	m = ((m + 1<<9) >> 10) & ^zero((m&(1<<10-1))^1<<9)
	pe &= -int32(nonzero(m))
	return Float64frombits(uint64(ps)<<63 + uint64(pe)<<52 + m)
}
