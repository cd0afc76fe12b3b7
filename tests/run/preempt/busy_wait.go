// A goroutine spinning on an atomic flag is preempted, so the goroutine
// that sets the flag gets to run.
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	var flag int32
	go func() {
		time.Sleep(20 * time.Millisecond)
		atomic.StoreInt32(&flag, 1)
	}()
	spins := 0
	for atomic.LoadInt32(&flag) == 0 {
		spins++
	}
	fmt.Println("released", spins > 0)
}
