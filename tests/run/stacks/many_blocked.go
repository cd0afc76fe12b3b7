// 100,000 goroutines blocked on channels at once, then released.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	const n = 100000
	start := make(chan int)
	done := make(chan int)
	for i := 0; i < n; i++ {
		go func() {
			v := <-start
			done <- v
		}()
	}
	fmt.Println(runtime.NumGoroutine())
	for i := 0; i < n; i++ {
		start <- i
	}
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-done
	}
	fmt.Println(sum)
}
