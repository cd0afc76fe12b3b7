// This file implements Cond: goroutines waiting for an event sleep on a
// semaphore; Signal wakes the longest waiter, Broadcast all of them.

package sync

// Cond is a condition variable, a rendezvous point for goroutines waiting
// for or announcing an event. L is held while the condition is checked or
// changed.
type Cond struct {
	L       Locker
	waiters uint32
	sema    uint32
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait unlocks c.L, sleeps until woken by Signal or Broadcast, and locks
// c.L again before returning.
func (c *Cond) Wait() {
	c.waiters++
	c.L.Unlock()
	runtime_Semacquire(&c.sema)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() {
	if c.waiters > 0 {
		c.waiters--
		runtime_Semrelease(&c.sema)
	}
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	for ; c.waiters > 0; c.waiters-- {
		runtime_Semrelease(&c.sema)
	}
}
