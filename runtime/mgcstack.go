// This file implements the precise scan of a goroutine's frames: the
// frames of the code compiled with stack maps are scanned by them, the
// others conservatively.
//
// The compiler makes the calls of the user's and the standard library's
// code to functions that may call runtime.GC (by direct calls) LLVM
// statepoints, where it can (gominic/compile/statepoint.py); the
// code generator then spills each value live across the call to a stack
// slot, and the function's .gopclntab record carries, per return address,
// the slots holding live words, the pointers into the frame itself, and
// the frame's stack objects: its variables kept in memory. A frame stopped
// at such a call is scanned by its map alone: a stale copy of a dead
// pointer (a spill slot after its last use, a saved register, an alignment
// push) keeps nothing alive, as in Go. Go's rule for stack objects
// (runtime/mgcstack.go there) holds too: an object is scanned only if a
// live pointer points into it, from a map's slot, a conservatively scanned
// word or another live stack object.
//
// Every other frame is scanned word by word: the runtime's own (compiled
// without maps), a frame stopped at a call the compiler could not make a
// statepoint or saw no need to, a frame that faulted into sigpanic. That
// is always safe, only less precise. A function that defers (it calls
// setjmp) has maps too: a recovered panic resumes it at its recovery
// block, whose live values every map lists, and its jump buffer's
// register words are left out of its defer frame's stack object.
//
// The callee-saved registers need care: a conservative frame may keep its
// only pointer in rbx across a call, and the precise callee that pushes
// rbx in its prologue has no map entry for that word. The walk follows
// where each register's value sits, as an unwinder does: in the register
// itself (the values GC recorded) until a frame's prologue saved it, then
// in that frame's save slot; when a conservative frame is reached, the
// words holding its registers' values are scanned too. A register a
// function's prologue does not save, it never writes: its value is still
// its caller's. So when a conservative frame's record tells which
// registers its prologue saved (every function with maps, and the
// functions without that run Go code: the runtime's deferred-call runners
// and panic functions), only those are its own, and its save slots are
// scanned as its caller's registers, not as its words: a panic's frames
// keep no stale copy of a register alive (test/fixedbugs/issue32477.go).
//
// The walk covers the frames of the segment in use up to where the frame
// chain leaves it (morestack); the rest of that segment, and the older
// segments, are scanned conservatively (scanstack).

package runtime

import "unsafe"

// stackScan is the state of one precise walk: the part of the stack it
// covers, its stack objects (address, size, scanned: three words each, by
// address, disjoint) and the pointers into the covered part still to
// resolve to an object.
var stackScan struct {
	lo, hi uintptr
	objs   wordbuf
	ptrs   wordbuf
	regs   [6]uintptr // where each callee-saved register's value sits (0: nowhere to scan)
}

// scanword greys the heap object v points into, or notes v for the
// stack objects if it points into the stack being walked.
func scanword(v uintptr) {
	if v >= heapRange.min && v < heapRange.max {
		greyobject(v)
	} else if v >= stackScan.lo && v < stackScan.hi {
		stackScan.ptrs.push(v)
	}
}

// scanwords scans the words of [lo, hi) with scanword.
func scanwords(lo, hi uintptr) {
	for a := alignUp(lo, 8); a+8 <= hi; a += 8 {
		scanword(*(*uintptr)(unsafe.Pointer(a)))
	}
}

// scanframes scans the frames from the one whose stack pointer at its
// current call is sp (its frame pointer fp) up to hi, the top of the
// segment; regs holds the callee-saved registers' values at that call.
func scanframes(sp, fp, hi uintptr, regs *[6]uintptr) {
	stackScan.lo, stackScan.hi = sp, hi
	stackScan.objs.n, stackScan.ptrs.n = 0, 0
	for r := range stackScan.regs {
		stackScan.regs[r] = uintptr(unsafe.Pointer(&regs[r]))
	}
	stackScan.regs[1] = 0 // rbp is the frame chain: it points into the stack, at no object
	for fp >= sp && fp+16 <= hi {
		retpc := *(*uintptr)(unsafe.Pointer(sp - 8))
		scanframe(retpc, sp, fp)
		pc := *(*uintptr)(unsafe.Pointer(fp + 8))
		next := *(*uintptr)(unsafe.Pointer(fp))
		sp = fp + 16
		if pc > morestackText[0] && pc <= morestackText[1] {
			break
		}
		fp = next
	}
	scanwords(sp, hi)
	scanregs()
	scanstackobjects()
}

// scanregs scans the words holding the callee-saved registers' values of
// a conservatively scanned frame; the frames above it find their
// registers' values in this frame's words or in those just scanned.
func scanregs() {
	for r, a := range stackScan.regs {
		if a != 0 {
			scanword(*(*uintptr)(unsafe.Pointer(a)))
			stackScan.regs[r] = 0
		}
	}
}

