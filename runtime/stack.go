// This file implements goroutine stacks: segmented stacks that grow on
// demand up to Go's limit, checked in software by every function.
//
// Every Go function's prologue compares the stack pointer (less the
// frame, for big frames) with the stack guard, the word at %fs:0x70 of
// the thread block tls0 (tls0[14]), and calls morestack (asm_amd64.s)
// when the frame would not fit. The compiler chooses the check's form
// (gominic/compile/nosplit.py): a leaf with a small frame has none, as in
// Go: it fits in the room under the guard its caller left; a function
// with a small frame and no stack arguments has our 14-byte check, which
// calls runtime.morestack; any other is an LLVM "split-stack" function,
// whose check calls __morestack with its frame and argument sizes. A
// stack is a list of segments: morestack asks newstack for a segment big
// enough (twice the last one, at least what the frame needs), copies the
// function's stack arguments there, runs the function on it, and when the
// function returns, oldstack goes back to the previous segment. This is
// gccgo's design (libgcc's morestack), with our own morestack.
//
// Why segments and not one big reservation per goroutine: Linux allows a
// process about 65,530 memory mappings (vm.max_map_count), so 100,000
// goroutines cannot each have a mapping with a guard page below it (two
// mappings), and a 1 GB reservation each would not fit in the address
// space. Segments are carved from large chunks, so the number of mappings
// stays small, a goroutine starts with stackMin bytes, and no stack needs
// a guard page: the prologue check guards every stack, whatever its
// number, and growth past the limit (maxstacksize, set by
// debug.SetMaxStack) is reported as Go does ("fatal error: stack
// overflow") instead of corrupting a neighbour.
//
// A goroutine keeps one segment beyond the one in use (g.stack.next): a
// function that is called again and again at a segment boundary reuses it
// instead of allocating one each time. Deeper segments go back when the
// calls that used them return, the spare one when the g is reused by
// newproc; the first segment stays with the g.
//
// For a garbage collector, the live parts of goroutine gp's stack are
//   - the current segment gp.stack: [sp, gp.stackhi), where sp is
//     gp.sched.sp (or the stack pointer, for the running goroutine), and
//     gp.stackhi == gp.stack.hi;
//   - each older segment s = gp.stack.prev, s.prev, ...: [s.sp, s.hi),
//     s.sp being where morestack left it (below the argument registers
//     it saved).
// Segment headers live at the top of their own memory, outside the heap.

package runtime

import "unsafe"

const (
	stackMin     = 8 << 10  // a new goroutine's first segment
	stackMaxSeg  = 64 << 20 // segments grow by doubling up to this size
	stackGuard   = 1536     // room below the guard: small frames, unchecked leaves, morestack's and preemptPark's saves
	stackChunk   = 4 << 20  // small segments are carved from chunks this big
	stackBigSeg  = 1 << 20  // segments from this size get (and give back) their own mapping
	stackHdrSize = 64       // the stackseg header at the top of each segment
)

// A stackseg is one segment of a goroutine stack, its header stored at the
// segment's top: the usable stack is [lo, hi).
type stackseg struct {
	lo    uintptr
	hi    uintptr
	sp    uintptr   // while a newer segment is in use: live frames are [sp, hi)
	total uintptr   // bytes of this segment and all older ones (the stack's size)
	prev  *stackseg // older segment; nil for the first
	next  *stackseg // newer segment, in use or kept for the next growth
	free  *stackseg // next segment of the same size in the pool
}

var (
	// tls0 is the thread block the FS base points at; the prologue of
	// every function reads its stack guard at byte 0x70 (tls0[14]):
	// LLVM's through the FS base, our short check through tls0's address.
	tls0 [16]uintptr
	// g0sp is the top of the system stack: the stack the kernel started
	// the process on, where newstack runs.
	g0sp uintptr

	maxstacksize uintptr = 1000000000 // Go's limit on 64-bit systems

	stackpool     [16]*stackseg // free segments of stackMin<<i bytes
	stackChunkPos uintptr       // the part of the current chunk not handed out
	stackChunkEnd uintptr
)

