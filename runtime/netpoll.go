// This file implements the network poller: how a goroutine waits for a
// descriptor (a socket, the end of a pipe, a FIFO, a terminal) to become
// readable or writable without stopping the others.
//
// All goroutines share one thread, so a read(2) that blocks would stop
// every one of them. As in Go, internal/poll (for os and net) makes such
// a descriptor non-blocking and registers it here (pollOpen): a read or
// write that would block fails with EAGAIN, and the goroutine parks on
// the descriptor's pollDesc (pollWait). The scheduler asks the kernel
// which descriptors are ready (netpoll, netpoll_epoll.go) when it has
// nothing else to run, and now and then while it has (findrunnable in
// sched.go), and readies the goroutines parked on them.
//
// A pollDesc also carries the descriptor's read and write deadlines (a
// runtime timer each wakes the waiter with errTimeout) and its closing
// flag: Close first calls pollUnblock, which wakes a parked reader or
// writer with errClosing, so the Read returns "use of closed file".
//
// Nothing here runs until a program registers its first descriptor: the
// epoll instance is made then, and the scheduler polls only while some
// goroutine waits on it.

package runtime

// pollWait's results, as package internal/poll reads them (Go's pollNoError,
// pollErrClosing, pollErrTimeout).
const (
	pollNoError    = 0
	pollErrClosing = 1
	pollErrTimeout = 2
)

// A pollDesc is a registered descriptor. pollDescs are never freed, only
// reused (pollcache), since the kernel may still report an event for one
// whose descriptor was just closed.
type pollDesc struct {
	link    *pollDesc // next free pollDesc
	fd      uintptr
	closing bool // pollUnblock was called: waits fail with errClosing
	closed  bool // pollClose was called: the last goroutine in pollWait frees it
	users   int  // goroutines in pollWait, parked or woken but not yet returned

	// rg and wg list the goroutines parked waiting to read and to write
	// (linked through schedlink, which a parked g does not use: several
	// goroutines may read one File at once); rready and wready record a
	// readiness the poller reported while nobody waited, so the next wait
	// returns at once.
	rg, wg         *g
	rready, wready bool

	// rd and wd are the deadlines on the nanotime clock: 0 none, -1 passed.
	rd, wd int64
	rt, wt timer // the timers that fire at rd and wd
}

var (
	pollcache      *pollDesc   // free pollDescs
	allpolls       []*pollDesc // every pollDesc made, so the collector keeps them
	netpollfd      = -1        // the epoll descriptor, once made
	netpollWaiters int         // goroutines parked in pollWait
	lastpoll       int64       // nanotime of the last netpoll
)

// poll_runtime_pollOpen serves internal/poll: register fd with the poller. It
// returns the pollDesc and 0, or nil and the errno of the failure (EPERM
// for a regular file, which epoll refuses: it is always ready).
func poll_runtime_pollOpen(fd uintptr) (*pollDesc, int) {
	if netpollfd < 0 {
		if errno := netpollinit(); errno != 0 {
			return nil, errno
		}
	}
	pd := pollcacheAlloc()
	*pd = pollDesc{fd: fd}
	if errno := netpollopen(fd, pd); errno != 0 {
		pollcacheFree(pd)
		return nil, errno
	}
	return pd, 0
}

// poll_runtime_pollClose serves internal/poll: forget pd, whose descriptor is about
// to be closed.
func poll_runtime_pollClose(pd *pollDesc) {
	if pd.rg != nil || pd.wg != nil {
		throw("runtime: pollClose of a descriptor still waited on")
	}
	netpollclose(pd.fd)
	stopTimer(&pd.rt)
	stopTimer(&pd.wt)
	pd.closed = true
	if pd.users == 0 {
		pollcacheFree(pd)
	}
}

// pollcacheAlloc takes a free pollDesc, or makes one.
func pollcacheAlloc() *pollDesc {
	pd := pollcache
	if pd == nil {
		pd = new(pollDesc)
		allpolls = append(allpolls, pd)
	} else {
		pollcache = pd.link
	}
	return pd
}

func pollcacheFree(pd *pollDesc) {
	*pd = pollDesc{link: pollcache}
	pollcache = pd
}

// poll_runtime_pollWait serves internal/poll: park until pd is ready for mode ('r'
// or 'w'), its deadline passes or it is closed, and say which. Close
// wakes a parked reader, then closes pd before the reader runs again: pd
// is freed only when the reader has left.
func poll_runtime_pollWait(pd *pollDesc, mode int) int {
	pd.users++
	errcode := netpollblock(pd, mode)
	pd.users--
	if pd.closed && pd.users == 0 {
		pollcacheFree(pd)
	}
	return errcode
}

