// debug.SetMaxStack lowers the stack limit: a goroutine recursing past it
// ends the program with Go's stack overflow report.
package main

import (
	"fmt"
	"runtime/debug"
)

func grow(n int) int {
	return grow(n+1) + 1
}

func main() {
	fmt.Println(debug.SetMaxStack(1 << 20))
	done := make(chan int)
	go func() { done <- grow(0) }()
	fmt.Println(<-done)
}
