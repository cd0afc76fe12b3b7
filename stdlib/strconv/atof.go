// This file implements ParseFloat: decimal and hexadecimal text to the
// nearest float64 or float32 (round to nearest, ties to even).
//
// The text is first checked against the syntax of Go float literals
// (scanFloat), which also finds where the number ends. Then:
//
//   - a decimal number is loaded, digit for digit, into a multiprecision
//     decimal (decimal.go) and converted exactly: multiply or divide by
//     powers of two until the value lies in [0.5, 1), counting the binary
//     exponent; then multiply by 2^(mantbits+1) and round the integer part
//     to get the mantissa. As every step is exact (or records truncation),
//     the result is correctly rounded.
//   - a hexadecimal number already has a binary mantissa; it only needs
//     rounding to mantbits+1 bits (hexToFloat).
//
// Before the decimal method, the Eisel-Lemire algorithm (eisel_lemire.go)
// tries the first 19 digits: it is much faster and decides almost every
// number; when it cannot, the decimal method does.

package strconv

import "math"

const fnParseFloat = "ParseFloat"

// optimize enables the fast paths of ParseFloat and FormatFloat
// (Eisel-Lemire, Ryū). Go's tests turn it off to compare them with the
// exact decimal arithmetic.
var optimize = true

// commonPrefixLenIgnoreCase returns the length of the common prefix of s
// and prefix, ignoring ASCII case; prefix must be lower case.
func commonPrefixLenIgnoreCase(s, prefix string) int {
	n := len(prefix)
	if n > len(s) {
		n = len(s)
	}
	for i := 0; i < n; i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return i
		}
	}
	return n
}

// special reads an infinity ("inf" or "infinity", signed, any case) or a
// NaN ("nan", any case, unsigned) at the start of s.
func special(s string) (f float64, n int, ok bool) {
	if len(s) == 0 {
		return 0, 0, false
	}
	sign := 1
	nsign := 0
	switch s[0] {
	case '+', '-':
		if s[0] == '-' {
			sign = -1
		}
		nsign = 1
		s = s[1:]
	case 'n', 'N':
		if commonPrefixLenIgnoreCase(s, "nan") == 3 {
			return math.NaN(), 3, true
		}
		return 0, 0, false
	}
	n = commonPrefixLenIgnoreCase(s, "infinity")
	// "inf" and "infinity" are words; anything in between reads as "inf".
	if 3 < n && n < 8 {
		n = 3
	}
	if n == 3 || n == 8 {
		return math.Inf(sign), nsign + n, true
	}
	return 0, 0, false
}

// A floatLiteral is the outcome of scanning a number's text.
type floatLiteral struct {
	n   int  // length of the number's text
	ok  bool // the text is a well-formed number
	hex bool
	neg bool
	// For hexadecimal numbers: the value is mantissa × 2^exp; trunc means
	// nonzero digits past the 16 the mantissa holds were dropped.
	mantissa uint64
	exp      int
	trunc    bool
}

// scanFloat reads a Go float literal at the start of s: an optional sign;
// decimal digits with an optional point and optional e±exponent; or 0x,
// hex digits with an optional point and a mandatory p±exponent (a power
// of two). Underscores may separate digits. It computes the mantissa of
// a hex literal on the way.
func scanFloat(s string) (lit floatLiteral) {
	i := 0
	underscores := false
	if i >= len(s) {
		return
	}
	switch s[i] {
	case '+':
		i++
	case '-':
		lit.neg = true
		i++
	}

	base := uint64(10)
	maxMantDigits := 19 // 10^19 fits in a uint64
	expChar := byte('e')
	if i+2 < len(s) && s[i] == '0' && lower(s[i+1]) == 'x' {
		base = 16
		maxMantDigits = 16 // 16^16 fits in a uint64
		i += 2
		expChar = 'p'
		lit.hex = true
	}

	sawdot := false
	sawdigits := false
	nd := 0     // digits seen, less leading zeros
	ndMant := 0 // digits kept in the mantissa
	dp := 0     // digits before the point
	for ; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			underscores = true
			continue
		}
		if c == '.' {
			if sawdot {
				break
			}
			sawdot = true
			dp = nd
			continue
		}
		d := digitValue(c)
		if uint64(d) >= base {
			break
		}
		sawdigits = true
		if d == 0 && nd == 0 {
			dp-- // a leading zero
			continue
		}
		nd++
		if ndMant < maxMantDigits {
			lit.mantissa = lit.mantissa*base + uint64(d)
			ndMant++
		} else if d != 0 {
			lit.trunc = true
		}
	}
	if !sawdigits {
		return
	}
	if !sawdot {
		dp = nd
	}
	if base == 16 {
		// Count hex digits in bits.
		dp *= 4
		ndMant *= 4
	}

	if i < len(s) && lower(s[i]) == expChar {
		i++
		if i >= len(s) {
			return
		}
		esign := 1
		if s[i] == '+' {
			i++
		} else if s[i] == '-' {
			i++
			esign = -1
		}
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return
		}
		e := 0
		for ; i < len(s) && ('0' <= s[i] && s[i] <= '9' || s[i] == '_'); i++ {
			if s[i] == '_' {
				underscores = true
				continue
			}
			if e < 10000 { // larger exponents over- or underflow anyway
				e = e*10 + int(s[i]) - '0'
			}
		}
		dp += e * esign
	} else if base == 16 {
		return // a hex float needs its p exponent
	}
	if lit.mantissa != 0 {
		lit.exp = dp - ndMant
	}
	if underscores && !underscoreOK(s[:i]) {
		return
	}
	lit.n = i
	lit.ok = true
	return
}

