// This file implements slice growth and allocation.

package runtime

import "unsafe"

// growslice returns a slice with room for at least newLen elements of
// type et, holding the oldLen elements of old; its length is oldLen (the
// caller sets the new length). Capacity doubles while small, then grows
// by a quarter, as Go's growslice does, and then fills the allocation's
// size class. Elements of size zero take no memory: the capacity is
// just what is needed.
func growslice(et *_type, old unsafe.Pointer, oldLen, oldCap, newLen int) sliceHeader {
	elemSize := et.size
	if newLen < 0 {
		// oldLen plus what is appended overflowed int.
		panicgrowslice()
	}
	if elemSize == 0 {
		return sliceHeader{unsafe.Pointer(&zerobase), oldLen, newLen}
	}
	newCap := oldCap
	doubled := newCap + newCap
	if newLen > doubled {
		newCap = newLen
	} else if oldCap < 256 {
		newCap = doubled
	} else {
		for newCap < newLen {
			newCap += (newCap + 3*256) / 4
		}
	}
	if newCap <= 0 {
		newCap = newLen
	}
	if uintptr(newCap) > maxAlloc/elemSize {
		panicgrowslice()
	}
	newCap = int(roundupsize(uintptr(newCap)*elemSize) / elemSize)
	p := mallocgc(uintptr(newCap)*elemSize, et)
	if oldLen > 0 {
		memmove(p, old, uintptr(oldLen)*elemSize)
	}
	return sliceHeader{p, oldLen, newCap}
}

// maxAlloc bounds one allocation (Go's is the address space; ours 1 TiB).
const maxAlloc = 1 << 40

// makeslice allocates the array of make([]T, n, c). As Go's does, it
// blames the length when n alone is too large, else the capacity.
func makeslice(et *_type, n, c int) unsafe.Pointer {
	elemSize := et.size
	if n < 0 || elemSize > 0 && uintptr(n) > maxAlloc/elemSize {
		panicmakeslicelen()
	}
	if c < n || elemSize > 0 && uintptr(c) > maxAlloc/elemSize {
		panicmakeslicecap()
	}
	return mallocgc(uintptr(c)*elemSize, et)
}
