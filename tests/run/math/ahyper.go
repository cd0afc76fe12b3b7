// Tests math.Acosh, Asinh and Atanh bit for bit across their ranges and
// special cases.
package main

import (
	"fmt"
	"math"
)

func main() {
	xs := []float64{0, 1e-300, 1e-9, 3e-9, 0.1, 0.3, 0.49, 0.5, 0.7, 0.99, 0.999999, 1, 1.0000001, 1.5, 2, 2.5, 10, 1e5, 1e8, 3e8, 1e300, math.Inf(1), math.NaN()}
	for _, x := range xs {
		for _, v := range []float64{x, -x} {
			fmt.Println(v, math.Acosh(v), math.Asinh(v), math.Atanh(v))
		}
	}
	sum := 0.0
	for i := 0; i < 2000; i++ {
		x := float64(i) / 1000
		sum += math.Asinh(x*7) + math.Atanh(x/2.0001) + math.Acosh(1+x*x*x)
	}
	fmt.Println(sum)
}
