// Timers and channel handoffs keep working on time beside a goroutine
// that computes without blocking.
package main

import (
	"fmt"
	"time"
)

func collatz(n uint64) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	stop := make(chan bool)
	result := make(chan int)
	go func() {
		best := 0
		for n := uint64(1); ; n++ {
			if s := collatz(n); s > best {
				best = s
			}
			select {
			case <-stop:
				result <- best
				return
			default:
			}
		}
	}()
	late := 0
	for i := 0; i < 5; i++ {
		start := time.Now()
		<-time.After(10 * time.Millisecond)
		if time.Since(start) > 500*time.Millisecond {
			late++
		}
	}
	ticker := time.NewTicker(5 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-ticker.C
	}
	ticker.Stop()
	stop <- true
	fmt.Println("late timers:", late, "best > 0:", <-result > 0)
}
