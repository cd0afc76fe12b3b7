// This file implements conn, the methods every socket connection shares
// (TCPConn, UDPConn and UnixConn embed it), and Listener. Each failure
// is an *OpError naming the operation, the network and both addresses:
// "read tcp 127.0.0.1:8080->127.0.0.1:40000: i/o timeout".

package net

import (
	"internal/poll"
	"io"
	"os"
	"syscall"
	"time"
)

// ErrClosed is the error returned by an I/O call on a network
// connection that has already been closed, or that is closed by another
// goroutine before the I/O is completed.
var ErrClosed error = poll.ErrNetClosing

// A Listener is a generic network listener for stream-oriented protocols.
type Listener interface {
	// Accept waits for and returns the next connection to the listener.
	Accept() (Conn, error)

	// Close closes the listener.
	// Any blocked Accept operations will be unblocked and return errors.
	Close() error

	// Addr returns the listener's network address.
	Addr() Addr
}

// conn is a connected socket.
type conn struct {
	fd *netFD
}

func (c *conn) ok() bool { return c != nil && c.fd != nil }

// opError wraps err of operation op on c.
func (c *conn) opError(op string, err error) error {
	return &OpError{Op: op, Net: c.fd.net, Source: c.fd.laddr, Addr: c.fd.raddr, Err: err}
}

// Read implements the Conn Read method.
func (c *conn) Read(b []byte) (int, error) {
	if !c.ok() {
		return 0, syscall.EINVAL
	}
	n, err := c.fd.Read(b)
	if err != nil && err != io.EOF {
		err = c.opError("read", err)
	}
	return n, err
}

// Write implements the Conn Write method.
func (c *conn) Write(b []byte) (int, error) {
	if !c.ok() {
		return 0, syscall.EINVAL
	}
	n, err := c.fd.Write(b)
	if err != nil {
		err = c.opError("write", err)
	}
	return n, err
}

// Close closes the connection.
func (c *conn) Close() error {
	if !c.ok() {
		return syscall.EINVAL
	}
	if err := c.fd.Close(); err != nil {
		return c.opError("close", err)
	}
	return nil
}

// LocalAddr returns the local network address.
// The Addr returned is shared by all invocations of LocalAddr, so
// do not modify it.
func (c *conn) LocalAddr() Addr {
	if !c.ok() {
		return nil
	}
	return c.fd.laddr
}

// RemoteAddr returns the remote network address.
// The Addr returned is shared by all invocations of RemoteAddr, so
// do not modify it.
func (c *conn) RemoteAddr() Addr {
	if !c.ok() {
		return nil
	}
	return c.fd.raddr
}

// SetDeadline implements the Conn SetDeadline method.
func (c *conn) SetDeadline(t time.Time) error {
	return c.setDeadline(c.fd.pfd.SetDeadline, t)
}

// SetReadDeadline implements the Conn SetReadDeadline method.
func (c *conn) SetReadDeadline(t time.Time) error {
	return c.setDeadline(c.fd.pfd.SetReadDeadline, t)
}

// SetWriteDeadline implements the Conn SetWriteDeadline method.
func (c *conn) SetWriteDeadline(t time.Time) error {
	return c.setDeadline(c.fd.pfd.SetWriteDeadline, t)
}

func (c *conn) setDeadline(set func(time.Time) error, t time.Time) error {
	if !c.ok() {
		return syscall.EINVAL
	}
	if err := set(t); err != nil {
		return c.opError("set", err)
	}
	return nil
}

// SetReadBuffer sets the size of the operating system's
// receive buffer associated with the connection.
func (c *conn) SetReadBuffer(bytes int) error {
	return c.setsockopt(syscall.SOL_SOCKET, syscall.SO_RCVBUF, bytes)
}

// SetWriteBuffer sets the size of the operating system's
// transmit buffer associated with the connection.
func (c *conn) SetWriteBuffer(bytes int) error {
	return c.setsockopt(syscall.SOL_SOCKET, syscall.SO_SNDBUF, bytes)
}

// setsockopt sets an integer option of the socket, as the Set methods do.
func (c *conn) setsockopt(level, opt, value int) error {
	if !c.ok() {
		return syscall.EINVAL
	}
	if err := syscall.SetsockoptInt(c.fd.pfd.Sysfd, level, opt, value); err != nil {
		return c.opError("set", os.NewSyscallError("setsockopt", err))
	}
	return nil
}

// File returns a copy of the underlying os.File: closing one does not
// close the other.
func (c *conn) File() (f *os.File, err error) {
	if !c.ok() {
		return nil, syscall.EINVAL
	}
	f, err = c.fd.dup()
	if err != nil {
		err = c.opError("file", err)
	}
	return
}

// dup returns a blocking os.File of a copy of the descriptor, as Go's.
func (fd *netFD) dup() (*os.File, error) {
	ns, err := syscall.Dup(fd.pfd.Sysfd)
	if err != nil {
		return nil, os.NewSyscallError("dup", err)
	}
	syscall.CloseOnExec(ns)
	return os.NewFile(uintptr(ns), fd.name()), nil
}

// name is the name of a socket's File: "tcp:127.0.0.1:1->127.0.0.1:2".
func (fd *netFD) name() string {
	var ls, rs string
	if fd.laddr != nil {
		ls = fd.laddr.String()
	}
	if fd.raddr != nil {
		rs = fd.raddr.String()
	}
	return fd.net + ":" + ls + "->" + rs
}