// setStackGuard sets the stack guard the function prologues compare with.
func setStackGuard(guard uintptr) {
	tls0[14] = guard
}

// stackorder returns i such that stackMin<<i is size.
func stackorder(size uintptr) int {
	i := 0
	for stackMin<<i < size {
		i++
	}
	return i
}

// stackalloc returns a segment of size bytes (stackMin times a power of 2).
func stackalloc(size uintptr) *stackseg {
	order := stackorder(size)
	if s := stackpool[order]; s != nil {
		stackpool[order] = s.free
		s.free, s.prev, s.next, s.sp = nil, nil, nil, 0
		return s
	}
	var base uintptr
	if size >= stackBigSeg {
		base = stackmap(size)
	} else {
		if stackChunkPos+size > stackChunkEnd {
			stackChunkPos = stackmap(stackChunk)
			stackChunkEnd = stackChunkPos + stackChunk
		}
		base = stackChunkPos
		stackChunkPos += size
	}
	s := (*stackseg)(unsafe.Pointer(base + size - stackHdrSize))
	s.lo, s.hi = base, base+size-stackHdrSize
	return s
}

// stackfree gives a segment back: big ones to the kernel, others to the pool.
func stackfree(s *stackseg) {
	size := s.hi + stackHdrSize - s.lo
	if size >= stackBigSeg {
		syscall6(sysMunmap, s.lo, size, 0, 0, 0, 0)
		return
	}
	order := stackorder(size)
	s.free = stackpool[order]
	stackpool[order] = s
}

// stackfreechain gives back segment s and every newer one after it.
func stackfreechain(s *stackseg) {
	for s != nil {
		next := s.next
		stackfree(s)
		s = next
	}
}

// stackmap maps n bytes of stack memory; the kernel commits pages only
// when they are touched.
func stackmap(n uintptr) uintptr {
	const mapStackAnon = 0x2 | 0x20 | 0x4000 | 0x20000 // MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE|MAP_STACK
	p := syscall6(sysMmap, 0, n, protRW, mapStackAnon, ^uintptr(0), 0)
	if p > ^uintptr(4095) {
		throw("runtime: cannot allocate goroutine stack")
	}
	return p
}

// stackinit gives gp its first segment, or takes back the segments a dead
// g grew beyond its first.
func stackinit(gp *g) {
	if gp.stackbase == nil {
		gp.stackbase = stackalloc(stackMin)
		gp.stackbase.total = stackMin
	}
	stackfreechain(gp.stackbase.next)
	gp.stackbase.next = nil
	gp.stackbase.sp = 0
	usestack(gp, gp.stackbase)
}

// usestack makes s gp's current segment.
func usestack(gp *g, s *stackseg) {
	gp.stack = s
	gp.stacklo, gp.stackhi = s.lo, s.hi
}

// newstack serves morestack, on the system stack: a function whose
// frame is framesize bytes, with argsize bytes of arguments at argp, does
// not fit on the current segment, which is left at sp. It returns the
// stack pointer to call the function with on a new segment (the arguments
// copied there) and the new stack guard.
func newstack(framesize, argsize, argp, fp, sp uintptr) (uintptr, uintptr) {
	gp := curg
	old := gp.stack
	old.sp = sp
	need := framesize + argsize + stackGuard + stackHdrSize + 256
	s := old.next
	if s == nil || s.hi-s.lo < need {
		size := 2 * (old.hi + stackHdrSize - old.lo)
		if size > stackMaxSeg {
			size = stackMaxSeg
		}
		for size < need {
			size *= 2
		}
		if old.total+size > maxstacksize {
			stackoverflow(sp, fp)
		}
		stackfreechain(s)
		s = stackalloc(size)
		s.prev = old
		s.total = old.total + size
		old.next = s
	}
	usestack(gp, s)
	top := (s.hi - argsize) &^ 15
	memmove(unsafe.Pointer(top), unsafe.Pointer(argp), argsize)
	return top, s.lo + stackGuard
}

