package main

// A deadlock with goroutines waiting in each of package sync's waits: the
// report names the frames and the wait reasons Go's does
// (sync.runtime_SemacquireMutex, [sync.Cond.Wait], ...).

import (
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var rw sync.RWMutex
	cond := sync.NewCond(&sync.Mutex{})
	mu.Lock()
	rw.Lock()
	go func() { mu.Lock() }()
	go func() { rw.RLock() }()
	go func() {
		cond.L.Lock()
		cond.Wait()
	}()
	time.Sleep(10 * time.Millisecond)
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Wait()
}
