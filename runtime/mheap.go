// This file implements the page heap: memory for the garbage-collected
// heap, in spans of whole 8 KiB pages (Go's mheap and mspan, at a small
// scale).
//
//   - The heap grows by arenas: 64 MiB regions mapped from the kernel,
//     aligned to their size, so an address's arena is addr>>arenaShift.
//     Each arena has a heapArena of metadata beside it (mapped apart, never
//     part of the heap): the span owning each of its pages, and one
//     pointer bit per word of the arena (see heapBitsSetType).
//   - A span is a run of pages: in use (small objects of one size class,
//     or one large object), or free. spanOf finds the span of any address,
//     interior or not, through the arena table: that is how the collector
//     goes from a pointer to the object it points into.
//   - Free spans are kept in one list, in address order, and coalesce
//     with free neighbours when freed; allocation takes the first that
//     fits, the lowest, and splits it. Only the
//     first and last page of a free span record it in the arena's table
//     (what coalescing needs); spanOf checks that the span found is in use
//     and really covers the address.
//   - The scavenger gives the pages of spans left free for a whole cycle
//     back to the kernel (madvise MADV_DONTNEED) while the heap keeps more
//     than its goal allows: they stay mapped, read as zeros, and cost no
//     memory until touched again. Each arena records which of its pages
//     the kernel does not back, so the heap knows what it retains.
//
// mspan and heapArena records live outside the heap, in memory that the
// collector never frees or scans: the heap's own bookkeeping must not
// depend on the collector.

package runtime

import "unsafe"

const (
	pageShift = 13
	pageSize  = 1 << pageShift

	arenaShift    = 26
	arenaBytes    = 1 << arenaShift
	pagesPerArena = arenaBytes / pageSize
	arenaL1Bits   = 47 - arenaShift // user addresses are below 2^47

	maxObjsPerSpan = 1024

	sysMadvise     = 28
	madvDontneed   = 4
	madvHugepage   = 14
	madvNohugepage = 15
	hugePageSize   = 2 << 20
	mapAnonReserve = 0x22 | 0x4000 // MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE
	map32bit       = 0x40          // MAP_32BIT: below 2 GB
)

// Span states.
const (
	mSpanFree  = 0
	mSpanInUse = 1
	mSpanDead  = 2 // a record waiting in mheap_.spanpool
)

// An mspan is a run of pages of the heap. The fields the collector reads
// for every pointer it follows (spanOf, greyobject) come first: they
// share one cache line, and the mark bits start on the next.
type mspan struct {
	base      uintptr
	limit     uintptr // base + npages*pageSize
	elemsize  uintptr // object size: the size class's, or the whole span
	divMul    uint64  // ceil(2^32 / elemsize): offset*divMul>>32 = offset/elemsize
	nelems    uintptr
	state     uint8
	spanclass spanClass
	needzero  bool   // free slots or pages may hold old data
	freegen   uint32 // free span: the cycle number when it was freed

	next *mspan // in mheap_.free or mheap_.busy
	prev *mspan
	// nextpartial links the spans of a size class with free slots.
	nextpartial *mspan

	gcmarkBits [maxObjsPerSpan / 64]uint64
	allocBits  [maxObjsPerSpan / 64]uint64
	npages     uintptr
	freeindex  uintptr // slots below are all allocated
	allocCount uintptr

	specials *specialfinalizer // the finalizers of its objects (mfinal.go)
	profiles *specialprofile   // its objects sampled for the heap profile (mprof.go)
}

// A heapArena is the metadata of one arena.
type heapArena struct {
	spans  [pagesPerArena]*mspan
	bitmap [arenaBytes / 8 / 8]uint8 // one bit per word: it holds a pointer
	// scavenged has one bit per page: the kernel does not back it (never
	// touched since it was mapped, or given back by the scavenger).
	scavenged [pagesPerArena / 64]uint64
}

// arenas maps addr>>arenaShift to its *heapArena. It is declared as
// uintptr so that it lives in .noptrbss: 16 MiB of table the collector
// must not scan (and the kernel does not back until a page is touched).
var arenas [1 << arenaL1Bits]uintptr

// A spanList is a doubly-linked list of spans.
type spanList struct {
	first *mspan
}

