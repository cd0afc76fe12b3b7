// This file implements FD, a descriptor whose I/O waits on the poller.
//
// Go guards an FD with a reference count (fdMutex) so that Close never
// closes a descriptor another thread is reading. gominic's goroutines
// share one thread and switch only where one parks: a goroutine parked
// in Read is woken by Close's evict and fails with errClosing before it
// touches the descriptor again, so a closed flag is enough.

package poll

import (
	"internal/syscall/unix"
	"io"
	"syscall"
	"unsafe"
)

// FD is a file descriptor. The net and os packages use this type as a
// field of a larger type representing a network connection or OS file.
type FD struct {
	// System file descriptor. Immutable until Close.
	Sysfd int

	// I/O poller.
	pd pollDesc

	// Whether this is a streaming descriptor, as opposed to a
	// packet-based descriptor like a UDP socket. Immutable.
	IsStream bool

	// Whether a zero byte read indicates EOF. This is false for a
	// message based socket connection.
	ZeroReadIsEOF bool

	isFile     bool // a file, not a network socket: its errors are os's
	isBlocking bool // the descriptor is in blocking mode (see WaitReadable)
	// neverBlocks: reading the descriptor never waits for long (a regular
	// file or directory, which the poller refuses with EPERM).
	neverBlocks bool
	closed      bool
}

// maxRW is the most a single read or write asks of a stream, as Go (some
// kernels fail larger ones).
const maxRW = 1 << 30

// Init initializes the FD. The Sysfd field should already be set.
// net is "file" for an os.File, else the network of a socket. pollable
// says whether the descriptor is non-blocking and should be registered
// with the poller; a descriptor the poller refuses stays blocking.
func (fd *FD) Init(net string, pollable bool) error {
	fd.isFile = net == "file"
	if !pollable {
		fd.isBlocking = true
		return nil
	}
	err := fd.pd.init(fd.Sysfd)
	if err != nil {
		fd.isBlocking = true
		fd.neverBlocks = err == syscall.EPERM
	}
	return err
}

// Close closes the FD: a goroutine waiting in Read, Write or Accept
// wakes and fails with errClosing.
func (fd *FD) Close() error {
	if fd.closed {
		return errClosing(fd.isFile)
	}
	fd.closed = true
	fd.pd.evict()
	fd.pd.close()
	return syscall.Close(fd.Sysfd)
}

// prepare says whether an I/O of mode ('r' or 'w') must fail before it
// starts: the FD is closed, or the poller says it is closing or its
// deadline has passed.
func (fd *FD) prepare(mode int) error {
	if fd.closed {
		return errClosing(fd.isFile)
	}
	return fd.pd.prepare(mode, fd.isFile)
}

// SetBlocking puts the descriptor in blocking mode (os.File.Fd does, as
// the descriptor may be handed to another program).
func (fd *FD) SetBlocking() error {
	fd.isBlocking = true
	return syscall.SetNonblock(fd.Sysfd, false)
}

// Read implements io.Reader.
func (fd *FD) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	if err := fd.prepare('r'); err != nil {
		return 0, err
	}
	if fd.IsStream && len(p) > maxRW {
		p = p[:maxRW]
	}
	for {
		if fd.isBlocking && fd.readWouldBlock() {
			if err := fd.WaitReadable(); err != nil {
				return 0, err
			}
		}
		n, err := syscall.Read(fd.Sysfd, p)
		if err != nil {
			var retry bool
			if retry, err = fd.again('r', err); retry {
				continue
			}
			n = 0
		}
		return n, fd.eofError(n, err)
	}
}

// again says whether an I/O of mode ('r' or 'w') that failed with err
// should be tried again: a signal interrupted it, or it would have
// blocked and the poller now reports the descriptor ready. If not, it
// returns the error to report (closing or timeout, if the wait failed).
func (fd *FD) again(mode int, err error) (bool, error) {
	switch {
	case err == syscall.EINTR:
		return true, nil
	case err == syscall.EAGAIN && fd.pd.pollable():
		if err = fd.pd.wait(mode, fd.isFile); err == nil {
			return true, nil
		}
	}
	return false, err
}

