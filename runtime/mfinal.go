// This file implements finalizers: runtime.SetFinalizer and the goroutine
// that runs them.
//
// A finalizer record hangs off the span of its object (Go's "specials").
// Records live outside the heap, and hold the object's address as a
// uintptr, so that the record itself does not keep the object alive.
// Every cycle marks what each finalized object points to, and its
// finalizer function, as roots (markfinalizers): so if A points to B and
// both have finalizers, B stays alive until A's has run and A is gone,
// and finalizers run in dependency order. An object found unreachable
// when marking ends has its record moved to the queue finq, and is marked
// after all: it lives one more cycle, for its finalizer to use it (or
// resurrect it). The finalizer goroutine runs the queue, one call at a
// time.

package runtime

import "unsafe"

type specialfinalizer struct {
	obj  uintptr           // the object, hidden from the collector
	fn   unsafe.Pointer    // the finalizer: a func value
	fint *_type            // the finalizer's parameter type
	ot   *_type            // the object's pointer type
	nret uintptr           // bytes of results the finalizer returns
	next *specialfinalizer // in the span's list, or in finq
}

var (
	finq     *specialfinalizer // finalizers to run, in the order found
	finqtail *specialfinalizer
	finpool  *specialfinalizer // records for reuse
	fing     *g                // the finalizer goroutine, once made
	fingwait bool              // fing is parked waiting for work
	fingmade bool
)

// SetFinalizer sets (or, with a nil finalizer, clears) the function that
// runs on obj once the collector finds it unreachable, following Go's
// rules: obj is a pointer to the start of a heap object, finalizer a
// function of one argument that obj can be assigned to.
func SetFinalizer(obj any, finalizer any) {
	e := (*eface)(unsafe.Pointer(&obj))
	etyp := e.typ
	if etyp == nil {
		throw("runtime.SetFinalizer: first argument is nil")
	}
	if etyp.kind != kindPointer {
		throw("runtime.SetFinalizer: first argument is " + etyp.string() + ", not pointer")
	}
	p := uintptr(e.data)
	s := spanOf(p)
	if s == nil {
		// Zero-size objects and package variables are never collected.
		if e.data == unsafe.Pointer(&zerobase) || !inHeapRange(p) {
			return
		}
		throw("runtime.SetFinalizer: pointer not in allocated block")
	}
	if (p-s.base)%s.elemsize != 0 && !mayBeTiny(etyp.elem()) {
		throw("runtime.SetFinalizer: pointer not at beginning of allocated block")
	}
	f := (*eface)(unsafe.Pointer(&finalizer))
	ftyp := f.typ
	if ftyp == nil {
		removefinalizer(s, p)
		return
	}
	if ftyp.kind != kindFunc {
		throw("runtime.SetFinalizer: second argument is " + ftyp.string() + ", not a function")
	}
	if ftyp.tflag&tflagVariadic != 0 {
		throw("runtime.SetFinalizer: cannot pass " + etyp.string() + " to finalizer " + ftyp.string() + " because dotdotdot")
	}
	if ftyp.nin() != 1 || !finalizerArgOK(etyp, ftyp.params()[0], obj) {
		throw("runtime.SetFinalizer: cannot pass " + etyp.string() + " to finalizer " + ftyp.string())
	}
	nret := uintptr(0)
	for _, t := range ftyp.params()[1:] {
		nret = alignUp(nret, uintptr(t.align)) + t.size
	}
	createfing()
	for r := s.specials; r != nil; r = r.next {
		if r.obj == p {
			throw("runtime.SetFinalizer: finalizer already set")
		}
	}
	r := newFinalizerRecord()
	*r = specialfinalizer{obj: p, fn: f.data, fint: ftyp.params()[0], ot: etyp, nret: nret, next: s.specials}
	s.specials = r
}

// finalizerArgOK reports whether obj (of pointer type etyp) can be passed
// to a finalizer taking a fint.
func finalizerArgOK(etyp, fint *_type, obj any) bool {
	switch {
	case fint == etyp:
		return true
	case fint.kind == kindPointer:
		// Both pointers to the same type, one of them unnamed: assignable.
		return (fint.tflag&tflagNamed == 0 || etyp.tflag&tflagNamed == 0) && fint.elem() == etyp.elem()
	case fint.kind == kindInterface:
		if len(fint.imethods()) == 0 {
			return true
		}
		tab, _ := getitab(fint, etyp)
		return tab != nil
	}
	return false
}

// mayBeTiny reports whether an object of type t may have been packed
// into a tiny block, where it need not start the block: a finalizer may
// then be set on it, as Go allows. Its record keeps the object's own
// address, for the finalizer to get, while the collector marks, and
// keeps alive, the whole block.
func mayBeTiny(t *_type) bool {
	return t.ptrdata == 0 && t.size < maxTinySize
}

