// This file implements the fast paths of FormatFloat: the Ryū algorithm
// for the shortest digits of a float, and its fixed-precision variant.
//
// See Ulf Adams, "Ryū: Fast Float-to-String Conversion", PLDI 2018
// (doi:10.1145/3192366.3192369), and "Ryū revisited: printf floating
// point conversion" (OOPSLA 2019) for the fixed-precision case.
//
// Both turn the float mant × 2^exp into an integer decimal mantissa with
// one multiplication by a power of ten taken from a 128-bit table
// (powers10.go): (mant × 2^exp) × 10^q is computed to 64 significant bits,
// with q chosen so that its integer part has just enough decimal digits.
// The integer part, whether the product was exact, and how its fraction
// compares with 1/2 are all that rounding needs; the proofs in the papers
// show 128 bits of 10^q are enough for the result to be correctly rounded.
// The digits then get decimal point dp - q.
//
// For example 0.3 (float64) is 5404319552844595 × 2^-54. Shortest: scaled
// by 10^17 it is 29999999999999998.88…, and its neighbours' midpoints are
// 29999999999999996.11… and 30000000000000001.66…; the integer between
// them with the most trailing zeros is 30000000000000000: digits "3",
// 16 zeros dropped, so dp = 1 + 16 - 17 = 0 (0.3 is 0.3 × 10^0).

package strconv

import "math/bits"

// ryuFtoaShortest sets d to the shortest digits that read back as the
// float mant × 2^exp of format flt, the nearest such if there are several.
func ryuFtoaShortest(d *decimalSlice, mant uint64, exp int, flt *floatInfo) {
	if mant == 0 {
		d.nd, d.dp = 0, 0
		return
	}
	ml, mc, mu, e2 := computeBounds(mant, exp, flt)
	// A decimal equal to a bound reads back as this float only if the tie
	// rounds to it, that is if mant is even.
	inclusive := mant%2 == 0
	if e2 == 0 {
		// The bounds are integers already.
		if !inclusive {
			ml, mu = ml+1, mu-1
		}
		ryuDigits(d, ml, mc, mu, exactCut())
		return
	}

	// The smallest 10^q with 10^q × 2^e2 > 1: the interval (ml, mu) × 2^e2,
	// at least 2 × 2^e2 wide, then holds an integer once scaled by 10^q.
	q := mulByLog2Log10(-e2) + 1
	dl, _, lExact := mult128bitPow10(ml, e2, q)
	dc, _, cExact := mult128bitPow10(mc, e2, q)
	du, e, uExact := mult128bitPow10(mu, e2, q)

	// Split off the fractions: the results are (dl, dc, du) × 2^e.
	frac := uint(-e)
	lower, lfrac := dl>>frac, dl&(1<<frac-1)
	central, cfrac := dc>>frac, dc&(1<<frac-1)
	upper, ufrac := du>>frac, du&(1<<frac-1)

	// The allowed integers: from the lower bound rounded up to the upper
	// bound rounded down, bounds included only when inclusive.
	if !(lExact && lfrac == 0 && inclusive) {
		lower++
	}
	if uExact && ufrac == 0 && !inclusive {
		upper--
	}
	ryuDigits(d, lower, central, upper, fractionCut(cfrac, frac, cExact))
	d.dp -= q
}

// computeBounds returns the float mant × 2^exp as central × 2^e2 and the
// midpoints to its neighbours as lower × 2^e2 and upper × 2^e2, all with
// integer mantissas of at most 55 bits. The float below is nearer than the
// one above when mant is a power of two (the exponent drops below it),
// except for the smallest exponent.
func computeBounds(mant uint64, exp int, flt *floatInfo) (lower, central, upper uint64, e2 int) {
	minExp := flt.bias + 1 - int(flt.mantbits)
	if mant != 1<<flt.mantbits || exp == minExp {
		return 2*mant - 1, 2 * mant, 2*mant + 1, exp - 1
	}
	return 4*mant - 1, 4 * mant, 4*mant + 2, exp - 2
}

// ryuDigits sets d to the digits of the integer in [lower, upper] with
// the most trailing zeros that is nearest to central (cut describes the
// fraction of central already dropped). d.dp counts the dropped zeros.
func ryuDigits(d *decimalSlice, lower, central, upper uint64, cut roundingCut) {
	trimmed := 0
	// Drop a digit while a multiple of 10 remains in [lower, upper]:
	// ceil(lower/10) <= floor(upper/10). lower >= 1, so this ends.
	for (lower+9)/10 <= upper/10 {
		lower, upper = (lower+9)/10, upper/10
		cut.drop(central % 10)
		central /= 10
		trimmed++
	}
	if cut.roundsUp(central) {
		central++
	}
	// Rounding may leave the interval: the nearest allowed is its end.
	central = min64(max64(central, lower), upper)
	d.nd = putDigits(d.d, central)
	d.dp = d.nd + trimmed
}

