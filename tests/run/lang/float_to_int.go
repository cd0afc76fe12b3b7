// Conversions of floats to every integer type, of values in range and
// out of it (NaN and the infinities too), both folded at compile time and
// computed at run time: Go leaves an out-of-range result to the
// implementation, and these are the results Go 1.19 gives on amd64.
package main

import (
	"fmt"
	"math"
)

//go:noinline
func id(x float64) float64 { return x }

//go:noinline
func id32(x float32) float32 { return x }

func main() {
	vals := []float64{0, -1, 1.9, -1.9, 127.9, 128, 255.5, 256, -129, 32767.5, 65536, 2147483648, -2147483649, 4294967296, 9.3e18, 1.8e19, 2e19, -9.3e18, 1e100, -1e100, math.Inf(1), math.Inf(-1), math.NaN(), 9223372036854775807, 18446744073709551615}
	for _, c := range vals {
		for _, v := range []float64{c, id(c)} {
			fmt.Println(v, int8(v), int16(v), int32(v), int64(v), int(v), uint8(v), uint16(v), uint32(v), uint64(v), uint(v), uintptr(v))
			f := float32(v)
			g := id32(f)
			fmt.Println(" ", f, int8(f), int16(f), int32(f), int64(f), uint8(g), uint16(g), uint32(g), uint64(g))
		}
	}
	f := 1e100
	fmt.Println(int64(f) == math.MinInt64)
}
