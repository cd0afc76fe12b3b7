// Tests strconv.FormatFloat/AppendFloat: the shortest representation
// (precision -1) and fixed precisions in every format ('e' 'E' 'f' 'g' 'G'
// 'b' 'x' 'X'), for float64 and float32 (bitSize 32), on landmark values
// (0.1, 1/3, 1e21, 1e-7, 5e-324, powers of ten, halfway cases, the
// largest and smallest floats, ±0, ±Inf, NaN), then on pseudo-random bit
// patterns to catch any rounding difference.
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

var state uint64 = 88172645463325252

// next is a xorshift generator: the same sequence under any Go.
func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

func main() {
	values := []float64{
		0, 1, -1, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 1e21, 1e20, 1e-7, 1e-4, 1e-5,
		5e-324, 1e-323, 100000, 1e6, 123456789, 1234567890123, 1.5, 2.5, 0.5, 0.125,
		1e23, 8.41e21, 5e22, 9007199254740993, 1.7976931348623157e308,
		2.2250738585072014e-308, 2.225073858507201e-308, 3.14159, 0.000001,
		12345.678, math.Pi, math.E, 16777216, 3.4028234663852886e38,
		1.401298464324817e-45, 0.3 - 0.1, 1e15, 1e16, 1e17, 123e-20,
	}
	values = append(values, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN())
	formats := []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'}
	for _, v := range values {
		line("value", strconv.FormatFloat(v, 'g', -1, 64))
		for _, f := range formats {
			var parts []string
			for _, prec := range []int{-1, 0, 1, 3, 6, 17} {
				parts = append(parts, strconv.FormatFloat(v, f, prec, 64))
			}
			parts = append(parts, "|", strconv.FormatFloat(v, f, -1, 32), strconv.FormatFloat(v, f, 4, 32))
			line(append([]string{"  " + string(f)}, parts...)...)
		}
	}

	// Exact expansions need many digits.
	line(strconv.FormatFloat(0.1, 'e', 60, 64))
	line(strconv.FormatFloat(5e-324, 'g', 800, 64))
	line(strconv.FormatFloat(math.MaxFloat64, 'f', 0, 64))
	line(strconv.FormatFloat(1.0/3, 'f', 40, 64))

	// Append to an existing buffer.
	buf := []byte("x=")
	buf = strconv.AppendFloat(buf, 1.25, 'f', 3, 64)
	line(string(buf))

	// Pseudo-random bit patterns, shortest and fixed, both sizes.
	for i := 0; i < 2000; i++ {
		bits := next()
		prec := int(next()%20) - 1
		f := math.Float64frombits(bits)
		f32 := float64(math.Float32frombits(uint32(bits)))
		line(strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'e', prec, 64),
			strconv.FormatFloat(f32, 'g', -1, 32), strconv.FormatFloat(f32, 'f', prec, 32))
	}
	os.Stdout.Write(out)
}
