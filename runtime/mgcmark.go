// This file implements marking: finding every heap object the program can
// still reach.
//
// Marking starts from the roots and follows pointers with an explicit
// work list (the mark stack), never by recursion, so a long linked list
// cannot overflow the stack the collector runs on. An object is grey while
// on the mark stack and black once its words have been scanned; its mark
// bit (the span's gcmarkBits) is set when it turns grey, so it is queued
// only once.
//
// The roots are:
//   - the package variables in .data and .bss, between the linker's
//     boundary symbols runtime.data/edata and runtime.bss/ebss. The
//     compiler puts every variable whose type holds no pointer in
//     .noptrdata or .noptrbss instead, and those are never scanned: that
//     is why the linker keeps them apart. Big pointer-free tables (such as
//     the heap's own arena index, 16 MiB) cost the collector nothing.
//   - every goroutine's stack and saved registers (scanstack). A cycle
//     started by runtime.GC scans the calling goroutine's frames by their
//     stack maps where the compiler made them (mgcstack.go): a dead
//     pointer left in a spill slot, a callee-saved register or an
//     alignment push keeps nothing alive there, as in Go. Every other
//     frame, and every stack in a cycle an allocation started, is scanned
//     conservatively: any word that happens to hold the address of a heap
//     object, or of a place inside one, keeps it alive.
//   - the objects with finalizers (mfinal.go): what they point to.
//
// Heap objects are scanned precisely, by the pointer bits that mallocgc
// recorded from their type; noscan objects are never scanned at all.
//
// Why not every stack by its maps: a goroutine parked in the scheduler,
// or one allocating, is stopped inside the runtime, whose code has no maps
// (they would cost every program's size), at calls of the runtime that
// have none either (gominic/compile/statepoint.py, RUNS_GO_CODE); the
// runtime's frames would keep, in the registers they saved, the stale
// words precision removes. The runtime.GC path is the one Go's test
// programs check (stackobj*.go, issue15277, 15281, 27518b, 46725).

package runtime

import "unsafe"

// The mark stack: grey objects (address, size: two words each).
var gcWork wordbuf

// A wordbuf is a growable array of words outside the heap (the collector
// must not allocate).
type wordbuf struct {
	base uintptr
	n    uintptr
	cap  uintptr
}

func (b *wordbuf) push(v uintptr) {
	if b.n == b.cap {
		b.grow()
	}
	*(*uintptr)(unsafe.Pointer(b.base + b.n*8)) = v
	b.n++
}

// grow doubles b's room, apart from push and markpush so that they stay
// small enough to be inlined in the mark loop.
func (b *wordbuf) grow() {
	ncap := b.cap * 2
	if ncap == 0 {
		ncap = 1024
	}
	nb := sysAlloc(ncap*8, 4096, mapAnonReserve)
	if b.n > 0 {
		memmove(unsafe.Pointer(nb), unsafe.Pointer(b.base), b.n*8)
		syscall6(sysMunmap, b.base, b.cap*8, 0, 0, 0, 0)
		memstats.sys -= uint64(b.cap * 8)
	}
	b.base, b.cap = nb, ncap
}

func (b *wordbuf) at(i uintptr) uintptr {
	return *(*uintptr)(unsafe.Pointer(b.base + i*8))
}

func (b *wordbuf) set(i, v uintptr) {
	*(*uintptr)(unsafe.Pointer(b.base + i*8)) = v
}

// getrootbounds stores the boundary symbols runtime.data, runtime.edata,
// runtime.bss and runtime.ebss in b (asm_amd64.s).
//
//go:linkname getrootbounds runtime.getrootbounds
func getrootbounds(b *[4]uintptr)

// scanstackregs scans the running goroutine's stack from its stack
// pointer up to hi, and the callee-saved registers, which it pushes first
// (asm_amd64.s).
//
//go:linkname scanstackregs runtime.scanstackregs
func scanstackregs(hi uintptr)

// rootBounds holds the bounds of .data and .bss (a global: the collector
// must not allocate).
var rootBounds [4]uintptr

// markroots marks everything reachable from the roots.
func markroots() {
	getrootbounds(&rootBounds)
	scanblock(rootBounds[0], rootBounds[1])
	scanblock(rootBounds[2], rootBounds[3])
	gcDrain()
	scanstacks()
	gcDrain()
}

// scanstacks scans every live goroutine's stack, from its stack pointer
// to the top: the running one's from here, the others' from where they
// switched away (g.sched.sp), with the registers they saved.
func scanstacks() {
	for gp := allgs; gp != nil; gp = gp.alllink {
		if gp.status != _Gdead {
			scanstack(gp)
		}
	}
}