// Write implements io.Writer.
func (fd *FD) Write(p []byte) (int, error) {
	if err := fd.prepare('w'); err != nil {
		return 0, err
	}
	var nn int
	for {
		max := len(p)
		if fd.IsStream && max-nn > maxRW {
			max = nn + maxRW
		}
		n, err := syscall.Write(fd.Sysfd, p[nn:max])
		if n > 0 {
			nn += n
		}
		if nn == len(p) {
			return nn, err
		}
		if err != nil {
			var retry bool
			if retry, err = fd.again('w', err); retry {
				continue
			}
			return nn, err
		}
		if n == 0 {
			return nn, io.ErrUnexpectedEOF
		}
	}
}

// eofError turns a read of nothing into io.EOF where that means the end.
func (fd *FD) eofError(n int, err error) error {
	if n == 0 && err == nil && fd.ZeroReadIsEOF {
		return io.EOF
	}
	return err
}

// Accept wraps the accept network call: it waits for a connection and
// returns its non-blocking, close-on-exec descriptor, its address, and
// on failure the name of the system call that failed.
func (fd *FD) Accept() (int, syscall.Sockaddr, string, error) {
	if err := fd.prepare('r'); err != nil {
		return -1, nil, "", err
	}
	for {
		s, rsa, err := syscall.Accept4(fd.Sysfd, syscall.SOCK_NONBLOCK|syscall.SOCK_CLOEXEC)
		if err == nil {
			return s, rsa, "", nil
		}
		if err == syscall.ECONNABORTED {
			continue // a connection reset before it was accepted: take the next
		}
		var retry bool
		if retry, err = fd.again('r', err); retry {
			continue
		}
		return -1, nil, "accept4", err
	}
}

// ReadFrom wraps the recvfrom network call.
func (fd *FD) ReadFrom(p []byte) (int, syscall.Sockaddr, error) {
	if err := fd.prepare('r'); err != nil {
		return 0, nil, err
	}
	for {
		n, sa, err := syscall.Recvfrom(fd.Sysfd, p, 0)
		if err != nil {
			var retry bool
			if retry, err = fd.again('r', err); retry {
				continue
			}
			n = 0
		}
		return n, sa, fd.eofError(n, err)
	}
}

// WriteTo wraps the sendto network call.
func (fd *FD) WriteTo(p []byte, sa syscall.Sockaddr) (int, error) {
	if err := fd.prepare('w'); err != nil {
		return 0, err
	}
	for {
		err := syscall.Sendto(fd.Sysfd, p, 0, sa)
		if err == nil {
			return len(p), nil
		}
		var retry bool
		if retry, err = fd.again('w', err); retry {
			continue
		}
		return 0, err
	}
}

// Shutdown wraps syscall.Shutdown.
func (fd *FD) Shutdown(how int) error {
	if fd.closed {
		return errClosing(fd.isFile)
	}
	return syscall.Shutdown(fd.Sysfd, how)
}

// WaitWrite waits until data can be written to fd (a non-blocking
// connect has finished).
func (fd *FD) WaitWrite() error {
	return fd.pd.wait('w', fd.isFile)
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

// readWouldBlock reports whether read(2) on a blocking descriptor would
// block the thread every goroutine shares: nothing is there to read, and
// the program did not put the descriptor in non-blocking mode itself
// (syscall.SetNonblock), where read(2) fails with EAGAIN as in Go.
func (fd *FD) readWouldBlock() bool {
	if readable(fd.Sysfd) {
		return false
	}
	nb, err := unix.IsNonblock(fd.Sysfd)
	return err != nil || !nb
}

// WaitReadable stands in for the thread Go blocks in read(2) on a
// blocking descriptor (a Stdin that is a pipe, a File from NewFile of a
// blocking pipe, or after Fd; os also uses it for a FIFO awaiting its
// writer): gominic's goroutines share one thread, so until the
// descriptor is readable the goroutine parks on the poller, registering
// the descriptor the first time it must wait. A descriptor the poller
// refuses (a regular file) is always ready.
func (fd *FD) WaitReadable() error {
	for !fd.neverBlocks && !readable(fd.Sysfd) {
		if !fd.pd.pollable() {
			if err := fd.pd.init(fd.Sysfd); err != nil {
				fd.neverBlocks = true
				return nil
			}
		}
		if err := fd.pd.wait('r', fd.isFile); err != nil {
			return err
		}
	}
	return nil
}
