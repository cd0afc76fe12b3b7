// This file implements goroutines and their scheduler.
//
// gominic runs every goroutine on the one OS thread the process starts
// with, and switches between them only at points where the running
// goroutine cannot go on: a channel operation or select that must wait, a
// contended sync.Mutex, WaitGroup.Wait, time.Sleep, runtime.Gosched, or the
// goroutine's end. This is cooperative scheduling: a goroutine that loops
// without blocking keeps the CPU until it blocks. Real Go multiplexes
// goroutines (g) onto OS threads (m) holding processors (p) and preempts
// long-running ones; with a single m and p and no preemption, the rest of
// the design stays Go's and uses its vocabulary:
//
//   - Each goroutine is a g with its own stack (stackalloc: an mmap'd
//     region with a PROT_NONE guard page below it, so an overflow faults
//     instead of corrupting a neighbour) and a gobuf holding its saved
//     registers. gogo (asm_amd64.s) saves the running goroutine's
//     callee-saved registers, stack pointer and resume address in its
//     gobuf and loads another's: that is the whole context switch.
//   - newproc makes a g whose first switch lands in gostart, which calls
//     goentry on the new stack; goentry runs the go statement's function
//     and then goexit.
//   - Runnable goroutines wait in a FIFO run queue (runq). A goroutine that
//     must wait calls gopark: it is marked _Gwaiting and schedule() picks
//     the next runnable g and switches to it. Whoever completes the wait
//     (a sender for a receiver, an unlocker for a locker, a timer) calls
//     goready to put it back on the run queue. There is no separate
//     scheduler stack (Go's g0): schedule runs on the stack of the
//     goroutine that is leaving, and returns when that goroutine is
//     switched back to.
//   - Sleeping goroutines wait on a timer list (time.go). When nothing is
//     runnable, the scheduler sleeps in the kernel until the earliest timer.
//   - When nothing is runnable and no timer is pending, every goroutine
//     waits for another one: a deadlock. checkdead reports it as Go does.
//   - When main.main returns, the program exits whatever other goroutines
//     are doing (Go spec, "Program execution").

package runtime

// A gobuf is a goroutine's saved execution context: exactly the words gogo
// saves and loads, in this order.
type gobuf struct {
	sp  uintptr
	pc  uintptr
	bp  uintptr
	bx  uintptr
	r12 uintptr
	r13 uintptr
	r14 uintptr
	r15 uintptr
}

// Goroutine states (g.status).
const (
	_Grunnable = 1 // on the run queue
	_Grunning  = 2 // curg
	_Gwaiting  = 3 // parked until goready
	_Gdead     = 4 // finished; the g and its stack wait on gfree for reuse
)

// A waitReason says why a goroutine is parked, in the words Go's deadlock
// and traceback reports use.
type waitReason uint8

const (
	waitReasonZero waitReason = iota
	waitReasonChanReceive
	waitReasonChanSend
	waitReasonChanReceiveNilChan
	waitReasonChanSendNilChan
	waitReasonSelect
	waitReasonSelectNoCases
	waitReasonSemacquire
	waitReasonSleep
)

var waitReasonStrings = [...]string{
	waitReasonZero:               "",
	waitReasonChanReceive:        "chan receive",
	waitReasonChanSend:           "chan send",
	waitReasonChanReceiveNilChan: "chan receive (nil chan)",
	waitReasonChanSendNilChan:    "chan send (nil chan)",
	waitReasonSelect:             "select",
	waitReasonSelectNoCases:      "select (no cases)",
	waitReasonSemacquire:         "semacquire",
	waitReasonSleep:              "sleep",
}

func (w waitReason) String() string {
	return waitReasonStrings[w]
}

const (
	stackSize        = 1 << 20 // each goroutine's stack; pages are committed when touched
	stackGuard       = 4096    // the PROT_NONE page below it
	maxGuardedStacks = 16384   // stacks with a guard page (stackalloc)
	stackChunk       = 64      // unguarded stacks mapped at once

	sysMprotect  = 10
	protNone     = 0
	protRW       = 3
	mapStackAnon = 0x2 | 0x20 | 0x4000 | 0x20000 // MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE|MAP_STACK
)

