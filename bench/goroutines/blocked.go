// 100,000 goroutines blocked on channels at once: item 8 measures the
// peak resident memory.
package main

import "fmt"

func main() {
	const n = 100000
	start := make(chan int)
	done := make(chan int)
	for i := 0; i < n; i++ {
		go func() {
			done <- <-start
		}()
	}
	for i := 0; i < n; i++ {
		start <- i
	}
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-done
	}
	fmt.Println(sum)
}
