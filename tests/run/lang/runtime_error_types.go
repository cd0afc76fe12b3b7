// The dynamic types of run-time errors, as %T shows them after recover:
// Go 1.19 panics with runtime.errorString for division, shifts, nil
// dereferences and makeslice (math/bits too), runtime.boundsError for a
// slice converted to a too-long array pointer, runtime.plainError for a
// nil map write.
package main

import (
	"fmt"
	"math/bits"
)

func try(f func()) {
	defer func() { r := recover(); fmt.Printf("%v %T\n", r, r) }()
	f()
}

func main() {
	try(func() { bits.Div64(5, 0, 3) })
	try(func() { bits.Div64(1, 0, 0) })
	try(func() { var s []int; _ = (*[1]int)(s) })
	try(func() { a, b := 1, 0; _ = a / b })
	try(func() { x := -1; _ = 1 << x })
	try(func() { var p *struct{ n int }; _ = p.n })
	try(func() { n := -1; _ = make([]byte, n) })
	try(func() { var m map[int]int; m[1] = 2 })
	try(func() { var i interface{} = 1; _ = i.(string) })
}
