// Tests math's special functions (Erf, Erfc, Erfinv, Erfcinv, Expm1,
// Gamma, Lgamma, J0, J1, Jn, Y0, Y1, Yn) bit for bit: each result's bits
// on a table of inputs across their ranges and special cases, then one
// checksum per function over a sweep of 4,000 inputs.
package main

import (
	"fmt"
	"math"
)

var b = math.Float64bits

func lgamma(x float64) float64 {
	lg, s := math.Lgamma(x)
	return lg * float64(s)
}

var funcs = []struct {
	name string
	f    func(float64) float64
}{
	{"erf", math.Erf}, {"erfc", math.Erfc}, {"expm1", math.Expm1}, {"gamma", math.Gamma},
	{"lgamma", lgamma}, {"j0", math.J0}, {"j1", math.J1}, {"y0", math.Y0}, {"y1", math.Y1},
	{"erfinv", func(x float64) float64 { return math.Erfinv(x / 50) }},
	{"erfcinv", func(x float64) float64 { return math.Erfcinv(x / 25) }},
}

var orders = []int{-7, -3, -2, 2, 3, 5, 10, 50, 200}

func main() {
	xs := []float64{0, 1e-320, 3e-310, 1e-300, 1e-30, 1e-17, 1e-10, 3e-9, 1e-5, 1e-4, 0.001, 0.01, 0.1, 0.2, 0.24, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.84, 0.85, 0.9, 0.95, 0.99, 0.999999, 1, 1.1, 1.2, 1.25, 1.3, 1.46, 1.5, 1.7, 1.8, 1.9, 2, 2.2, 2.5, 2.8, 2.9, 3, 3.5, 4, 4.5, 5, 5.5, 6, 6.5, 7, 7.9, 8, 9, 10, 12, 20, 27, 28, 30, 33, 34, 40, 100, 143, 150, 171, 172, 200, 300, 1e4, 1e10, 1e17, 1e20, 1e40, 1e100, 1e300, math.MaxFloat64, math.Inf(1), math.NaN()}
	for _, x := range xs {
		for _, v := range []float64{x, -x} {
			lg, s := math.Lgamma(v)
			fmt.Printf("%v erf=%x erfc=%x expm1=%x gamma=%x lgamma=%x,%d j0=%x j1=%x y0=%x y1=%x\n", v,
				b(math.Erf(v)), b(math.Erfc(v)), b(math.Expm1(v)), b(math.Gamma(v)), b(lg), s,
				b(math.J0(v)), b(math.J1(v)), b(math.Y0(v)), b(math.Y1(v)))
			for _, n := range orders {
				fmt.Printf(" jn%d=%x yn%d=%x", n, b(math.Jn(n, v)), n, b(math.Yn(n, v)))
			}
			fmt.Println()
		}
	}
	for _, y := range []float64{0, 0.5, 0.85, 0.86, 0.999999999, 1 - 1e-15, -1 + 1e-12, 1e-300, 2, -1, 1, 1.5, math.NaN()} {
		fmt.Printf("%v erfinv=%x erfcinv=%x\n", y, b(math.Erfinv(y)), b(math.Erfcinv(y)))
	}
	for _, x := range []float64{-100, -40.1, -38.9, -35.5, -34.2, -20.5, -10.1, -3.5, -2.5, -1.5, -0.5, -1e-10, -1e-300, -3, -171.5, -180.5, 0.5, 1.5, 2.5, 40.5, 170.5, 171.7, 1e-9, 1e-8} {
		lg, s := math.Lgamma(x)
		fmt.Printf("%v gamma=%x lgamma=%x,%d\n", x, b(math.Gamma(x)), b(lg), s)
	}

	// The sweep: x = ±(0.0123·i)^1.5 for i < 2000, hashed FNV-style.
	sum := func(f func(float64) float64) uint64 {
		h := uint64(14695981039346656037)
		for i := 0; i < 2000; i++ {
			x := math.Pow(0.0123*float64(i), 1.5)
			h = (h ^ b(f(x))) * 1099511628211
			h = (h ^ b(f(-x))) * 1099511628211
		}
		return h
	}
	for _, fn := range funcs {
		fmt.Printf("sweep %s %x\n", fn.name, sum(fn.f))
	}
	for _, n := range orders {
		n := n
		fmt.Printf("sweep jn%d %x yn%d %x\n", n, sum(func(x float64) float64 { return math.Jn(n, x) }),
			n, sum(func(x float64) float64 { return math.Yn(n, x) }))
	}
}
