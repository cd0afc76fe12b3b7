// Tests that a receive from a nil channel blocks forever (deadlock) while
// a WaitGroup's waiters were released normally before.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(3)
	for i := 0; i < 3; i++ {
		go wg.Done()
	}
	wg.Wait()
	fmt.Println("all done")
	var c chan int
	<-c
}
