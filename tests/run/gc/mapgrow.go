// A map grows to 10^6 entries and shrinks back, across many
// collections; iterating while it grows still sees live entries.
package main

import (
	"fmt"
	"runtime"
)

type val struct {
	k    int
	next *val
}

func main() {
	m := map[int]*val{}
	for i := 0; i < 1000000; i++ {
		m[i] = &val{k: i}
	}
	bad := 0
	for k, v := range m {
		if v.k != k {
			bad++
		}
	}
	fmt.Println("grown", len(m), bad)
	for i := 0; i < 1000000; i += 2 {
		delete(m, i)
	}
	runtime.GC()
	for i := 1; i < 1000000; i += 2 {
		if m[i].k != i {
			bad++
		}
	}
	for i := 1; i < 1000000; i += 2 {
		delete(m, i)
	}
	fmt.Println("shrunk", len(m), bad)

	// Growing while iterating.
	for i := 0; i < 1000; i++ {
		m[i] = &val{k: i}
	}
	seen := 0
	for k, v := range m {
		if k < 1000 {
			seen++
			if v.k != k {
				fmt.Println("bad", k)
			}
		}
		if k < 1000 {
			m[k+1000000] = &val{k: k + 1000000}
		}
	}
	runtime.GC()
	fmt.Println("iterated", seen)
}