// scanstack scans the live part of every segment of gp's stack (stack.go
// describes them): the current one from the stack pointer up, and each
// older one from where morestack left it. A cycle started by
// runtime.GC scans the running goroutine from GC's caller up, with the
// registers GC recorded (gcCaller): the segments newer than the caller's
// hold only the collector's frames.
func scanstack(gp *g) {
	s := gp.stack
	switch {
	case gp != curg:
		scanblock(uintptr(unsafe.Pointer(&gp.sched)), uintptr(unsafe.Pointer(&gp.sched))+unsafe.Sizeof(gp.sched))
		scanblock(gp.sched.sp, gp.stackhi)
	case gcCaller.sp != 0:
		for s.prev != nil && (gcCaller.sp <= s.lo || gcCaller.sp > s.hi) {
			s = s.prev
		}
		scanframes(gcCaller.sp, gcCaller.regs[1], s.hi, &gcCaller.regs)
	default:
		scanstackregs(gp.stackhi)
	}
	for s = s.prev; s != nil; s = s.prev {
		scanblock(s.sp, s.hi)
	}
}

// scanblock conservatively marks what the words in [lo, hi) point to.
func scanblock(lo, hi uintptr) {
	lo = alignUp(lo, 8)
	for a := lo; a+8 <= hi; a += 8 {
		v := *(*uintptr)(unsafe.Pointer(a))
		if v >= heapRange.min && v < heapRange.max {
			greyobject(v)
		}
	}
}

// greyobject marks the object holding address p, if p is inside an
// allocated object, and queues it for scanning unless it is noscan.
func greyobject(p uintptr) {
	s := spanOf(p)
	if s == nil {
		return
	}
	i := uintptr(0)
	if s.nelems > 1 {
		i = s.objIndex(p)
		if i >= s.nelems {
			return
		}
	}
	bit := uint64(1) << (i % 64)
	if s.allocBits[i/64]&bit == 0 || s.gcmarkBits[i/64]&bit != 0 {
		return
	}
	s.gcmarkBits[i/64] |= bit
	if !s.spanclass.noscan() {
		markpush(s.base+i*s.elemsize, s.elemsize)
	}
}

// markpush queues the object at obj, of size bytes, for scanning.
func markpush(obj, size uintptr) {
	if gcWork.n+2 > gcWork.cap {
		gcWork.grow()
	}
	gcWork.set(gcWork.n, obj)
	gcWork.set(gcWork.n+1, size)
	gcWork.n += 2
}

// prefetchDepth is how many grey objects wait, prefetched, between the
// mark stack and their scan.
const prefetchDepth = 16

// gcDrain scans grey objects until none is left.
//
// Scanning an object first waits for its words to come from memory: a
// big heap does not fit in the cache, and the mark stack gives objects in
// no order the hardware can guess. So an object taken from the stack is
// prefetched and scanned only after prefetchDepth more have been taken:
// by then its words have arrived, and the misses of 16 objects overlap
// instead of following one another.
func gcDrain() {
	var ring [prefetchDepth][2]uintptr       // objects prefetched: address, size
	taken, scanned := uintptr(0), uintptr(0) // objects put in the ring, taken out
	for {
		if gcWork.n > 0 && taken-scanned < prefetchDepth {
			gcWork.n -= 2
			obj := gcWork.at(gcWork.n)
			prefetch(obj)
			ring[taken%prefetchDepth] = [2]uintptr{obj, gcWork.at(gcWork.n + 1)}
			taken++
			continue
		}
		if taken == scanned {
			return
		}
		e := ring[scanned%prefetchDepth]
		scanned++
		scanobject(e[0], e[1])
	}
}

// scanobject greys what the pointer words of the n bytes at b point to,
// an arena at a time: each arena has its own bitmap.
func scanobject(b, n uintptr) {
	for n > 0 {
		m := arenaBytes - b%arenaBytes
		if m > n {
			m = n
		}
		scanpointerwords(arenaOf(b), b, m/8)
		b += m
		n -= m
	}
}

// scanpointerwords greys what the pointer words among the nw words at b,
// all in arena ha, point to. It reads the bitmap a byte (8 words) at a
// time and visits only the bits set: a 16-byte object with two pointers
// costs one bitmap read, not two.
func scanpointerwords(ha *heapArena, b, nw uintptr) {
	min, max := heapRange.min, heapRange.max
	first := (b / 8) % (arenaBytes / 8) // b's bit in the bitmap
	for w := uintptr(0); w < nw; {
		k := first + w
		bits := uint64(ha.bitmap[k/8] >> (k % 8))
		step := 8 - k%8 // the words this bitmap byte covers from w on
		if step > nw-w {
			step = nw - w
			bits &= 1<<step - 1
		}
		for bits != 0 {
			v := *(*uintptr)(unsafe.Pointer(b + (w+ctz64(bits))*8))
			bits &= bits - 1
			if v >= min && v < max {
				greyobject(v)
			}
		}
		w += step
	}
}

// objIndex returns the index of the slot holding p, dividing by a
// multiplication. divMul exceeds 2^32/elemsize by less than 1, so the
// product exceeds offset/elemsize by less than offset/2^32; that never
// reaches the next integer while span bytes × elemsize < 2^32, which
// mallocinit checks for every size class.
func (s *mspan) objIndex(p uintptr) uintptr {
	return uintptr((uint64(p-s.base) * s.divMul) >> 32)
}

// isMarked reports whether the object at p (its start) is marked.
func isMarked(p uintptr) bool {
	s := spanOf(p)
	i := (p - s.base) / s.elemsize
	return s.gcmarkBits[i/64]&(uint64(1)<<(i%64)) != 0
}
