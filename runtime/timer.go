// This file implements timers: function calls the runtime makes at a
// given time, the machinery under package time's Timer, Ticker and
// AfterFunc.
//
// A pending timer sits in timerHeap, a binary min-heap ordered by when.
// The calls are made by one system goroutine, timerproc (as Go's runtime
// did up to Go 1.9): the scheduler readies it when the earliest timer is
// due (findrunnable in sched.go), and it calls every due timer's f, which
// must not block (time's sendTime sends without waiting, goFunc starts a
// goroutine). A periodic timer goes back into the heap for its next time.
// Sleeping goroutines (time.Sleep) are not timers: they park on their
// own list (time.go).

package runtime

// timer is a call of f(arg, seq) at when, then every period if period >
// 0. Package time allocates it inside its Timer and Ticker as
// runtimeTimer, which must keep this layout.
type timer struct {
	i      int   // index in timerHeap plus one; 0: not pending
	when   int64 // nanotime of the call
	period int64
	f      func(any, uintptr)
	arg    any
	seq    uintptr
}

// maxWhen is the latest time a timer can have: a time past the end of
// int64 means never.
const maxWhen = 1<<63 - 1

var (
	timerHeap []*timer // the pending timers, earliest first
	timerg    *g       // the timer goroutine, once made
	timerwait bool     // timerg is parked waiting for a due timer
	timermade bool
)

// startTimer serves time: add t to the pending timers.
func startTimer(t *timer) {
	if t.when < 0 {
		t.when = maxWhen
	}
	if t.i != 0 {
		throw("startTimer: timer already pending")
	}
	createtimerg()
	timerHeap = append(timerHeap, t)
	t.i = len(timerHeap)
	siftupTimer(t.i - 1)
}

// stopTimer serves time: remove t from the pending timers. It reports
// whether t was pending (so its call is now cancelled).
func stopTimer(t *timer) bool {
	if t.i == 0 {
		return false
	}
	deltimer(t)
	return true
}

// resetTimer serves time: make t's call at when, pending or not. It
// reports whether t was pending.
func resetTimer(t *timer, when int64) bool {
	pending := stopTimer(t)
	t.when = when
	startTimer(t)
	return pending
}

// modTimer serves time: give t all its fields anew and make it pending.
func modTimer(t *timer, when, period int64, f func(any, uintptr), arg any, seq uintptr) {
	t.period, t.f, t.arg, t.seq = period, f, arg, seq
	resetTimer(t, when)
}

// deltimer removes the pending timer t: the last timer takes its place,
// then moves up or down to where it belongs.
func deltimer(t *timer) {
	i := t.i - 1
	last := len(timerHeap) - 1
	if i != last {
		timerHeap[i] = timerHeap[last]
		timerHeap[i].i = i + 1
	}
	timerHeap[last] = nil
	timerHeap = timerHeap[:last]
	t.i = 0
	if i != last {
		siftupTimer(i)
		siftdownTimer(i)
	}
}

// siftupTimer moves the timer at index i up while it is earlier than its parent.
func siftupTimer(i int) {
	for i > 0 {
		p := (i - 1) / 2
		if timerHeap[p].when <= timerHeap[i].when {
			break
		}
		swapTimers(i, p)
		i = p
	}
}

// siftdownTimer moves the timer at index i down while a child is earlier.
func siftdownTimer(i int) {
	n := len(timerHeap)
	for {
		c := 2*i + 1
		if c >= n {
			return
		}
		if c+1 < n && timerHeap[c+1].when < timerHeap[c].when {
			c++
		}
		if timerHeap[i].when <= timerHeap[c].when {
			return
		}
		swapTimers(i, c)
		i = c
	}
}

func swapTimers(i, j int) {
	timerHeap[i], timerHeap[j] = timerHeap[j], timerHeap[i]
	timerHeap[i].i = i + 1
	timerHeap[j].i = j + 1
}

// createtimerg starts the timer goroutine the first time a timer is set.
// It is a system goroutine: NumGoroutine and deadlock reports leave it
// out.
func createtimerg() {
	if !timermade {
		timermade = true
		newproc(timerproc)
		timerg = runnext // newproc made it next
		gcount--
	}
}

// timerproc is the timer goroutine: it makes the calls of the due timers
// and waits for the scheduler to wake it when the next is due.
func timerproc() {
	for {
		runTimers(nanotime())
		timerwait = true
		gopark(waitReasonTimerGoroutineIdle)
	}
}

// runTimers calls f of every timer due at now, earliest first.
func runTimers(now int64) {
	for len(timerHeap) > 0 && timerHeap[0].when <= now {
		t := timerHeap[0]
		f, arg, seq := t.f, t.arg, t.seq
		if t.period > 0 {
			// The next call is the first of the series after now (calls
			// missed by a late wake-up are dropped); past the end of
			// int64 it is never.
			t.when += t.period * (1 + (now-t.when)/t.period)
			if t.when < 0 {
				t.when = maxWhen
			}
			siftdownTimer(0)
		} else {
			deltimer(t)
		}
		f(arg, seq)
	}
}

// wakeTimers readies the timer goroutine if a timer is due at now.
func wakeTimers(now int64) {
	if timerwait && len(timerHeap) > 0 && timerHeap[0].when <= now {
		timerwait = false
		ready(timerg, false)
	}
}
