// Tests package math's constants (printed exactly), the integer limits,
// Inf/NaN/IsInf/IsNaN/Signbit/Copysign/Abs, the Float32bits family and
// the special cases of Pow, Atan2, Mod and the rounding functions.
package main

import (
	"math"
	"os"
	"strconv"
)

var out []byte

func line(parts ...string) {
	for i, p := range parts {
		if i > 0 {
			out = append(out, ' ')
		}
		out = append(out, p...)
	}
	out = append(out, '\n')
}

func g(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }

func b(v bool) string { return strconv.FormatBool(v) }

func main() {
	for _, c := range []float64{math.E, math.Pi, math.Phi, math.Sqrt2, math.SqrtE, math.SqrtPi, math.SqrtPhi,
		math.Ln2, math.Log2E, math.Ln10, math.Log10E, math.MaxFloat64, math.SmallestNonzeroFloat64,
		math.MaxFloat32, math.SmallestNonzeroFloat32} {
		line(g(c), strconv.FormatUint(math.Float64bits(c), 16))
	}
	line(strconv.FormatInt(math.MaxInt64, 10), strconv.FormatInt(math.MinInt64, 10), strconv.FormatInt(math.MaxInt32, 10),
		strconv.FormatInt(math.MinInt32, 10), strconv.FormatInt(math.MaxInt16, 10), strconv.FormatInt(math.MinInt16, 10),
		strconv.FormatInt(math.MaxInt8, 10), strconv.FormatInt(math.MinInt8, 10), strconv.FormatInt(math.MaxInt, 10),
		strconv.FormatInt(math.MinInt, 10))
	line(strconv.FormatUint(math.MaxUint64, 10), strconv.FormatUint(math.MaxUint32, 10), strconv.FormatUint(math.MaxUint16, 10),
		strconv.FormatUint(math.MaxUint8, 10), strconv.FormatUint(math.MaxUint, 10))

	inf, ninf, nan := math.Inf(1), math.Inf(-1), math.NaN()
	negz := math.Copysign(0, -1)
	line(g(inf), g(ninf), g(nan), b(math.IsInf(inf, 1)), b(math.IsInf(inf, -1)), b(math.IsInf(ninf, 0)), b(math.IsNaN(nan)),
		b(math.IsNaN(inf)), b(math.Signbit(negz)), b(math.Signbit(0)), b(math.Signbit(nan)), g(math.Abs(-3.2)), g(math.Abs(negz)))
	line(strconv.FormatUint(uint64(math.Float32bits(0.1)), 16), g(float64(math.Float32frombits(0x3f800001))),
		strconv.FormatUint(math.Float64bits(nan), 16), g(math.Float64frombits(0x3ff0000000000001)))

	// Special cases.
	specials := []float64{0, negz, 1, -1, 0.5, -0.5, 2, -2, 3, -3, inf, ninf, nan}
	for _, x := range specials {
		var parts []string
		for _, y := range specials {
			parts = append(parts, g(math.Pow(x, y)), g(math.Atan2(x, y)), g(math.Mod(x, y)))
		}
		line(append([]string{g(x) + ":"}, parts...)...)
		line("  ", g(math.Floor(x)), g(math.Ceil(x)), g(math.Trunc(x)), g(math.Round(x)), g(math.RoundToEven(x)),
			g(math.Sqrt(x)), g(math.Log(x)), g(math.Exp(x)), g(math.Sin(x)), g(math.Cos(x)), g(math.Tan(x)), g(math.Atan(x)))
	}
	for _, v := range []float64{2.9, -2.9, 0.5, -0.5, 1.5, 2.5, -2.5, 0.49999999999999994, 4503599627370495.5} {
		line(g(v), g(math.Floor(v)), g(math.Ceil(v)), g(math.Round(v)), g(math.RoundToEven(v)), g(math.Trunc(v)))
	}
	// Function values of the intrinsified functions.
	fs := []func(float64) float64{math.Floor, math.Ceil, math.Trunc, math.Round, math.RoundToEven, math.Sqrt, math.Abs}
	for _, f := range fs {
		line(g(f(-2.5)), g(f(6.25)))
	}
	os.Stdout.Write(out)
}
