// This file implements how a File waits for its descriptor without
// stopping the other goroutines: a pollDesc registers the descriptor with
// the runtime's poller (runtime/netpoll.go), as Go's internal/poll does.

package os

import (
	"syscall"
	"time"
	"unsafe"
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

// pollDesc is a File's registration with the poller; runtimeCtx is 0
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
// ErrClosed: Close wakes a goroutine parked in Read.
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
// starts: the file is closing or its deadline has passed.
func (pd *pollDesc) prepare(mode int) error {
	if !pd.pollable() {
		return nil
	}
	return convertErr(runtime_pollReset(pd.runtimeCtx, mode))
}

// wait parks the goroutine until the descriptor is ready for mode.
func (pd *pollDesc) wait(mode int) error {
	return convertErr(runtime_pollWait(pd.runtimeCtx, mode))
}

// convertErr turns the runtime's pollWait result into os's errors.
func convertErr(res int) error {
	switch res {
	case 1:
		return ErrClosed
	case 2:
		return ErrDeadlineExceeded
	}
	return nil
}

// setDeadline sets the deadline of mode ('r', 'w' or 'r'+'w') to t; a
// zero t means none.
func (pd *pollDesc) setDeadline(t time.Time, mode int) {
	var d int64
	if !t.IsZero() {
		d = int64(time.Until(t))
		if d == 0 {
			d = -1 // a deadline of now has passed; 0 would mean none
		}
	}
	runtime_pollSetDeadline(pd.runtimeCtx, d, mode)
}

// pollfd is poll(2)'s struct pollfd.
type pollfd struct {
	fd      int32
	events  int16
	revents int16
}

const (
	_POLLIN   = 0x1
	_POLLERR  = 0x8
	_POLLHUP  = 0x10
	_POLLNVAL = 0x20
)

// readable reports whether a read of fd would not block now (poll(2)
// with no timeout): data, end of file or an error is waiting.
func readable(fd int) bool {
	p := pollfd{fd: int32(fd), events: _POLLIN}
	n, _, e := syscall.Syscall(syscall.SYS_POLL, uintptr(unsafe.Pointer(&p)), 1, 0)
	return e != 0 || (n == 1 && p.revents&(_POLLIN|_POLLERR|_POLLHUP|_POLLNVAL) != 0)
}

// waitReadable stands in for the thread Go blocks in read(2) on a
// blocking descriptor (a Stdin that is a pipe, a File from NewFile of a
// blocking pipe, or after Fd): gominic's goroutines share one thread, so
// until the descriptor is readable the goroutine parks on the poller,
// registering the descriptor the first time it must wait. A descriptor
// the poller refuses (a regular file) is always ready.
func (f *File) waitReadable() error {
	for !f.neverBlocks && !readable(f.fd) {
		if !f.pd.pollable() {
			if f.pd.init(f.fd) != nil {
				f.neverBlocks = true
				return nil
			}
		}
		if err := f.pd.wait('r'); err != nil {
			return err
		}
	}
	return nil
}
