// for i := range a { a[i] = zero } clears a's elements at once (Go's
// arrayClear, one memclr): the same result as the loop, for every kind of
// element, through a field, and only when the loop is exactly that.
package main

import (
	"fmt"
	"os"
)

type bitmap struct {
	words []uint32
	names []string
}

type point struct{ x, y float64 }

// sized gives lengths the compiler cannot know.
func sized(n int) int { return n + len(os.Args) }

func main() {
	b := &bitmap{words: make([]uint32, sized(7)), names: []string{"a", "b", "c"}}
	for i := range b.words {
		b.words[i] = uint32(i + 1)
	}
	for i := range b.words {
		b.words[i] = 0
	}
	for i := range b.names {
		b.names[i] = ""
	}
	fmt.Println(b.words, len(b.names), b.names[0] == "")

	ps := make([]point, sized(2))
	ps[0], ps[2] = point{1, 2}, point{3, 4}
	for i := range ps {
		ps[i] = point{}
	}
	fmt.Println(ps)

	n := 5
	ptrs := []*int{&n, &n}
	for i := range ptrs {
		ptrs[i] = nil
	}
	var ifaces = []any{1, "x"}
	for k := range ifaces {
		ifaces[k] = nil
	}
	fmt.Println(ptrs, ifaces)

	// Not a clear: another slice, a value other than zero, a sub-slice, an
	// index variable declared outside (its last value stays visible).
	src, other := []int{1, 2, 3}, []int{7, 8, 9, 10}
	for i := range src {
		other[i] = 0
	}
	for i := range src {
		src[i] = 5
	}
	whole := []int{1, 2, 3, 4}
	for i := range whole[1:3] {
		whole[i] = 0
	}
	var last int
	for last = range src {
		src[last] = 0
	}
	fmt.Println(other, whole, src, last)

	// An empty and a nil slice clear nothing.
	var none []byte
	for i := range none {
		none[i] = 0
	}
	empty := make([]byte, 0, sized(3))
	for i := range empty {
		empty[i] = 0
	}
	fmt.Println(len(none), len(empty), cap(empty)-sized(3))
}
