// This file implements the complex exponential, logarithms, powers and
// square root.

package cmplx

import "math"

// Exp returns e**x, the base-e exponential of x:
// e^(a+bi) = e^a·(cos b + i·sin b).
func Exp(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case math.IsInf(re, 0) && re > 0 && im == 0:
		return x
	case math.IsInf(re, 0) && (math.IsInf(im, 0) || math.IsNaN(im)):
		if re < 0 {
			return complex(0, math.Copysign(0, im))
		}
		return complex(math.Inf(1), math.NaN())
	case math.IsNaN(re) && im == 0:
		return complex(math.NaN(), im)
	}
	r := math.Exp(re)
	s, c := math.Sincos(im)
	return complex(r*c, r*s)
}

// Log returns the natural logarithm of x, ln|x| + i·arg x, with the
// phase in [-Pi, Pi].
func Log(x complex128) complex128 {
	return complex(math.Log(Abs(x)), Phase(x))
}

// Log10 returns the decimal logarithm of x.
func Log10(x complex128) complex128 {
	z := Log(x)
	return complex(math.Log10E*real(z), math.Log10E*imag(z))
}

// Pow returns x**y, the base-x exponential of y: with x = r·e^(iθ) and
// y = c+di, x^y = r^c·e^(-dθ) · e^(i(cθ + d·ln r)).
// For generalized compatibility with math.Pow:
//
//	Pow(0, ±0) returns 1+0i
//	Pow(0, c) for real(c)<0 returns Inf+0i if imag(c) is zero, otherwise Inf+Inf i.
func Pow(x, y complex128) complex128 {
	if x == 0 { // -0 too
		c, d := real(y), imag(y)
		switch {
		case IsNaN(y):
			return NaN()
		case c == 0:
			return 1
		case c < 0 && d == 0:
			return complex(math.Inf(1), 0)
		case c < 0:
			return Inf()
		case c > 0:
			return 0
		}
		panic("not reached") // c is NaN, d infinite: Go's Pow panics so too
	}
	modulus := Abs(x)
	if modulus == 0 { // x's parts underflow when squared
		return complex(0, 0)
	}
	r := math.Pow(modulus, real(y))
	arg := Phase(x)
	theta := real(y) * arg
	if imag(y) != 0 {
		r *= math.Exp(-imag(y) * arg)
		theta += imag(y) * math.Log(modulus)
	}
	s, c := math.Sincos(theta)
	return complex(r*c, r*s)
}

// Sqrt returns the square root of x, the one with real part ≥ 0 and the
// sign of imag(x) in its imaginary part. Away from the axes it is
// sqrt(x) = t ± i·|b|/(2t) with t = √((|x|+a)/2) (or the other way round
// when a < 0, where |x|+a cancels), computed on x scaled to keep |x| from
// overflowing or losing bits to underflow.
func Sqrt(x complex128) complex128 {
	a, b := real(x), imag(x)
	switch {
	case b == 0 && a == 0:
		return complex(0, b)
	case b == 0 && a < 0:
		return complex(0, math.Copysign(math.Sqrt(-a), b))
	case b == 0:
		return complex(math.Sqrt(a), b)
	case math.IsInf(b, 0):
		return complex(math.Inf(1), b)
	case a == 0 && b < 0:
		r := math.Sqrt(-0.5 * b)
		return complex(r, -r)
	case a == 0:
		r := math.Sqrt(0.5 * b)
		return complex(r, r)
	}
	var scale float64
	if math.Abs(a) > 4 || math.Abs(b) > 4 {
		a *= 0.25
		b *= 0.25
		scale = 2
	} else {
		a *= 1 << 54
		b *= 1 << 54
		scale = 1.0 / (1 << 27)
	}
	r := math.Hypot(a, b)
	var re, im float64
	if a > 0 {
		re = math.Sqrt(0.5*r + 0.5*a)
		im = scale * math.Abs((0.5*b)/re)
		re *= scale
	} else {
		im = math.Sqrt(0.5*r - 0.5*a)
		re = scale * math.Abs((0.5*b)/im)
		im *= scale
	}
	if b < 0 {
		return complex(re, -im)
	}
	return complex(re, im)
}
