// This file implements Pool, a cache of reusable objects, as Go's design
// has it: each P (here the only one, id 0) keeps its own poolLocal, a
// private slot and a poolChain, so Put and Get need no lock; a Get that
// finds its own P's cache empty steals from the other Ps' chains, then
// from the victim cache. At the start of each collection the runtime
// calls poolCleanup: the objects of every Pool move to its victim cache,
// and those still there from the collection before are dropped. An
// object unused for two cycles is thus freed, while a steady use of the
// Pool never sees it empty right after a collection.

package sync

import "runtime"

// A Pool is a set of temporary objects that may be individually saved and
// retrieved. Any item stored in the Pool may be removed automatically at
// any time without notification. New, if set, makes a value when the
// pool is empty.
//
// A Pool is safe for use by multiple goroutines simultaneously, and must
// not be copied after first use.
type Pool struct {
	local  []poolLocal // per-P caches, indexed by the P's id
	victim []poolLocal // local as it was before the last collection

	// New optionally specifies a function to generate a value when Get
	// would otherwise return nil.
	New func() any
}

// A poolLocal is one P's cache: private is for that P alone, shared is
// pushed and popped at its head by the P and stolen from at its tail by
// the others.
type poolLocal struct {
	private any
	shared  poolChain
}

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	l, _ := p.pin()
	if l.private == nil {
		l.private = x
	} else {
		l.shared.pushHead(x)
	}
	runtime_procUnpin()
}

// Get selects an arbitrary item from the Pool, removes it from the Pool,
// and returns it to the caller. If the pool is empty, Get returns the
// result of calling p.New, or nil if New is not set.
func (p *Pool) Get() any {
	l, pid := p.pin()
	x := l.private
	l.private = nil
	if x == nil {
		// The head of our own chain holds the most recently Put objects,
		// the likeliest still in the processor's cache.
		x, _ = l.shared.popHead()
		if x == nil {
			x = p.getSlow(pid)
		}
	}
	runtime_procUnpin()
	if x == nil && p.New != nil {
		x = p.New()
	}
	return x
}

// getSlow steals an object from another P's chain, or takes one from the
// victim cache.
func (p *Pool) getSlow(pid int) any {
	if x := stealFrom(p.local, pid+1); x != nil {
		return x
	}
	if pid >= len(p.victim) {
		return nil
	}
	l := &p.victim[pid]
	if x := l.private; x != nil {
		l.private = nil
		return x
	}
	if x := stealFrom(p.victim, pid); x != nil {
		return x
	}
	// The victim cache is empty: later Gets need not look at it.
	p.victim = nil
	return nil
}

// stealFrom pops an object from the tail of the chains of locals, in
// order, starting with P first's and wrapping around.
func stealFrom(locals []poolLocal, first int) any {
	for i := range locals {
		l := &locals[(first+i)%len(locals)]
		if x, _ := l.shared.popTail(); x != nil {
			return x
		}
	}
	return nil
}

// pin pins the goroutine to its P (see runtime_procPin) and returns the
// P's poolLocal and id. The caller must call runtime_procUnpin when done.
func (p *Pool) pin() (*poolLocal, int) {
	pid := runtime_procPin()
	if pid >= len(p.local) {
		p.allocateLocal()
	}
	return &p.local[pid], pid
}

// allocateLocal gives p one poolLocal per P, on first use or after the
// number of Ps grew, and registers p for poolCleanup. Objects of a
// previous, smaller array are dropped, as Go's Pool does.
func (p *Pool) allocateLocal() {
	local := make([]poolLocal, runtime.GOMAXPROCS(0))
	if p.local == nil {
		allPools = append(allPools, p)
	}
	p.local = local
}

var (
	// allPools are the pools with a non-empty local cache.
	allPools []*Pool

	// oldPools are the pools that may have a non-empty victim cache.
	oldPools []*Pool
)

// poolCleanup runs, with the world stopped, at the start of each
// collection: victim caches are dropped, and the local caches become the
// victim caches.
func poolCleanup() {
	for _, p := range oldPools {
		p.victim = nil
	}
	for _, p := range allPools {
		p.victim = p.local
		p.local = nil
	}
	oldPools, allPools = allPools, nil
}

func init() {
	runtime_registerPoolCleanup(poolCleanup)
}
