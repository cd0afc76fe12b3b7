// The order in which goroutines woken together run, as Go's scheduler
// runs them: receivers and a select woken by close (Go readies them from a
// stack), sync.Cond.Broadcast, WaitGroup waiters and Mutex waiters.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(1) // Go then wakes goroutines in one order, which ours follows
	// close wakes receivers
	ch := make(chan int)
	done := make(chan string, 10)
	for i := 0; i < 4; i++ {
		go func(i int) {
			<-ch
			done <- fmt.Sprint("r", i)
		}(i)
	}
	runtime.Gosched()
	close(ch)
	show(done, 4)

	// cond broadcast
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	for i := 0; i < 4; i++ {
		go func(i int) {
			mu.Lock()
			for !ready {
				cond.Wait()
			}
			mu.Unlock()
			done <- fmt.Sprint("c", i)
		}(i)
	}
	runtime.Gosched()
	mu.Lock()
	ready = true
	cond.Broadcast()
	mu.Unlock()
	show(done, 4)

	// waitgroup waiters
	var wg sync.WaitGroup
	wg.Add(1)
	for i := 0; i < 4; i++ {
		go func(i int) {
			wg.Wait()
			done <- fmt.Sprint("w", i)
		}(i)
	}
	runtime.Gosched()
	wg.Done()
	show(done, 4)

	// mutex handoff
	var m2 sync.Mutex
	m2.Lock()
	for i := 0; i < 4; i++ {
		go func(i int) {
			m2.Lock()
			done <- fmt.Sprint("m", i)
			m2.Unlock()
		}(i)
	}
	runtime.Gosched()
	m2.Unlock()
	show(done, 4)
	// select on closed
	ch2 := make(chan int)
	for i := 0; i < 3; i++ {
		go func(i int) {
			select {
			case <-ch2:
			}
			done <- fmt.Sprint("s", i)
		}(i)
	}
	runtime.Gosched()
	close(ch2)
	show(done, 3)
}

// show prints what the n goroutines just woken report, in the order they ran.
func show(done chan string, n int) {
	for i := 0; i < n; i++ {
		fmt.Print(<-done, " ")
	}
	fmt.Println()
}
