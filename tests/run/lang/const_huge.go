// Tests constants far beyond float64: they stay symbolic (a 512-bit float,
// never the exact two-billion-bit integer), so the compiler is fast and
// quotients, products and conversions come out as Go's.
package main

import "fmt"

const (
	N    = 1e646456992
	D    = 1e646456991
	Tiny = 1e-600000000
	Big  = 1e400
	Rat  = 1.0 / 3 * 1e5000 // a fraction grown past 4096 bits becomes a float
	Back = Rat / 1e5000
	Int  = 1 << 511
)

func main() {
	fmt.Println(N/D, D/N, Tiny*1e600000000, Big/1e399)
	fmt.Println(float32(Back), Back == 1.0/3, Back*3 == 1)
	fmt.Println(Big*Big/Big/Big, 1e300*1e300/1e600)
	fmt.Println(int64(1e4096/1e4090), uint8(Big/1e398))
	fmt.Println(Int/(Int>>10), (Int-1)%1000, -Int>>500)
	fmt.Println(real(N/D*1i*1i), imag(2i*Big/Big), imag(Tiny*1i)*1e600000000)
	x := N / 7e646456991
	fmt.Printf("%.17g %v %v\n", x, N > D, Tiny > 0)
	const hex = 0x1p-1074 * 0x1p1074
	const hexBig = 0x1p100000000
	fmt.Println(hex, hexBig/0x1p99999999, 0x1.8p1)
}
