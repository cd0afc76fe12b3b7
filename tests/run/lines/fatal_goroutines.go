package main

// A fatal error (here a misused mutex) shows every goroutine, not only
// the failing one, as Go's fatal does; a panic shows only its own.

import (
	"sync"
	"time"
)

func wait(ch chan int) { <-ch }

func main() {
	go wait(make(chan int))
	time.Sleep(time.Millisecond)
	var mu sync.Mutex
	mu.Unlock()
}
