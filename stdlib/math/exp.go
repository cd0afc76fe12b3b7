// This file implements the exponential functions.
//
// Exp follows Go's amd64 assembly (exp_amd64.s), which is what Go 1.19
// runs on this architecture:
//
//  1. Reduce: k = round(x / ln 2) and r = x - k·ln2, with ln 2 split in a
//     high and a low part so that k·ln2 is subtracted almost exactly;
//     then e^x = 2^k · e^r with |r| <= ln2/2.
//  2. Shrink further: r/16, so e^r = (e^(r/16))^16.
//  3. e^(r/16) - 1 by its Taylor series to degree 9 (Horner's scheme).
//  4. Square four times, in the form y -> y·(y+2), which keeps the "-1"
//     off (e^2a - 1 = (e^a - 1)(e^a - 1 + 2)) and so keeps precision.
//  5. Add 1 and scale by 2^k, with care for subnormal results.
//
// On processors with FMA (fused multiply-add, AVX2 era and later) the
// assembly uses fused operations in steps 1, 3 and 5, which round once
// instead of twice and so give slightly different last bits; it picks the
// variant at run time. useFMA selects the same variant here, with FMA
// done in software.
//
// Exp2 uses the portable FreeBSD algorithm (Go's exp.go): reduce by
// powers of two, then a rational approximation (expmulti).

package math

// useFMA mirrors Go's amd64 choice (cpu.X86.HasAVX && cpu.X86.HasFMA).
// gominic has no CPUID intrinsic yet, so it assumes what every x86-64
// processor since 2013 (Intel Haswell, AMD Piledriver) has: FMA.
const useFMA = true

// Exp returns e**x, the base-e exponential of x.
//
// Special cases are:
//
//	Exp(+Inf) = +Inf
//	Exp(NaN) = NaN
//
// Very large values overflow to 0 or +Inf.
// Very small values underflow to 1.
func Exp(x float64) float64 {
	const (
		log2e    = 1.4426950408889634073599246810018920 // 1/ln 2
		ln2Hi    = 0.69314718055966295651160180568695068359375
		ln2Lo    = 0.28235290563031577122588448175013436025525412068e-12
		overflow = 7.09782712893384e+02
	)
	// Taylor coefficients 1/n! for n = 2..9.
	const (
		c2 = 0.5
		c3 = 1.6666666666666666667e-1
		c4 = 4.1666666666666666667e-2
		c5 = 8.3333333333333333333e-3
		c6 = 1.3888888888888888889e-3
		c7 = 1.9841269841269841270e-4
		c8 = 2.4801587301587301587e-5
	)
	switch {
	case IsNaN(x) || IsInf(x, 1):
		return x
	case IsInf(x, -1):
		return 0
	case x > overflow:
		return Inf(1)
	}

	k := roundToInt32(log2e * x)
	fk := float64(k)

	var r, y float64
	if useFMA {
		r = FMA(-fk, ln2Hi, x)
		r = FMA(-fk, ln2Lo, r)
		r *= 0.0625
		p := FMA(c8, r, c7)
		p = FMA(p, r, c6)
		p = FMA(p, r, c5)
		p = FMA(p, r, c4)
		p = FMA(p, r, c3)
		p = FMA(p, r, c2)
		p = FMA(p, r, 1.0)
		y = r * p
		y = y * (y + 2.0)
		y = y * (y + 2.0)
		y = y * (y + 2.0)
		y = FMA(y, y+2.0, 1.0)
	} else {
		r = x - fk*ln2Hi
		r = r - fk*ln2Lo
		r *= 0.0625
		p := c8*r + c7
		p = p*r + c6
		p = p*r + c5
		p = p*r + c4
		p = p*r + c3
		p = p*r + c2
		p = p*r + 1.0
		y = r * p
		y = y * (y + 2.0)
		y = y * (y + 2.0)
		y = y * (y + 2.0)
		y = y * (y + 2.0)
		y = y + 1.0
	}
	return scaleExp(y, k)
}

