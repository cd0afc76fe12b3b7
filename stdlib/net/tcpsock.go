// This file implements TCP: TCPAddr, TCPConn and TCPListener.

package net

import (
	"context"
	"io"
	"os"
	"syscall"
	"time"
)

// TCPAddr represents the address of a TCP end point.
type TCPAddr struct {
	IP   IP
	Port int
	Zone string // IPv6 scoped addressing zone
}

// Network returns the address's network name, "tcp".
func (a *TCPAddr) Network() string { return "tcp" }

func (a *TCPAddr) String() string {
	if a == nil {
		return "<nil>"
	}
	ip := ipEmptyString(a.IP)
	if a.Zone != "" {
		ip += "%" + a.Zone
	}
	return JoinHostPort(ip, itoa(a.Port))
}

func (a *TCPAddr) isWildcard() bool { return a == nil || isWildcardIP(a.IP) }

func (a *TCPAddr) family() int {
	if a == nil {
		return syscall.AF_INET
	}
	return ipFamily(a.IP)
}

func (a *TCPAddr) sockaddr(family int) (syscall.Sockaddr, error) {
	if a == nil {
		return nil, nil
	}
	return ipToSockaddr(family, a.IP, a.Port, a.Zone)
}

// opAddr is a as an Addr: nil, not a nil *TCPAddr, for none.
func (a *TCPAddr) opAddr() Addr {
	if a == nil {
		return nil
	}
	return a
}

// sockaddrToTCP is the *TCPAddr of an internet socket address.
func sockaddrToTCP(sa syscall.Sockaddr) Addr {
	if ip, port, zone, ok := sockaddrIP(sa); ok {
		return &TCPAddr{IP: ip, Port: port, Zone: zone}
	}
	return nil
}

// itoa formats a decimal int.
func itoa(n int) string {
	if n < 0 {
		return "-" + string(appendDecimal(nil, uint(-n)))
	}
	return string(appendDecimal(nil, uint(n)))
}

// ResolveTCPAddr returns an address of TCP end point.
//
// The network must be a TCP network name ("tcp", "tcp4" or "tcp6"). The
// address is "host:port"; the host is a literal IP address or a name
// /etc/hosts lists (gominic has no DNS client).
func ResolveTCPAddr(network, address string) (*TCPAddr, error) {
	switch network {
	case "tcp", "tcp4", "tcp6":
	case "":
		network = "tcp"
	default:
		return nil, UnknownNetworkError(network)
	}
	addrs, err := internetAddrList(context.Background(), network, address)
	if err != nil {
		return nil, err
	}
	return addrs.forResolve(network, address).(*TCPAddr), nil
}

// TCPConn is an implementation of the Conn interface for TCP network
// connections.
type TCPConn struct {
	conn
}

func newTCPConn(fd *netFD) *TCPConn {
	// As Go: TCP sends small writes at once (no Nagle delay).
	syscall.SetsockoptInt(fd.pfd.Sysfd, syscall.IPPROTO_TCP, syscall.TCP_NODELAY, 1)
	return &TCPConn{conn{fd}}
}

// ReadFrom implements the io.ReaderFrom ReadFrom method: a plain copy
// (Go would splice or sendfile).
func (c *TCPConn) ReadFrom(r io.Reader) (int64, error) {
	if !c.ok() {
		return 0, syscall.EINVAL
	}
	return io.Copy(struct{ io.Writer }{c}, r)
}

// CloseRead shuts down the reading side of the TCP connection.
// Most callers should just use Close.
func (c *TCPConn) CloseRead() error { return c.shutdown("close", c.fd.closeRead) }

// CloseWrite shuts down the writing side of the TCP connection.
// Most callers should just use Close.
func (c *TCPConn) CloseWrite() error { return c.shutdown("close", c.fd.closeWrite) }

// shutdown runs a CloseRead or CloseWrite.
func (c *conn) shutdown(op string, close func() error) error {
	if !c.ok() {
		return syscall.EINVAL
	}
	if err := close(); err != nil {
		return c.opError(op, err)
	}
	return nil
}

// SetLinger sets the behavior of Close on a connection which still
// has data waiting to be sent or to be acknowledged.
func (c *TCPConn) SetLinger(sec int) error {
	if !c.ok() {
		return syscall.EINVAL
	}
	l := syscall.Linger{Onoff: 1, Linger: int32(sec)}
	if sec < 0 {
		l = syscall.Linger{}
	}
	if err := syscall.SetsockoptLinger(c.fd.pfd.Sysfd, syscall.SOL_SOCKET, syscall.SO_LINGER, &l); err != nil {
		return c.opError("set", os.NewSyscallError("setsockopt", err))
	}
	return nil
}

// SetKeepAlive sets whether the operating system should send
// keep-alive messages on the connection.
func (c *TCPConn) SetKeepAlive(keepalive bool) error {
	return c.setsockopt(syscall.SOL_SOCKET, syscall.SO_KEEPALIVE, boolint(keepalive))
}

// SetKeepAlivePeriod sets period between keep-alives.
func (c *TCPConn) SetKeepAlivePeriod(d time.Duration) error {
	secs := int((d + time.Second - 1) / time.Second) // rounded up
	if err := c.setsockopt(syscall.IPPROTO_TCP, syscall.TCP_KEEPINTVL, secs); err != nil {
		return err
	}
	return c.setsockopt(syscall.IPPROTO_TCP, syscall.TCP_KEEPIDLE, secs)
}

