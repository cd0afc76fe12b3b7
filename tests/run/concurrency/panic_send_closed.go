// Tests that a send on a closed channel panics (exit status 2), here a
// sender blocked on a full buffer when another goroutine closes it.
package main

import "fmt"

func main() {
	c := make(chan int, 1)
	c <- 1
	go func() {
		fmt.Println("closing")
		close(c)
	}()
	c <- 2
	fmt.Println("not reached")
}
