// Package signal implements access to incoming signals.
//
// Notify hands a signal to the runtime, which then records its arrivals
// instead of acting on them (runtime/sigqueue_linux.go). A goroutine,
// started with the first Notify, collects the arrivals every few
// milliseconds and sends each to the channels that asked for it, without
// blocking: a full channel misses the signal, as in Go.
package signal

import (
	"context"
	"os"
	"sync"
	"syscall"
	"time"
)

//go:linkname signal_enable runtime.signal_enable
func signal_enable(sig uint32)

//go:linkname signal_disable runtime.signal_disable
func signal_disable(sig uint32)

//go:linkname signal_ignore runtime.signal_ignore
func signal_ignore(sig uint32)

//go:linkname signal_ignored runtime.signal_ignored
func signal_ignored(sig uint32) bool

//go:linkname signal_take runtime.signal_take
func signal_take() uint64

// numSig is the number of signals a channel can ask for (1 to 64).
const numSig = 65

// A mask is a set of signals, bit n for signal n.
type mask uint64

var handlers struct {
	sync.Mutex
	m   map[chan<- os.Signal]mask // the signals each channel wants
	ref [numSig]int64             // how many channels want each signal
	// watching is whether the delivering goroutine runs.
	watching bool
}

// signum returns sig's number, or -1 for a signal this package cannot handle.
func signum(sig os.Signal) int {
	switch sig := sig.(type) {
	case syscall.Signal:
		i := int(sig)
		if i < 0 || i >= numSig {
			return -1
		}
		return i
	default:
		return -1
	}
}

// allSignals is what "no signals given" means: every catchable signal
// (not SIGKILL and SIGSTOP, nor those the runtime needs).
func allSignals() []int {
	var all []int
	for n := 1; n < 32; n++ {
		switch syscall.Signal(n) {
		case syscall.SIGKILL, syscall.SIGSTOP, syscall.SIGSEGV, syscall.SIGBUS, syscall.SIGFPE:
			continue
		}
		all = append(all, n)
	}
	return all
}

// signums returns the numbers of sigs, or every catchable signal if sigs
// is empty.
func signums(sigs []os.Signal) []int {
	if len(sigs) == 0 {
		return allSignals()
	}
	var ns []int
	for _, s := range sigs {
		if n := signum(s); n >= 0 {
			ns = append(ns, n)
		}
	}
	return ns
}

// Notify causes package signal to relay incoming signals to c.
// If no signals are provided, all incoming signals will be relayed to c.
// Otherwise, just the provided signals will.
//
// Package signal will not block sending to c: the caller must ensure
// that c has sufficient buffer space to keep up with the expected
// signal rate. For a channel used for notification of just one signal
// value, a buffer of size 1 is sufficient.
//
// It is allowed to call Notify multiple times with the same channel:
// each call expands the set of signals sent to that channel.
func Notify(c chan<- os.Signal, sig ...os.Signal) {
	if c == nil {
		panic("os/signal: Notify using nil channel")
	}
	handlers.Lock()
	defer handlers.Unlock()
	if handlers.m == nil {
		handlers.m = make(map[chan<- os.Signal]mask)
	}
	want := handlers.m[c]
	for _, n := range signums(sig) {
		if want&(1<<uint(n)) != 0 {
			continue
		}
		want |= 1 << uint(n)
		if handlers.ref[n] == 0 {
			signal_enable(uint32(n))
		}
		handlers.ref[n]++
	}
	handlers.m[c] = want
	if !handlers.watching {
		handlers.watching = true
		go watchSignals()
	}
}

// Stop causes package signal to stop relaying incoming signals to c.
// It undoes the effect of all prior calls to Notify using c.
// When Stop returns, it is guaranteed that c will receive no more signals.
func Stop(c chan<- os.Signal) {
	handlers.Lock()
	defer handlers.Unlock()
	want, ok := handlers.m[c]
	if !ok {
		return
	}
	delete(handlers.m, c)
	for n := 0; n < numSig; n++ {
		if want&(1<<uint(n)) != 0 {
			handlers.ref[n]--
			if handlers.ref[n] == 0 {
				signal_disable(uint32(n))
			}
		}
	}
}

// cancel stops relaying sigs to every channel and gives them action
// (signal_disable or signal_ignore).
func cancel(sigs []os.Signal, action func(uint32)) {
	handlers.Lock()
	defer handlers.Unlock()
	for _, n := range signums(sigs) {
		for c, want := range handlers.m {
			handlers.m[c] = want &^ (1 << uint(n))
		}
		handlers.ref[n] = 0
		action(uint32(n))
	}
}

// Ignore causes the provided signals to be ignored. If they are received by
// the program, nothing will happen. Ignore undoes the effect of any prior
// calls to Notify for the provided signals.
// If no signals are provided, all incoming signals will be ignored.
func Ignore(sig ...os.Signal) {
	cancel(sig, signal_ignore)
}

// Ignored reports whether sig is currently ignored.
func Ignored(sig os.Signal) bool {
	n := signum(sig)
	return n >= 0 && signal_ignored(uint32(n))
}

// Reset undoes the effect of any prior calls to Notify for the provided
// signals. If no signals are provided, all signal handlers will be reset.
func Reset(sig ...os.Signal) {
	cancel(sig, signal_disable)
}

// watchSignals delivers the signals that arrive, forever.
func watchSignals() {
	for {
		if taken := signal_take(); taken != 0 {
			for n := 1; n < numSig; n++ {
				if taken&(1<<uint(n-1)) != 0 {
					process(syscall.Signal(n))
				}
			}
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// process sends sig to every channel that wants it, without blocking.
func process(sig syscall.Signal) {
	n := signum(sig)
	handlers.Lock()
	defer handlers.Unlock()
	for c, want := range handlers.m {
		if want&(1<<uint(n)) != 0 {
			select {
			case c <- sig:
			default:
			}
		}
	}
}

// NotifyContext returns a copy of the parent context that is marked done
// (its Done channel is closed) when one of the listed signals arrives,
// when the returned stop function is called, or when the parent context's
// Done channel is closed, whichever happens first.
func NotifyContext(parent context.Context, signals ...os.Signal) (ctx context.Context, stop context.CancelFunc) {
	ctx, cancel := context.WithCancel(parent)
	c := &signalCtx{
		Context: ctx,
		cancel:  cancel,
		signals: signals,
	}
	c.ch = make(chan os.Signal, 1)
	Notify(c.ch, c.signals...)
	if ctx.Err() == nil {
		go func() {
			select {
			case <-c.ch:
				c.cancel()
			case <-c.Done():
			}
		}()
	}
	return c, c.stop
}

type signalCtx struct {
	context.Context

	cancel  context.CancelFunc
	signals []os.Signal
	ch      chan os.Signal
}

func (c *signalCtx) stop() {
	c.cancel()
	Stop(c.ch)
}

type stringer interface {
	String() string
}

func (c *signalCtx) String() string {
	var buf []byte
	// c.Context is WithCancel's: its name ends in ".WithCancel".
	name := c.Context.(stringer).String()
	name = name[:len(name)-len(".WithCancel")]
	buf = append(buf, "signal.NotifyContext("+name...)
	if len(c.signals) != 0 {
		buf = append(buf, ", ["...)
		for i, s := range c.signals {
			buf = append(buf, s.String()...)
			if i != len(c.signals)-1 {
				buf = append(buf, ' ')
			}
		}
		buf = append(buf, ']')
	}
	buf = append(buf, ')')
	return string(buf)
}
