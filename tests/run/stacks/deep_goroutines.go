// Recursion 100,000 calls deep in several goroutines at once: each one
// yields in the middle of its recursion, so the scheduler switches
// between goroutines whose stacks have grown to many segments.
package main

import (
	"fmt"
	"runtime"
)

func walk(n int, yieldEvery int) int {
	if n == 0 {
		return 0
	}
	if n%yieldEvery == 0 {
		runtime.Gosched()
	}
	return walk(n-1, yieldEvery) + 1
}

// manyArgs has arguments passed on the stack, which stack growth copies
// to the new segment.
func manyArgs(n, a, b, c, d, e, f, g, h int) int {
	if n == 0 {
		return a + b + c + d + e + f + g + h
	}
	return manyArgs(n-1, b, c, d, e, f, g, h, a) + 1
}

func main() {
	results := make(chan int)
	for i := 1; i <= 4; i++ {
		go func(i int) {
			results <- walk(100000, 997*i)
		}(i)
	}
	total := 0
	for i := 0; i < 4; i++ {
		total += <-results
	}
	fmt.Println(total)
	go func() { results <- manyArgs(100000, 1, 2, 3, 4, 5, 6, 7, 8) }()
	fmt.Println(<-results)
}