// scanframe scans the frame stopped at the call returning to retpc, whose
// stack pointer at the call is sp and frame pointer fp: by its stack map
// if the function's record has one for the call; else conservatively, all
// its words but the registers its prologue saved if the record tells
// them. A frame that faulted into sigpanic has a return address inside
// the faulting instruction, no call's: it is scanned conservatively too.
func scanframe(retpc, sp, fp uintptr) {
	f := findfunc(retpc - 1)
	var frame, nsave, nobj, nsite, v uint32
	p := 0
	if f.valid() && f.stackmap != 0 {
		frame, p = readvarint(int(pcread64(pcHeaderPctab)) + int(f.stackmap))
	}
	if sp+uintptr(frame)-8 != fp { // no record, or not the frame it describes
		scanwords(sp, fp+16)
		scanregs()
		return
	}
	nsave, p = readvarint(p)
	saves := p
	for i := uint32(0); i < nsave; i++ {
		v, p = readvarint(p)
	}
	nobj, p = readvarint(p)
	objs := p
	for i := uint32(0); i < 2*nobj; i++ {
		v, p = readvarint(p)
	}
	nsite, p = readvarint(p)
	target := uint32(retpc - f.entry)
	for i := uint32(0); i < nsite; i++ {
		var retoff, n uint32
		retoff, p = readvarint(p)
		if retoff == target {
			addstackobjects(objs, nobj, sp)
			for k := 0; k < 2; k++ { // the live slots, then the pointers into the frame
				n, p = readvarint(p)
				for j := uint32(0); j < n; j++ {
					v, p = readvarint(p)
					if k == 0 {
						scanword(*(*uintptr)(unsafe.Pointer(sp + uintptr(v))))
					} else {
						scanword(sp + uintptr(v))
					}
				}
			}
			// The frame's own registers are dead at the call (the map
			// lists what it keeps); its save slots hold its caller's.
			saveregs(saves, nsave, fp, false)
			return
		}
		for k := 0; k < 2; k++ {
			n, p = readvarint(p)
			for j := uint32(0); j < n; j++ {
				v, p = readvarint(p)
			}
		}
	}
	// No map for this call: every word of the frame may be live, but its
	// save slots hold its caller's registers, not its own.
	scanwords(sp, fp-8*uintptr(nsave))
	saveregs(saves, nsave, fp, true)
}

// saveregs moves the walk to the caller of the frame at fp, whose
// prologue pushed the nsave registers listed at p below fp: each holds
// the caller's value of a register there. With own, the frame's values
// of those registers are scanned first (the registers it did not save it
// never wrote: their values stay the caller's).
func saveregs(p int, nsave uint32, fp uintptr, own bool) {
	var v uint32
	for j := uint32(0); j < nsave; j++ {
		v, p = readvarint(p)
		if v < 6 {
			if own && stackScan.regs[v] != 0 {
				scanword(*(*uintptr)(unsafe.Pointer(stackScan.regs[v])))
			}
			stackScan.regs[v] = fp - 8*uintptr(j+1)
		}
	}
}

// addstackobjects records the n stack objects (offset, size) at p of a
// frame whose stack pointer is sp, merging the ones that overlap (LLVM
// may give two variables with disjoint lifetimes one slot).
func addstackobjects(p int, n uint32, sp uintptr) {
	var off, size uint32
	for i := uint32(0); i < n; i++ {
		off, p = readvarint(p)
		size, p = readvarint(p)
		lo, hi := sp+uintptr(off), sp+uintptr(off)+uintptr(size)
		b := &stackScan.objs
		if b.n > 0 && lo < b.at(b.n-3)+b.at(b.n-2) {
			if hi > b.at(b.n-3)+b.at(b.n-2) {
				b.set(b.n-2, hi-b.at(b.n-3))
			}
			continue
		}
		b.push(lo)
		b.push(hi - lo)
		b.push(0)
	}
}

// scanstackobjects scans the stack objects live pointers point into, and
// those their words point into, until no pointer is left.
func scanstackobjects() {
	b := &stackScan.objs
	for stackScan.ptrs.n > 0 {
		stackScan.ptrs.n--
		p := stackScan.ptrs.at(stackScan.ptrs.n)
		// the last object starting at or below p
		lo, hi := uintptr(0), b.n/3
		for hi-lo > 1 {
			mid := (lo + hi) / 2
			if b.at(mid*3) <= p {
				lo = mid
			} else {
				hi = mid
			}
		}
		if hi == 0 || b.at(lo*3) > p || p >= b.at(lo*3)+b.at(lo*3+1) || b.at(lo*3+2) != 0 {
			continue
		}
		b.set(lo*3+2, 1)
		scanwords(b.at(lo*3), b.at(lo*3)+b.at(lo*3+1))
	}
}