var mheap_ struct {
	free     spanList
	busy     spanList
	spanpool *mspan // mspan records for reuse

	sys      uintptr // bytes of heap mapped
	inuse    uintptr // bytes in in-use spans
	released uintptr // bytes of scavenged pages (heapArena.scavenged)
	nfree    uint64  // objects freed by sweeping, ever
}

// heapRange holds every arena: a quick filter for addresses. It is kept
// apart from mheap_, which holds pointers and so lives in .bss, a root:
// there, min (the address of the heap's first object) would keep that
// object alive forever. heapRange holds no pointer and lives in .noptrbss.
var heapRange struct {
	min, max uintptr
}

// A persistentArena hands out memory that is never freed, outside the
// heap, from chunks it maps: bump allocation.
type persistentArena struct {
	next, end uintptr
}

// persistent holds runtime records that live forever (mspans, heap
// arenas' metadata).
var persistent persistentArena

// low32 lies below 4 GB (MAP_32BIT), where a type descriptor's 32-bit
// addresses reach: it holds the strings and pointer bitmaps of the types
// reflect makes (runtime/type.go), which reflect keeps forever.
var low32 persistentArena

func (l *spanList) insert(s *mspan) {
	s.prev = nil
	s.next = l.first
	if l.first != nil {
		l.first.prev = s
	}
	l.first = s
}

// insertByAddress inserts s before the first span above it.
func (l *spanList) insertByAddress(s *mspan) {
	var prev *mspan
	next := l.first
	for next != nil && next.base < s.base {
		prev, next = next, next.next
	}
	s.prev, s.next = prev, next
	if prev != nil {
		prev.next = s
	} else {
		l.first = s
	}
	if next != nil {
		next.prev = s
	}
}

func (l *spanList) remove(s *mspan) {
	if s.prev != nil {
		s.prev.next = s.next
	} else {
		l.first = s.next
	}
	if s.next != nil {
		s.next.prev = s.prev
	}
	s.next = nil
	s.prev = nil
}

// sysAlloc maps n bytes of zeroed memory with mmap's flags, aligned to
// align (a power of two, at least a page), or reports that the kernel
// refused.
func sysAlloc(n, align, flags uintptr) uintptr {
	p := syscall6(sysMmap, 0, n+align-4096, protRW, flags, ^uintptr(0), 0)
	if p > ^uintptr(4095) {
		outOfMemory(n)
	}
	start := alignUp(p, align)
	if start > p {
		syscall6(sysMunmap, p, start-p, 0, 0, 0, 0)
	}
	end := p + n + align - 4096
	if end > start+n {
		syscall6(sysMunmap, start+n, end-start-n, 0, 0, 0, 0)
	}
	memstats.sys += uint64(n)
	return start
}

// heapHint is where the heap's next arenas are asked for: from
// 0xc000000000 up, as Go's arena hints, so that heap addresses look like
// Go's and are the same from run to run.
var heapHint uintptr = 0x00c0 << 32

// sysAllocAt maps n bytes at address at, or returns 0 when the kernel
// would place them elsewhere (something is mapped there).
func sysAllocAt(at, n uintptr) uintptr {
	p := syscall6(sysMmap, at, n, protRW, mapAnonReserve, ^uintptr(0), 0)
	if p != at {
		if p <= ^uintptr(4095) {
			syscall6(sysMunmap, p, n, 0, 0, 0, 0)
		}
		return 0
	}
	memstats.sys += uint64(n)
	return p
}

// persistentalloc returns n zeroed bytes that are never freed, aligned to
// a cache line: a record then spans no more lines than its size needs
// (an mspan's first line holds what the collector reads most).
func persistentalloc(n uintptr) unsafe.Pointer {
	return persistent.alloc(alignUp(n, 64), 256<<10, mapAnonReserve)
}

// lowalloc returns n zeroed bytes below 4 GB that are never freed and
// that the collector never scans, aligned to 8.
func lowalloc(n uintptr) unsafe.Pointer {
	return low32.alloc(alignUp(n, 8), 64<<10, mapAnonReserve|map32bit)
}

