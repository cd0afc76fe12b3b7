// This file implements the complex inverse trigonometric and hyperbolic
// functions, by their logarithmic forms:
//
//	asin z  = -i·ln(iz + √(1-z²))
//	asinh z = ln(z + √(1+z²))
//	acos z  = π/2 - asin z
//	atan z  = ½·atan2(2x, 1-x²-y²) + i·¼·ln((x²+(y+1)²)/(x²+(y-1)²))
//
// and the others from these through multiplication by ±i. The special
// cases (infinities, NaNs, the real and imaginary axes) are C99's.

package cmplx

import "math"

// Asin returns the inverse sine of x.
func Asin(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0 && math.Abs(re) <= 1:
		return complex(math.Asin(re), im)
	case re == 0 && math.Abs(im) <= 1:
		return complex(re, math.Asinh(im))
	case math.IsNaN(im) && re == 0:
		return complex(re, math.NaN())
	case math.IsNaN(im) && math.IsInf(re, 0):
		return complex(math.NaN(), re)
	case math.IsNaN(im):
		return NaN()
	case math.IsInf(im, 0) && math.IsNaN(re):
		return x
	case math.IsInf(im, 0) && math.IsInf(re, 0):
		return complex(math.Copysign(math.Pi/4, re), im)
	case math.IsInf(im, 0):
		return complex(math.Copysign(0, re), im)
	case math.IsInf(re, 0):
		return complex(math.Copysign(math.Pi/2, re), math.Copysign(re, im))
	}
	iz := complex(-im, re)
	zz := x * x
	w := Log(iz + Sqrt(complex(1-real(zz), -imag(zz))))
	return complex(imag(w), -real(w)) // -i·w
}

// Asinh returns the inverse hyperbolic sine of x.
func Asinh(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0 && math.Abs(re) <= 1:
		return complex(math.Asinh(re), im)
	case re == 0 && math.Abs(im) <= 1:
		return complex(re, math.Asin(im))
	case math.IsInf(re, 0) && math.IsInf(im, 0):
		return complex(re, math.Copysign(math.Pi/4, im))
	case math.IsInf(re, 0) && math.IsNaN(im):
		return x
	case math.IsInf(re, 0):
		return complex(re, math.Copysign(0.0, im))
	case math.IsNaN(re) && im == 0:
		return x
	case math.IsNaN(re) && math.IsInf(im, 0):
		return complex(im, re)
	case math.IsNaN(re):
		return NaN()
	case math.IsInf(im, 0):
		return complex(math.Copysign(im, re), math.Copysign(math.Pi/2, im))
	}
	zz := x * x
	return Log(x + Sqrt(complex(1+real(zz), imag(zz))))
}

// Acos returns the inverse cosine of x.
func Acos(x complex128) complex128 {
	w := Asin(x)
	return complex(math.Pi/2-real(w), -imag(w))
}

// Acosh returns the inverse hyperbolic cosine of x: ±i·acos x, the sign
// chosen for a real part ≥ 0.
func Acosh(x complex128) complex128 {
	if x == 0 {
		return complex(0, math.Copysign(math.Pi/2, imag(x)))
	}
	w := Acos(x)
	if imag(w) <= 0 {
		return complex(-imag(w), real(w)) // i·w
	}
	return complex(imag(w), -real(w)) // -i·w
}

// Atan returns the inverse tangent of x.
func Atan(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0:
		return complex(math.Atan(re), im)
	case re == 0 && math.Abs(im) <= 1:
		return complex(re, math.Atanh(im))
	case (math.IsInf(im, 0) || math.IsInf(re, 0)) && math.IsNaN(re):
		return complex(math.NaN(), math.Copysign(0, im))
	case math.IsInf(im, 0) || math.IsInf(re, 0):
		return complex(math.Copysign(math.Pi/2, re), math.Copysign(0, im))
	case math.IsNaN(re) || math.IsNaN(im):
		return NaN()
	}
	x2 := re * re
	a := 1 - x2 - im*im
	if a == 0 {
		return NaN()
	}
	w := reducePi(0.5 * math.Atan2(2*re, a))
	t := im - 1
	below := x2 + t*t
	if below == 0 {
		return NaN()
	}
	t = im + 1
	return complex(w, 0.25*math.Log((x2+t*t)/below))
}

// Atanh returns the inverse hyperbolic tangent of x: -i·atan(i·x).
func Atanh(x complex128) complex128 {
	z := Atan(complex(-imag(x), real(x)))
	return complex(imag(z), -real(z))
}
