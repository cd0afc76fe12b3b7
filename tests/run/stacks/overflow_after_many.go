// A stack overflow in the 20,001st goroutine, beside 20,000 others that
// are blocked: every stack is checked, however many there are, so the
// overflow is reported as such instead of corrupting a neighbour.
package main

import (
	"fmt"
	"runtime/debug"
)

func grow(n int) int {
	var pad [16]int
	pad[n%16] = n
	return grow(n+1) + pad[(n+3)%16]
}

func main() {
	debug.SetMaxStack(4 << 20)
	block := make(chan int)
	for i := 0; i < 20000; i++ {
		go func() { <-block }()
	}
	fmt.Println("started")
	done := make(chan int)
	go func() { done <- grow(0) }()
	fmt.Println(<-done)
}
