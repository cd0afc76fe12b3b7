// A million goroutines created and finished one after another: each
// reuses the stack of the last one.
package main

import (
	"fmt"
	"runtime"
)

func deep(n int) int {
	if n == 0 {
		return 0
	}
	return deep(n-1) + 1
}

func main() {
	done := make(chan int)
	sum := 0
	for i := 0; i < 1000000; i++ {
		go func(i int) { done <- i % 7 }(i)
		sum += <-done
		if i%100000 == 0 {
			go func() { done <- deep(20000) }()
			sum += <-done
		}
	}
	fmt.Println(sum, runtime.NumGoroutine())
}