// reflect_lowalloc gives reflect lowalloc.
func reflect_lowalloc(n uintptr) unsafe.Pointer {
	return lowalloc(n)
}

// alloc returns the next n bytes of a, from a new chunk of a multiple of
// chunk bytes, mapped with mmap's flags, when the current one has less
// left.
func (a *persistentArena) alloc(n, chunk, flags uintptr) unsafe.Pointer {
	if a.next+n > a.end {
		size := alignUp(n, chunk)
		a.next = sysAlloc(size, 4096, flags)
		a.end = a.next + size
	}
	p := a.next
	a.next += n
	return unsafe.Pointer(p)
}

// newSpanRecord returns a zeroed mspan record. It is never inlined: it
// runs once per span, not per object, and its zeroing of a whole record
// would be copied into both callers.
//
//go:noinline
func newSpanRecord() *mspan {
	s := mheap_.spanpool
	if s == nil {
		return (*mspan)(persistentalloc(unsafe.Sizeof(mspan{})))
	}
	mheap_.spanpool = s.next
	*s = mspan{}
	return s
}

func freeSpanRecord(s *mspan) {
	s.state = mSpanDead
	s.next = mheap_.spanpool
	mheap_.spanpool = s
}

func arenaOf(p uintptr) *heapArena {
	i := p >> arenaShift
	if i >= uintptr(len(arenas)) {
		return nil
	}
	return (*heapArena)(unsafe.Pointer(arenas[i]))
}

// spanOf returns the in-use span holding address p, or nil.
func spanOf(p uintptr) *mspan {
	if p < heapRange.min || p >= heapRange.max {
		return nil
	}
	ha := arenaOf(p)
	if ha == nil {
		return nil
	}
	s := ha.spans[(p>>pageShift)%pagesPerArena]
	if s == nil || s.state != mSpanInUse || p < s.base || p >= s.limit {
		return nil
	}
	return s
}

// pageSpan returns the span recorded for the page holding p (in use or
// free), or nil.
func pageSpan(p uintptr) *mspan {
	ha := arenaOf(p)
	if ha == nil {
		return nil
	}
	return ha.spans[(p>>pageShift)%pagesPerArena]
}

// setSpan records s as the owner of its pages [from, to).
func setSpan(s *mspan, from, to uintptr) {
	for p := from; p < to; p += pageSize {
		arenaOf(p).spans[(p>>pageShift)%pagesPerArena] = s
	}
}

// allocSpan takes npages pages from the free spans, growing the heap if
// none is large enough, and returns them as an in-use span.
func allocSpan(npages uintptr) *mspan {
	s := firstFit(npages)
	if s == nil {
		growHeap(npages)
		s = firstFit(npages)
	}
	mheap_.free.remove(s)
	rest := s.npages - npages
	s.init(s.base, npages)
	s.state = mSpanInUse
	setSpan(s, s.base, s.limit)
	mheap_.released -= setScavenged(s.base, s.limit, false)
	if rest > 0 {
		r := newSpanRecord()
		r.init(s.limit, rest)
		r.needzero = s.needzero
		r.freegen = s.freegen
		r.markFree()
	}
	mheap_.busy.insert(s)
	mheap_.inuse += npages * pageSize
	adviseHugePages(s.base, s.limit, madvHugepage)
	return s
}

// adviseHugePages gives advice on the whole huge pages of [base, limit).
// As Go's runtime, gominic asks the kernel for huge pages for the memory
// of a large allocation (under transparent_hugepage=madvise it gives them
// only when asked): filling 100 MB then takes one page fault per 2 MiB
// instead of one per 4 KiB. The scavenger takes the request back for
// the pages it releases, or small objects placed there later would each
// bring a whole huge page back (Go's issue 8832). Only whole huge pages
// get advice, which keeps the kernel's count of mappings small.
func adviseHugePages(base, limit, advice uintptr) {
	start, end := alignUp(base, hugePageSize), limit&^(hugePageSize-1)
	if start < end {
		syscall6(sysMadvise, start, end-start, advice, 0, 0, 0)
	}
}

func (s *mspan) init(base, npages uintptr) {
	s.base = base
	s.npages = npages
	s.limit = base + npages*pageSize
}

