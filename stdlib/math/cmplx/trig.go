// This file implements the complex trigonometric and hyperbolic functions:
//
//	sin(a+bi) = sin a·cosh b + i·cos a·sinh b
//	cos(a+bi) = cos a·cosh b - i·sin a·sinh b
//	tan(a+bi) = (sin 2a + i·sinh 2b) / (cos 2a + cosh 2b)
//	cot(a+bi) = (sin 2a - i·sinh 2b) / (cosh 2b - cos 2a)
//
// and sinh, cosh, tanh by the same formulas with the parts' roles
// exchanged. Where the denominator of tan or cot comes near 0, cancellation
// would cost its digits, so it is summed as a Taylor series instead.

package cmplx

import (
	"math"
	"math/bits"
)

// Sin returns the sine of x.
func Sin(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0 && (math.IsInf(re, 0) || math.IsNaN(re)):
		return complex(math.NaN(), im)
	case math.IsInf(im, 0) && re == 0:
		return x
	case math.IsInf(im, 0) && (math.IsInf(re, 0) || math.IsNaN(re)):
		return complex(math.NaN(), im)
	case re == 0 && math.IsNaN(im):
		return x
	}
	s, c := math.Sincos(re)
	sh, ch := sinhcosh(im)
	return complex(s*ch, c*sh)
}

// Sinh returns the hyperbolic sine of x.
func Sinh(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case re == 0 && (math.IsInf(im, 0) || math.IsNaN(im)):
		return complex(re, math.NaN())
	case math.IsInf(re, 0) && im == 0:
		return complex(re, im)
	case math.IsInf(re, 0) && (math.IsInf(im, 0) || math.IsNaN(im)):
		return complex(re, math.NaN())
	case im == 0 && math.IsNaN(re):
		return complex(math.NaN(), im)
	}
	s, c := math.Sincos(im)
	sh, ch := sinhcosh(re)
	return complex(c*sh, s*ch)
}

// Cos returns the cosine of x.
func Cos(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0 && (math.IsInf(re, 0) || math.IsNaN(re)):
		return complex(math.NaN(), -im*math.Copysign(0, re))
	case math.IsInf(im, 0) && re == 0:
		return complex(math.Inf(1), -re*math.Copysign(0, im))
	case math.IsInf(im, 0) && (math.IsInf(re, 0) || math.IsNaN(re)):
		return complex(math.Inf(1), math.NaN())
	case re == 0 && math.IsNaN(im):
		return complex(math.NaN(), 0)
	}
	s, c := math.Sincos(re)
	sh, ch := sinhcosh(im)
	return complex(c*ch, -s*sh)
}

// Cosh returns the hyperbolic cosine of x.
func Cosh(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case re == 0 && (math.IsInf(im, 0) || math.IsNaN(im)):
		return complex(math.NaN(), re*math.Copysign(0, im))
	case math.IsInf(re, 0) && im == 0:
		return complex(math.Inf(1), im*math.Copysign(0, re))
	case math.IsInf(re, 0) && (math.IsInf(im, 0) || math.IsNaN(im)):
		return complex(math.Inf(1), math.NaN())
	case im == 0 && math.IsNaN(re):
		return complex(math.NaN(), im)
	}
	s, c := math.Sincos(im)
	sh, ch := sinhcosh(re)
	return complex(c*ch, s*sh)
}

// sinhcosh returns sinh x and cosh x, from one Exp away from 0.
func sinhcosh(x float64) (sh, ch float64) {
	if math.Abs(x) <= 0.5 {
		return math.Sinh(x), math.Cosh(x)
	}
	e := math.Exp(x)
	ei := 0.5 / e
	e *= 0.5
	return e - ei, e + ei
}

// Tan returns the tangent of x.
func Tan(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case math.IsInf(im, 0) && (math.IsInf(re, 0) || math.IsNaN(re)):
		return complex(math.Copysign(0, re), math.Copysign(1, im))
	case math.IsInf(im, 0):
		return complex(math.Copysign(0, math.Sin(2*re)), math.Copysign(1, im))
	case re == 0 && math.IsNaN(im):
		return x
	}
	d := math.Cos(2*re) + math.Cosh(2*im)
	if math.Abs(d) < 0.25 {
		d = tanSeries(x)
	}
	if d == 0 {
		return Inf()
	}
	return complex(math.Sin(2*re)/d, math.Sinh(2*im)/d)
}

// Tanh returns the hyperbolic tangent of x.
func Tanh(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case math.IsInf(re, 0) && (math.IsInf(im, 0) || math.IsNaN(im)):
		return complex(math.Copysign(1, re), math.Copysign(0, im))
	case math.IsInf(re, 0):
		return complex(math.Copysign(1, re), math.Copysign(0, math.Sin(2*im)))
	case im == 0 && math.IsNaN(re):
		return x
	}
	d := math.Cosh(2*re) + math.Cos(2*im)
	if d == 0 {
		return Inf()
	}
	return complex(math.Sinh(2*re)/d, math.Sin(2*im)/d)
}

