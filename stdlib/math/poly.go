// This file implements the polynomial evaluation the special functions
// share.

package math

// horner returns c[0] + x·(c[1] + x·(c[2] + ... + x·c[n-1])), the
// polynomial with coefficients c (lowest degree first) at x, by Horner's
// scheme. The nesting is the rounding order fdlibm's formulas are written
// in, so results agree with theirs bit for bit: horner(2, {1, 3, 5})
// computes 1 + 2·(3 + 2·5) = 27.
func horner(x float64, c []float64) float64 {
	r := c[len(c)-1]
	for i := len(c) - 2; i >= 0; i-- {
		r = c[i] + x*r
	}
	return r
}
