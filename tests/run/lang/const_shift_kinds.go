// Tests the type of constant shifts: an untyped rune stays a rune, an
// untyped float constant becomes an integer.
package main

import "fmt"

func main() {
	r := 'a' << 1
	x := 2.0 << 1
	fmt.Printf("%T %v %T %v\n", r, r, x, x)
}
