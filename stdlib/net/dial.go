// This file implements Dial and Listen: the network name picks the kind
// of socket, the address is resolved (ipsock.go, lookup.go), and each
// address is tried in turn until one connects.

package net

import (
	"context"
	"syscall"
	"time"
)

// defaultTCPKeepAlive is the keep-alive period of a dialed or accepted
// TCP connection, as Go's.
const defaultTCPKeepAlive = 15 * time.Second

// A Dialer contains options for connecting to an address.
//
// The zero value for each field is equivalent to dialing
// without that option.
type Dialer struct {
	// Timeout is the maximum amount of time a dial will wait for
	// a connect to complete. If Deadline is also set, it may fail
	// earlier.
	Timeout time.Duration

	// Deadline is the absolute point in time after which dials
	// will fail.
	Deadline time.Time

	// LocalAddr is the local address to use when dialing an
	// address. If nil, a local address is automatically chosen.
	LocalAddr Addr

	// DualStack previously enabled RFC 6555 Fast Fallback; it is
	// deprecated and ignored.
	DualStack bool

	// FallbackDelay is accepted for Go's API: gominic tries a host's
	// addresses one after the other.
	FallbackDelay time.Duration

	// KeepAlive specifies the interval between keep-alive probes of an
	// active network connection: 15 seconds if zero, none if negative.
	KeepAlive time.Duration

	// Resolver optionally specifies an alternate resolver to use.
	Resolver *Resolver

	// Cancel is an optional channel whose closure indicates that
	// the dial should be canceled.
	//
	// Deprecated: Use DialContext instead.
	Cancel <-chan struct{}

	// If Control is not nil, it is called after creating the network
	// connection but before actually dialing.
	Control func(network, address string, c syscall.RawConn) error
}

// deadline returns the earliest of the Dialer's Timeout, Deadline and
// ctx's deadline; zero for none.
func (d *Dialer) deadline(ctx context.Context, now time.Time) (earliest time.Time) {
	if d.Timeout != 0 {
		earliest = now.Add(d.Timeout)
	}
	if dl, ok := ctx.Deadline(); ok {
		earliest = minNonzeroTime(earliest, dl)
	}
	return minNonzeroTime(earliest, d.Deadline)
}

func minNonzeroTime(a, b time.Time) time.Time {
	if a.IsZero() || (!b.IsZero() && b.Before(a)) {
		return b
	}
	return a
}

// Dial connects to the address on the named network.
//
// Known networks are "tcp", "tcp4" (IPv4-only), "tcp6" (IPv6-only),
// "udp", "udp4", "udp6", "unix", "unixgram" and "unixpacket".
//
// For TCP and UDP networks, the address has the form "host:port"; the
// host is a literal IP address or a name /etc/hosts lists (gominic has
// no DNS client); the port a number or a service name. For Unix
// networks, the address is a file system path.
func Dial(network, address string) (Conn, error) {
	var d Dialer
	return d.Dial(network, address)
}

// DialTimeout acts like Dial but takes a timeout.
func DialTimeout(network, address string, timeout time.Duration) (Conn, error) {
	d := Dialer{Timeout: timeout}
	return d.Dial(network, address)
}

// Dial connects to the address on the named network.
func (d *Dialer) Dial(network, address string) (Conn, error) {
	return d.DialContext(context.Background(), network, address)
}

// DialContext connects to the address on the named network using
// the provided context: a done ctx ends the dial.
func (d *Dialer) DialContext(ctx context.Context, network, address string) (Conn, error) {
	if ctx == nil {
		panic("nil context")
	}
	if deadline := d.deadline(ctx, time.Now()); !deadline.IsZero() {
		subCtx, cancel := context.WithDeadline(ctx, deadline)
		defer cancel()
		ctx = subCtx
	}
	if oldCancel := d.Cancel; oldCancel != nil {
		subCtx, cancel := context.WithCancel(ctx)
		defer cancel()
		go func() {
			select {
			case <-oldCancel:
				cancel()
			case <-subCtx.Done():
			}
		}()
		ctx = subCtx
	}
	addrs, err := resolveAddrList(ctx, "dial", network, address, d.LocalAddr)
	if err != nil {
		return nil, &OpError{Op: "dial", Net: network, Source: nil, Addr: nil, Err: err}
	}
	c, err := d.dialSerial(ctx, network, addrs)
	if err != nil {
		return nil, err
	}
	if tc, ok := c.(*TCPConn); ok && d.KeepAlive >= 0 {
		ka := d.KeepAlive
		if ka == 0 {
			ka = defaultTCPKeepAlive
		}
		tc.SetKeepAlive(true)
		tc.SetKeepAlivePeriod(ka)
	}
	return c, nil
}

// dialSerial tries each address in turn and returns the first
// connection made, or the first address's error.
func (d *Dialer) dialSerial(ctx context.Context, network string, ras addrList) (Conn, error) {
	var firstErr error
	for _, ra := range ras {
		if err := ctx.Err(); err != nil {
			return nil, &OpError{Op: "dial", Net: network, Source: d.LocalAddr, Addr: ra, Err: mapErr(err)}
		}
		c, err := d.dialSingle(ctx, network, ra)
		if err == nil {
			return c, nil
		}
		if firstErr == nil {
			firstErr = err
		}
	}
	return nil, firstErr
}