var (
	runqhead *g // runnable goroutines, oldest first
	runqtail *g
	gfree    *g       // dead goroutines whose g and stack newproc reuses
	allgs    = &maing // every goroutine ever made, in creation order (via alllink)
	allgtail = &maing
	goidgen  = 1 // the last goroutine number handed out
	gcount   = 1 // goroutines not yet dead

	nguarded       int     // guarded stacks mapped so far
	stackChunkNext uintptr // the unguarded stacks not yet handed out
	stackChunkEnd  uintptr
)

// newproc starts a goroutine running fn: the compiler turns go f(x, y)
// into newproc of a closure that calls f(x, y) with the values evaluated
// by the go statement.
func newproc(fn func()) {
	newg := gfget()
	if newg == nil {
		newg = new(g)
		newg.stacklo, newg.stackhi = stackalloc()
		allgtail.alllink = newg
		allgtail = newg
	}
	goidgen++
	newg.goid = goidgen
	newg.fn = fn
	newg.gopc = returnAddress(getfp())
	// The first switch to newg "returns" into gostart at the top of its
	// stack, with no frame pointer chain behind it.
	newg.sched = gobuf{sp: newg.stackhi, pc: funcPC(gostart)}
	gcount++
	goready(newg)
}

// gostart is the assembly trampoline a new goroutine starts in.
//
//go:linkname gostart runtime.gostart
func gostart()

// gogo saves the running goroutine's context in from and resumes to's.
//
//go:linkname gogo runtime.gogo
func gogo(from, to *gobuf)

// goentry is the first Go frame of every goroutine but main.
func goentry() {
	curg.fn()
	goexit()
}

// goexit ends the running goroutine: it never runs again, and its g and
// stack go on the free list for the next newproc. It is safe to switch
// away from a stack on the free list: it is only reused by a newproc,
// which runs on another goroutine's stack.
func goexit() {
	gp := curg
	gp.status = _Gdead
	gp.fn = nil
	gp.frames = nil
	gp.panic = nil
	gcount--
	if gp != &maing {
		gp.schedlink = gfree
		gfree = gp
	}
	schedule()
	throw("goexit: dead goroutine resumed")
}

// gfget takes a dead goroutine from the free list, or returns nil.
func gfget() *g {
	gp := gfree
	if gp != nil {
		gfree = gp.schedlink
		gp.schedlink = nil
	}
	return gp
}

// stackalloc returns the bounds of a fresh goroutine stack. The first
// maxGuardedStacks stacks each get a mapping of their own with a guard
// page below. Every guard costs the kernel two memory-map entries (a
// process may have about 65530), so past that, stacks are carved without
// guards out of chunks of stackChunk stacks, one mapping each. Dead
// goroutines' stacks are reused (gfree), so only the number of goroutines
// alive at once counts. MAP_NORESERVE: untouched pages cost nothing, so a
// generous stack size is cheap.
func stackalloc() (lo, hi uintptr) {
	if nguarded < maxGuardedStacks {
		nguarded++
		p := stackmap(stackGuard + stackSize)
		syscall6(sysMprotect, p, stackGuard, protNone, 0, 0, 0)
		return p + stackGuard, p + stackGuard + stackSize
	}
	if stackChunkNext == stackChunkEnd {
		p := stackmap(stackChunk * stackSize)
		stackChunkNext, stackChunkEnd = p, p+stackChunk*stackSize
	}
	lo = stackChunkNext
	stackChunkNext += stackSize
	return lo, lo + stackSize
}

// stackmap maps n bytes of stack memory.
func stackmap(n uintptr) uintptr {
	p := syscall6(sysMmap, 0, n, protRW, mapStackAnon, ^uintptr(0), 0)
	if p > ^uintptr(4095) {
		throw("runtime: cannot allocate goroutine stack")
	}
	return p
}

