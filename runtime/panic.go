// This file implements defer, panic and recover.
//
// A function that defers calls keeps a deferframe on its stack (the
// compiler lays it out: link, defers, jump buffer) and registers it with
// deferpush on entry. defer pushes a record (the call's closure) on the
// frame's list: from the heap (deferproc), or, in a function whose defer
// statements each run at most once, from the frame itself (deferprocStack:
// no allocation, as Go's stack-allocated defers). At every return,
// deferreturn runs the list last-in first-out and unregisters the frame. A panic runs the deferred calls of every registered frame, newest
// first; if one of them recovers, the runtime jumps back into that frame's
// function (setjmp/longjmp), which finishes its remaining deferred calls and
// returns normally. With no recovery, the panic is printed and the program
// exits with status 2.

package runtime

import "unsafe"

type _defer struct {
	fn   func()
	link *_defer
}

type deferframe struct {
	link   *deferframe
	defers *_defer
	jmpbuf [8]uintptr
}

type _panic struct {
	arg       any
	link      *_panic
	recovered bool
	frames    *deferframe // the defer frames registered when it began
}

// A g is a goroutine: its defer and panic state (this file) and what the
// scheduler needs to park, wake and resume it (sched.go).
type g struct {
	frames *deferframe // registered defer frames, newest first
	panic  *_panic     // the panics in progress, newest first

	goid       int       // Go's goroutine number; main is 1
	status     int       // _Grunnable, _Grunning, _Gwaiting or _Gdead
	sched      gobuf     // saved registers while not running
	stack      *stackseg // the stack segment in use (stack.go)
	stackbase  *stackseg // the first segment
	stacklo    uintptr   // the segment in use is [stacklo, stackhi)
	stackhi    uintptr
	fn         func()     // what a new goroutine runs
	gopc       uintptr    // the return address of the go statement's newproc call
	schedlink  *g         // next g on the run queue, the free list or a pollDesc's wait list
	alllink    *g         // next g in allgs
	waitreason waitReason // why a _Gwaiting g waits (the deadlock report)

	waiting    *sudog         // select: the sudogs it queued, one per case
	param      unsafe.Pointer // the sudog whose operation woke it, set by the waker
	selectDone bool           // a select case already fired: the other sudogs are stale

	when      int64 // sleeping: wake-up time on the nanotime clock
	timerlink *g    // next sleeping g, in wake-up order

	paniconfault bool // a fault at any address panics (debug.SetPanicOnFault)

	pinned int // nested procPin calls (sync.Pool): while > 0, no preemption
}

// maing is the main goroutine. curg is the goroutine running now.
var maing = g{goid: 1, status: _Grunning}
var curg *g = &maing

func deferpush(f *deferframe) {
	f.link = curg.frames
	curg.frames = f
}

func deferproc(f *deferframe, fn func()) {
	f.defers = &_defer{fn, f.defers}
}

// deferprocStack pushes d, a record in the frame of the function that
// defers (its fn set), when that function defers each call at most once:
// the compiler then keeps the call's records in the frame too.
func deferprocStack(f *deferframe, d *_defer) {
	d.link = f.defers
	f.defers = d
}

func deferreturn(f *deferframe) {
	for f.defers != nil {
		d := f.defers
		f.defers = d.link
		d.fn()
	}
	curg.frames = f.link
}

//go:linkname longjmp runtime.longjmp
func longjmp(buf *[8]uintptr)

func gopanic(v any) {
	gp := curg
	p := &_panic{arg: v, link: gp.panic, frames: gp.frames}
	gp.panic = p
	runDefers(gp, p)
	fatalpanic(p)
}

// runDefers runs the goroutine's deferred calls, newest frame first, for a
// panic p (or for Goexit, with p nil). If a call recovers p, the function
// whose frame deferred it resumes (longjmp) and returns normally.
// It must keep its own frame: recover looks for it on the stack.
//
//go:noinline
func runDefers(gp *g, p *_panic) {
	for gp.frames != nil {
		f := gp.frames
		for f.defers != nil {
			d := f.defers
			f.defers = d.link
			d.fn()
			if p != nil && p.recovered {
				gp.panic = p.link
				// An earlier panic whose deferred call p interrupted is
				// over too when it began under f, which now resumes (Go
				// drops such "aborted" panics): it is no longer printed
				// as "[recovered]" before a later panic.
				for gp.panic != nil && registered(f, gp.panic.frames) {
					gp.panic = gp.panic.link
				}
				signum = 0 // the fault behind p is over (Go's gp.sig = 0)
				longjmp(&f.jmpbuf)
			}
		}
		gp.frames = f.link
	}
}

// registered reports whether frame f is in the list of defer frames.
func registered(f, frames *deferframe) bool {
	for ; frames != nil; frames = frames.link {
		if frames == f {
			return true
		}
	}
	return false
}

// gorecover stops the current panic, but only when called directly by a
// deferred function that the panic is running (Go spec, "Handling
// panics"): walking the frame pointers up from here, the caller's caller
// must be runtime.runDefers, with only compiler-made wrappers in between
// (the deferred-call thunk, method-value and func-value adapters).
func gorecover() any {
	p := curg.panic
	if p == nil || p.recovered || !calledByDeferredCall(getfp()) {
		return nil
	}
	p.recovered = true
	return p.arg
}

