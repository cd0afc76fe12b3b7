// This file implements the clocks and sleeping.
//
// nanotime reads the monotonic clock (it never jumps, unlike the wall
// clock) and is what durations and timers use; walltime reads the real
// time of day for time.Now. A sleeping goroutine parks on the timer list,
// kept sorted by wake-up time (ties in sleep order); the scheduler
// (findrunnable in sched.go) readies the goroutines whose time has come
// and, when nothing else can run, sleeps in the kernel until the first.

package runtime

import "unsafe"

const (
	clockRealtime  = 0
	clockMonotonic = 1
)

type timespec struct {
	sec  int64
	nsec int64
}

// timers lists the sleeping goroutines, earliest wake-up first.
var timers *g

// clockTs is clockGettime's buffer: a local whose address goes to the
// kernel would be moved to the heap, and reading the clock must not
// allocate (the collector reads it during a cycle).
var clockTs timespec

func clockGettime(clock uintptr) int64 {
	syscall6(sysClockGettime, clock, uintptr(unsafe.Pointer(&clockTs)), 0, 0, 0, 0)
	return clockTs.sec*1000000000 + clockTs.nsec
}

// nanotime returns the monotonic clock in nanoseconds.
func nanotime() int64 {
	return clockGettime(clockMonotonic)
}

// walltime returns the time of day: seconds and nanoseconds since 1970.
func walltime() (sec int64, nsec int32) {
	ns := clockGettime(clockRealtime)
	return ns / 1000000000, int32(ns % 1000000000)
}

// time_now serves time.Now: the wall clock plus a monotonic reading.
func time_now() (sec int64, nsec int32, mono int64) {
	sec, nsec = walltime()
	return sec, nsec, nanotime()
}

// timeSleep serves time.Sleep: park the running goroutine for ns
// nanoseconds (at least).
func timeSleep(ns int64) {
	if ns <= 0 {
		return
	}
	gp := curg
	gp.when = nanotime() + ns
	if gp.when < 0 {
		gp.when = maxWhen // past the end of int64: never
	}
	addtimer(gp)
	gopark(waitReasonSleep)
}

// addtimer inserts a sleeping goroutine into the timer list after every
// one that wakes no later.
func addtimer(gp *g) {
	pp := &timers
	for *pp != nil && (*pp).when <= gp.when {
		pp = &(*pp).timerlink
	}
	gp.timerlink = *pp
	*pp = gp
}

// checkTimers readies the sleeping goroutines whose wake-up time is past.
func checkTimers(now int64) {
	for timers != nil && timers.when <= now {
		gp := timers
		timers = gp.timerlink
		gp.timerlink = nil
		goready(gp)
	}
}

// sleepUntil blocks the whole process until the monotonic clock reaches
// when: only called when no goroutine can run.
func sleepUntil(when int64) {
	ns := when - nanotime()
	if ns <= 0 {
		return
	}
	ts := timespec{ns / 1000000000, ns % 1000000000}
	syscall6(sysNanosleep, uintptr(unsafe.Pointer(&ts)), 0, 0, 0, 0, 0)
}
