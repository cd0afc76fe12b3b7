// This file implements the queues behind Pool, as Go's design has them: a
// poolDequeue is a fixed-size ring that one producer pushes and pops at
// its head while any number of consumers pop at its tail, without locks;
// a poolChain is a list of dequeues, each twice the size of the one
// before, so that the queue can grow without ever copying.
//
// The dequeue's head and tail indexes share one 64-bit word, headTail,
// changed by compare-and-swap: a pop claims its slot by moving an index,
// and only then reads it. A popped tail slot is handed back to the
// producer by clearing its type word last, so the producer never writes a
// slot a consumer is still reading. (Our goroutines take turns on one
// thread, but the algorithm does not rely on that.)

package sync

import (
	"sync/atomic"
	"unsafe"
)

// A poolDequeue is a lock-free ring of len(vals) slots, a power of two.
// head is where the next value is pushed; tail the oldest value.
type poolDequeue struct {
	headTail uint64  // head in the high 32 bits, tail in the low 32
	vals     []eface // the ring; an empty slot has a nil typ
}

// An eface is an interface value's two words, so that a slot's type word
// can be read and cleared on its own.
type eface struct {
	typ, val unsafe.Pointer
}

// dequeueBits is the width of each index; indexes wrap around at
// 1<<dequeueBits, and a dequeue never grows past dequeueLimit, so that
// head-tail, taken modulo 1<<dequeueBits, is always the number of values.
const (
	dequeueBits  = 32
	dequeueLimit = (1 << dequeueBits) / 4
)

// dequeueNil stands for a nil value in a slot, where nil means empty.
type dequeueNil *struct{}

// unpack splits headTail into its two indexes.
func (d *poolDequeue) unpack(ptrs uint64) (head, tail uint32) {
	const mask = 1<<dequeueBits - 1
	head = uint32((ptrs >> dequeueBits) & mask)
	tail = uint32(ptrs & mask)
	return
}

// pack joins two indexes into a headTail word.
func (d *poolDequeue) pack(head, tail uint32) uint64 {
	const mask = 1<<dequeueBits - 1
	return (uint64(head) << dequeueBits) | uint64(tail&mask)
}

// pushHead adds val at the head. It returns false if the dequeue is full.
// Only the producer may call it.
func (d *poolDequeue) pushHead(val any) bool {
	ptrs := atomic.LoadUint64(&d.headTail)
	head, tail := d.unpack(ptrs)
	if (tail+uint32(len(d.vals)))&(1<<dequeueBits-1) == head {
		return false // full
	}
	slot := &d.vals[head&uint32(len(d.vals)-1)]
	// A consumer that popped this slot at the tail may not have cleared
	// it yet: the slot is not free until its type word is nil.
	if atomic.LoadPointer(&slot.typ) != nil {
		return false
	}
	if val == nil {
		val = dequeueNil(nil)
	}
	*(*any)(unsafe.Pointer(slot)) = val
	// Publishing the new head makes the slot visible to popTail.
	atomic.AddUint64(&d.headTail, 1<<dequeueBits)
	return true
}

// slotValue is the value a claimed slot holds, dequeueNil turned back
// into nil.
func slotValue(slot *eface) any {
	val := *(*any)(unsafe.Pointer(slot))
	if val == dequeueNil(nil) {
		return nil
	}
	return val
}

// popHead removes and returns the newest value. It returns false if the
// dequeue is empty. Only the producer may call it.
func (d *poolDequeue) popHead() (any, bool) {
	var slot *eface
	for {
		ptrs := atomic.LoadUint64(&d.headTail)
		head, tail := d.unpack(ptrs)
		if tail == head {
			return nil, false
		}
		// Claim the slot by moving head back; a consumer popping the
		// same last value at the tail loses the race or wins it here.
		head--
		if atomic.CompareAndSwapUint64(&d.headTail, ptrs, d.pack(head, tail)) {
			slot = &d.vals[head&uint32(len(d.vals)-1)]
			break
		}
	}
	val := slotValue(slot)
	// Only the producer writes at the head, so plain clearing is safe.
	*slot = eface{}
	return val, true
}

