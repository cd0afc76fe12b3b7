// This file implements Mutex.
//
// state holds the locked bit and, above it, the number of goroutines
// waiting for the lock; they sleep on the semaphore sema. Unlock with
// waiters does not unlock: it hands the still-locked mutex to the longest
// waiter (Go's "starvation mode", used here always), so the lock passes in
// first-come, first-served order.

package sync

// A Mutex is a mutual exclusion lock. The zero value is an unlocked mutex.
type Mutex struct {
	state int32
	sema  uint32
}

const (
	mutexLocked      = 1 // the mutex is locked
	mutexWaiterShift = 1 // state >> mutexWaiterShift counts the waiters
)

// Lock locks m, waiting until it is available.
func (m *Mutex) Lock() {
	if !m.TryLock() {
		m.lockSlow()
	}
}

// lockSlow waits for the lock; Unlock hands it over still locked.
func (m *Mutex) lockSlow() {
	m.state += 1 << mutexWaiterShift
	runtime_SemacquireMutex(&m.sema, false, 1)
}

// TryLock locks m if it is unlocked and reports whether it did.
func (m *Mutex) TryLock() bool {
	if m.state&mutexLocked != 0 {
		return false
	}
	m.state |= mutexLocked
	return true
}

// Unlock unlocks m. Unlocking an unlocked mutex is a fatal error.
func (m *Mutex) Unlock() {
	if m.state == mutexLocked {
		m.state = 0
		return
	}
	m.unlockSlow()
}

// unlockSlow hands m to its longest waiter, or reports that m was not
// locked.
func (m *Mutex) unlockSlow() {
	if m.state&mutexLocked == 0 {
		fatal("sync: unlock of unlocked mutex")
	}
	m.state -= 1 << mutexWaiterShift
	runtime_Semrelease(&m.sema, false, 0)
}