// Cot returns the cotangent of x.
func Cot(x complex128) complex128 {
	d := math.Cosh(2*imag(x)) - math.Cos(2*real(x))
	if math.Abs(d) < 0.25 {
		d = tanSeries(x)
	}
	if d == 0 {
		return Inf()
	}
	return complex(math.Sin(2*real(x))/d, -math.Sinh(2*imag(x))/d)
}

// tanSeries returns cosh 2y - cos 2x for z = x+iy by its Taylor series,
//
//	Σ (y^2k + (-1)^k·x^2k) / (2k)!, k ≥ 1, x and y doubled,
//
// with x first reduced modulo π, summed two terms at a time until a term
// is below the last bit of the sum.
func tanSeries(z complex128) float64 {
	const epsilon = 1.0 / (1 << 53)
	x := math.Abs(2 * real(z))
	y := math.Abs(2 * imag(z))
	x = reducePi(x)
	x = x * x
	y = y * y
	xk, yk := 1.0, 1.0 // x^2k and y^2k
	f := 1.0           // (2k)!
	n := 0.0           // 2k
	sum := 0.0
	for {
		n++
		f *= n
		n++
		f *= n
		xk *= x
		yk *= y
		t := (yk + xk) / f
		sum += t
		n++
		f *= n
		n++
		f *= n
		xk *= x
		yk *= y
		t = (yk - xk) / f
		sum += t
		if !(math.Abs(t/sum) > epsilon) {
			return sum
		}
	}
}

// reducePi returns x reduced to [-π/2, π/2] modulo π. Below 2^30 it
// subtracts the nearest multiple of π, with π split in three parts of
// which the first two are exact in the products (Cody and Waite); beyond,
// it takes the fraction of x/π from x's mantissa times enough bits of 1/π
// (Payne and Hanek), as math's own trigonometric reduction does with 4/π.
func reducePi(x float64) float64 {
	if math.Abs(x) < 1<<30 {
		const (
			pi1 = 3.141592502593994      // 0x400921fb40000000
			pi2 = 1.5099578831723193e-07 // 0x3e84442d00000000
			pi3 = 1.0780605716316238e-14 // 0x3d08469898cc5170
		)
		t := x / math.Pi
		t += 0.5
		t = float64(int64(t)) // the multiple of π
		return ((x - t*pi1) - t*pi2) - t*pi3
	}
	const (
		mantBits = 52
		bias     = 1023
	)
	// x = m·2^exp, m the 53-bit integer mantissa.
	m := math.Float64bits(x)
	exp := int(m>>mantBits&0x7ff) - bias - mantBits
	m = m&(1<<mantBits-1) | 1<<mantBits
	// The bits of 1/π that reach the fraction of m·2^exp/π: three words
	// from bit exp on, whose product with m keeps 128 bits.
	digit, shift := uint(exp+64)/64, uint(exp+64)%64
	z0 := (invPi[digit] << shift) | (invPi[digit+1] >> (64 - shift))
	z1 := (invPi[digit+1] << shift) | (invPi[digit+2] >> (64 - shift))
	z2 := (invPi[digit+2] << shift) | (invPi[digit+3] >> (64 - shift))
	z2hi, _ := bits.Mul64(z2, m)
	z1hi, z1lo := bits.Mul64(z1, m)
	z0lo := z0 * m
	lo, carry := bits.Add64(z1lo, z2hi, 0)
	hi, _ := bits.Add64(z0lo, z1hi, carry)
	// hi:lo is the fraction in [0, 1) as a 128-bit fixed-point number: make
	// it a float64 by hand, normalizing at its leading one.
	lz := uint(bits.LeadingZeros64(hi))
	e := uint64(bias - (lz + 1))
	hi = (hi << (lz + 1)) | (lo >> (64 - (lz + 1)))
	hi >>= 64 - mantBits
	hi |= e << mantBits
	f := math.Float64frombits(hi)
	if f > 0.5 {
		f--
	}
	return math.Pi * f
}

// invPi holds the binary digits of 1/π, 64 a word: 1/π = Σ invPi[i]·2^(-64i).
var invPi = [...]uint64{
	0x0000000000000000,
	0x517cc1b727220a94,
	0xfe13abe8fa9a6ee0,
	0x6db14acc9e21c820,
	0xff28b1d5ef5de2b0,
	0xdb92371d2126e970,
	0x0324977504e8c90e,
	0x7f0ef58e5894d39f,
	0x74411afa975da242,
	0x74ce38135a2fbf20,
	0x9cc8eb1cc1a99cfa,
	0x4e422fc5defc941d,
	0x8ffc4bffef02cc07,
	0xf79788c5ad05368f,
	0xb69b3f6793e584db,
	0xa7a31fb34f2ff516,
	0xba93dd63f5f2f8bd,
	0x9e839cfbc5294975,
	0x35fdafd88fc6ae84,
	0x2b0198237e3db5d5,
}
