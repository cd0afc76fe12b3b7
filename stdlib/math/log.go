// This file implements the logarithms.
//
// Log follows Go's amd64 assembly (log_amd64.s), itself FreeBSD's e_log.c:
//
//  1. Reduce: x = 2^k · (1+f) with sqrt(2)/2 < 1+f < sqrt(2).
//  2. Let s = f/(2+f); then log(1+f) = log(1+s) - log(1-s) = 2s + 2s³/3
//     + 2s⁵/5 + ... = 2s + s·R(s²), where R is a minimax polynomial
//     (coefficients L1..L7) split into odd and even parts in s⁴.
//  3. log(1+f) = f - s·(f - R) is rearranged with hfsq = f²/2 to keep
//     the rounding error small, and log(x) = k·ln2 + log(1+f), with ln2
//     split in a high part (exact times k) and a low part.
//
// The assembly reads the exponent straight from the bits, so (unlike the
// portable code) it does not renormalize subnormal inputs; this code does
// the same, to give the same results.

package math

// Log returns the natural logarithm of x.
//
// Special cases are:
//
//	Log(+Inf) = +Inf
//	Log(0) = -Inf
//	Log(x < 0) = NaN
//	Log(NaN) = NaN
func Log(x float64) float64 {
	const (
		hSqrt2 = 7.07106781186547524401e-01 // sqrt(2)/2
		ln2Hi  = 6.93147180369123816490e-01 // 0x3fe62e42fee00000
		ln2Lo  = 1.90821492927058770002e-10 // 0x3dea39ef35793c76
		L1     = 6.666666666666735130e-01   // 0x3FE5555555555593
		L2     = 3.999999999940941908e-01   // 0x3FD999999997FA04
		L3     = 2.857142874366239149e-01   // 0x3FD2492494229359
		L4     = 2.222219843214978396e-01   // 0x3FCC71C51D8E78AF
		L5     = 1.818357216161805012e-01   // 0x3FC7466496CB03DE
		L6     = 1.531383769920937332e-01   // 0x3FC39A09D078C69F
		L7     = 1.479819860511658591e-01   // 0x3FC2F112DF3E5244
	)
	bits := Float64bits(x)
	switch {
	case bits&^signMask == 0:
		return Inf(-1) // ±0
	case int64(bits) < 0:
		return NaN() // negative, including -NaN
	case bits >= uvinf:
		return x // +Inf or NaN
	}

	// x = f1 × 2^k with f1 in [0.5, 1), from the bits.
	f1 := Float64frombits(bits&fracMask | 0x3FE<<shift)
	k := float64(int((bits>>shift)&mask) - 0x3FE)
	if f1 <= hSqrt2 {
		k--
		f1 *= 2
	}
	f := f1 - 1

	s := f / (2 + f)
	s2 := s * s
	s4 := s2 * s2
	t1 := s2 * (L1 + s4*(L3+s4*(L5+s4*L7)))
	t2 := s4 * (L2 + s4*(L4+s4*L6))
	R := t1 + t2
	hfsq := 0.5 * f * f
	return k*ln2Hi - ((hfsq - (s*(hfsq+R) + k*ln2Lo)) - f)
}

// Log10 returns the decimal logarithm of x.
// The special cases are the same as for Log.
func Log10(x float64) float64 {
	return Log(x) * (1 / Ln10)
}

// Log2 returns the binary logarithm of x.
// The special cases are the same as for Log.
func Log2(x float64) float64 {
	frac, exp := Frexp(x)
	// Make sure exact powers of two give exact answers.
	// Don't depend on Log(0.5)*(1/Ln2)+exp being exactly exp-1.
	if frac == 0.5 {
		return float64(exp - 1)
	}
	return Log(frac)*(1/Ln2) + float64(exp)
}