// firstFit returns the lowest free span of at least npages pages. As
// Go's page allocator, the heap fills from the bottom while the scavenger
// releases from the top: pages given back are the last to be touched
// again. (Taking the smallest fit instead, the heap spread over memory it
// had given back: binarytrees at depth 21 faulted in 3.8 GB for a 280 MB
// peak.)
func firstFit(npages uintptr) *mspan {
	for s := mheap_.free.first; s != nil; s = s.next {
		if s.npages >= npages {
			return s
		}
	}
	return nil
}

// growHeap maps arenas for at least npages more pages and frees them
// into the page heap.
func growHeap(npages uintptr) {
	n := alignUp(npages*pageSize, arenaBytes)
	base := sysAllocAt(heapHint, n)
	if base == 0 {
		base = sysAlloc(n, arenaBytes, mapAnonReserve)
	}
	heapHint = base + n
	for p := base; p < base+n; p += arenaBytes {
		arenas[p>>arenaShift] = uintptr(persistentalloc(unsafe.Sizeof(heapArena{})))
	}
	if heapRange.min == 0 || base < heapRange.min {
		heapRange.min = base
	}
	if base+n > heapRange.max {
		heapRange.max = base + n
	}
	mheap_.sys += n
	mheap_.released += setScavenged(base, base+n, true)
	s := newSpanRecord()
	s.init(base, n/pageSize)
	s.markFree()
}

// freeSpan returns an in-use span's pages to the page heap.
func freeSpan(s *mspan) {
	mheap_.busy.remove(s)
	mheap_.inuse -= s.npages * pageSize
	s.needzero = true
	s.freegen = memstats.numgc
	s.markFree()
}

// markFree makes s a free span, merged with free neighbours.
func (s *mspan) markFree() {
	s.state = mSpanFree
	if before := pageSpan(s.base - 1); before != nil && before.state == mSpanFree && before.limit == s.base {
		s = mergeSpans(before, s)
	}
	if after := pageSpan(s.limit); after != nil && after.state == mSpanFree && after.base == s.limit {
		s = mergeSpans(s, after)
	}
	setSpan(s, s.base, s.base+pageSize)
	setSpan(s, s.limit-pageSize, s.limit)
	mheap_.free.insertByAddress(s)
}

// mergeSpans joins adjacent free spans a and b (b not yet listed) into a.
func mergeSpans(a, b *mspan) *mspan {
	if a.next != nil || a.prev != nil || mheap_.free.first == a {
		mheap_.free.remove(a)
	}
	if b.next != nil || b.prev != nil || mheap_.free.first == b {
		mheap_.free.remove(b)
	}
	a.needzero = a.needzero || b.needzero
	if b.freegen > a.freegen {
		a.freegen = b.freegen
	}
	a.init(a.base, a.npages+b.npages)
	freeSpanRecord(b)
	return a
}

// scavenge gives back to the kernel the free spans that have stayed free
// since before cycle gen (all of them for gen = ^0), from the highest,
// until the heap keeps no more than retain bytes.
func scavenge(gen uint32, retain uintptr) {
	last := mheap_.free.first
	for last != nil && last.next != nil {
		last = last.next
	}
	for s := last; s != nil && mheap_.sys-mheap_.released > retain; s = s.prev {
		if s.freegen >= gen {
			continue
		}
		if n := setScavenged(s.base, s.limit, true); n > 0 {
			adviseHugePages(s.base, s.limit, madvNohugepage)
			syscall6(sysMadvise, s.base, s.npages*pageSize, madvDontneed, 0, 0, 0)
			mheap_.released += n
		}
		s.needzero = false // its pages all read as zeros now
	}
}

// setScavenged records the pages of [base, limit) as scavenged (on) or
// backed, and returns how many bytes changed state: the kernel backs
// pages, not spans, and a free span may join pages of both kinds.
func setScavenged(base, limit uintptr, on bool) uintptr {
	changed := uintptr(0)
	for p := base; p < limit; p += pageSize {
		i := (p >> pageShift) % pagesPerArena
		word, bit := &arenaOf(p).scavenged[i/64], uint64(1)<<(i%64)
		if (*word&bit != 0) != on {
			*word ^= bit
			changed += pageSize
		}
	}
	return changed
}
