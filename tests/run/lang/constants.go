// Tests untyped constants with arbitrary precision, typed constants, iota patterns and constant expressions.
package main

import "fmt"

const (
	Big   = 1 << 100
	Small = Big >> 98
	Huge  = Big * Big / Big
	Pi    = 3.14159265358979323846264338327950288419716939937510582097494459
	Third = 1.0 / 3
)

type Size uint64

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
)

type Dir int

const (
	North Dir = iota
	East
	South
	West
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

func main() {
	fmt.Println(Small, Huge == Big, Pi, Third)
	fmt.Println(KB, MB, GB)
	fmt.Println(North, East, South, West)
	fmt.Println(a, b, c, d, e, f)
	var x int8 = -128
	const mask = 0xFF
	fmt.Println(x&0x7F, x>>1, uint8(x), mask^0x0F)
	const s = "con" + "cat"
	fmt.Println(s, len(s), s[1])
	var r rune = 'é'
	fmt.Println(r, string(r), 'a'+1, "x"+string(rune('a'+2)))
	fmt.Println(1e3, 1e-3, 1<<62, -1<<63 == -9223372036854775808)
	const f32 float32 = 0.1
	fmt.Println(f32, float64(f32) == 0.1, 0.1+0.2 == 0.3)
	var ff = 0.1
	fmt.Println(ff+0.2 == 0.3, 7/2, 7.0/2, 7%3, -7%3)
}
