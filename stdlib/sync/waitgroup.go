// This file implements WaitGroup: a counter of unfinished tasks, and the
// number of goroutines in Wait, who sleep on a semaphore until the
// counter drops to zero.

package sync

// A WaitGroup waits for a collection of goroutines to finish: Add sets
// how many, each calls Done when finished, and Wait blocks until all have.
type WaitGroup struct {
	counter int64
	waiters uint32
	sema    uint32
}

// Add adds delta, which may be negative, to the counter; at zero, every
// goroutine blocked in Wait is released. A negative counter panics.
func (wg *WaitGroup) Add(delta int) {
	wg.counter += int64(delta)
	if wg.counter < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if wg.counter > 0 {
		return
	}
	for ; wg.waiters > 0; wg.waiters-- {
		runtime_Semrelease(&wg.sema, false, 0)
	}
}

// Done decrements the counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait blocks until the counter is zero.
func (wg *WaitGroup) Wait() {
	if wg.counter == 0 {
		return
	}
	wg.waiters++
	runtime_Semacquire(&wg.sema)
}
