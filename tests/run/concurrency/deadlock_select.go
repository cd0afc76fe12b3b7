// Tests deadlock detection while main blocks in a select whose peers have
// all exited, after sleeping goroutines have woken (a pending timer is
// not a deadlock).
package main

import (
	"fmt"
	"time"
)

func main() {
	a, b := make(chan int), make(chan int)
	go func() {
		time.Sleep(5 * time.Millisecond)
		a <- 1
	}()
	for i := 0; i < 2; i++ {
		select {
		case v := <-a:
			fmt.Println("a", v)
		case v := <-b:
			fmt.Println("b", v)
		}
	}
}
