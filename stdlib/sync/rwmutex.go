// This file implements RWMutex, with Go's algorithm: writers exclude each
// other with a Mutex, and readerCount counts the active readers. A writer
// announces itself by subtracting rwmutexMaxReaders from readerCount, so
// readers arriving after it see a negative count and wait on readerSem;
// it then waits on writerSem for the readerWait readers already inside to
// leave. Unlock adds rwmutexMaxReaders back and wakes the readers that
// queued up meanwhile. A pending writer thus keeps new readers out, so
// writers cannot starve.

package sync

// An RWMutex is a reader/writer mutual exclusion lock: held by any number
// of readers or by one writer. The zero value is an unlocked mutex.
type RWMutex struct {
	w           Mutex  // held by the writer, pending or active
	writerSem   uint32 // a writer waits here for the readers to leave
	readerSem   uint32 // readers wait here for a writer to finish
	readerCount int32  // active readers; negative while a writer is pending
	readerWait  int32  // readers the pending writer still waits for
}

const rwmutexMaxReaders = 1 << 30

// RLock locks rw for reading.
func (rw *RWMutex) RLock() {
	rw.readerCount++
	if rw.readerCount < 0 {
		// A writer is pending: wait for it.
		runtime_SemacquireMutex(&rw.readerSem, false, 0)
	}
}

// TryRLock locks rw for reading if no writer holds or awaits it.
func (rw *RWMutex) TryRLock() bool {
	if rw.readerCount < 0 {
		return false
	}
	rw.readerCount++
	return true
}

// RUnlock undoes one RLock.
func (rw *RWMutex) RUnlock() {
	rw.readerCount--
	if rw.readerCount < 0 {
		rw.rUnlockSlow(rw.readerCount + 1)
	}
}

// rUnlockSlow lets a pending writer in once the last reader it waits for
// leaves, or reports that rw was not read-locked (r the count before).
func (rw *RWMutex) rUnlockSlow(r int32) {
	if r == 0 || r == -rwmutexMaxReaders {
		fatal("sync: RUnlock of unlocked RWMutex")
	}
	rw.readerWait--
	if rw.readerWait == 0 {
		runtime_Semrelease(&rw.writerSem, false, 0)
	}
}

// Lock locks rw for writing.
func (rw *RWMutex) Lock() {
	rw.w.Lock()
	r := rw.readerCount
	rw.readerCount -= rwmutexMaxReaders
	if r != 0 {
		rw.readerWait += r
		if rw.readerWait != 0 {
			runtime_SemacquireMutex(&rw.writerSem, false, 0)
		}
	}
}

// TryLock locks rw for writing if nobody holds it.
func (rw *RWMutex) TryLock() bool {
	if rw.readerCount != 0 || !rw.w.TryLock() {
		return false
	}
	rw.readerCount -= rwmutexMaxReaders
	return true
}

// Unlock unlocks rw for writing and lets the waiting readers in.
func (rw *RWMutex) Unlock() {
	rw.readerCount += rwmutexMaxReaders
	r := rw.readerCount
	if r >= rwmutexMaxReaders {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	for i := 0; i < int(r); i++ {
		runtime_Semrelease(&rw.readerSem, false, 0)
	}
	rw.w.Unlock()
}

// RLocker returns a Locker whose Lock and Unlock are rw's RLock and RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }
