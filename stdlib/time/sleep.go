// Package time provides functionality for measuring and displaying time.
//
// The clocks, sleeping and timers come from the runtime: Now reads the
// wall clock and the monotonic clock (runtime/time.go), Sleep parks the
// goroutine on the runtime's list of sleepers, and a Timer or a Ticker
// holds a runtimeTimer, which the runtime keeps in its timer heap and
// fires from its timer goroutine (runtime/timer.go): sending the time on
// the channel without blocking, or starting AfterFunc's goroutine.
package time

import "syscall"

//go:linkname now runtime.time_now
func now() (sec int64, nsec int32, mono int64)

//go:linkname runtimeNano runtime.nanotime
func runtimeNano() int64

//go:linkname runtimeSleep runtime.timeSleep
func runtimeSleep(ns int64)

// Sleep pauses the current goroutine for at least the duration d. A
// negative or zero duration returns immediately.
func Sleep(d Duration) {
	runtimeSleep(int64(d))
}

// runtimeTimer is the runtime's timer (runtime/timer.go): the layouts
// must match. The runtime calls f(arg, seq) at when, then every period
// if period > 0; i is its place in the runtime's heap (0: not pending).
type runtimeTimer struct {
	i      int
	when   int64
	period int64
	f      func(any, uintptr)
	arg    any
	seq    uintptr
}

//go:linkname startTimer runtime.startTimer
func startTimer(*runtimeTimer)

//go:linkname stopTimer runtime.stopTimer
func stopTimer(*runtimeTimer) bool

//go:linkname resetTimer runtime.resetTimer
func resetTimer(*runtimeTimer, int64) bool

//go:linkname modTimer runtime.modTimer
func modTimer(t *runtimeTimer, when, period int64, f func(any, uintptr), arg any, seq uintptr)

// when is the nanotime d from now: now for d <= 0, the end of time if
// the sum overflows.
func when(d Duration) int64 {
	if d <= 0 {
		return runtimeNano()
	}
	t := runtimeNano() + int64(d)
	if t < 0 {
		t = 1<<63 - 1
	}
	return t
}

// The Timer type represents a single event. When the Timer expires, the
// current time will be sent on C, unless the Timer was created by
// AfterFunc. A Timer must be created with NewTimer or AfterFunc.
type Timer struct {
	C <-chan Time
	r runtimeTimer
}

// Stop prevents the Timer from firing. It returns true if the call stops
// the timer, false if the timer has already expired or been stopped. Stop
// does not close the channel, nor drain it.
func (t *Timer) Stop() bool {
	if t.r.f == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(&t.r)
}

// NewTimer creates a new Timer that will send the current time on its
// channel after at least duration d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{
		C: c,
		r: runtimeTimer{when: when(d), f: sendTime, arg: c},
	}
	startTimer(&t.r)
	return t
}

// Reset changes the timer to expire after duration d. It returns true if
// the timer had been active, false if the timer had expired or been
// stopped.
func (t *Timer) Reset(d Duration) bool {
	if t.r.f == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(&t.r, when(d))
}

// sendTime is a timer's call: send the time on channel c, unless the
// last one still waits there (the runtime must never block).
func sendTime(c any, seq uintptr) {
	select {
	case c.(chan Time) <- Now():
	default:
	}
}

// After waits for the duration to elapse and then sends the current time
// on the returned channel: NewTimer(d).C.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc waits for the duration to elapse and then calls f in its own
// goroutine. It returns a Timer that can be used to cancel the call using
// its Stop method.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{
		r: runtimeTimer{when: when(d), f: goFunc, arg: f},
	}
	startTimer(&t.r)
	return t
}

// goFunc is AfterFunc's timer call: f runs in a goroutine of its own.
func goFunc(arg any, seq uintptr) {
	go arg.(func())()
}

// interrupt sends the process a signal, which interrupts a system call
// in progress (the tests of Sleep use it).
func interrupt() {
	syscall.Kill(syscall.Getpid(), syscall.SIGCHLD)
}