// exp is the portable algorithm (FreeBSD's e_exp.c) that Go runs where it
// has no assembly for Exp: k = round(x/ln 2), r = x - k·ln 2 in two
// parts, then expmulti. Go's own tests compare it with Exp (as ExpGo).
func exp(x float64) float64 {
	const (
		ln2Hi     = 6.93147180369123816490e-01
		ln2Lo     = 1.90821492927058770002e-10
		log2e     = 1.44269504088896338700e+00
		overflow  = 7.09782712893383973096e+02
		underflow = -7.45133219101941108420e+02
		nearZero  = 1.0 / (1 << 28) // 2**-28
	)
	switch {
	case IsNaN(x) || IsInf(x, 1):
		return x
	case IsInf(x, -1):
		return 0
	case x > overflow:
		return Inf(1)
	case x < underflow:
		return 0
	case -nearZero < x && x < nearZero:
		return 1 + x
	}
	var k int
	switch {
	case x < 0:
		k = int(log2e*x - 0.5)
	case x > 0:
		k = int(log2e*x + 0.5)
	}
	hi := x - float64(k)*ln2Hi
	lo := float64(k) * ln2Lo
	return expmulti(hi, lo, k)
}

// scaleExp returns y × 2^k, building 2^k from its bits as the assembly
// does: directly when the biased exponent k+1023 is in range, in two
// steps for a subnormal result.
func scaleExp(y float64, k int) float64 {
	e := k + bias
	switch {
	case e >= 0x7FF:
		return Inf(1)
	case e > 0:
		return y * Float64frombits(uint64(e)<<shift)
	case e < -52:
		return 0
	}
	y *= Float64frombits(uint64(e+bias-1) << shift) // 2^(k+1022)
	return y * Float64frombits(1<<shift)            // 2^-1022
}

// roundToInt32 converts v to int32 the way the CVTSD2SL instruction does:
// rounding to nearest (ties to even); out of range gives MinInt32.
func roundToInt32(v float64) int {
	r := RoundToEven(v)
	if !(r >= -2147483648.0 && r < 2147483648.0) {
		return -2147483648
	}
	return int(r)
}

// Exp2 returns 2**x, the base-2 exponential of x.
//
// Special cases are the same as Exp.
func Exp2(x float64) float64 {
	return exp2(x)
}

// exp2 is Exp2's algorithm; Go's own tests call it as Exp2Go.
func exp2(x float64) float64 {
	const (
		ln2Hi = 6.93147180369123816490e-01
		ln2Lo = 1.90821492927058770002e-10

		overflow  = 1.0239999999999999e+03
		underflow = -1.0740e+03
	)
	switch {
	case IsNaN(x) || IsInf(x, 1):
		return x
	case IsInf(x, -1):
		return 0
	case x > overflow:
		return Inf(1)
	case x < underflow:
		return 0
	}
	// x = k + t with k an integer and |t| <= 1/2; 2^t = e^(t·ln 2).
	var k int
	switch {
	case x > 0:
		k = int(x + 0.5)
	case x < 0:
		k = int(x - 0.5)
	}
	t := x - float64(k)
	hi := t * ln2Hi
	lo := -t * ln2Lo
	return expmulti(hi, lo, k)
}

// expmulti returns e^r × 2^k where r = hi - lo and |r| <= ln2/2, using
// FreeBSD's e_exp.c rational approximation:
// e^r = 1 + r + r·c/(2-c), with c = r - r²·(P1 + r²·(P2 + ...)).
func expmulti(hi, lo float64, k int) float64 {
	const (
		P1 = 1.66666666666666657415e-01  /* 0x3FC55555; 0x55555555 */
		P2 = -2.77777777770155933842e-03 /* 0xBF66C16C; 0x16BEBD93 */
		P3 = 6.61375632143793436117e-05  /* 0x3F11566A; 0xAF25DE2C */
		P4 = -1.65339022054652515390e-06 /* 0xBEBBBD41; 0xC5D26BF1 */
		P5 = 4.13813679705723846039e-08  /* 0x3E663769; 0x72BEA4D0 */
	)
	r := hi - lo
	t := r * r
	c := r - t*(P1+t*(P2+t*(P3+t*(P4+t*P5))))
	y := 1 - ((lo - (r*c)/(2-c)) - hi)
	return Ldexp(y, k)
}
