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

// The runtime defines the functions a goroutine waits in under their
// names here (sync.runtime_Semacquire, ...), as Go's does, so that a
// traceback of a waiting goroutine names the same frames as Go's.

// runtime_Semacquire waits until *s > 0 and then decrements it.
//
//go:linkname runtime_Semacquire sync.runtime_Semacquire
func runtime_Semacquire(s *uint32)

// runtime_SemacquireMutex is runtime_Semacquire for a Mutex; lifo and
// skipframes are Go's (its queueing order and mutex profile), unused.
//
//go:linkname runtime_SemacquireMutex sync.runtime_SemacquireMutex
func runtime_SemacquireMutex(s *uint32, lifo bool, skipframes int)

// runtime_notifyListWait is runtime_Semacquire for a Cond, whose waiter
// a traceback shows as [sync.Cond.Wait]. (Go's Cond waits on a ticket
// list; a semaphore gives the same order here.)
//
//go:linkname runtime_notifyListWait sync.runtime_notifyListWait
func runtime_notifyListWait(s *uint32)

// runtime_Semrelease increments *s, or hands the unit straight to a waiter
// (always, in our runtime: handoff changes nothing); skipframes is for Go's
// mutex profile.
//
//go:linkname runtime_Semrelease runtime.sync_runtime_Semrelease
func runtime_Semrelease(s *uint32, handoff bool, skipframes int)

// runtime_procPin keeps the goroutine on its P (no preemption) until
// runtime_procUnpin, and returns the P's id.
//
//go:linkname runtime_procPin runtime.sync_runtime_procPin
func runtime_procPin() int

//go:linkname runtime_procUnpin runtime.sync_runtime_procUnpin
func runtime_procUnpin()

// runtime_registerPoolCleanup has the collector call cleanup at the
// start of each cycle.
//
//go:linkname runtime_registerPoolCleanup runtime.sync_runtime_registerPoolCleanup
func runtime_registerPoolCleanup(cleanup func())

// fatal reports misuse of a primitive as an unrecoverable fatal error.
//
//go:linkname fatal sync.fatal
func fatal(s string)

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}
