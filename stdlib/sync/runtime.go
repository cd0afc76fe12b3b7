// Package sync provides basic synchronization primitives: mutual exclusion
// locks (Mutex, RWMutex), WaitGroup, Once and Cond.
//
// gominic runs all goroutines on one thread and switches only when a
// goroutine blocks or when a loop of user code is preempted
// (runtime/sched.go); the compiler puts no preemption checks in this
// package or sync/atomic. So the primitives need no atomic instructions:
// inside them a goroutine runs alone between two blocking points, and
// plain reads and writes of a lock's state cannot interleave. Where a
// goroutine must wait, it sleeps on a runtime semaphore (runtime/sema.go),
// a counter with a first-come, first-served queue of waiters.
package sync

// runtime_Semacquire waits until *s > 0 and then decrements it.
//
//go:linkname runtime_Semacquire runtime.semacquire
func runtime_Semacquire(s *uint32)

// runtime_Semrelease increments *s, or hands the unit straight to a waiter.
//
//go:linkname runtime_Semrelease runtime.semrelease
func runtime_Semrelease(s *uint32)

// fatal reports misuse of a primitive as an unrecoverable fatal error.
//
//go:linkname fatal runtime.sync_fatal
func fatal(s string)

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}