// setDecimal loads the (well-formed) decimal literal s into d, keeping at
// most len(d.d) significant digits.
func (d *decimal) set(s string) {
	i := 0
	if s[i] == '+' {
		i++
	} else if s[i] == '-' {
		d.neg = true
		i++
	}
	sawdot := false
	for ; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			continue
		}
		if c == '.' {
			sawdot = true
			d.dp = d.nd
			continue
		}
		if c < '0' || c > '9' {
			break
		}
		if c == '0' && d.nd == 0 {
			d.dp-- // a leading zero
			continue
		}
		if d.nd < len(d.d) {
			d.d[d.nd] = c
			d.nd++
		} else if c != '0' {
			d.trunc = true
		}
	}
	if !sawdot {
		d.dp = d.nd
	}
	if i < len(s) && lower(s[i]) == 'e' {
		i++
		esign := 1
		if s[i] == '+' {
			i++
		} else if s[i] == '-' {
			i++
			esign = -1
		}
		e := 0
		for ; i < len(s); i++ {
			if s[i] != '_' && e < 10000 {
				e = e*10 + int(s[i]) - '0'
			}
		}
		d.dp += e * esign
	}
}

// powersOfTwoBelow[n] is the largest k with 2^k <= 10^n: shifting by it
// scales a decimal with n integer (or n leading zero) digits without
// overshooting the target interval.
var powersOfTwoBelow = []int{1, 3, 6, 9, 13, 16, 19, 23, 26}

// binaryShiftFor returns how far to shift a decimal whose point is n
// digits away from where it should be.
func binaryShiftFor(n int) int {
	if n >= len(powersOfTwoBelow) {
		return 27
	}
	return powersOfTwoBelow[n]
}

// floatBits converts d to the bits of the nearest float in format flt;
// overflow reports a result too large, returned as an infinity.
func (d *decimal) floatBits(flt *floatInfo) (b uint64, overflow bool) {
	var exp int
	var mant uint64
	switch {
	case d.nd == 0 || d.dp < -330:
		// Zero, or so small it rounds to zero.
		return assembleFloat(flt, d.neg, 0, flt.bias), false
	case d.dp > 310:
		return assembleFloat(flt, d.neg, 0, 1<<flt.expbits-1+flt.bias), true
	}

	// Scale by powers of two into [0.5, 1), tracking the exponent.
	for d.dp > 0 {
		n := binaryShiftFor(d.dp)
		d.Shift(-n)
		exp += n
	}
	for d.dp < 0 || d.dp == 0 && d.d[0] < '5' {
		n := binaryShiftFor(-d.dp)
		d.Shift(n)
		exp -= n
	}
	// The float's mantissa is in [1, 2), not [0.5, 1).
	exp--

	// Below the smallest normal exponent the number is subnormal: keep
	// the minimum exponent and shift the excess into the mantissa.
	if exp < flt.bias+1 {
		n := flt.bias + 1 - exp
		d.Shift(-n)
		exp += n
	}
	if exp-flt.bias >= 1<<flt.expbits-1 {
		return assembleFloat(flt, d.neg, 0, 1<<flt.expbits-1+flt.bias), true
	}

	// Take mantbits+1 bits, rounded.
	d.Shift(int(1 + flt.mantbits))
	mant = d.RoundedInteger()
	if mant == 2<<flt.mantbits {
		// Rounding carried into a new bit.
		mant >>= 1
		exp++
		if exp-flt.bias >= 1<<flt.expbits-1 {
			return assembleFloat(flt, d.neg, 0, 1<<flt.expbits-1+flt.bias), true
		}
	}
	if mant&(1<<flt.mantbits) == 0 {
		exp = flt.bias // subnormal: no leading 1
	}
	return assembleFloat(flt, d.neg, mant, exp), false
}

// assembleFloat packs sign, mantissa (the leading 1, if any, is dropped)
// and unbiased exponent into the bits of a float of format flt.
func assembleFloat(flt *floatInfo, neg bool, mant uint64, exp int) uint64 {
	bits := mant & (uint64(1)<<flt.mantbits - 1)
	bits |= uint64((exp-flt.bias)&(1<<flt.expbits-1)) << flt.mantbits
	if neg {
		bits |= 1 << flt.mantbits << flt.expbits
	}
	return bits
}

