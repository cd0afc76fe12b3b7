// This file implements sweeping: after marking, every unmarked object is
// garbage. Sweeping is done all at once, right after marking, while the
// program is still stopped: each span's mark bits become its allocation
// bits (a dead object's slot is free again), spans left with no object go
// back to the page heap, and spans with free slots are listed for their
// size class to allocate from.

package runtime

func sweep() {
	mcache = [numSizeClasses * 2]*mspan{}
	partial = [numSizeClasses * 2]*mspan{}
	tiny, tinyoffset = 0, 0
	live := uintptr(0)
	var next *mspan
	for s := mheap_.busy.first; s != nil; s = next {
		next = s.next
		if sweepspan(s) {
			live += s.allocCount * s.elemsize
		}
	}
	// What survived is what marking found alive.
	gcController.heapLive = live
	gcController.heapMarked = live
}

// sweepspan frees the dead objects of s and reports whether s still
// holds any.
func sweepspan(s *mspan) bool {
	if s.profiles != nil {
		sweepprofiles(s)
	}
	n := uintptr(0)
	for i := 0; i < len(s.gcmarkBits); i++ {
		n += popcount64(s.gcmarkBits[i])
	}
	nfreed := s.allocCount - n
	mheap_.nfree += uint64(nfreed)
	if n == 0 {
		freeSpan(s)
		return false
	}
	s.allocBits = s.gcmarkBits
	s.gcmarkBits = [maxObjsPerSpan / 64]uint64{}
	s.allocCount = n
	s.freeindex = 0
	if nfreed > 0 {
		s.needzero = true
	}
	if n < s.nelems {
		spc := s.spanclass
		s.nextpartial = partial[spc]
		partial[spc] = s
	}
	return true
}
