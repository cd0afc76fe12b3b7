// This file implements Expm1, e^x - 1 without the cancellation of
// Exp(x)-1 near zero, as FreeBSD's msun (s_expm1.c, Sun's fdlibm) does:
//
//  1. Reduce: x = k·ln2 + r with |r| ≤ ln2/2, r carried as hi - lo
//     (ln2 in a high part exact in k·ln2Hi and a low part) and c the
//     rounding error of forming r.
//  2. Approximate e^r - 1 on that interval: with R1 a degree-5 fit in r²
//     of the even function r(e^r+1)/(e^r-1), e^r - 1 = r - (r·E - r²/2)
//     for a small correction E computed from R1.
//  3. Rebuild e^x - 1 = 2^k·(e^r - 1 + 1) - 1, arranged by the size of k
//     so that neither the "+1" nor the "-1" loses the low bits.

package math

// expm1R1 is fdlibm's fit of R1(z) = 1 + Q1·z + ... + Q5·z⁵, z = r²/2.
var expm1R1 = []float64{
	1,
	-3.33333333333331316428e-02, // 0xBFA11111111110F4
	1.58730158725481460165e-03,  // 0x3F5A01A019FE5585
	-7.93650757867487942473e-05, // 0xBF14CE199EAADBB7
	4.00821782732936239552e-06,  // 0x3ED0CFCA86E65239
	-2.01099218183624371326e-07, // 0xBE8AFDB76E09C32D
}

// withExponent adds k to y's binary exponent: y·2^k when that is normal.
func withExponent(y float64, k int) float64 {
	return Float64frombits(Float64bits(y) + uint64(k)<<52)
}

// Expm1 returns e**x - 1, the base-e exponential of x minus 1.
// It is more accurate than Exp(x) - 1 when x is near zero.
//
// Special cases are:
//
//	Expm1(+Inf) = +Inf
//	Expm1(-Inf) = -1
//	Expm1(NaN) = NaN
//
// Very large values overflow to -1 or +Inf.
func Expm1(x float64) float64 {
	const (
		overflow  = 7.09782712893383973096e+02 // 0x40862E42FEFA39EF: e^x overflows above
		ln2X56    = 3.88162421113569373274e+01 // 0x4043687a9f1af2b1: e^x - 1 rounds to -1 below -56·ln2
		ln2HalfX3 = 1.03972077083991796413e+00 // 0x3ff0a2b23f3bab73
		ln2Half   = 3.46573590279972654709e-01 // 0x3fd62e42fefa39ef
		ln2Hi     = 6.93147180369123816490e-01 // 0x3fe62e42fee00000
		ln2Lo     = 1.90821492927058770002e-10 // 0x3dea39ef35793c76
		invLn2    = 1.44269504088896338700e+00 // 0x3ff71547652b82fe
		tiny      = 1.0 / (1 << 54)            // 2**-54: e^x - 1 rounds to x below
	)
	a := Abs(x)
	switch {
	case IsInf(x, 1) || IsNaN(x):
		return x
	case x <= -ln2X56:
		return -1
	case x >= overflow:
		return Inf(1)
	case a < tiny:
		return x
	}

	// 1. Reduce.
	k := 0
	c := 0.0
	if a > ln2Half {
		switch {
		case a < ln2HalfX3 && x > 0:
			k = 1
		case a < ln2HalfX3:
			k = -1
		case x > 0:
			k = int(invLn2*x + 0.5)
		default:
			k = int(invLn2*x - 0.5)
		}
		t := float64(k)
		hi := x - t*ln2Hi // exact
		lo := t * ln2Lo
		x = hi - lo
		c = (hi - x) - lo
	}

	// 2. Approximate: e^x - 1 = x - (x·e - x²/2).
	hfx := 0.5 * x
	hxs := x * hfx
	r1 := horner(hxs, expm1R1)
	t := 3 - r1*hfx
	e := hxs * ((r1 - t) / (6.0 - x*t))
	if k == 0 {
		return x - (x*e - hxs)
	}
	e = x*(e-c) - c
	e -= hxs

	// 3. Rebuild.
	switch {
	case k == -1:
		return 0.5*(x-e) - 0.5
	case k == 1 && x < -0.25:
		return -2 * (e - (x + 0.5))
	case k == 1:
		return 1 + 2*(x-e)
	case k <= -2 || k > 56: // the -1 is below the last bit, or 2^k·(...) is all that matters
		return withExponent(1-(e-x), k) - 1
	case k < 20:
		oneLess := Float64frombits(0x3ff0000000000000 - (0x20000000000000 >> uint(k))) // 1 - 2^-k
		return withExponent(oneLess-(e-x), k)
	}
	y := x - (e + Float64frombits(uint64(0x3ff-k)<<52)) // x - (e + 2^-k)
	y++
	return withExponent(y, k)
}
