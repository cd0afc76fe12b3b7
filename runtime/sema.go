// This file implements semaphores, the sleeping and waking behind package
// sync (Mutex, RWMutex, WaitGroup, Once, Cond).
//
// A semaphore is any uint32 in the program, used as a count: semacquire
// takes one unit, parking the goroutine while the count is zero;
// semrelease gives one back. Waiters are kept in semtable, a small hash
// table keyed by the semaphore's address (Go's runtime/sema.go keeps a
// balanced tree per bucket; a list is enough here), each waiting
// goroutine as a sudog whose elem is the address.
//
// semrelease hands its unit straight to the longest waiter instead of
// incrementing the count, so waiters are served first come, first served
// and a running goroutine cannot take the unit back before they run.

package runtime

import "unsafe"

const semTabSize = 251

var semtable [semTabSize]waitq

// semroot returns the queue of waiters for the semaphore at addr.
func semroot(addr *uint32) *waitq {
	return &semtable[(uintptr(unsafe.Pointer(addr))>>3)%semTabSize]
}

// semacquire waits until *addr > 0 and then decrements it; a traceback
// shows the goroutine waiting for reason.
func semacquire(addr *uint32, reason waitReason) {
	if *addr > 0 {
		*addr--
		return
	}
	s := acquireSudog()
	s.g = curg
	s.elem = unsafe.Pointer(addr)
	semroot(addr).enqueue(s)
	gopark(reason)
	releaseSudog(s)
}

// semrelease increments *addr, or wakes its longest waiter instead.
func semrelease(addr *uint32) {
	root := semroot(addr)
	for s := root.first; s != nil; s = s.next {
		if s.elem == unsafe.Pointer(addr) {
			root.remove(s)
			goready(s.g)
			return
		}
	}
	*addr++
}

// Package sync's calls of the runtime are defined under sync's names, as
// Go's runtime defines them, so that tracebacks show the frames Go's do
// (sync.runtime_Semacquire, sync.fatal, ...).

//go:linkname sync_runtime_Semacquire sync.runtime_Semacquire
func sync_runtime_Semacquire(addr *uint32) {
	semacquire(addr, waitReasonSemacquire)
}

//go:linkname sync_runtime_SemacquireMutex sync.runtime_SemacquireMutex
func sync_runtime_SemacquireMutex(addr *uint32, lifo bool, skipframes int) {
	semacquire(addr, waitReasonSemacquire)
}

//go:linkname sync_runtime_notifyListWait sync.runtime_notifyListWait
func sync_runtime_notifyListWait(addr *uint32) {
	semacquire(addr, waitReasonSyncCondWait)
}

// sync_runtime_Semrelease serves package sync's runtime_Semrelease, which
// has Go's signature: handoff asks Go's runtime to pass the unit straight
// to a waiter, which ours always does, and skipframes is for Go's mutex
// profile, which we do not keep.
func sync_runtime_Semrelease(addr *uint32, handoff bool, skipframes int) {
	semrelease(addr)
}

// sync_fatal serves package sync's fatal errors (misuse such as unlocking
// an unlocked mutex), which no recover can catch.
//
//go:linkname sync_fatal sync.fatal
func sync_fatal(s string) {
	fatal(s)
}
