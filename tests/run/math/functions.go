// Tests package math's functions bit for bit against Go on amd64: roots,
// exponentials and logarithms, trigonometric and hyperbolic functions and
// their inverses, rounding, Frexp/Ldexp, Pow, Atan2, Hypot, Mod,
// Remainder, Max/Min/Dim, FMA, Nextafter, Logb/Ilogb and Pow10, at
// landmark points (special values, subnormals, range-reduction
// boundaries) and at pseudo-random points. Each result is printed as its
// IEEE 754 bits in hex, so a last-bit difference shows.
package main

import (
	"math"
	"os"
	"strconv"
)

var state uint64 = 88172645463325252

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

var buf []byte

func put(name string, v float64) {
	buf = append(buf, name...)
	buf = append(buf, '=')
	buf = strconv.AppendUint(buf, math.Float64bits(v), 16)
	buf = append(buf, ' ')
}

func main() {
	pts := []float64{0, 1, -1, 0.5, -0.5, 2, 10, 100, 1e-10, 1e10, 1e300, -1e300, 5e-324, 1e-310,
		math.Pi, math.Pi / 2, math.Pi / 4, math.Pi / 6, math.E, math.Sqrt2, math.Sqrt2 / 2, 0.1, 0.7, 0.66,
		2.5, 2.414, 700, 709.7, 709.8, -745, -745.2, -708, -800, 1e9, 1e20, 3, 7.5, 1 << 29, 1 << 40,
		123456.789, math.Inf(1), math.Inf(-1), math.NaN(), math.Copysign(0, -1), math.MaxFloat64,
		2.2250738585072014e-308, 0.25, 0.75, 44.5, 21.5, 0.625, -2.5, 1.5, 4.5, 1 << 53, 1<<53 + 1}
	for i := 0; i < 1200; i++ {
		r := next()
		var f float64
		switch i % 4 {
		case 0:
			f = math.Float64frombits(r)
		case 1:
			f = float64(int64(r>>11)) / float64(1<<53) * 20
		case 2:
			f = (float64(r>>11)/float64(1<<53) - 0.5) * 1400
		case 3:
			f = float64(r>>11) / float64(1<<53) * 4
		}
		pts = append(pts, f)
	}
	for i, x := range pts {
		y := pts[(i*7+3)%len(pts)]
		z := pts[(i*13+5)%len(pts)]
		put("sqrt", math.Sqrt(x))
		put("cbrt", math.Cbrt(x))
		put("exp", math.Exp(x))
		put("exp2", math.Exp2(x))
		put("log", math.Log(x))
		put("log2", math.Log2(x))
		put("log10", math.Log10(x))
		put("log1p", math.Log1p(x))
		put("sin", math.Sin(x))
		put("cos", math.Cos(x))
		put("tan", math.Tan(x))
		s, c := math.Sincos(x)
		put("sincos", s)
		put("", c)
		put("atan", math.Atan(x))
		put("asin", math.Asin(x))
		put("acos", math.Acos(x))
		put("sinh", math.Sinh(x))
		put("cosh", math.Cosh(x))
		put("tanh", math.Tanh(x))
		put("floor", math.Floor(x))
		put("ceil", math.Ceil(x))
		put("trunc", math.Trunc(x))
		put("round", math.Round(x))
		put("rte", math.RoundToEven(x))
		ip, fp := math.Modf(x)
		put("modf", ip)
		put("", fp)
		fr, e := math.Frexp(x)
		put("frexp", fr)
		buf = strconv.AppendInt(buf, int64(e), 10)
		put(" ldexp", math.Ldexp(x, int(int64(next())%2100)))
		put("pow", math.Pow(x, y))
		put("pow2", math.Pow(math.Abs(x), y))
		put("powi", math.Pow(x, float64(i%40-20)))
		put("atan2", math.Atan2(x, y))
		put("hypot", math.Hypot(x, y))
		put("mod", math.Mod(x, y))
		put("rem", math.Remainder(x, y))
		put("max", math.Max(x, y))
		put("min", math.Min(x, y))
		put("dim", math.Dim(x, y))
		put("fma", math.FMA(x, y, z))
		put("next", math.Nextafter(x, y))
		put("logb", math.Logb(x))
		buf = strconv.AppendInt(buf, int64(math.Ilogb(x)), 10)
		put(" pow10", math.Pow10(i%700-350))
		buf = append(buf, '\n')
	}
	os.Stdout.Write(buf)
}