func inHeapRange(p uintptr) bool {
	return p >= heapRange.min && p < heapRange.max
}

func newFinalizerRecord() *specialfinalizer {
	r := finpool
	if r == nil {
		return (*specialfinalizer)(persistentalloc(unsafe.Sizeof(specialfinalizer{})))
	}
	finpool = r.next
	return r
}

// removefinalizer clears the finalizer of the object at p, if any.
func removefinalizer(s *mspan, p uintptr) {
	var prev *specialfinalizer
	for r := s.specials; r != nil; r = r.next {
		if r.obj == p {
			if prev == nil {
				s.specials = r.next
			} else {
				prev.next = r.next
			}
			*r = specialfinalizer{next: finpool}
			finpool = r
			return
		}
		prev = r
	}
}

// markfinalizers marks, for every object with a finalizer, the finalizer
// function and what the object points to (not the object itself, or it
// could never be found unreachable); and everything the queued
// finalizers will use.
func markfinalizers() {
	for s := mheap_.busy.first; s != nil; s = s.next {
		for r := s.specials; r != nil; r = r.next {
			if !s.spanclass.noscan() {
				scanobject(r.obj, s.elemsize)
			}
			greyobject(uintptr(r.fn))
		}
	}
	for r := finq; r != nil; r = r.next {
		greyobject(r.obj)
		greyobject(uintptr(r.fn))
	}
	gcDrain()
}

// queuefinalizers moves the records of unreachable objects to finq and
// keeps their objects (and all they reach) alive for one more cycle.
func queuefinalizers() {
	for s := mheap_.busy.first; s != nil; s = s.next {
		var prev *specialfinalizer
		var next *specialfinalizer
		for r := s.specials; r != nil; r = next {
			next = r.next
			if isMarked(r.obj) {
				prev = r
				continue
			}
			if prev == nil {
				s.specials = next
			} else {
				prev.next = next
			}
			r.next = nil
			if finqtail == nil {
				finq = r
			} else {
				finqtail.next = r
			}
			finqtail = r
		}
	}
	for r := finq; r != nil; r = r.next {
		greyobject(r.obj)
	}
	gcDrain()
}

// createfing starts the finalizer goroutine the first time it is needed.
// It is a system goroutine: NumGoroutine and deadlock reports leave it
// out.
func createfing() {
	if !fingmade {
		fingmade = true
		newproc(runfinq)
		fing = runnext // newproc made it next
		gcount--
	}
}

// wakefing readies the finalizer goroutine if finalizers are queued.
func wakefing() {
	if finq != nil && fingwait {
		fingwait = false
		goready(fing)
	}
}

// fingRunning is set while the finalizer goroutine runs a finalizer:
// tracebacks show it then.
var fingRunning bool

// runfinq is the finalizer goroutine: it runs the queued finalizers, one
// at a time, and waits when none is left.
func runfinq() {
	for {
		r := finq
		if r == nil {
			fingwait = true
			gopark(waitReasonFinalizerWait)
			continue
		}
		finq = r.next
		if finq == nil {
			finqtail = nil
		}
		obj, fn, fint, ot, nret := r.obj, r.fn, r.fint, r.ot, r.nret
		*r = specialfinalizer{next: finpool}
		finpool = r
		fingRunning = true
		callfinalizer(unsafe.Pointer(obj), fn, fint, ot, nret)
		fingRunning = false
	}
}

// bigResult lets the runtime call a finalizer of any
// allowed signature: its one argument is a pointer or an interface (two
// words); results that do not fit in registers are returned through a
// hidden pointer, which a call typed with a big result supplies.
type bigResult [1024]uintptr

func callfinalizer(obj, fn unsafe.Pointer, fint, ot *_type, nret uintptr) {
	if fint.kind == kindInterface {
		e := eface{typ: ot, data: obj}
		if len(fint.imethods()) > 0 {
			tab, _ := getitab(fint, ot)
			e.typ = (*_type)(unsafe.Pointer(tab))
		}
		arg := *(*any)(unsafe.Pointer(&e))
		if nret > 32 {
			var call func(any) bigResult
			*(*unsafe.Pointer)(unsafe.Pointer(&call)) = fn
			call(arg)
			return
		}
		var call func(any)
		*(*unsafe.Pointer)(unsafe.Pointer(&call)) = fn
		call(arg)
		return
	}
	if nret > 32 {
		var call func(unsafe.Pointer) bigResult
		*(*unsafe.Pointer)(unsafe.Pointer(&call)) = fn
		call(obj)
		return
	}
	var call func(unsafe.Pointer)
	*(*unsafe.Pointer)(unsafe.Pointer(&call)) = fn
	call(obj)
}

// KeepAlive marks x as in use until this point: the call itself keeps
// x's value in the caller's registers or stack until then, where the
// collector sees it (the runtime is compiled apart, so the call is never
// inlined away).
func KeepAlive(x any) {}
