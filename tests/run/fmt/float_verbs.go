// Tests fmt's floating-point and complex formatting: %v (shortest, with
// Go's exponent thresholds) %e %E %f %F %g %G %b %x %X, float32 printed
// with 32-bit precision, flags + - # 0 space, width and precision, and
// infinities, NaN and negative zero.
package main

import "fmt"

type Celsius float64

func main() {
	for _, f := range []float64{0, 1, -1, 0.5, 3.14159265, 100000, 1e6, 1e20, 1e21, 1e-4, 1e-5, 0.00001234, 123456789.125, 2.0 / 3, 1e100, 5e-324} {
		fmt.Printf("%v|%e|%E|%f|%.2f|%g|%G|%.3g|%8.2f|%-10.3e|\n", f, f, f, f, f, f, f, f, f, f)
	}
	f := 3.14159265
	fmt.Printf("%+f|% f|%+.1e|%010.3f|%-10.3f|%+010.2f|% 010.2f|\n", f, f, f, f, f, f, f)
	fmt.Printf("%05.2f|%06.1f|%+.1f|%.0f|%.0f|%.0f|\n", -2.5, 9.99, 2.0, 99.5, 0.5, 1.5)
	fmt.Printf("%#g|%#.3g|%#v|%#e|%#.0f|%#.0e|%#g|%#g\n", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 0.0, 123456789.0)
	fmt.Printf("%b|%x|%X|%#x|%.3x|%x\n", 1.0, 1.0, 3.5, 0.1, 0.1, -0.0)
	fmt.Printf("%v|%v|%v|%.3v|%g\n", float32(0.1), float32(1e-7), float32(16777216), float32(3.14159), float32(1)/3)
	fmt.Printf("%v|%v|%v|%v\n", 0.1+0.2, 1/3.0, 1e-7, 123456789012.0)
	var zero float64
	inf, nan, negz := 1/zero, zero/zero, -zero*1
	negz = -negz
	negz = 0 * -1.0
	fmt.Printf("%v|%v|%v|%5.2f|%-6v|%+v|% v|%06v|%f|%e\n", inf, -inf, nan, inf, -inf, inf, inf, -inf, nan, nan)
	fmt.Printf("%+v|% v|%06v|%x|%X\n", nan, nan, nan, inf, -inf)
	fmt.Println(negz, -zero, zero*-1)
	fmt.Println(1.0, 2.5, float32(2.5), 1e6, 1e21, 1e-5, Celsius(36.6))
	c := complex(1.5, -2)
	fmt.Printf("%v|%.2f|%+.1e|%g|%8.1f|%v|%v\n", c, c, c, c, c, complex64(c), complex(zero, inf))
	fmt.Println(c, complex64(complex(1, 1)), 2i)
	fmt.Printf("%d|%s|%t\n", 1.5, 2.5, c)
	fmt.Printf("%6.2f%%|%x|%.1F\n", 45.678, 255.0, 2.25)
}