// SetNoDelay controls whether the operating system should delay
// packet transmission in hopes of sending fewer packets (Nagle's
// algorithm). The default is true (no delay).
func (c *TCPConn) SetNoDelay(noDelay bool) error {
	return c.setsockopt(syscall.IPPROTO_TCP, syscall.TCP_NODELAY, boolint(noDelay))
}

func boolint(b bool) int {
	if b {
		return 1
	}
	return 0
}

// SyscallConn returns a raw network connection.
// This implements the syscall.Conn interface.
func (c *conn) SyscallConn() (syscall.RawConn, error) {
	if !c.ok() {
		return nil, syscall.EINVAL
	}
	return rawConn{c.fd}, nil
}

// rawConn gives a socket's descriptor to the functions of syscall.RawConn.
type rawConn struct{ fd *netFD }

func (c rawConn) Control(f func(uintptr)) error {
	f(uintptr(c.fd.pfd.Sysfd))
	return nil
}

func (c rawConn) Read(f func(uintptr) bool) error {
	for !f(uintptr(c.fd.pfd.Sysfd)) {
		if err := c.fd.pfd.WaitReadable(); err != nil {
			return err
		}
	}
	return nil
}

func (c rawConn) Write(f func(uintptr) bool) error {
	for !f(uintptr(c.fd.pfd.Sysfd)) {
		if err := c.fd.pfd.WaitWrite(); err != nil {
			return err
		}
	}
	return nil
}

// DialTCP acts like Dial for TCP networks.
//
// If laddr is nil, a local address is automatically chosen.
// If the IP field of raddr is nil or an unspecified IP address, the
// local system is assumed.
func DialTCP(network string, laddr, raddr *TCPAddr) (*TCPConn, error) {
	switch network {
	case "tcp", "tcp4", "tcp6":
	default:
		return nil, &OpError{Op: "dial", Net: network, Source: laddr.opAddr(), Addr: raddr.opAddr(), Err: UnknownNetworkError(network)}
	}
	if raddr == nil {
		return nil, &OpError{Op: "dial", Net: network, Source: laddr.opAddr(), Addr: nil, Err: errMissingAddress}
	}
	c, err := dialTCP(context.Background(), network, laddr, raddr, nil)
	if err != nil {
		return nil, &OpError{Op: "dial", Net: network, Source: laddr.opAddr(), Addr: raddr.opAddr(), Err: err}
	}
	return c, nil
}

func dialTCP(ctx context.Context, net string, laddr, raddr *TCPAddr, ctrlFn controlFunc) (*TCPConn, error) {
	var la sockaddr
	if laddr != nil {
		la = laddr
	}
	fd, err := internetSocket(ctx, net, la, raddr, syscall.SOCK_STREAM, 0, "dial", ctrlFn)
	if err != nil {
		return nil, err
	}
	return newTCPConn(fd), nil
}

// TCPListener is a TCP network listener. Clients should typically
// use variables of type Listener instead of assuming TCP.
type TCPListener struct {
	listener
}

// base is the listener l embeds, or nil for a nil l: its methods then
// return syscall.EINVAL, as Go's do, where a promoted method would
// dereference nil.
func (l *TCPListener) base() *listener {
	if l == nil {
		return nil
	}
	return &l.listener
}

// AcceptTCP accepts the next incoming call and returns the new
// connection.
func (l *TCPListener) AcceptTCP() (*TCPConn, error) {
	fd, err := l.base().accept()
	if err != nil {
		return nil, err
	}
	return newTCPConn(fd), nil
}

// Accept implements the Accept method in the Listener interface; it
// waits for the next call and returns a generic Conn.
func (l *TCPListener) Accept() (Conn, error) {
	c, err := l.AcceptTCP()
	if err != nil {
		return nil, err
	}
	return c, nil
}

// Close stops listening on the TCP address.
// Already Accepted connections are not closed.
func (l *TCPListener) Close() error { return l.base().close() }

// SetDeadline sets the deadline associated with the listener.
// A zero time value disables the deadline.
func (l *TCPListener) SetDeadline(t time.Time) error { return l.base().SetDeadline(t) }

// SyscallConn returns a raw network connection.
func (l *TCPListener) SyscallConn() (syscall.RawConn, error) { return l.base().SyscallConn() }

// File returns a copy of the underlying os.File: closing one does not
// close the other.
func (l *TCPListener) File() (*os.File, error) { return l.base().File() }

// ListenTCP acts like Listen for TCP networks.
//
// If the IP field of laddr is nil or an unspecified IP address,
// ListenTCP listens on all available unicast and anycast IP addresses
// of the local system. If the Port field of laddr is 0, a port number
// is automatically chosen.
func ListenTCP(network string, laddr *TCPAddr) (*TCPListener, error) {
	switch network {
	case "tcp", "tcp4", "tcp6":
	default:
		return nil, &OpError{Op: "listen", Net: network, Source: nil, Addr: laddr.opAddr(), Err: UnknownNetworkError(network)}
	}
	if laddr == nil {
		laddr = &TCPAddr{}
	}
	l, err := listenTCP(context.Background(), network, laddr, nil)
	if err != nil {
		return nil, &OpError{Op: "listen", Net: network, Source: nil, Addr: laddr.opAddr(), Err: err}
	}
	return l, nil
}

func listenTCP(ctx context.Context, network string, laddr *TCPAddr, ctrlFn controlFunc) (*TCPListener, error) {
	fd, err := internetSocket(ctx, network, laddr, nil, syscall.SOCK_STREAM, 0, "listen", ctrlFn)
	if err != nil {
		return nil, err
	}
	return &TCPListener{listener{fd}}, nil
}
