// This file implements complex division the way Go defines it for
// infinities and NaNs.
//
// The textbook formula (a+bi)/(c+di) = ((ac+bd) + (bc-ad)i) / (c²+d²)
// overflows for large divisors and gives NaN where the quotient is
// infinite or zero. Like Go's runtime, we divide by Smith's method (R. L.
// Smith, "Algorithm 116: Complex division", CACM 5(8), 1962): scale by the
// ratio of the divisor's smaller part to its larger one. A result that is
// NaN in both parts is then recovered as C99 prescribes (ISO/IEC 9899:1999,
// annex G.5.1): an infinite dividend over a finite divisor is infinite, a
// finite dividend over an infinite divisor is zero, and a non-NaN dividend
// over zero is infinite.

package runtime

import "unsafe"

func complex128div(n complex128, m complex128) complex128 {
	a, b := real(n), imag(n)
	c, d := real(m), imag(m)
	var e, f float64
	if fabs(c) >= fabs(d) {
		ratio := d / c
		denom := c + ratio*d
		e = (a + b*ratio) / denom
		f = (b - a*ratio) / denom
	} else {
		ratio := c / d
		denom := d + ratio*c
		e = (a*ratio + b) / denom
		f = (b*ratio - a) / denom
	}
	if e != e && f != f {
		inf := posinf()
		switch {
		case c == 0 && d == 0 && (a == a || b == b):
			e = fcopysign(inf, c) * a
			f = fcopysign(inf, c) * b
		case (isInf(a) || isInf(b)) && isFinite(c) && isFinite(d):
			a = fcopysign(unit(isInf(a)), a)
			b = fcopysign(unit(isInf(b)), b)
			e = inf * (a*c + b*d)
			f = inf * (b*c - a*d)
		case (isInf(c) || isInf(d)) && isFinite(a) && isFinite(b):
			c = fcopysign(unit(isInf(c)), c)
			d = fcopysign(unit(isInf(d)), d)
			e = 0 * (a*c + b*d)
			f = 0 * (b*c - a*d)
		}
	}
	return complex(e, f)
}

func posinf() float64 {
	b := uint64(0x7FF0000000000000)
	return *(*float64)(unsafe.Pointer(&b))
}

func isInf(x float64) bool    { return x-x != x-x && x == x }
func isFinite(x float64) bool { return x-x == 0 }

// unit is 1 for true and 0 for false.
func unit(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func fabs(x float64) float64 {
	return fcopysign(x, 1)
}

// fcopysign is x with the sign of y.
func fcopysign(x, y float64) float64 {
	const sign = 1 << 63
	bx := *(*uint64)(unsafe.Pointer(&x))&^sign | *(*uint64)(unsafe.Pointer(&y))&sign
	return *(*float64)(unsafe.Pointer(&bx))
}
