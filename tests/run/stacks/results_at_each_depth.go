// Results returned in registers (three integers; two floats; mixed) are
// intact when the function returning them grew the stack: each is called
// at every depth from 0 to 400, so at some depth its prologue grows it.
package main

import "fmt"

//go:noinline
func three(x int) (int, int, int) {
	var pad [6]int
	pad[x%6] = x
	return x + 1, x + 2, x + pad[x%6]
}

//go:noinline
func floats(x int) (float64, float64) {
	return float64(x) / 2, float64(x) * 2
}

type stamp struct {
	wall uint64
	ext  int64
	loc  *int
}

var here = 7

//go:noinline
func mark(x int) stamp {
	return stamp{uint64(x), int64(-x), &here}
}

func at(d int) bool {
	if d > 0 {
		return at(d - 1)
	}
	ok := true
	for x := 1; x < 50; x++ {
		a, b, c := three(x)
		f, g := floats(x)
		s := mark(x)
		ok = ok && a == x+1 && b == x+2 && c == 2*x && f == float64(x)/2 && g == float64(x)*2 &&
			s.wall == uint64(x) && s.ext == int64(-x) && *s.loc == 7
	}
	return ok
}

func main() {
	bad := 0
	for d := 0; d < 400; d++ {
		if !at(d) {
			bad++
		}
	}
	fmt.Println("depths with a wrong result:", bad)
}