// oldstack serves morestack when the function it ran on a new segment
// returns: the previous segment is current again.
func oldstack() {
	gp := curg
	// The segment being left stays as the next one to grow into (so a
	// call made again and again at the boundary allocates nothing), but
	// the segments beyond it go back: a deep recursion that has returned
	// does not keep its memory.
	stackfreechain(gp.stack.next)
	gp.stack.next = nil
	s := gp.stack.prev
	s.sp = 0
	usestack(gp, s)
	setStackGuard(s.lo + stackGuard)
}

// unwindstack makes the segment holding sp current: a recovered panic
// resumes a frame on an older segment than the running one. longjmp
// (asm_amd64.s) calls it on the system stack, before it jumps.
func unwindstack(sp uintptr) {
	gp := curg
	s := gp.stack
	for s.prev != nil && (sp < s.lo || sp >= s.hi) {
		s = s.prev
	}
	s.sp = 0
	usestack(gp, s)
	setStackGuard(s.lo + stackGuard)
}

// stackoverflow reports a goroutine stack grown past maxstacksize, as Go
// does, with the goroutine's calls: fp is morestack's frame record.
func stackoverflow(sp, fp uintptr) {
	printstring("runtime: goroutine stack exceeds ")
	printint(int64(maxstacksize))
	printstring("-byte limit\nruntime: sp=")
	printhex(uint64(sp))
	printstring(" stack=[")
	printhex(uint64(curg.stacklo))
	printstring(", ")
	printhex(uint64(curg.stackhi))
	printstring("]\nfatal error: stack overflow\n")
	dying = true
	throwing = throwRuntime
	// The traceback starts with the function that did not fit: a frame
	// record linked to its caller's frame fp, whose return address is
	// one past R, the pc morestack would run it from (fp-16 holds it):
	// a traceback looks a return address up one byte back, in its call,
	// and R may be the function's entry (our short check's call returns
	// there, see morestack). The record goes just below sp, in the
	// segment's free space, so that the frame shows sp as its own.
	record := (*[2]uintptr)(unsafe.Pointer(sp - 16))
	record[0], record[1] = fp, *(*uintptr)(unsafe.Pointer(fp - 16))+1
	fataltraceback(sp - 16)
	fatalexit()
}

// morestackText is the code of morestack and __morestack, [entry, end): a function
// whose prologue grew the stack returns into it (see framepc).
var morestackText [2]uintptr

// morestack is the first of the two entries of morestack's code
// (asm_amd64.s), named for funcPC; morestackEnd is the label just past it.
func morestack()
func morestackEnd()

// findmorestack records where morestack's code lies.
func findmorestack() {
	morestackText = [2]uintptr{funcPC(morestack), funcPC(morestackEnd)}
}

// framepc returns the return address of the frame at fp and the frame of
// the function it returns to. A function whose prologue grew the stack
// returns into morestack, whose frame record holds the real return
// address: it is looked through, so callers see the Go frames only.
func framepc(fp uintptr) (pc, next uintptr) {
	pc = *(*uintptr)(unsafe.Pointer(fp + 8))
	next = *(*uintptr)(unsafe.Pointer(fp))
	if pc > morestackText[0] && pc <= morestackText[1] && next != 0 {
		pc = *(*uintptr)(unsafe.Pointer(next + 8))
		next = *(*uintptr)(unsafe.Pointer(next))
	}
	return pc, next
}

// setMaxStack serves debug.SetMaxStack.
func setMaxStack(in int) int {
	out := int(maxstacksize)
	maxstacksize = uintptr(in)
	return out
}
