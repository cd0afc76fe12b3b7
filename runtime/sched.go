// This file implements goroutines and their scheduler.
//
// gominic runs every goroutine on the one OS thread the process starts
// with, and switches between them at points where the running goroutine
// cannot go on (a channel operation or select that must wait, a contended
// sync.Mutex, WaitGroup.Wait, time.Sleep, runtime.Gosched, the
// goroutine's end) and when it has run for 10 ms: the loops of user code
// check a flag that a timer signal sets, and yield (preempt.go). Real Go
// multiplexes goroutines (g) onto OS threads (m) holding processors (p);
// with a single m and p, the rest of the design stays Go's and uses its
// vocabulary:
//
//   - Each goroutine is a g with its own stack, a list of segments that
//     grows on demand up to Go's 1 GB limit, checked by every function's
//     prologue (stack.go, where the design is explained), and a gobuf
//     holding its saved registers. gogo (asm_amd64.s) saves the running
//     goroutine's callee-saved registers, stack pointer, resume address
//     and stack guard in its gobuf and loads another's: that is the whole
//     context switch.
//   - newproc makes a g whose first switch lands in goexit, which calls
//     goentry on the new stack; goentry runs the go statement's function
//     and then goexit1. The main goroutine is made the same way by rt0_go.
//   - Runnable goroutines wait in a FIFO run queue (runq), but for the one
//     a go statement made or an operation readied last, which runs next
//     (runnext), as in Go. A goroutine that must wait calls gopark: it is
//     marked _Gwaiting and schedule() picks the next runnable g and
//     switches to it. Whoever completes the wait (a sender for a receiver,
//     an unlocker for a locker, a timer) calls goready to make it the next
//     to run. schedule runs on the stack of the goroutine that is leaving,
//     and returns when that goroutine is switched back to; the system
//     stack (Go's g0) only serves stack growth.
//   - Sleeping goroutines wait on a timer list (time.go). When nothing is
//     runnable, the scheduler sleeps in the kernel until the earliest timer.
//   - Goroutines waiting to read or write a pipe park on the poller
//     (netpoll.go); the scheduler then sleeps in epoll_wait instead.
//   - When nothing is runnable, no timer is pending and no goroutine waits
//     on the poller, every goroutine waits for another one: a deadlock.
//     checkdead reports it as Go does.
//   - When main.main returns, the program exits whatever other goroutines
//     are doing (Go spec, "Program execution").

package runtime

import "unsafe"

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

	stackguard uintptr // the stack guard of the segment sp is on (stack.go)
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
	waitReasonFinalizerWait
	waitReasonTimerGoroutineIdle
	waitReasonIOWait
	waitReasonSyncCondWait
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
	waitReasonFinalizerWait:      "finalizer wait",
	waitReasonTimerGoroutineIdle: "timer goroutine (idle)",
	waitReasonIOWait:             "IO wait",
	waitReasonSyncCondWait:       "sync.Cond.Wait",
}

func (w waitReason) String() string {
	return waitReasonStrings[w]
}

var (
	runqhead *g // runnable goroutines, oldest first
	runqtail *g
	runnext  *g // the goroutine to run before the queue (Go's p.runnext)
	gfree    *g       // dead goroutines whose g and stack newproc reuses
	allgs    = &maing // every goroutine ever made, in creation order (via alllink)
	allgtail = &maing
	goidgen  = 1 // the last goroutine number handed out
	gcount   = 1 // goroutines not yet dead
)

// newproc starts a goroutine running fn: the compiler turns go f(x, y)
// into newproc of a closure that calls f(x, y) with the values evaluated
// by the go statement.
func newproc(fn func()) {
	newg := gfget()
	if newg == nil {
		newg = new(g)
		allgtail.alllink = newg
		allgtail = newg
	}
	goidgen++
	newg.goid = goidgen
	newg.gopc, _ = framepc(getfp())
	gostartfn(newg, fn)
	gcount++
	goready(newg)
	preemptArm()
}

