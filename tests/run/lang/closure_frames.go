// Closures whose func value stays in the function keep their records, and
// the variables they capture, in the frame; those that escape (returned,
// stored, run by a goroutine, deferred in a loop) keep them on the heap.
// Both must behave alike; the allocation counts are Go's.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
	"testing"
)

//go:noinline
func counter(n int) int {
	x := 0
	inc := func(d int) { x += d }
	for i := 0; i < n; i++ {
		inc(i)
	}
	return x
}

//go:noinline
func immediate(n int) int {
	x := 0
	func() { x = n * 2 }()
	return x
}

//go:noinline
func apply(fn func(int) int, v int) int { return fn(v) }

//go:noinline
func passed(n int) int {
	k := 3
	return apply(func(v int) int { k += v; return k * n }, 4)
}

// makers returns closures: each has its own x, which outlives the call.
func makers() []func() int {
	var out []func() int
	for i := 0; i < 3; i++ {
		x := i * 10
		out = append(out, func() int { x++; return x })
	}
	return out
}

// perIteration keeps only the closure of the last iteration, made in a
// loop and kept after it.
func perIteration() func() int {
	var last func() int
	for i := 0; i < 3; i++ {
		x := i
		x += 100
		last = func() int { return x }
	}
	return last
}

func recursive(n int) int {
	var fib func(int) int
	fib = func(k int) int {
		if k < 2 {
			return k
		}
		return fib(k-1) + fib(k-2)
	}
	return fib(n)
}

func deferred() (out []string) {
	msg := "start"
	defer func() { out = append(out, "deferred saw "+msg) }()
	msg = "changed"
	for i := 0; i < 2; i++ {
		i := i
		defer func() { out = append(out, fmt.Sprint("loop defer ", i)) }()
	}
	return []string{"body"}
}

func goroutines() int {
	total := 0
	done := make(chan int)
	for i := 1; i <= 3; i++ {
		step := i
		step *= 2
		go func() { done <- step }()
	}
	for i := 0; i < 3; i++ {
		total += <-done
	}
	return total
}

func collected() string {
	words := []string{"pear", "fig", "apple"}
	n := 0
	sort.Slice(words, func(i, j int) bool { n++; return words[i] < words[j] })
	runtime.GC()
	upper := strings.Map(func(r rune) rune {
		if r == ',' {
			return '-'
		}
		return r - 'a' + 'A'
	}, strings.Join(words, ","))
	return fmt.Sprint(upper, " ", n > 0)
}

func main() {
	fmt.Println(counter(5), immediate(21), passed(2))
	for _, f := range makers() {
		fmt.Print(f(), f(), " ")
	}
	fmt.Println()
	fmt.Println(perIteration()(), recursive(15))
	fmt.Println(deferred())
	fmt.Println(goroutines())
	fmt.Println(collected())
	fmt.Println("allocs", testing.AllocsPerRun(100, func() { counter(10) }),
		testing.AllocsPerRun(100, func() { immediate(10) }),
		testing.AllocsPerRun(100, func() { passed(10) }))
}