// dialSingle dials one address.
func (d *Dialer) dialSingle(ctx context.Context, network string, ra Addr) (Conn, error) {
	la := d.LocalAddr
	var c Conn
	var err error
	switch ra := ra.(type) {
	case *TCPAddr:
		la, _ := la.(*TCPAddr)
		c, err = dialTCP(ctx, network, la, ra, d.Control)
	case *UDPAddr:
		la, _ := la.(*UDPAddr)
		c, err = dialUDP(ctx, network, la, ra, d.Control)
	case *UnixAddr:
		la, _ := la.(*UnixAddr)
		c, err = dialUnix(ctx, network, la, ra, d.Control)
	}
	if err != nil {
		return nil, &OpError{Op: "dial", Net: network, Source: la, Addr: ra, Err: err}
	}
	return c, nil
}

// resolveAddrList resolves address on network for op ("dial" or
// "listen"): the addresses to try. A dial's local address hint must be
// of the same network.
func resolveAddrList(ctx context.Context, op, network, addr string, hint Addr) (addrList, error) {
	afnet, err := parseNetwork(network)
	if err != nil {
		return nil, err
	}
	if op == "dial" && addr == "" {
		return nil, errMissingAddress
	}
	if afnet == "unix" || afnet == "unixgram" || afnet == "unixpacket" {
		ua, err := ResolveUnixAddr(afnet, addr)
		if err != nil {
			return nil, err
		}
		if op == "dial" && hint != nil && ua.Network() != hint.Network() {
			return nil, &AddrError{Err: "mismatched local address type", Addr: hint.String()}
		}
		return addrList{ua}, nil
	}
	addrs, err := internetAddrList(ctx, afnet, addr)
	if err != nil || op != "dial" || hint == nil {
		return addrs, err
	}
	for _, a := range addrs {
		if a.Network() != hint.Network() {
			return nil, &AddrError{Err: "mismatched local address type", Addr: hint.String()}
		}
	}
	return addrs, nil
}

// parseNetwork checks that network is one gominic knows.
func parseNetwork(network string) (string, error) {
	switch network {
	case "tcp", "tcp4", "tcp6", "udp", "udp4", "udp6", "unix", "unixgram", "unixpacket":
		return network, nil
	}
	return "", UnknownNetworkError(network)
}

// ListenConfig contains options for listening to an address.
type ListenConfig struct {
	// If Control is not nil, it is called after creating the network
	// connection but before binding it to the operating system.
	Control func(network, address string, c syscall.RawConn) error

	// KeepAlive specifies the keep-alive period for network
	// connections accepted by this listener; it is accepted for Go's
	// API, and the connections keep the system's default.
	KeepAlive time.Duration
}

// Listen announces on the local network address.
func (lc *ListenConfig) Listen(ctx context.Context, network, address string) (Listener, error) {
	addrs, err := resolveAddrList(ctx, "listen", network, address, nil)
	if err != nil {
		return nil, &OpError{Op: "listen", Net: network, Source: nil, Addr: nil, Err: err}
	}
	var l Listener
	la := addrs.first(isIPv4)
	switch la := la.(type) {
	case *TCPAddr:
		l, err = listenTCP(ctx, network, la, lc.Control)
	case *UnixAddr:
		l, err = listenUnix(ctx, network, la, lc.Control)
	default:
		err = &AddrError{Err: "unexpected address type", Addr: address}
	}
	if err != nil {
		return nil, &OpError{Op: "listen", Net: network, Source: nil, Addr: la, Err: err}
	}
	return l, nil
}

// ListenPacket announces on the local network address.
func (lc *ListenConfig) ListenPacket(ctx context.Context, network, address string) (PacketConn, error) {
	addrs, err := resolveAddrList(ctx, "listen", network, address, nil)
	if err != nil {
		return nil, &OpError{Op: "listen", Net: network, Source: nil, Addr: nil, Err: err}
	}
	var c PacketConn
	la := addrs.first(isIPv4)
	switch la := la.(type) {
	case *UDPAddr:
		c, err = listenUDP(ctx, network, la, lc.Control)
	case *UnixAddr:
		c, err = listenUnixgram(ctx, network, la, lc.Control)
	default:
		err = &AddrError{Err: "unexpected address type", Addr: address}
	}
	if err != nil {
		return nil, &OpError{Op: "listen", Net: network, Source: nil, Addr: la, Err: err}
	}
	return c, nil
}

// Listen announces on the local network address.
//
// The network must be "tcp", "tcp4", "tcp6", "unix" or "unixpacket".
// For TCP networks, if the host in the address parameter is empty or
// a literal unspecified IP address, Listen listens on all available
// addresses of the local system. If the port is empty or "0", as in
// "127.0.0.1:" or "[::1]:0", a port number is automatically chosen;
// the Addr method of Listener tells which.
func Listen(network, address string) (Listener, error) {
	var lc ListenConfig
	return lc.Listen(context.Background(), network, address)
}

// ListenPacket announces on the local network address.
//
// The network must be "udp", "udp4", "udp6" or "unixgram".
func ListenPacket(network, address string) (PacketConn, error) {
	var lc ListenConfig
	return lc.ListenPacket(context.Background(), network, address)
}
