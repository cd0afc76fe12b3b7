// Tests deadlock detection when main waits for a mutex that a finished
// goroutine never unlocked.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	done := make(chan bool)
	go func() {
		mu.Lock()
		done <- true
	}()
	<-done
	fmt.Println("goroutine holds the lock")
	mu.Lock()
}
