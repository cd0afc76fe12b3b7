// Package net provides a portable interface for network I/O, including
// TCP/IP, UDP and Unix domain sockets.
//
// Dial connects to a server, Listen makes a server's Listener:
//
//	conn, err := net.Dial("tcp", "127.0.0.1:8080")
//	ln, err := net.Listen("tcp", ":8080")
//
// gominic's sockets are non-blocking descriptors served by the runtime's
// poller (package internal/poll), as Go's: a Read, Write or Accept that
// must wait parks its goroutine, and deadlines and Close wake it. Name
// resolution reads /etc/hosts and /etc/services only: there is no DNS
// client, so a host name must be a literal address or listed there.
// There are no IP raw sockets (IPConn) and no interface listing.
package net

import "time"

// Addr represents a network end point address.
type Addr interface {
	Network() string // name of the network (for example, "tcp", "udp")
	String() string  // string form of address (for example, "192.0.2.1:25", "[2001:db8::1]:80")
}

// Conn is a generic stream-oriented network connection.
//
// Multiple goroutines may invoke methods on a Conn simultaneously.
type Conn interface {
	// Read reads data from the connection. It can be made to time out
	// and return an error after a fixed time limit; see SetDeadline and
	// SetReadDeadline.
	Read(b []byte) (n int, err error)

	// Write writes data to the connection. It can be made to time out
	// and return an error after a fixed time limit; see SetDeadline and
	// SetWriteDeadline.
	Write(b []byte) (n int, err error)

	// Close closes the connection. Any blocked Read or Write operations
	// will be unblocked and return errors.
	Close() error

	// LocalAddr returns the local network address, if known.
	LocalAddr() Addr

	// RemoteAddr returns the remote network address, if known.
	RemoteAddr() Addr

	// SetDeadline sets the read and write deadlines associated with the
	// connection. A zero value for t means I/O operations will not time
	// out; a passed deadline makes them fail with an error wrapping
	// os.ErrDeadlineExceeded.
	SetDeadline(t time.Time) error

	// SetReadDeadline sets the deadline for future Read calls and any
	// currently-blocked Read call.
	SetReadDeadline(t time.Time) error

	// SetWriteDeadline sets the deadline for future Write calls and any
	// currently-blocked Write call.
	SetWriteDeadline(t time.Time) error
}

// An Error represents a network error.
type Error interface {
	error
	Timeout() bool // Is the error a timeout?

	// Deprecated: Temporary errors are not well-defined.
	Temporary() bool
}

// A ParseError is the error type of literal network address parsers.
type ParseError struct {
	// Type is the type of string that was expected, such as
	// "IP address", "CIDR address".
	Type string

	// Text is the malformed text string.
	Text string
}

func (e *ParseError) Error() string   { return "invalid " + e.Type + ": " + e.Text }
func (e *ParseError) Timeout() bool   { return false }
func (e *ParseError) Temporary() bool { return false }

// An AddrError is an error about an address.
type AddrError struct {
	Err  string
	Addr string
}

func (e *AddrError) Error() string {
	if e == nil {
		return "<nil>"
	}
	if e.Addr == "" {
		return e.Err
	}
	return "address " + e.Addr + ": " + e.Err
}

func (e *AddrError) Timeout() bool   { return false }
func (e *AddrError) Temporary() bool { return false }

// An UnknownNetworkError is the error of a network name no function knows.
type UnknownNetworkError string

func (e UnknownNetworkError) Error() string   { return "unknown network " + string(e) }
func (e UnknownNetworkError) Timeout() bool   { return false }
func (e UnknownNetworkError) Temporary() bool { return false }

// An InvalidAddrError is the error of an address that makes no sense.
type InvalidAddrError string

func (e InvalidAddrError) Error() string   { return string(e) }
func (e InvalidAddrError) Timeout() bool   { return false }
func (e InvalidAddrError) Temporary() bool { return false }

// OpError is the error type usually returned by functions in the net
// package. It describes the operation, network type, and address of an
// error.
type OpError struct {
	// Op is the operation which caused the error, such as "read" or
	// "write".
	Op string

	// Net is the network type on which this error occurred, such as
	// "tcp", "udp6" or "pipe".
	Net string

	// Source is the local address of a connection's operation, if any.
	Source Addr

	// Addr is the network address for which this error occurred: the
	// remote one of a connection's operation.
	Addr Addr

	// Err is the error that occurred during the operation. The Error
	// method panics if the error is nil.
	Err error
}

func (e *OpError) Unwrap() error { return e.Err }

// Error is "op net source->addr: err", each part present if set.
func (e *OpError) Error() string {
	if e == nil {
		return "<nil>"
	}
	s := e.Op
	if e.Net != "" {
		s += " " + e.Net
	}
	if e.Source != nil {
		s += " " + e.Source.String()
	}
	if e.Addr != nil {
		if e.Source != nil {
			s += "->"
		} else {
			s += " "
		}
		s += e.Addr.String()
	}
	return s + ": " + e.Err.Error()
}

// Timeout and Temporary report what the wrapped error says of itself.
func (e *OpError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

func (e *OpError) Temporary() bool {
	t, ok := e.Err.(interface{ Temporary() bool })
	return ok && t.Temporary()
}
