// Tests that the program ends when main returns, even with goroutines
// blocked or still runnable; and runtime.Gosched, NumGoroutine.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	block := make(chan int)
	for i := 0; i < 3; i++ {
		go func() { <-block }()
	}
	go func() {
		for {
			runtime.Gosched()
		}
	}()
	var order []string
	done := make(chan bool)
	go func() {
		order = append(order, "goroutine")
		done <- true
	}()
	runtime.Gosched()
	order = append(order, "main")
	<-done
	fmt.Println(len(order), runtime.NumGoroutine() >= 4)
}