// Log1p returns the natural logarithm of 1 plus its argument x.
// It is more accurate than Log(1 + x) when x is near zero.
//
// The method (FreeBSD's s_log1p.c) is Log's, applied to u = 1+x, plus a
// correction c for the rounding error in forming 1+x.
//
// Special cases are:
//
//	Log1p(+Inf) = +Inf
//	Log1p(±0) = ±0
//	Log1p(-1) = -Inf
//	Log1p(x < -1) = NaN
//	Log1p(NaN) = NaN
func Log1p(x float64) float64 {
	const (
		Sqrt2M1     = 4.142135623730950488017e-01  // Sqrt(2)-1 = 0x3fda827999fcef34
		Sqrt2HalfM1 = -2.928932188134524755992e-01 // Sqrt(2)/2-1 = 0xbfd2bec333018866
		Small       = 1.0 / (1 << 29)              // 2**-29 = 0x3e20000000000000
		Tiny        = 1.0 / (1 << 54)              // 2**-54
		Two53       = 1 << 53                      // 2**53
		Ln2Hi       = 6.93147180369123816490e-01   // 3fe62e42fee00000
		Ln2Lo       = 1.90821492927058770002e-10   // 3dea39ef35793c76
		Lp1         = 6.666666666666735130e-01     // 3FE5555555555593
		Lp2         = 3.999999999940941908e-01     // 3FD999999997FA04
		Lp3         = 2.857142874366239149e-01     // 3FD2492494229359
		Lp4         = 2.222219843214978396e-01     // 3FCC71C51D8E78AF
		Lp5         = 1.818357216161805012e-01     // 3FC7466496CB03DE
		Lp6         = 1.531383769920937332e-01     // 3FC39A09D078C69F
		Lp7         = 1.479819860511658591e-01     // 3FC2F112DF3E5244
	)
	switch {
	case x < -1 || IsNaN(x):
		return NaN()
	case x == -1:
		return Inf(-1)
	case IsInf(x, 1):
		return Inf(1)
	}

	absx := Abs(x)
	var f float64
	var iu uint64
	k := 1
	if absx < Sqrt2M1 {
		if absx < Small {
			if absx < Tiny {
				return x
			}
			return x - x*x*0.5
		}
		if x > Sqrt2HalfM1 {
			// sqrt(2)/2-1 < x < sqrt(2)-1: no reduction needed.
			k = 0
			f = x
			iu = 1
		}
	}
	var c float64
	if k != 0 {
		var u float64
		if absx < Two53 {
			u = 1.0 + x
			iu = Float64bits(u)
			k = int((iu >> 52) - 1023)
			// c is the rounding error of 1+x, relative to u.
			if k > 0 {
				c = 1.0 - (u - x)
			} else {
				c = x - (u - 1.0)
			}
			c /= u
		} else {
			u = x
			iu = Float64bits(u)
			k = int((iu >> 52) - 1023)
			c = 0
		}
		iu &= 0x000fffffffffffff
		if iu < 0x0006a09e667f3bcd { // mantissa of Sqrt(2)
			u = Float64frombits(iu | 0x3ff0000000000000)
		} else {
			k++
			u = Float64frombits(iu | 0x3fe0000000000000)
			iu = (0x0010000000000000 - iu) >> 2
		}
		f = u - 1.0
	}
	hfsq := 0.5 * f * f
	var s, R, z float64
	if iu == 0 { // |f| < 2**-20
		if f == 0 {
			if k == 0 {
				return 0
			}
			c += float64(k) * Ln2Lo
			return float64(k)*Ln2Hi + c
		}
		R = hfsq * (1.0 - 0.66666666666666666*f)
		if k == 0 {
			return f - R
		}
		return float64(k)*Ln2Hi - ((R - (float64(k)*Ln2Lo + c)) - f)
	}
	s = f / (2.0 + f)
	z = s * s
	R = z * (Lp1 + z*(Lp2+z*(Lp3+z*(Lp4+z*(Lp5+z*(Lp6+z*Lp7))))))
	if k == 0 {
		return f - (hfsq - s*(hfsq+R))
	}
	return float64(k)*Ln2Hi - ((hfsq - (s*(hfsq+R) + (float64(k)*Ln2Lo + c))) - f)
}