// gorecoverdeferred is recover deferred as a call of its own (defer
// recover()): it recovers as the function F that deferred it would have,
// calling recover as it returned (Go's compiler hands the recover F's
// frame). The walk: its thunk, then runtime.deferreturn, called by F on
// its way out; a thunk run by a panic's runDefers means F itself
// panicked, and F's recover would not recover its own panic.
func gorecoverdeferred() any {
	p := curg.panic
	if p == nil || p.recovered {
		return nil
	}
	_, fp := framepc(getfp()) // the thunk's frame
	pc, fp := framepc(fp)     // fp: the frame of the thunk's caller
	if funcname(findfunc(pc-1)) != "runtime.deferreturn" || !calledByDeferredCall(fp) {
		return nil
	}
	p.recovered = true
	return p.arg
}

// calledByDeferredCall reports whether the function that called the one
// of frame fp is a deferred call the current panic is running.
func calledByDeferredCall(fp uintptr) bool {
	_, fp = framepc(fp) // the frame of recover's caller
	for fp != 0 {
		pc, next := framepc(fp)
		name := funcname(findfunc(pc - 1))
		if name == "runtime.runDefers" {
			return true
		}
		if !isWrapper(name) && !isReflectAdapter(name) {
			return false
		}
		fp = next
	}
	return false
}

// isReflectAdapter reports whether name is one of the functions through
// which a func value made by reflect (MakeFunc, Value.Method) calls the
// function it stands for: a deferred call of such a value is, for
// recover, a deferred call of that function, as in Go (test/recover.go).
// Value.Call is not one: a function it calls is not the deferred one.
func isReflectAdapter(name string) bool {
	return hasPrefix(name, "go:makefunc.") || hasPrefix(name, "go:callstub.") ||
		name == "reflect.callReflect" || name == "reflect.callCode" ||
		name == "reflect.Value.methodValue.func1" || name == "reflect.(*rtype).Method.func1"
}

// isWrapper reports whether name is a function the compiler generates to
// adapt a call (gominic/compile/call.py, typedesc.py): deferred-call
// thunks, method values, func-value adapters, method expressions and the
// methods of an interface's table that find the receiver ((*T).M).
func isWrapper(name string) bool {
	return contains(name, ".deferwrap") || hasSuffix(name, "-fm") || hasSuffix(name, "·fv") ||
		hasSuffix(name, "·i") || hasSuffix(name, "·expr")
}

func hasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

func trimSuffix(s, suffix string) string {
	if hasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}

// dying is set once the program is printing its fatal panic: a fault
// while printing (say, in a traceback through a damaged stack) then ends
// the program at once instead of panicking again.
var dying bool

// fatalpanic prints the panic chain and the goroutine trace, then exits.
// It is never inlined, so that the trace starts at gopanic, as Go's does.
//
//go:noinline
func fatalpanic(p *_panic) {
	dying = true
	printpanics(p)
	printsignal()
	fataltraceback(getfp())
	fatalexit()
}

func printpanics(p *_panic) {
	if p.link != nil {
		printpanics(p.link)
		printstring("\t")
	}
	printstring("panic: ")
	printpanicval(p.arg)
	if p.recovered {
		printstring(" [recovered]")
	}
	printstring("\n")
}

// printpanicval prints a panic value as Go 1.19 does: an error's Error(),
// a Stringer's String(), basic values as print would, others by type and
// address.
func printpanicval(v any) {
	e := (*eface)(unsafe.Pointer(&v))
	t := e.typ
	if t == nil {
		printstring("nil")
		return
	}
	if err, ok := v.(error); ok {
		printstring(err.Error())
		return
	}
	if s, ok := v.(stringer); ok {
		printstring(s.String())
		return
	}
	named := t.tflag&tflagNamed != 0 && t.pkgpath() != ""
	if named && t.kind != kindString && isbasic(t.kind) {
		printstring(t.string())
		printstring("(")
		printbasic(t, e.data)
		printstring(")")
		return
	}
	if isbasic(t.kind) {
		if t.kind == kindString && named {
			printstring(t.string())
			printstring("(\"")
			printstring(*(*string)(e.data))
			printstring("\")")
			return
		}
		printbasic(t, e.data)
		return
	}
	printstring("(")
	printstring(t.string())
	printstring(") ")
	printpointer(e.data)
}

func isbasic(k uint8) bool {
	return k >= kindBool && k <= kindComplex128 || k == kindString
}

// printbasic prints the basic value stored in an interface data word.
func printbasic(t *_type, data unsafe.Pointer) {
	switch t.kind {
	case kindBool:
		printbool(*(*bool)(data))
	case kindInt:
		printint(int64(*(*int)(data)))
	case kindInt8:
		printint(int64(*(*int8)(data)))
	case kindInt16:
		printint(int64(*(*int16)(data)))
	case kindInt32:
		printint(int64(*(*int32)(data)))
	case kindInt64:
		printint(*(*int64)(data))
	case kindUint, kindUintptr:
		printuint(uint64(*(*uint)(data)))
	case kindUint8:
		printuint(uint64(*(*uint8)(data)))
	case kindUint16:
		printuint(uint64(*(*uint16)(data)))
	case kindUint32:
		printuint(uint64(*(*uint32)(data)))
	case kindUint64:
		printuint(*(*uint64)(data))
	case kindFloat32:
		printfloat(float64(*(*float32)(data)))
	case kindFloat64:
		printfloat(*(*float64)(data))
	case kindComplex64:
		c := (*[2]float32)(data)
		printcomplex(float64(c[0]), float64(c[1]))
	case kindComplex128:
		c := (*[2]float64)(data)
		printcomplex(c[0], c[1])
	case kindString:
		printstring(*(*string)(data))
	}
}

type stringer interface {
	String() string
}

// throw reports a fatal error of the runtime's own (not a panic: it
// cannot be recovered), with every goroutine and the runtime's frames.
func throw(s string) {
	throwing = throwRuntime
	printstring("fatal error: ")
	printstring(s)
	printstring("\n")
	fataltraceback(getfp())
	fatalexit()
}
