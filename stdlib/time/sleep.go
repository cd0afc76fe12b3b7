// Package time provides functionality for measuring and displaying time.
//
// The clocks and sleeping come from the runtime (runtime/time.go): Now
// reads the wall clock and the monotonic clock, and Sleep parks the
// goroutine on the runtime's timer list. Timers and Tickers are built on
// Sleep: each pending one is a goroutine that sleeps and then sends on its
// channel (Go's runtime manages timers directly, without goroutines; the
// behaviour a program sees is the same, except that a stopped timer's
// goroutine sleeps on until its time, unseen).
package time

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

// The Timer type represents a single event. When the Timer expires, the
// current time is sent on C, unless the Timer was made by AfterFunc.
type Timer struct {
	C      <-chan Time
	c      chan Time
	f      func() // AfterFunc's function, run instead of sending on c
	active bool   // started and neither fired nor stopped
	gen    int    // counts starts and stops: a sleeper from an older one is stale
}

// NewTimer creates a Timer that sends the current time on its channel
// after at least duration d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c, c: c}
	t.start(d)
	return t
}

// AfterFunc waits for the duration to elapse and then calls f in its own
// goroutine. The Timer's Stop method cancels the call.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{f: f}
	t.start(d)
	return t
}

// After waits for the duration to elapse and then sends the current time
// on the returned channel: NewTimer(d).C.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// start arms t: a goroutine sleeps for d, then fires t unless t was
// stopped or restarted meanwhile.
func (t *Timer) start(d Duration) {
	t.gen++
	t.active = true
	gen := t.gen
	go func() {
		Sleep(d)
		if t.gen != gen {
			return
		}
		t.active = false
		if t.f != nil {
			t.f()
			return
		}
		select {
		case t.c <- Now():
		default:
		}
	}()
}

// Stop prevents the Timer from firing. It returns true if the call stops
// the timer, false if the timer has already expired or been stopped. Stop
// does not drain the channel.
func (t *Timer) Stop() bool {
	wasActive := t.active
	t.active = false
	t.gen++
	return wasActive
}

// Reset changes the timer to expire after duration d. It returns true if
// the timer had been active, false if the timer had expired or been
// stopped.
func (t *Timer) Reset(d Duration) bool {
	wasActive := t.Stop()
	t.start(d)
	return wasActive
}

// A Ticker holds a channel that delivers "ticks" of a clock at intervals.
// A receiver that falls behind misses ticks instead of queueing them.
type Ticker struct {
	C   <-chan Time
	c   chan Time
	d   Duration
	gen int // counts starts and stops: a ticking goroutine from an older one quits
}

// NewTicker returns a new Ticker sending the time on its channel every d.
// d must be greater than zero.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c, c: c, d: d}
	t.start()
	return t
}

// Tick is NewTicker(d).C, or nil if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}

// start runs the ticking goroutine. It aims at multiples of d from now,
// so the time spent delivering a tick does not delay the next.
func (t *Ticker) start() {
	t.gen++
	gen, d := t.gen, t.d
	go func() {
		next := runtimeNano() + int64(d)
		for {
			runtimeSleep(next - runtimeNano())
			if t.gen != gen {
				return
			}
			select {
			case t.c <- Now():
			default:
			}
			next += int64(d)
		}
	}()
}

// Stop turns off the ticker: no more ticks will be sent.
func (t *Ticker) Stop() {
	t.gen++
}

// Reset stops the ticker and restarts it with period d.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	t.d = d
	t.start()
}
