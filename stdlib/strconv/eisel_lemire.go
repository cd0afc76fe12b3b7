// This file implements the Eisel-Lemire fast path of ParseFloat.
//
// See Daniel Lemire, "Number Parsing at a Gigabyte per Second", Software:
// Practice and Experience 51(8), 2021 (arXiv:2101.11408), after an idea of
// Michael Eisel.
//
// A decimal man × 10^exp10 (man of at most 19 digits) becomes a float by
// one 64 × 128-bit multiplication: man, shifted so its top bit is set,
// times the 128-bit mantissa of 10^exp10 from powers10.go. The product's
// top bits are the float's mantissa and a rounding bit, and its binary
// exponent follows from the two factors'. The table's mantissas are
// truncated, so the product may be a little low; when that could change
// the float (a carry might reach the bits kept) or the product sits on a
// tie between two floats, the fast path gives up and ParseFloat falls back
// to exact decimal arithmetic. So do results out of the normal range
// (subnormals, infinities).

package strconv

import "math/bits"

// eiselLemire returns the bits of the float of format flt nearest to
// man × 10^exp10 (negated if neg), or ok = false when it cannot tell.
func eiselLemire(man uint64, exp10 int, neg bool, flt *floatInfo) (b uint64, ok bool) {
	sign := uint64(0)
	if neg {
		sign = 1 << (flt.mantbits + flt.expbits)
	}
	if man == 0 {
		return sign, true
	}
	if exp10 < detailedPowersOfTenMinExp10 || detailedPowersOfTenMaxExp10 < exp10 {
		return 0, false
	}
	powHi, powLo := detailedPowerOfTen(exp10)

	// man = m × 2^-clz with 2^63 <= m < 2^64, and 10^exp10 = P × 2^(e-127)
	// (P = powHi×2^64 + powLo, e = mulByLog10Log2(exp10)). Their product's
	// top 64 bits, x, are in [2^62, 2^64) and worth x × 2^(e+1-clz).
	clz := bits.LeadingZeros64(man)
	man <<= uint(clz)
	xHi, xLo := bits.Mul64(man, powHi)

	// The float keeps mantbits+2 bits of x (the leading 1, the fraction
	// and a rounding bit); below them are at least `low` more bits.
	low := 64 - (flt.mantbits + 2) - 1
	lowMask := uint64(1)<<low - 1

	// Multiplying by powHi alone misses m × powLo / 2^64 < m, and the
	// table's truncation less than m / 2^64 more: together below m in
	// units of xLo. Only if adding m to xLo carries and x's low bits are
	// all ones can that reach the bits kept; then take powLo in too.
	if xHi&lowMask == lowMask && xLo+man < man {
		yHi, yLo := bits.Mul64(man, powLo)
		mergedLo, carry := bits.Add64(xLo, yHi, 0)
		mergedHi := xHi + carry
		// The 192-bit product is still short by less than m in units of
		// its lowest word: give up if that could carry into the kept bits.
		if mergedHi&lowMask == lowMask && mergedLo+1 == 0 && yLo+man < man {
			return 0, false
		}
		xHi, xLo = mergedHi, mergedLo
	}

	// Take the mantissa and rounding bit from x's top 1 (bit 63 or 62).
	msb := xHi >> 63
	mant := xHi >> (msb + uint64(low))
	exp := mulByLog10Log2(exp10) + 63 + int(msb) - clz - flt.bias

	// All bits below the rounding bit zero and a rounding bit of 1 after
	// an even mantissa: a tie, or a hair above one (the product is short)
	// that should round up. Which one the product cannot tell.
	if xLo == 0 && xHi&lowMask == 0 && mant&3 == 1 {
		return 0, false
	}

	// Round half up on the rounding bit (ties were excluded above).
	mant += mant & 1
	mant >>= 1
	if mant>>(flt.mantbits+1) != 0 {
		// Rounding carried into a new leading bit.
		mant >>= 1
		exp++
	}
	// Subnormals, zeros and infinities are left to the exact path.
	if exp < 1 || exp >= 1<<flt.expbits-1 {
		return 0, false
	}
	b = sign | uint64(exp)<<flt.mantbits | mant&(1<<flt.mantbits-1)
	return b, true
}
