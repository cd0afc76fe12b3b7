// This file implements Once.

package sync

// Once performs exactly one action.
type Once struct {
	done uint32
	m    Mutex
}

// Do calls f if and only if Do is being called for the first time on o.
// No call to Do returns until the one call to f has returned, so a second
// caller arriving while f runs (f blocked) waits for it. If f panics, Do
// considers it returned: later calls do not call f.
func (o *Once) Do(f func()) {
	if o.done == 0 {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done == 0 {
		defer o.markDone()
		f()
	}
}

func (o *Once) markDone() {
	o.done = 1
}
