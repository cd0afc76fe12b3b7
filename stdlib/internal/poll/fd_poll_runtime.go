// This file implements pollDesc, a descriptor's registration with the
// runtime's poller (runtime/netpoll.go), and the deadlines it keeps.

package poll

import (
	"syscall"
	"time"
)

//go:linkname runtime_pollOpen runtime.poll_runtime_pollOpen
func runtime_pollOpen(fd uintptr) (uintptr, int)

//go:linkname runtime_pollClose runtime.poll_runtime_pollClose
func runtime_pollClose(ctx uintptr)

//go:linkname runtime_pollWait runtime.poll_runtime_pollWait
func runtime_pollWait(ctx uintptr, mode int) int

//go:linkname runtime_pollReset runtime.poll_runtime_pollReset
func runtime_pollReset(ctx uintptr, mode int) int

//go:linkname runtime_pollSetDeadline runtime.poll_runtime_pollSetDeadline
func runtime_pollSetDeadline(ctx uintptr, d int64, mode int)

//go:linkname runtime_pollUnblock runtime.poll_runtime_pollUnblock
func runtime_pollUnblock(ctx uintptr)

// pollWait's results (the runtime's pollNoError, pollErrClosing,
// pollErrTimeout).
const (
	pollNoError    = 0
	pollErrClosing = 1
	pollErrTimeout = 2
)

// pollDesc is an FD's registration with the poller; runtimeCtx is 0
// while there is none.
type pollDesc struct {
	runtimeCtx uintptr
}

// init registers fd. It fails with EPERM for a regular file or a
// directory, which epoll refuses: reading them never waits for long.
func (pd *pollDesc) init(fd int) error {
	ctx, errno := runtime_pollOpen(uintptr(fd))
	if errno != 0 {
		return syscall.Errno(errno)
	}
	pd.runtimeCtx = ctx
	return nil
}

func (pd *pollDesc) pollable() bool { return pd.runtimeCtx != 0 }

// evict makes every wait on the descriptor, now and later, fail with
// errClosing: Close wakes a goroutine parked in Read.
func (pd *pollDesc) evict() {
	if pd.pollable() {
		runtime_pollUnblock(pd.runtimeCtx)
	}
}

// close ends the registration, before the descriptor is closed.
func (pd *pollDesc) close() {
	if pd.pollable() {
		runtime_pollClose(pd.runtimeCtx)
		pd.runtimeCtx = 0
	}
}

// prepare says whether a read ('r') or write ('w') must fail before it
// starts: the descriptor is closing or its deadline has passed.
func (pd *pollDesc) prepare(mode int, isFile bool) error {
	if !pd.pollable() {
		return nil
	}
	return convertErr(runtime_pollReset(pd.runtimeCtx, mode), isFile)
}

// wait parks the goroutine until the descriptor is ready for mode.
func (pd *pollDesc) wait(mode int, isFile bool) error {
	return convertErr(runtime_pollWait(pd.runtimeCtx, mode), isFile)
}

// convertErr turns the runtime's pollWait result into an error.
func convertErr(res int, isFile bool) error {
	switch res {
	case pollErrClosing:
		return errClosing(isFile)
	case pollErrTimeout:
		return ErrDeadlineExceeded
	}
	return nil
}

// SetDeadline sets the read and write deadlines associated with fd.
func (fd *FD) SetDeadline(t time.Time) error { return setDeadlineImpl(fd, t, 'r'+'w') }

// SetReadDeadline sets the read deadline associated with fd.
func (fd *FD) SetReadDeadline(t time.Time) error { return setDeadlineImpl(fd, t, 'r') }

// SetWriteDeadline sets the write deadline associated with fd.
func (fd *FD) SetWriteDeadline(t time.Time) error { return setDeadlineImpl(fd, t, 'w') }

// setDeadlineImpl sets the deadline of mode ('r', 'w' or 'r'+'w') to t;
// a zero t means none. Only a descriptor the poller serves has deadlines.
func setDeadlineImpl(fd *FD, t time.Time, mode int) error {
	var d int64
	if !t.IsZero() {
		d = int64(time.Until(t))
		if d == 0 {
			d = -1 // a deadline of now has passed; 0 would mean none
		}
	}
	if !fd.pd.pollable() {
		return ErrNoDeadline
	}
	runtime_pollSetDeadline(fd.pd.runtimeCtx, d, mode)
	return nil
}