// ryuFtoaFixed64 sets d to the float mant × 2^exp rounded to prec
// significant digits (1 <= prec <= 18), trailing zeros removed. It serves
// float32 too: rounding the exact value does not depend on its type.
func ryuFtoaFixed64(d *decimalSlice, mant uint64, exp int, prec int) {
	if mant == 0 {
		d.nd, d.dp = 0, 0
		return
	}
	// Normalize mant to 55 bits: 2^54 <= mant < 2^55.
	if n := bits.Len64(mant); n < 55 {
		mant <<= uint(55 - n)
		exp -= 55 - n
	}
	// Choose q so that the product has prec or prec+1 digits:
	// mant × 2^exp × 10^q >= 2^(exp+54) × 10^q >= 10^(prec-1), and it is
	// below 2^(exp+55) × 10^q < 2 × 10^prec.
	q := -mulByLog2Log10(exp+54) + prec - 1
	dm, e, exact := mult128bitPow10(mant, exp, q)
	frac := uint(-e)
	m, mfrac := dm>>frac, dm&(1<<frac-1)

	cut := fractionCut(mfrac, frac, exact)
	trimmed := 0
	for m >= uint64pow10[prec] {
		cut.drop(m % 10)
		m /= 10
		trimmed++
	}
	if cut.roundsUp(m) {
		m++
		if m == uint64pow10[prec] {
			// 99…9 rounded up to 100…0: one digit more.
			m /= 10
			trimmed++
		}
	}
	nd := putDigits(d.d, m)
	d.dp = nd + trimmed - q
	for nd > 0 && d.d[nd-1] == '0' {
		nd--
	}
	d.nd = nd
}

var uint64pow10 = [...]uint64{
	1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
}

// A roundingCut describes the part cut off a number when rounding it to
// an integer: how it compares with one half, and whether it is zero.
type roundingCut struct {
	half int // -1, 0 or +1: less than, equal to or more than 1/2
	zero bool
}

// exactCut is nothing cut off: an exact integer.
func exactCut() roundingCut {
	return roundingCut{half: -1, zero: true}
}

// fractionCut is the cut of the binary fraction f of n bits. When the
// product was not exact the true value lies a little above the computed
// one (10^q was truncated) or a little below it (rounded up, for q < 0),
// but never across a multiple of 2^-n or onto one half (the Ryū bounds):
// only an exact 1/2 is a tie.
func fractionCut(f uint64, n uint, exact bool) roundingCut {
	halfway := uint64(1) << (n - 1)
	cut := roundingCut{zero: exact && f == 0}
	switch {
	case f > halfway, f == halfway && !exact:
		cut.half = +1
	case f == halfway:
		cut.half = 0
	default:
		cut.half = -1
	}
	return cut
}

// drop cuts the last decimal digit off the number: it becomes the leading
// digit of the cut part.
func (c *roundingCut) drop(digit uint64) {
	switch {
	case digit > 5, digit == 5 && !c.zero:
		c.half = +1
	case digit == 5:
		c.half = 0
	default:
		c.half = -1
	}
	c.zero = c.zero && digit == 0
}

// roundsUp reports whether the integer n, with c cut off, rounds up to
// n+1: to nearest, ties to even.
func (c roundingCut) roundsUp(n uint64) bool {
	return c.half > 0 || c.half == 0 && n%2 == 1
}

// putDigits writes the decimal digits of n (n > 0) to buf and returns
// their count.
func putDigits(buf []byte, n uint64) int {
	nd := 0
	for v := n; v > 0; v /= 10 {
		nd++
	}
	for i := nd - 1; i >= 0; i-- {
		buf[i] = byte(n%10) + '0'
		n /= 10
	}
	return nd
}

// mulByLog2Log10 returns floor(x × log10(2)) for -1600 <= x <= 1600, in
// integer arithmetic: log10(2) ≈ 78913 / 2^18 (ftoaryu_test checks it).
func mulByLog2Log10(x int) int {
	return (x * 78913) >> 18
}

// mulByLog10Log2 returns floor(x × log2(10)) for -500 <= x <= 500:
// log2(10) ≈ 108853 / 2^15.
func mulByLog10Log2(x int) int {
	return (x * 108853) >> 15
}

// mult128bitPow10 multiplies m × 2^e2 (m < 2^55) by 10^q and returns the
// product as resM × 2^resE, resM a 64-bit integer that is the product's
// leading bits, truncated; exact reports that nothing was truncated.
//
// With P the table's 128-bit mantissa of 10^q, 10^q = P × 2^(e-127) for
// e = mulByLog10Log2(q), so resM is the top 64 bits of m × P (a product
// of at most 183 bits): (m × P) >> 119.
func mult128bitPow10(m uint64, e2, q int) (resM uint64, resE int, exact bool) {
	if q < detailedPowersOfTenMinExp10 || detailedPowersOfTenMaxExp10 < q {
		// Float exponents never need such a q.
		panic("strconv: power of 10 out of range")
	}
	hi, lo := detailedPowerOfTen(q)
	if q < 0 {
		// Negative powers are rounded up, so the product never falls
		// below the true value.
		var carry uint64
		lo, carry = bits.Add64(lo, 1, 0)
		hi += carry
	}
	resE = e2 + mulByLog10Log2(q) - 127 + 119

	// (m × hi) << 64 + m × lo, in three 64-bit words: top, mid, low.
	top, midHi := bits.Mul64(m, hi)
	midLo, low := bits.Mul64(m, lo)
	mid, carry := bits.Add64(midHi, midLo, 0)
	top += carry
	resM = top<<9 | mid>>55

	switch {
	case q < 0:
		// m × 10^q is a binary fraction only if 5^-q divides m, and then
		// the rounding-up error stays below the bits kept.
		exact = divisibleByPower5(m, -q)
	case q <= 55:
		// 10^q = 5^q × 2^q and 5^55 < 2^128: P is exact.
		exact = mid<<9 == 0 && low == 0
	default:
		exact = false
	}
	return resM, resE, exact
}

// divisibleByPower5 reports whether 5^k divides m.
func divisibleByPower5(m uint64, k int) bool {
	if m == 0 {
		return true
	}
	for i := 0; i < k; i++ {
		if m%5 != 0 {
			return false
		}
		m /= 5
	}
	return true
}

func min64(a, b uint64) uint64 {
	if a < b {
		return a
	}
	return b
}

func max64(a, b uint64) uint64 {
	if a > b {
		return a
	}
	return b
}