// runqput appends gp to the run queue.
func runqput(gp *g) {
	gp.schedlink = nil
	if runqtail == nil {
		runqhead = gp
	} else {
		runqtail.schedlink = gp
	}
	runqtail = gp
}

// runqget removes and returns the oldest runnable goroutine, or nil.
func runqget() *g {
	gp := runqhead
	if gp != nil {
		runqhead = gp.schedlink
		if runqhead == nil {
			runqtail = nil
		}
		gp.schedlink = nil
	}
	return gp
}

// gopark blocks the running goroutine until someone calls goready on it.
// The caller must first have recorded where it waits (a channel's queue,
// a semaphore, the timer list), or nothing will ever wake it.
func gopark(reason waitReason) {
	gp := curg
	gp.status = _Gwaiting
	gp.waitreason = reason
	schedule()
}

// goready makes a parked goroutine runnable; it runs when its turn comes.
func goready(gp *g) {
	gp.status = _Grunnable
	runqput(gp)
}

// schedule switches to the next runnable goroutine. It returns when the
// goroutine that called it is chosen to run again.
func schedule() {
	gp := curg
	next := findrunnable()
	next.status = _Grunning
	if next == gp {
		return
	}
	curg = next
	gogo(&gp.sched, &next.sched)
}

// findrunnable returns the next goroutine to run: the head of the run
// queue after waking the sleepers whose time has come. With nothing
// runnable it sleeps until the earliest timer; with no timer either, the
// program is deadlocked.
func findrunnable() *g {
	for {
		if timers != nil {
			checkTimers(nanotime())
		}
		if gp := runqget(); gp != nil {
			return gp
		}
		if timers != nil {
			sleepUntil(timers.when)
			continue
		}
		checkdead()
	}
}

// checkdead reports a deadlock (nothing can ever run again) the way Go
// does: the message, then what every live goroutine waits for and where,
// and exits.
func checkdead() {
	if maing.status == _Gdead {
		writeString(2, "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n")
	} else {
		writeString(2, "fatal error: all goroutines are asleep - deadlock!\n")
	}
	for gp := allgs; gp != nil; gp = gp.alllink {
		if gp.status == _Gwaiting {
			printstring("\ngoroutine " + itoa(int64(gp.goid)) + " [" + gp.waitreason.String() + "]:\n")
			gtraceback(gp)
		}
	}
	exit(2)
}

// gtraceback prints the calls of goroutine gp: from here if it is the
// running one, else from where it switched away (its saved frame pointer).
func gtraceback(gp *g) {
	if gp == curg {
		traceback(getfp())
	} else {
		traceback(gp.sched.bp)
	}
	if gp != &maing {
		printcreatedby(gp)
	}
}

// fatal reports an unrecoverable error in the program (not the runtime),
// such as unlocking an unlocked mutex, and exits.
func fatal(s string) {
	writeString(2, "fatal error: "+s+"\n")
	printstring("\ngoroutine " + itoa(int64(curg.goid)) + " [running]:\n")
	traceback(getfp())
	exit(2)
}

// Gosched yields the processor: the running goroutine goes to the back of
// the run queue, so every other runnable goroutine runs first.
func Gosched() {
	gp := curg
	gp.status = _Grunnable
	runqput(gp)
	schedule()
}

// Goexit ends the calling goroutine after running its deferred calls.
// When the main goroutine exits this way, the program goes on until the
// other goroutines finish (and then reports a deadlock, as Go does).
func Goexit() {
	runDefers(curg, nil)
	goexit()
}

// NumGoroutine returns the number of goroutines that exist now.
func NumGoroutine() int {
	return gcount
}

// GOMAXPROCS reports how many goroutines can run at once: gominic's
// scheduler runs them one at a time on a single thread, so setting it has
// no effect.
func GOMAXPROCS(n int) int {
	return 1
}

// NumCPU returns the number of CPUs the scheduler uses: one.
func NumCPU() int {
	return 1
}
