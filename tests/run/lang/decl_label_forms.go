// Declaration and label forms Go's test tree showed us missing: empty
// declaration groups, blank and fallthrough labels, iota inside a function
// literal of a constant declaration, and {...} standing for &S{...} where S
// is a slice or map type.
package main

import (
	"fmt"
	"unsafe"
)

const (
	zero = iota
	one
	size = unsafe.Sizeof(func() {
		var x [iota]int // iota is 2 here
		const (
			a = iota
			b
		)
		var y [iota]int // the enclosing iota again
		fmt.Println(len(x), a, b, len(y))
	})
	three = iota
)

type S []T
type T struct{ x int }
type M map[string]int

var byName = map[string]*S{"a": {{1}, {2}}}

func classify(i int) {
	switch i {
	case 0:
		if i == 0 {
			goto lab
		}
		fmt.Println("not reached")
	lab:
		fallthrough
	case 1:
		fmt.Println("zero or one:", i)
	default:
		fmt.Println("other:", i)
	}
}

func main() {
	var ()
	const ()
	type ()
_:
	for i := 0; i < 3; i++ {
		classify(i)
	}
	fmt.Println(zero, one, size, three)
	ms := []*M{{"k": 1}, nil}
	fmt.Println(*byName["a"], *ms[0], ms[1])
}
