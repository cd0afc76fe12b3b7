// Tests math/cmplx bit for bit: every function's result on a table of
// inputs (the axes, the unit circle, large and tiny parts, infinities,
// NaNs, signed zeros), then one checksum per function over a grid.
package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

var funcs = []struct {
	name string
	f    func(complex128) complex128
}{
	{"sqrt", cmplx.Sqrt}, {"exp", cmplx.Exp}, {"log", cmplx.Log}, {"log10", cmplx.Log10},
	{"sin", cmplx.Sin}, {"cos", cmplx.Cos}, {"tan", cmplx.Tan}, {"cot", cmplx.Cot},
	{"sinh", cmplx.Sinh}, {"cosh", cmplx.Cosh}, {"tanh", cmplx.Tanh},
	{"asin", cmplx.Asin}, {"acos", cmplx.Acos}, {"atan", cmplx.Atan},
	{"asinh", cmplx.Asinh}, {"acosh", cmplx.Acosh}, {"atanh", cmplx.Atanh},
	{"conj", cmplx.Conj},
	{"pow2.5i", func(z complex128) complex128 { return cmplx.Pow(z, complex(2, 0.5)) }},
	{"powz", func(z complex128) complex128 { return cmplx.Pow(complex(0.7, -1.3), z) }},
	{"polar", func(z complex128) complex128 { r, t := cmplx.Polar(z); return complex(r, t) }},
	{"rect", func(z complex128) complex128 { return cmplx.Rect(real(z), imag(z)) }},
}

// bits shows a result's parts bit for bit, but every NaN alike: a NaN's
// sign bit comes from the order in which the compiler gives the machine
// the operands of an arithmetic instruction (x86 keeps the first NaN),
// which the language leaves open.
func bits(z complex128) string {
	return fbits(real(z)) + "," + fbits(imag(z))
}

func fbits(f float64) string {
	if f != f {
		return "NaN"
	}
	return fmt.Sprintf("%x", math.Float64bits(f))
}

func main() {
	inf, nan := math.Inf(1), math.NaN()
	parts := []float64{0, math.Copysign(0, -1), 1e-300, 1e-10, 0.5, 1, -1, 2, -3.5, 10, 1e10, 1e300, inf, -inf, nan}
	var zs []complex128
	for _, a := range parts {
		for _, b := range parts {
			zs = append(zs, complex(a, b))
		}
	}
	zs = append(zs, complex(math.Pi/2, 1e-9), complex(math.Pi, 1e-3), complex(1e9, 1e-3), complex(3e9, 0.1), complex(1<<31, 0.01))
	for _, z := range zs {
		fmt.Print(z)
		for _, fn := range funcs {
			fmt.Print(" ", fn.name, "=", bits(fn.f(z)))
		}
		fmt.Println(" abs", fbits(cmplx.Abs(z)), "phase", fbits(cmplx.Phase(z)),
			"isinf", cmplx.IsInf(z), "isnan", cmplx.IsNaN(z))
	}
	fmt.Println(cmplx.Inf(), cmplx.NaN(), cmplx.IsNaN(cmplx.NaN()), cmplx.IsInf(cmplx.Inf()))
	for _, y := range []complex128{0, complex(math.Copysign(0, -1), 0), 2, -2, complex(-2, 1), complex(nan, 0), complex(1, nan)} {
		fmt.Println("pow0", y, bits(cmplx.Pow(0, y)))
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(cmplx.Pow(0, complex(nan, inf)))
	}()

	// The grid: z = (0.37i - 9) + (0.29j - 7)i for i, j < 50, hashed FNV-style.
	for _, fn := range funcs {
		h := uint64(14695981039346656037)
		for i := 0; i < 50; i++ {
			for j := 0; j < 50; j++ {
				w := fn.f(complex(0.37*float64(i)-9, 0.29*float64(j)-7))
				for _, f := range []float64{real(w), imag(w)} {
					if f != f {
						f = math.NaN()
					}
					h = (h ^ math.Float64bits(f)) * 1099511628211
				}
			}
		}
		fmt.Printf("grid %s %x\n", fn.name, h)
	}
}
