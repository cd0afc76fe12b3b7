// This file implements Unix domain sockets: UnixAddr, UnixConn and
// UnixListener, for the networks "unix" (stream), "unixgram"
// (datagrams) and "unixpacket" (sequenced packets).

package net

import (
	"context"
	"os"
	"syscall"
	"time"
)

// UnixAddr represents the address of a Unix domain socket end point.
type UnixAddr struct {
	Name string
	Net  string
}

// Network returns the address's network name, "unix", "unixgram" or
// "unixpacket".
func (a *UnixAddr) Network() string { return a.Net }

func (a *UnixAddr) String() string {
	if a == nil {
		return "<nil>"
	}
	return a.Name
}

func (a *UnixAddr) isWildcard() bool { return a == nil || a.Name == "" }

func (a *UnixAddr) family() int { return syscall.AF_UNIX }

func (a *UnixAddr) sockaddr(family int) (syscall.Sockaddr, error) {
	if a == nil {
		return nil, nil
	}
	return &syscall.SockaddrUnix{Name: a.Name}, nil
}

// opAddr is a as an Addr: nil, not a nil *UnixAddr, for none.
func (a *UnixAddr) opAddr() Addr {
	if a == nil {
		return nil
	}
	return a
}

// sockaddrToUnix and its kin are the *UnixAddr of a Unix socket address.
func sockaddrToUnix(sa syscall.Sockaddr) Addr       { return unixAddr(sa, "unix") }
func sockaddrToUnixgram(sa syscall.Sockaddr) Addr   { return unixAddr(sa, "unixgram") }
func sockaddrToUnixpacket(sa syscall.Sockaddr) Addr { return unixAddr(sa, "unixpacket") }

func unixAddr(sa syscall.Sockaddr, net string) Addr {
	if s, ok := sa.(*syscall.SockaddrUnix); ok {
		return &UnixAddr{Name: s.Name, Net: net}
	}
	return nil
}

// ResolveUnixAddr returns an address of Unix domain socket end point.
//
// The network must be a Unix network name.
func ResolveUnixAddr(network, address string) (*UnixAddr, error) {
	switch network {
	case "unix", "unixgram", "unixpacket":
		return &UnixAddr{Name: address, Net: network}, nil
	}
	return nil, UnknownNetworkError(network)
}

// UnixConn is an implementation of the Conn interface for connections
// to Unix domain sockets.
type UnixConn struct {
	conn
}

// CloseRead shuts down the reading side of the Unix domain connection.
// Most callers should just use Close.
func (c *UnixConn) CloseRead() error { return c.shutdown("close", c.fd.closeRead) }

// CloseWrite shuts down the writing side of the Unix domain connection.
// Most callers should just use Close.
func (c *UnixConn) CloseWrite() error { return c.shutdown("close", c.fd.closeWrite) }

// ReadFromUnix acts like ReadFrom but returns a UnixAddr.
func (c *UnixConn) ReadFromUnix(b []byte) (int, *UnixAddr, error) {
	n, sa, err := c.readFrom(b)
	addr, _ := unixAddr(sa, c.fd.net).(*UnixAddr)
	return n, addr, err
}

// ReadFrom implements the PacketConn ReadFrom method.
func (c *UnixConn) ReadFrom(b []byte) (int, Addr, error) {
	n, addr, err := c.ReadFromUnix(b)
	return n, addr.opAddr(), err
}

// WriteToUnix acts like WriteTo but takes a UnixAddr.
func (c *UnixConn) WriteToUnix(b []byte, addr *UnixAddr) (int, error) {
	return c.writeTo(b, addr.opAddr())
}

// WriteTo implements the PacketConn WriteTo method.
func (c *UnixConn) WriteTo(b []byte, addr Addr) (int, error) {
	return c.writeTo(b, addr)
}

// DialUnix acts like Dial for Unix networks.
//
// The network must be a Unix network name. If laddr is non-nil, it is
// used as the local address for the connection.
func DialUnix(network string, laddr, raddr *UnixAddr) (*UnixConn, error) {
	switch network {
	case "unix", "unixgram", "unixpacket":
	default:
		return nil, &OpError{Op: "dial", Net: network, Source: laddr.opAddr(), Addr: raddr.opAddr(), Err: UnknownNetworkError(network)}
	}
	c, err := dialUnix(context.Background(), network, laddr, raddr, nil)
	if err != nil {
		return nil, &OpError{Op: "dial", Net: network, Source: laddr.opAddr(), Addr: raddr.opAddr(), Err: err}
	}
	return c, nil
}

func dialUnix(ctx context.Context, net string, laddr, raddr *UnixAddr, ctrlFn controlFunc) (*UnixConn, error) {
	fd, err := unixSocket(ctx, net, laddr, raddr, "dial", ctrlFn)
	if err != nil {
		return nil, err
	}
	return &UnixConn{conn{fd}}, nil
}

// unixSotype is the socket type of a Unix network.
func unixSotype(net string) int {
	switch net {
	case "unixgram":
		return syscall.SOCK_DGRAM
	case "unixpacket":
		return syscall.SOCK_SEQPACKET
	}
	return syscall.SOCK_STREAM
}