// popTail removes and returns the oldest value. It returns false if the
// dequeue is empty. Any number of consumers may call it.
func (d *poolDequeue) popTail() (any, bool) {
	var slot *eface
	for {
		ptrs := atomic.LoadUint64(&d.headTail)
		head, tail := d.unpack(ptrs)
		if tail == head {
			return nil, false
		}
		if atomic.CompareAndSwapUint64(&d.headTail, ptrs, d.pack(head, tail+1)) {
			slot = &d.vals[tail&uint32(len(d.vals)-1)]
			break
		}
	}
	val := slotValue(slot)
	// Hand the slot back to pushHead: the value word first, then the
	// type word, which pushHead reads to know the slot is free.
	slot.val = nil
	atomic.StorePointer(&slot.typ, nil)
	return val, true
}

// A poolChain is a queue of poolDequeues: the producer pushes and pops at
// head, the newest and largest; consumers pop at tail, the oldest, and
// drop it from the chain once it is empty and a newer one exists.
type poolChain struct {
	head *poolChainElt // only the producer uses it: no atomics needed
	tail *poolChainElt // read and written atomically
}

// A poolChainElt is one dequeue of a chain. next is written by the
// producer and read by consumers; prev the other way around: both
// atomically.
type poolChainElt struct {
	poolDequeue
	next, prev *poolChainElt
}

func storePoolChainElt(pp **poolChainElt, v *poolChainElt) {
	atomic.StorePointer((*unsafe.Pointer)(unsafe.Pointer(pp)), unsafe.Pointer(v))
}

func loadPoolChainElt(pp **poolChainElt) *poolChainElt {
	return (*poolChainElt)(atomic.LoadPointer((*unsafe.Pointer)(unsafe.Pointer(pp))))
}

// firstDequeueSize is the size of a chain's first dequeue; each next one
// doubles it, up to dequeueLimit.
const firstDequeueSize = 8

// pushHead adds val at the head, adding a dequeue when the head one is
// full.
func (c *poolChain) pushHead(val any) {
	d := c.head
	if d == nil {
		d = new(poolChainElt)
		d.vals = make([]eface, firstDequeueSize)
		c.head = d
		storePoolChainElt(&c.tail, d)
	}
	if d.pushHead(val) {
		return
	}
	newSize := len(d.vals) * 2
	if newSize >= dequeueLimit {
		newSize = dequeueLimit
	}
	d2 := &poolChainElt{prev: d}
	d2.vals = make([]eface, newSize)
	c.head = d2
	storePoolChainElt(&d.next, d2)
	d2.pushHead(val)
}

// popHead removes and returns the newest value, looking in older
// dequeues when the head one is empty.
func (c *poolChain) popHead() (any, bool) {
	for d := c.head; d != nil; d = loadPoolChainElt(&d.prev) {
		if val, ok := d.popHead(); ok {
			return val, ok
		}
	}
	return nil, false
}

// popTail removes and returns the oldest value, unlinking each empty
// dequeue it passes that has a newer one.
func (c *poolChain) popTail() (any, bool) {
	d := loadPoolChainElt(&c.tail)
	if d == nil {
		return nil, false
	}
	for {
		// Read next before popping: if d is empty now and next was nil
		// before the pop, no value can have been pushed to d's
		// successor either, so the chain is empty.
		d2 := loadPoolChainElt(&d.next)
		if val, ok := d.popTail(); ok {
			return val, ok
		}
		if d2 == nil {
			return nil, false
		}
		// d is empty for good (the producer has moved on to d2): drop it.
		// Only the consumer whose swap succeeds unlinks it.
		if atomic.CompareAndSwapPointer((*unsafe.Pointer)(unsafe.Pointer(&c.tail)), unsafe.Pointer(d), unsafe.Pointer(d2)) {
			storePoolChainElt(&d2.prev, nil)
		}
		d = d2
	}
}
