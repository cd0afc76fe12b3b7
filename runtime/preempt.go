// This file implements preemption: no goroutine keeps the others from
// running for more than about preemptPeriod.
//
// Goroutines switch when they block (sched.go); a goroutine that loops
// without blocking is stopped at its next loop back-edge, as in Go before
// 1.14. Once a program has a second goroutine, an interval timer sends
// SIGALRM every preemptPeriod; the handler only sets preemptRequested.
// The compiler checks that flag at every loop back-edge
// (gominic/compile/function.py, loop_backedge) and calls preemptPark
// (asm_amd64.s, which keeps every register of the loop) when it is set;
// gopreempt puts the goroutine at the back of the run queue. A
// loop in a function that calls others is checked at its own back-edge;
// recursion without loops ends in a stack overflow anyway. The runtime's
// and package sync's loops have no checks, so their data structures are
// never seen half-changed: only user code is preempted, and only between
// two iterations.
//
// Go 1.14 and later preempt anywhere with a signal, which needs the
// collector to know every register's contents at every instruction; the
// back-edge check costs a load and a branch per iteration instead (see
// bench/ for the figures).

package runtime

import "unsafe"

const (
	preemptPeriod = 10 * 1000 // microseconds, as Go's sysmon's forcePreemptNS

	_SIGALRM = 14

	sysSetitimer = 38
	itimerReal   = 0
)

// preemptRequested is set by the SIGALRM handler and read by the checks
// the compiler puts at loop back-edges.
var preemptRequested uint32

// preemptArmed records that the interval timer runs.
var preemptArmed bool

type itimerval struct {
	intervalSec  int64
	intervalUsec int64
	valueSec     int64
	valueUsec    int64
}

// preemptArm starts the interval timer, when the program gets its second
// goroutine: a single goroutine never needs to be preempted.
func preemptArm() {
	if preemptArmed {
		return
	}
	preemptArmed = true
	it := itimerval{intervalUsec: preemptPeriod, valueUsec: preemptPeriod}
	syscall6(sysSetitimer, itimerReal, uintptr(unsafe.Pointer(&it)), 0, 0, 0, 0)
}

// gopreempt serves preemptPark, called by a loop that found
// preemptRequested set: the goroutine yields to every other runnable one.
func gopreempt() {
	if curg.pinned > 0 {
		return // the request stays set and is served after procUnpin
	}
	preemptRequested = 0
	Gosched()
}

// sync_runtime_procPin serves package sync's Pool: it keeps the running
// goroutine on its P, so that per-P data stays its own until procUnpin,
// and returns the P's id. Ours has one P, numbered 0, and a goroutine
// leaves it only when preempted, so pinning defers preemption.
func sync_runtime_procPin() int {
	curg.pinned++
	return 0
}

// sync_runtime_procUnpin ends the matching procPin.
func sync_runtime_procUnpin() {
	curg.pinned--
}