// unixSocket makes a Unix socket: for mode "dial", bound to laddr if
// given and connected to raddr (a datagram socket may have no peer);
// for "listen", bound to laddr.
func unixSocket(ctx context.Context, net string, laddr, raddr *UnixAddr, mode string, ctrlFn controlFunc) (*netFD, error) {
	sotype := unixSotype(net)
	var la, ra sockaddr
	if !laddr.isWildcard() {
		la = laddr
	}
	if mode == "dial" && !raddr.isWildcard() {
		ra = raddr
	}
	if mode == "dial" && ra == nil && (sotype != syscall.SOCK_DGRAM || la == nil) {
		return nil, errMissingAddress
	}
	return socket(ctx, net, syscall.AF_UNIX, sotype, 0, false, la, ra, ctrlFn)
}

// UnixListener is a Unix domain socket listener. Clients should
// typically use variables of type Listener instead of assuming Unix
// domain sockets.
type UnixListener struct {
	listener
	path   string
	unlink bool // Close removes the socket file
}

// base is the listener l embeds, or nil for a nil l: its methods then
// return syscall.EINVAL, as Go's do, where a promoted method would
// dereference nil.
func (l *UnixListener) base() *listener {
	if l == nil {
		return nil
	}
	return &l.listener
}

// AcceptUnix accepts the next incoming call and returns the new
// connection.
func (l *UnixListener) AcceptUnix() (*UnixConn, error) {
	fd, err := l.base().accept()
	if err != nil {
		return nil, err
	}
	return &UnixConn{conn{fd}}, nil
}

// Accept implements the Accept method in the Listener interface.
// Returned connections will be of type *UnixConn.
func (l *UnixListener) Accept() (Conn, error) {
	c, err := l.AcceptUnix()
	if err != nil {
		return nil, err
	}
	return c, nil
}

// Close stops listening on the Unix address, and removes the socket
// file it made (see SetUnlinkOnClose). Already accepted connections
// are not closed.
func (l *UnixListener) Close() error {
	if l.base().ok() && l.unlink && l.path != "" && l.path[0] != '@' {
		syscall.Unlink(l.path)
		l.unlink = false
	}
	return l.base().close()
}

// SetDeadline sets the deadline associated with the listener.
// A zero time value disables the deadline.
func (l *UnixListener) SetDeadline(t time.Time) error { return l.base().SetDeadline(t) }

// SyscallConn returns a raw network connection.
func (l *UnixListener) SyscallConn() (syscall.RawConn, error) { return l.base().SyscallConn() }

// File returns a copy of the underlying os.File: closing one does not
// close the other.
func (l *UnixListener) File() (*os.File, error) { return l.base().File() }

// SetUnlinkOnClose sets whether the underlying socket file should be
// removed from the file system when the listener is closed.
func (l *UnixListener) SetUnlinkOnClose(unlink bool) {
	l.unlink = unlink
}

// ListenUnix acts like Listen for Unix networks.
//
// The network must be "unix" or "unixpacket".
func ListenUnix(network string, laddr *UnixAddr) (*UnixListener, error) {
	switch network {
	case "unix", "unixpacket":
	default:
		return nil, &OpError{Op: "listen", Net: network, Source: nil, Addr: laddr.opAddr(), Err: UnknownNetworkError(network)}
	}
	if laddr == nil {
		return nil, &OpError{Op: "listen", Net: network, Source: nil, Addr: nil, Err: errMissingAddress}
	}
	l, err := listenUnix(context.Background(), network, laddr, nil)
	if err != nil {
		return nil, &OpError{Op: "listen", Net: network, Source: nil, Addr: laddr.opAddr(), Err: err}
	}
	return l, nil
}

func listenUnix(ctx context.Context, network string, laddr *UnixAddr, ctrlFn controlFunc) (*UnixListener, error) {
	fd, err := unixSocket(ctx, network, laddr, nil, "listen", ctrlFn)
	if err != nil {
		return nil, err
	}
	return &UnixListener{listener: listener{fd}, path: fd.laddr.String(), unlink: true}, nil
}

// ListenUnixgram acts like ListenPacket for Unix networks.
//
// The network must be "unixgram".
func ListenUnixgram(network string, laddr *UnixAddr) (*UnixConn, error) {
	switch network {
	case "unixgram":
	default:
		return nil, &OpError{Op: "listen", Net: network, Source: nil, Addr: laddr.opAddr(), Err: UnknownNetworkError(network)}
	}
	if laddr == nil {
		return nil, &OpError{Op: "listen", Net: network, Source: nil, Addr: nil, Err: errMissingAddress}
	}
	c, err := listenUnixgram(context.Background(), network, laddr, nil)
	if err != nil {
		return nil, &OpError{Op: "listen", Net: network, Source: nil, Addr: laddr.opAddr(), Err: err}
	}
	return c, nil
}

func listenUnixgram(ctx context.Context, network string, laddr *UnixAddr, ctrlFn controlFunc) (*UnixConn, error) {
	fd, err := unixSocket(ctx, network, laddr, nil, "listen", ctrlFn)
	if err != nil {
		return nil, err
	}
	return &UnixConn{conn{fd}}, nil
}