// hexToFloat rounds mantissa × 2^exp (trunc: nonzero bits were lost
// beyond mantissa) to the nearest float of format flt.
//
// The mantissa is aligned to mantbits+3 bits: the float's mantbits+1 bits
// and two more for rounding, the lowest of them "sticky" (set if it or any
// bit below it was 1). Then round-to-nearest-even needs only those two
// bits and the last kept bit.
func hexToFloat(s string, flt *floatInfo, mantissa uint64, exp int, neg, trunc bool) (float64, error) {
	maxExp := 1<<flt.expbits + flt.bias - 2
	minExp := flt.bias + 1
	exp += int(flt.mantbits) // the mantissa now reads as 1.xxx

	for mantissa != 0 && mantissa>>(flt.mantbits+2) == 0 {
		mantissa <<= 1
		exp--
	}
	if trunc {
		mantissa |= 1
	}
	for mantissa>>(1+flt.mantbits+2) != 0 {
		mantissa = mantissa>>1 | mantissa&1
		exp++
	}
	// Too small for a normal float: denormalize.
	for mantissa > 1 && exp < minExp-2 {
		mantissa = mantissa>>1 | mantissa&1
		exp++
	}

	round := mantissa & 3
	mantissa >>= 2
	round |= mantissa & 1 // a tie rounds up only to make the mantissa even
	exp += 2
	if round == 3 {
		mantissa++
		if mantissa == 1<<(1+flt.mantbits) {
			mantissa >>= 1
			exp++
		}
	}
	if mantissa>>flt.mantbits == 0 {
		exp = flt.bias // subnormal or zero
	}
	var err error
	if exp > maxExp {
		mantissa = 1 << flt.mantbits
		exp = maxExp + 1
		err = rangeError(fnParseFloat, s)
	}
	return fromBits(assembleFloat(flt, neg, mantissa, exp), flt), err
}

// parseFloatPrefix parses the number at the start of s as a float of
// bitSize bits and returns it and the length of its text.
func parseFloatPrefix(s string, bitSize int) (float64, int, error) {
	flt := &float64info
	if bitSize == 32 {
		flt = &float32info
	}
	if val, n, ok := special(s); ok {
		return val, n, nil
	}
	lit := scanFloat(s)
	if !lit.ok {
		return 0, lit.n, syntaxError(fnParseFloat, s)
	}
	if lit.hex {
		f, err := hexToFloat(s[:lit.n], flt, lit.mantissa, lit.exp, lit.neg, lit.trunc)
		return f, lit.n, err
	}
	if optimize {
		if b, ok := eiselLemireLiteral(lit, flt); ok {
			return fromBits(b, flt), lit.n, nil
		}
	}
	d := &scratch.d
	d.reset()
	d.set(s[:lit.n])
	b, overflow := d.floatBits(flt)
	if overflow {
		return fromBits(b, flt), lit.n, rangeError(fnParseFloat, s)
	}
	return fromBits(b, flt), lit.n, nil
}

// eiselLemireLiteral runs Eisel-Lemire on a decimal literal's first 19
// digits. If more digits were dropped (lit.trunc), the number lies
// between mantissa and mantissa+1 (× 10^exp): when both give the same
// float, so does the number.
func eiselLemireLiteral(lit floatLiteral, flt *floatInfo) (uint64, bool) {
	b, ok := eiselLemire(lit.mantissa, lit.exp, lit.neg, flt)
	if !ok || !lit.trunc {
		return b, ok
	}
	above, ok := eiselLemire(lit.mantissa+1, lit.exp, lit.neg, flt)
	return b, ok && above == b
}

// fromBits returns the float of format flt with bits b, as a float64.
func fromBits(b uint64, flt *floatInfo) float64 {
	if flt == &float32info {
		return float64(math.Float32frombits(uint32(b)))
	}
	return math.Float64frombits(b)
}

// ParseFloat converts the string s to a floating-point number with the
// precision specified by bitSize: 32 for float32, or 64 for float64. When
// bitSize=32, the result still has type float64, but it will be
// convertible to float32 without changing its value.
//
// ParseFloat accepts decimal and hexadecimal floating-point numbers as
// defined by the Go syntax for floating-point literals. If s is
// well-formed and near a valid floating-point number, ParseFloat returns
// the nearest floating-point number rounded using IEEE754 unbiased
// rounding. (Parsing a hexadecimal floating-point value only rounds when
// there are more bits in the hexadecimal representation than will fit in
// the mantissa.)
//
// The errors that ParseFloat returns have concrete type *NumError and
// include err.Num = s.
//
// If s is not syntactically well-formed, ParseFloat returns err.Err = ErrSyntax.
//
// If s is syntactically well-formed but is more than 1/2 ULP away from the
// largest floating point number of the given size, ParseFloat returns f =
// ±Inf, err.Err = ErrRange.
//
// ParseFloat recognizes the string "NaN", and the (possibly signed)
// strings "Inf" and "Infinity" as their respective special floating point
// values. It ignores case when matching.
func ParseFloat(s string, bitSize int) (float64, error) {
	f, n, err := parseFloatPrefix(s, bitSize)
	if n != len(s) && (err == nil || err.(*NumError).Err != ErrSyntax) {
		return 0, syntaxError(fnParseFloat, s)
	}
	return f, err
}
