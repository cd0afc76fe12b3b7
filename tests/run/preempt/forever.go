// A goroutine in an endless loop without calls does not stop main from
// sleeping, waking up and returning.
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		for {
		}
	}()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main wakes up")
	go func() {
		x := 0
		for {
			x++
		}
	}()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main returns")
}
