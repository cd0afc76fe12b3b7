// This file implements Cond: goroutines waiting for an event sleep on a
// semaphore; Signal wakes the longest waiter, Broadcast all of them.

package sync

import "unsafe"

// Cond is a condition variable, a rendezvous point for goroutines waiting
// for or announcing an event. L is held while the condition is checked or
// changed.
type Cond struct {
	L       Locker
	waiters uint32
	sema    uint32
	checker copyChecker
}

// copyChecker holds the address of the Cond it is in, recorded at the
// first use: a Cond copied after that finds another address there, and
// panics, as Go's does (its waiters would be lost).
type copyChecker uintptr

func (c *copyChecker) check() {
	here := uintptr(unsafe.Pointer(c))
	if uintptr(*c) == here {
		return
	}
	if *c != 0 {
		panic("sync.Cond is copied")
	}
	*c = copyChecker(here)
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait unlocks c.L, sleeps until woken by Signal or Broadcast, and locks
// c.L again before returning.
func (c *Cond) Wait() {
	c.checker.check()
	c.waiters++
	c.L.Unlock()
	runtime_notifyListWait(&c.sema)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() {
	c.checker.check()
	if c.waiters > 0 {
		c.waiters--
		runtime_Semrelease(&c.sema, false, 0)
	}
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	c.checker.check()
	for ; c.waiters > 0; c.waiters-- {
		runtime_Semrelease(&c.sema, false, 0)
	}
}
