// This file implements square root, cube root and hypotenuse.
//
// Sqrt is computed exactly, one result bit at a time, like long division:
// for the mantissa m (made an even power of two by shifting), find the
// largest q with q² <= m. Each step tries setting the next bit r of q: if
// (q + r)² <= m, keep it. Tracking the remainder m - q² makes the test
// cheap: (q+r)² - q² = 2qr + r², compared against the remainder. One extra
// bit and the final remainder give the correctly rounded result — the same
// value the processor's SQRTSD instruction returns.

package math

// Sqrt returns the square root of x.
//
// Special cases are:
//
//	Sqrt(+Inf) = +Inf
//	Sqrt(±0) = ±0
//	Sqrt(x < 0) = NaN
//	Sqrt(NaN) = NaN
func Sqrt(x float64) float64 {
	// gominic compiles calls of Sqrt to the SQRTSD instruction, which
	// gives the same, correctly rounded, result as this code.
	return sqrt(x)
}

// sqrt is Sqrt in software; Go's own tests call it (as SqrtGo) beside the
// instruction.
func sqrt(x float64) float64 {
	switch {
	case x == 0 || IsNaN(x) || IsInf(x, 1):
		return x
	case x < 0:
		return NaN()
	}
	ix := Float64bits(x)

	// Normalize: a subnormal's mantissa is shifted up to a leading 1.
	exp := int((ix >> shift) & mask)
	if exp == 0 {
		for ix&(1<<shift) == 0 {
			ix <<= 1
			exp--
		}
		exp++
	}
	exp -= bias
	ix &^= mask << shift
	ix |= 1 << shift // the implicit leading 1
	if exp&1 == 1 {
		ix <<= 1 // make the exponent even: sqrt(m·2^2k) = sqrt(m)·2^k
	}
	exp >>= 1

	// Bit by bit: q is the root so far, s = 2q (in the scaled units of
	// the loop), ix the remainder, r the bit being tried.
	ix <<= 1
	var q, s uint64
	r := uint64(1 << (shift + 1))
	for r != 0 {
		t := s + r
		if t <= ix {
			s = t + r
			ix -= t
			q += r
		}
		ix <<= 1
		r >>= 1
	}
	// q has one bit beyond the result. With a non-zero remainder the true
	// root lies strictly above q, so that bit decides the rounding: 1 is
	// past half way (round up), 0 is below (truncate). A square root is
	// never exactly half way.
	if ix != 0 {
		q += q & 1
	}
	ix = q>>1 + uint64(exp-1+bias)<<shift
	return Float64frombits(ix)
}

// Cbrt returns the cube root of x.
//
// The method (FreeBSD's s_cbrt.c): a first guess to about 5 bits from the
// bits of x (dividing the exponent field by 3), improved to 23 bits by a
// rational approximation, rounded to 22 bits so that its square is exact,
// then one Newton step to the full precision.
//
// Special cases are:
//
//	Cbrt(±0) = ±0
//	Cbrt(±Inf) = ±Inf
//	Cbrt(NaN) = NaN
func Cbrt(x float64) float64 {
	const (
		B1             = 715094163                   // (682-0.03306235651)*2**20
		B2             = 696219795                   // (664-0.03306235651)*2**20
		C              = 5.42857142857142815906e-01  // 19/35     = 0x3FE15F15F15F15F1
		D              = -7.05306122448979611050e-01 // -864/1225 = 0xBFE691DE2532C834
		E              = 1.41428571428571436819e+00  // 99/70     = 0x3FF6A0EA0EA0EA0F
		F              = 1.60714285714285720630e+00  // 45/28     = 0x3FF9B6DB6DB6DB6E
		G              = 3.57142857142857150787e-01  // 5/14      = 0x3FD6DB6DB6DB6DB7
		SmallestNormal = 2.22507385850720138309e-308 // 2**-1022  = 0x0010000000000000
	)
	switch {
	case x == 0 || IsNaN(x) || IsInf(x, 0):
		return x
	}
	sign := false
	if x < 0 {
		x = -x
		sign = true
	}

	// Rough cube root to 5 bits: divide the bits (mostly the exponent) by 3.
	t := Float64frombits(Float64bits(x)/3 + B1<<32)
	if x < SmallestNormal {
		// Subnormal: scale by 2^54 first.
		t = float64(1 << 54)
		t *= x
		t = Float64frombits(Float64bits(t)/3 + B2<<32)
	}

	// New cbrt to 23 bits.
	r := t * t / x
	s := C + r*t
	t *= G + F/(s+E+D/s)

	// Chop to 22 bits, making t*t exact.
	t = Float64frombits(Float64bits(t)&(0xFFFFFFFFC<<28) + 1<<30)

	// One Newton step to 53 bits.
	s = t * t
	r = x / s
	w := t + t
	r = (r - t) / (w + r)
	t = t + t*r

	if sign {
		t = -t
	}
	return t
}

// Hypot returns Sqrt(p*p + q*q), taking care to avoid unnecessary
// overflow and underflow: it computes max × sqrt(1 + (min/max)²).
//
// Special cases are:
//
//	Hypot(±Inf, q) = +Inf
//	Hypot(p, ±Inf) = +Inf
//	Hypot(NaN, q) = NaN
//	Hypot(p, NaN) = NaN
func Hypot(p, q float64) float64 {
	return hypot(p, q)
}

// hypot is Hypot's algorithm; Go's own tests call it as HypotGo.
func hypot(p, q float64) float64 {
	switch {
	case IsInf(p, 0) || IsInf(q, 0):
		return Inf(1)
	case IsNaN(p) || IsNaN(q):
		return NaN()
	}
	p, q = Abs(p), Abs(q)
	if p < q {
		p, q = q, p
	}
	if p == 0 {
		return 0
	}
	q = q / p
	return p * Sqrt(1+q*q)
}