// netpollblock parks the goroutine on pd until pollWait can return: a
// woken goroutine returns at once, to try its read or write again (the
// first to read may leave nothing for the others: they wait again).
func netpollblock(pd *pollDesc, mode int) int {
	if errcode := pollCheckErr(pd, mode); errcode != pollNoError {
		return errcode
	}
	ready, gpp := &pd.rready, &pd.rg
	if mode == 'w' {
		ready, gpp = &pd.wready, &pd.wg
	}
	if *ready {
		*ready = false
		return pollNoError
	}
	curg.schedlink = *gpp
	*gpp = curg
	netpollWaiters++
	gopark(waitReasonIOWait)
	return pollCheckErr(pd, mode)
}

// pollCheckErr returns errClosing or errTimeout when a wait on pd for mode
// must fail.
func pollCheckErr(pd *pollDesc, mode int) int {
	if pd.closing {
		return pollErrClosing
	}
	if (mode == 'r' && pd.rd < 0) || (mode == 'w' && pd.wd < 0) {
		return pollErrTimeout
	}
	return pollNoError
}

// poll_runtime_pollSetDeadline serves internal/poll: the deadline for mode ('r',
// 'w', or 'r'+'w' for both) is d nanoseconds from now: 0 for none, below
// 0 already passed.
func poll_runtime_pollSetDeadline(pd *pollDesc, d int64, mode int) {
	if mode == 'r' || mode == 'r'+'w' {
		pd.rd = setDeadline(&pd.rt, d, pd, netpollReadDeadline)
	}
	if mode == 'w' || mode == 'r'+'w' {
		pd.wd = setDeadline(&pd.wt, d, pd, netpollWriteDeadline)
	}
	if pd.rd < 0 {
		netpollunblock(pd, 'r')
	}
	if pd.wd < 0 {
		netpollunblock(pd, 'w')
	}
}

// setDeadline (re)arms t to call f at d nanoseconds from now and returns
// the deadline as a pollDesc keeps it.
func setDeadline(t *timer, d int64, pd *pollDesc, f func(any, uintptr)) int64 {
	stopTimer(t)
	switch {
	case d == 0:
		return 0
	case d < 0:
		return -1
	}
	when := nanotime() + d
	if when < 0 {
		when = maxWhen // past the end of int64: never
	}
	modTimer(t, when, 0, f, pd, 0)
	return when
}

// netpollReadDeadline is the read deadline's timer: the deadline has
// passed, and a parked reader wakes to fail with errTimeout.
func netpollReadDeadline(arg any, seq uintptr) {
	pd := arg.(*pollDesc)
	pd.rd = -1
	netpollunblock(pd, 'r')
}

// netpollWriteDeadline is the write deadline's timer.
func netpollWriteDeadline(arg any, seq uintptr) {
	pd := arg.(*pollDesc)
	pd.wd = -1
	netpollunblock(pd, 'w')
}

// poll_runtime_pollUnblock serves internal/poll's Close: every wait on pd, now and
// later, fails with errClosing.
func poll_runtime_pollUnblock(pd *pollDesc) {
	pd.closing = true
	netpollunblock(pd, 'r')
	netpollunblock(pd, 'w')
}

// netpollunblock readies the goroutines parked on pd for mode: each sees
// why when its pollWait checks pd again.
func netpollunblock(pd *pollDesc, mode int) {
	gpp := &pd.rg
	if mode == 'w' {
		gpp = &pd.wg
	}
	gp := *gpp
	*gpp = nil
	for gp != nil {
		next := gp.schedlink
		netpollWaiters--
		ready(gp, false)
		gp = next
	}
}

// netpollready records that the kernel reported pd ready for mode ('r',
// 'w' or both) and readies the goroutines waiting for it.
func netpollready(pd *pollDesc, mode int) {
	if mode == 'r' || mode == 'r'+'w' {
		pd.rready = true
		netpollunblock(pd, 'r')
	}
	if mode == 'w' || mode == 'r'+'w' {
		pd.wready = true
		netpollunblock(pd, 'w')
	}
}

// netpollDue reports whether the scheduler, while goroutines wait on
// descriptors, should poll even with goroutines to run: the last poll is
// at least 10 ms old (Go's sysmon polls as often), and without it a
// goroutine that never blocks would keep the waiters from ever waking.
func netpollDue(now int64) bool {
	return now-lastpoll >= 10*1000*1000
}

// poll_runtime_pollReset serves internal/poll before a read or write: it forgets a
// readiness reported earlier (the read itself finds out) and says whether
// the operation must fail at once (closed, or its deadline passed).
func poll_runtime_pollReset(pd *pollDesc, mode int) int {
	if mode == 'r' {
		pd.rready = false
	} else {
		pd.wready = false
	}
	return pollCheckErr(pd, mode)
}
