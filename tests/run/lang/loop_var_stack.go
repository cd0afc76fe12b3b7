// Escape analysis of variables declared in loops, checked by allocation
// counts: an address used only within its iteration keeps the variable
// on the stack; one kept in a variable of an outer loop moves it to the
// heap, once per iteration.
package main

import (
	"fmt"
	"runtime"
)

func sumThroughPointer(n int) int {
	sum := 0
	for i := 0; i < n; i++ {
		x := i
		p := &x
		*p += 1
		sum += *p
	}
	return sum
}

func double(p *int) { *p *= 2 }

// &y passed to a function that keeps no pointer: y stays on the stack.
func passedToCall(n int) int {
	sum := 0
	for i := 0; i < n; i++ {
		y := i
		double(&y)
		sum += y
	}
	return sum
}

// One v for the whole range loop (Go 1.19): it stays on the stack.
func rangeValue(s []int) int {
	sum := 0
	var p *int
	for _, v := range s {
		p = &v
		sum += *p
	}
	return sum
}

// p is declared in the outer loop, x in the inner one: x moves to the
// heap at each inner iteration.
func middleLoopPointer(n int) int {
	sum := 0
	for i := 0; i < n; i++ {
		var p *int
		for j := 0; j < n; j++ {
			x := i + j
			if j == 0 {
				p = &x
			}
		}
		sum += *p
	}
	return sum
}

// A package variable: ReadMemStats(&stats) allocates nothing.
var stats runtime.MemStats

func mallocs() uint64 {
	runtime.ReadMemStats(&stats)
	return stats.Mallocs
}

func main() {
	s := []int{1, 2, 3, 4}
	var results, counts [4]uint64
	start := mallocs()
	results[0] = uint64(sumThroughPointer(100))
	after0 := mallocs()
	results[1] = uint64(passedToCall(100))
	after1 := mallocs()
	results[2] = uint64(rangeValue(s))
	after2 := mallocs()
	results[3] = uint64(middleLoopPointer(10))
	after3 := mallocs()
	counts = [4]uint64{after0 - start, after1 - after0, after2 - after1, after3 - after2}
	fmt.Println("results:", results)
	fmt.Println("allocations:", counts)
}
