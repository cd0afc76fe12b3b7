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
// statepoint, a function that calls setjmp (defer), a frame that faulted
// into sigpanic. That is always safe, only less precise.
//
// The callee-saved registers need care: a conservative frame may keep its
// only pointer in rbx across a call, and the precise callee that pushes
// rbx in its prologue has no map entry for that word. The walk follows
// where each register's value sits, as an unwinder does: in the register
// itself (the values GC recorded) until a frame's prologue saved it, then
// in that frame's save slot; when a conservative frame is reached, the
// words holding its registers' values are scanned too.
//
// The walk covers the frames of the segment in use up to where the frame
// chain leaves it (__morestack); the rest of that segment, and the older
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
	calleepc := uintptr(0)
	for fp >= sp && fp+16 <= hi {
		retpc := *(*uintptr)(unsafe.Pointer(sp - 8))
		if !scanframe(retpc, calleepc, sp, fp) {
			scanwords(sp, fp+16)
			scanregs()
		}
		calleepc = retpc
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
// stack pointer at the call is sp and frame pointer fp, by its stack map,
// and reports whether it could: false when the call has none, when the
// frame is not the one the map describes, or when the frame's callee is
// sigpanic (the frame stopped at a fault, not at the call).
func scanframe(retpc, calleepc, sp, fp uintptr) bool {
	f := findfunc(retpc - 1)
	if !f.valid() || f.stackmap == 0 {
		return false
	}
	if calleepc != 0 && findfunc(calleepc-1).entry == funcPC(sigpanic) {
		return false
	}
	p := int(pcread64(pcHeaderPctab)) + int(f.stackmap)
	var frame, nsave, nobj, nsite, v uint32
	frame, p = readvarint(p)
	if sp+uintptr(frame)-8 != fp {
		return false
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
			// The caller's callee-saved registers this prologue saved
			// are now in the frame's save slots.
			for j := uint32(0); j < nsave; j++ {
				v, saves = readvarint(saves)
				if v < 6 {
					stackScan.regs[v] = fp - 8*uintptr(j+1)
				}
			}
			return true
		}
		for k := 0; k < 2; k++ {
			n, p = readvarint(p)
			for j := uint32(0); j < n; j++ {
				v, p = readvarint(p)
			}
		}
	}
	return false
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