// gostartfn prepares gp to run fn on its first stack segment: the first
// switch to gp "returns" into goexit at the top of the segment, with no
// frame pointer chain behind it.
func gostartfn(gp *g, fn func()) {
	stackinit(gp)
	gp.fn = fn
	gp.sched = gobuf{sp: gp.stackhi, pc: funcPC(goexit), stackguard: gp.stacklo + stackGuard}
}

// goexit is the assembly trampoline a new goroutine starts in.
//
//go:linkname goexit runtime.goexit
func goexit()

// gogo saves the running goroutine's context in from and resumes to's.
//
//go:linkname gogo runtime.gogo
func gogo(from, to *gobuf)

// goentry is the first Go frame of every goroutine but main.
func goentry() {
	curg.fn()
	goexit1()
}

// goexit1 ends the running goroutine: it never runs again, and its g and
// stack go on the free list for the next newproc. It is safe to switch
// away from a stack on the free list: it is only reused by a newproc,
// which runs on another goroutine's stack.
func goexit1() {
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
	throw("goexit1: dead goroutine resumed")
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

// runqput makes gp runnable: with next, as the goroutine to run next (Go
// gives that place to the goroutine a go statement made or an operation
// readied, so that it runs while what it shares is fresh in the cache; the
// one there before goes to the back of the queue), else at the back.
func runqput(gp *g, next bool) {
	if next {
		gp, runnext = runnext, gp
		if gp == nil {
			return
		}
	}
	gp.schedlink = nil
	if runqtail == nil {
		runqhead = gp
	} else {
		runqtail.schedlink = gp
	}
	runqtail = gp
}

// runqget removes and returns the next goroutine to run, or nil.
func runqget() *g {
	if gp := runnext; gp != nil {
		runnext = nil
		return gp
	}
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

// goready makes a parked goroutine runnable, the next to run.
func goready(gp *g) {
	ready(gp, true)
}

// ready makes a parked goroutine runnable: the next to run, or else after
// the goroutines already runnable. The timer goroutine and those the
// poller found ready take the second way: Go runs timers and polls from
// the scheduler, which never keeps runnable goroutines waiting (a 1 ns
// ticker is always due: made next each time, the timer goroutine would
// run forever).
func ready(gp *g, next bool) {
	gp.status = _Grunnable
	runqput(gp, next)
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
// queue after waking the sleepers whose time has come, the timer
// goroutine if a timer is due (timer.go), and the goroutines whose
// descriptors are ready (netpoll.go, polled every 10 ms while goroutines
// wait on one). With nothing runnable it sleeps until the earliest sleeper
// or timer, or a descriptor is ready; with none of these, the program is
// deadlocked.
func findrunnable() *g {
	for {
		if timers != nil || len(timerHeap) > 0 {
			now := nanotime()
			checkTimers(now)
			wakeTimers(now)
		}
		if netpollWaiters > 0 && netpollDue(nanotime()) {
			netpoll(0)
		}
		if gp := runqget(); gp != nil {
			return gp
		}
		when, ok := nextWake()
		switch {
		case netpollWaiters > 0 && ok:
			netpoll(when - nanotime())
		case netpollWaiters > 0:
			netpoll(-1)
		case ok:
			sleepUntil(when)
		default:
			checkdead()
		}
	}
}

// nextWake returns the earliest time a sleeping goroutine or a timer is
// due, and false when there is none: nothing but another goroutine can
// then make one runnable.
func nextWake() (int64, bool) {
	switch {
	case timers == nil && len(timerHeap) == 0:
		return 0, false
	case timers == nil:
		return timerHeap[0].when, true
	case len(timerHeap) == 0 || timers.when < timerHeap[0].when:
		return timers.when, true
	}
	return timerHeap[0].when, true
}

// checkdead reports a deadlock (nothing can ever run again) the way Go
// does: the message, then what every live goroutine waits for and where,
// and exits.
func checkdead() {
	throwing = throwUser
	if maing.status == _Gdead {
		writeString(2, "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n")
	} else {
		writeString(2, "fatal error: all goroutines are asleep - deadlock!\n")
	}
	for gp := allgs; gp != nil && gotraceback.level > 0; gp = gp.alllink {
		if gp.status == _Gwaiting && !isSystemGoroutine(gp) {
			// The scheduler runs on the stack of the goroutine that parked
			// last, whose context is not saved yet: its calls go on from here.
			fp := gp.sched.bp
			if gp == curg {
				fp = getfp()
			}
			goroutinetrace(gp, fp)
		}
	}
	fatalexit()
}

// A tracebackSetting is how much a fatal error shows, as Go's runtime
// reads GOTRACEBACK (setTraceback). level 0 shows no calls; 1 the calls
// of the program, the runtime's hidden; 2 the runtime's too, each
// physical frame with its fp, sp and pc. all shows every goroutine, not
// only the failing one; crash ends the program by SIGABRT after the
// report, for a core dump.
type tracebackSetting struct {
	level      int
	all, crash bool
}

// gotraceback is the setting now; envtraceback GOTRACEBACK's, below which
// debug.SetTraceback cannot go.
var gotraceback, envtraceback = tracebackSetting{level: 1}, tracebackSetting{level: 1}

// Kinds of fatal error, as Go's runtime tells them apart (throwType): a
// misuse or a deadlock (fatal) shows every goroutine; an error of the
// runtime's own (throw), the runtime's frames too.
const (
	throwNone = iota
	throwUser
	throwRuntime
)

// throwing is the kind of the fatal error being reported.
var throwing = throwNone

// parseTraceback reads a GOTRACEBACK setting: a name, or a number (the
// level, every goroutine shown); what is neither is level 0.
func parseTraceback(setting string) tracebackSetting {
	switch setting {
	case "none":
		return tracebackSetting{}
	case "single", "":
		return tracebackSetting{level: 1}
	case "all":
		return tracebackSetting{level: 1, all: true}
	case "system":
		return tracebackSetting{level: 2, all: true}
	case "crash":
		return tracebackSetting{level: 2, all: true, crash: true}
	}
	n, _ := atoi(setting)
	return tracebackSetting{level: n, all: true}
}

// parsetraceback reads GOTRACEBACK.
func parsetraceback() {
	envtraceback = parseTraceback(gogetenv("GOTRACEBACK"))
	gotraceback = envtraceback
}

// setTraceback serves debug.SetTraceback: the setting as GOTRACEBACK
// names it, but never less detail than the environment asks for.
func setTraceback(setting string) {
	t := parseTraceback(setting)
	if t.level < envtraceback.level {
		t.level = envtraceback.level
	}
	t.all = t.all || envtraceback.all
	t.crash = t.crash || envtraceback.crash
	gotraceback = t
}

// tracebackNow is the setting a report uses: a fatal error shows every
// goroutine, and one of the runtime's its frames too.
func tracebackNow() tracebackSetting {
	t := gotraceback
	if throwing != throwNone {
		t.all = true
	}
	if throwing == throwRuntime {
		t.level = 2
	}
	return t
}

// fatalexit ends the program after a fatal error's report: by SIGABRT
// under GOTRACEBACK=crash, as Go's crash does, else with status 2.
func fatalexit() {
	if gotraceback.crash {
		syscall6(sysKill, syscall6(sysGetpid, 0, 0, 0, 0, 0, 0), _SIGABRT, 0, 0, 0, 0)
	}
	exit(2)
}

// goroutinetrace prints goroutine gp as Go's tracebacks do: a header with
// its number and state, its calls from frame fp (its saved frame pointer
// when it is not running), and the go statement that started it.
func goroutinetrace(gp *g, fp uintptr) {
	printstring("\ngoroutine ")
	printint(int64(gp.goid))
	printstring(" [")
	switch gp.status {
	case _Grunning:
		printstring("running")
	case _Grunnable:
		printstring("runnable")
	default:
		printstring(gp.waitreason.String())
	}
	printstring("]:\n")
	traceback(fp)
	printcreatedby(gp)
}

// fataltraceback prints the goroutines a fatal error shows, as GOTRACEBACK
// asks: the running one from frame fp, then every other live one.
func fataltraceback(fp uintptr) {
	t := tracebackNow()
	if t.level == 0 {
		return
	}
	goroutinetrace(curg, fp)
	if !t.all {
		return
	}
	for gp := allgs; gp != nil; gp = gp.alllink {
		if gp != curg && gp.status != _Gdead && (t.level >= 2 || !isSystemGoroutine(gp)) {
			goroutinetrace(gp, gp.sched.bp)
		}
	}
}

// isSystemGoroutine reports whether gp is one of the runtime's own
// goroutines, which tracebacks leave out below GOTRACEBACK=system, as
// Go's do: the timer goroutine, and the finalizer goroutine unless it is
// running a finalizer (the program's code).
func isSystemGoroutine(gp *g) bool {
	return gp == timerg || gp == fing && !fingRunning
}

// fatal reports an unrecoverable error in the program (not the runtime),
// such as unlocking an unlocked mutex, and exits.
func fatal(s string) {
	throwing = throwUser
	writeString(2, "fatal error: "+s+"\n")
	fataltraceback(getfp())
	fatalexit()
}

// Gosched yields the processor: the running goroutine goes to the back of
// the run queue, so every other runnable goroutine runs first.
func Gosched() {
	gp := curg
	gp.status = _Grunnable
	runqput(gp, false)
	schedule()
}

// Goexit ends the calling goroutine after running its deferred calls.
// When the main goroutine exits this way, the program goes on until the
// other goroutines finish (and then reports a deadlock, as Go does).
func Goexit() {
	runDefers(curg, nil)
	goexit1()
}

// LockOSThread wires the calling goroutine to its OS thread. Every
// goroutine runs on the process's one thread, so it already is.
func LockOSThread() {}

// UnlockOSThread undoes LockOSThread.
func UnlockOSThread() {}

// NumGoroutine returns the number of goroutines that exist now.
func NumGoroutine() int {
	return gcount
}

var (
	ncpu       int // CPUs the process may run on
	gomaxprocs int // what GOMAXPROCS reports
)

// schedinit finds the machine's figures the scheduler reports: the CPUs
// the process may run on (sched_getaffinity) and GOMAXPROCS, from the
// environment variable of that name if it holds a positive number.
func schedinit() {
	findmorestack()
	parsetraceback()
	ncpu = getproccount()
	gomaxprocs = ncpu
	if n, ok := atoi(gogetenv("GOMAXPROCS")); ok && n > 0 {
		gomaxprocs = n
	}
}

// getproccount counts the CPUs in the process's affinity mask.
func getproccount() int {
	const sysSchedGetaffinity = 204
	var mask [128]uint64
	n := int(syscall6(sysSchedGetaffinity, 0, uintptr(len(mask)*8), uintptr(unsafe.Pointer(&mask[0])), 0, 0, 0))
	if n <= 0 {
		return 1
	}
	count := 0
	for _, w := range mask[:n/8] {
		for ; w != 0; w &= w - 1 {
			count++
		}
	}
	if count == 0 {
		return 1
	}
	return count
}

// GOMAXPROCS sets how many goroutines may run at once and returns the
// previous setting; n < 1 only reports it. gominic runs goroutines one at
// a time on a single thread whatever the setting, but reports it as Go
// does (NumCPU by default).
func GOMAXPROCS(n int) int {
	old := gomaxprocs
	if n > 0 {
		gomaxprocs = n
	}
	return old
}

// NumCPU returns the number of CPUs the process may run on.
func NumCPU() int {
	return ncpu
}
