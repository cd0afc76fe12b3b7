// This file implements rounding to integers by editing the bits of a float.
//
// In a float64 with unbiased exponent e (0 <= e < 52), the low 52-e
// fraction bits hold the part after the binary point. Clearing them
// truncates toward zero; adding half of the last kept unit first rounds
// half away from zero. Values with e >= 52 are already integers, and
// values below 1 in magnitude round to ±0 or ±1.

package math

// Modf returns integer and fractional floating-point numbers that sum to
// f. Both values have the same sign as f.
func Modf(f float64) (int float64, frac float64) {
	if f < 1 {
		switch {
		case f < 0:
			int, frac = Modf(-f)
			return -int, -frac
		case f == 0:
			return f, f // -0 gives -0, -0
		}
		return 0, f
	}
	x := Float64bits(f)
	e := uint(x>>shift)&mask - bias
	// Clear the fraction bits below the binary point.
	if e < 64-12 {
		x &^= 1<<(64-12-e) - 1
	}
	int = Float64frombits(x)
	frac = f - int
	return
}

// Trunc returns the integer value of x.
func Trunc(x float64) float64 {
	if x == 0 || IsNaN(x) || IsInf(x, 0) {
		return x
	}
	d, _ := Modf(x)
	return d
}

// Floor returns the greatest integer value less than or equal to x.
func Floor(x float64) float64 {
	if x == 0 || IsNaN(x) || IsInf(x, 0) {
		return x
	}
	if x < 0 {
		d, fract := Modf(-x)
		if fract != 0.0 {
			d = d + 1
		}
		return -d
	}
	d, _ := Modf(x)
	return d
}

// Ceil returns the least integer value greater than or equal to x.
func Ceil(x float64) float64 {
	return -Floor(-x)
}

// Round returns the nearest integer, rounding half away from zero.
func Round(x float64) float64 {
	bits := Float64bits(x)
	e := uint(bits>>shift) & mask
	if e < bias {
		// |x| < 1: the result is ±0, or ±1 when |x| >= 0.5.
		bits &= signMask
		if e == bias-1 {
			bits |= uvone
		}
	} else if e < bias+shift {
		// Add half a unit of the last integer bit (carries into the
		// exponent are right), then clear the fraction bits.
		const half = 1 << (shift - 1)
		e -= bias
		bits += half >> e
		bits &^= fracMask >> e
	}
	return Float64frombits(bits)
}

// RoundToEven returns the nearest integer, rounding ties to even.
func RoundToEven(x float64) float64 {
	bits := Float64bits(x)
	e := uint(bits>>shift) & mask
	if e >= bias {
		// Add just under half a unit, plus one more bit when the last
		// integer bit is odd: a tie then carries only from an odd integer.
		const halfMinusULP = (1 << (shift - 1)) - 1
		e -= bias
		bits += (halfMinusULP + (bits>>(shift-e))&1) >> e
		bits &^= fracMask >> e
	} else if e == bias-1 && bits&fracMask != 0 {
		// 0.5 < |x| < 1 rounds to ±1.
		bits = bits&signMask | uvone
	} else {
		// |x| <= 0.5 rounds to ±0.
		bits &= signMask
	}
	return Float64frombits(bits)
}
