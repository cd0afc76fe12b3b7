// This file implements how a socket is made: opened non-blocking, given
// its default options, then bound and listening, or bound and connected,
// as Go's net/sock_posix.go.

package net

import (
	"context"
	"os"
	"syscall"
)

// A sockaddr represents a TCP, UDP, IP or Unix network endpoint address
// that can be converted into a syscall.Sockaddr.
type sockaddr interface {
	Addr

	// family returns the platform-dependent address family identifier.
	family() int

	// isWildcard reports whether the address is a wildcard address.
	isWildcard() bool

	// sockaddr returns the address converted into a syscall
	// sockaddr type that implements syscall.Sockaddr interface. It
	// returns a nil interface when the address is nil.
	sockaddr(family int) (syscall.Sockaddr, error)
}

// socket returns a network file descriptor that is ready for I/O: a
// listener when only laddr is given, else a socket connected to raddr.
func socket(ctx context.Context, net string, family, sotype, proto int, ipv6only bool, laddr, raddr sockaddr, ctrlFn controlFunc) (*netFD, error) {
	s, err := syscall.Socket(family, sotype|syscall.SOCK_NONBLOCK|syscall.SOCK_CLOEXEC, proto)
	if err != nil {
		return nil, os.NewSyscallError("socket", err)
	}
	if err = setDefaultSockopts(s, family, sotype, ipv6only); err != nil {
		syscall.Close(s)
		return nil, err
	}
	fd := newFD(s, family, sotype, net)
	if err = fd.control(ctrlFn, laddr, raddr); err != nil {
		fd.Close()
		return nil, err
	}
	if laddr != nil && raddr == nil {
		if sotype == syscall.SOCK_DGRAM {
			err = fd.listenDatagram(laddr)
		} else {
			err = fd.listenStream(laddr, listenerBacklog)
		}
	} else {
		err = fd.dial(ctx, laddr, raddr)
	}
	if err != nil {
		fd.Close()
		return nil, err
	}
	return fd, nil
}

// A controlFunc is the Control function of a Dialer or ListenConfig.
type controlFunc func(network, address string, c syscall.RawConn) error

// control calls ctrlFn, if any, on the new socket before it is bound or
// connected, with the address it is about to dial (or listen on).
func (fd *netFD) control(ctrlFn controlFunc, laddr, raddr sockaddr) error {
	if ctrlFn == nil {
		return nil
	}
	var addr string
	if raddr != nil {
		addr = raddr.String()
	} else if laddr != nil {
		addr = laddr.String()
	}
	return ctrlFn(fd.ctrlNetwork(), addr, rawConn{fd})
}

// ctrlNetwork is the network a Control function is told: "tcp4" or
// "tcp6" rather than "tcp", as the socket's family says.
func (fd *netFD) ctrlNetwork() string {
	switch fd.net {
	case "unix", "unixgram", "unixpacket":
		return fd.net
	}
	switch fd.net[len(fd.net)-1] {
	case '4', '6':
		return fd.net
	}
	if fd.family == syscall.AF_INET {
		return fd.net + "4"
	}
	return fd.net + "6"
}

// listenerBacklog is the queue of connections listen(2) lets wait:
// Linux's default maximum.
const listenerBacklog = syscall.SOMAXCONN

// setDefaultSockopts gives a new socket Go's options: an IPv6 socket
// also serves IPv4 unless ipv6only, a datagram socket may broadcast.
func setDefaultSockopts(s, family, sotype int, ipv6only bool) error {
	if family == syscall.AF_INET6 && sotype != syscall.SOCK_RAW {
		v := 0
		if ipv6only {
			v = 1
		}
		syscall.SetsockoptInt(s, syscall.IPPROTO_IPV6, syscall.IPV6_V6ONLY, v)
	}
	if (sotype == syscall.SOCK_DGRAM || sotype == syscall.SOCK_RAW) && family != syscall.AF_UNIX {
		return os.NewSyscallError("setsockopt", syscall.SetsockoptInt(s, syscall.SOL_SOCKET, syscall.SO_BROADCAST, 1))
	}
	return nil
}

// bind binds the socket to laddr.
func (fd *netFD) bind(laddr sockaddr) error {
	lsa, err := laddr.sockaddr(fd.family)
	if err != nil {
		return err
	}
	if lsa == nil {
		return nil
	}
	return os.NewSyscallError("bind", syscall.Bind(fd.pfd.Sysfd, lsa))
}

// listenStream binds the socket to laddr and listens: a stream listener
// may reuse the address of a closed one at once (SO_REUSEADDR).
func (fd *netFD) listenStream(laddr sockaddr, backlog int) error {
	if fd.family != syscall.AF_UNIX {
		err := syscall.SetsockoptInt(fd.pfd.Sysfd, syscall.SOL_SOCKET, syscall.SO_REUSEADDR, 1)
		if err != nil {
			return os.NewSyscallError("setsockopt", err)
		}
	}
	if err := fd.bind(laddr); err != nil {
		return err
	}
	if err := syscall.Listen(fd.pfd.Sysfd, backlog); err != nil {
		return os.NewSyscallError("listen", err)
	}
	if err := fd.init(); err != nil {
		return err
	}
	lsa, _ := syscall.Getsockname(fd.pfd.Sysfd)
	fd.setAddr(fd.addrFunc()(lsa), nil)
	return nil
}

// listenDatagram binds a datagram socket to laddr.
func (fd *netFD) listenDatagram(laddr sockaddr) error {
	if err := fd.bind(laddr); err != nil {
		return err
	}
	if err := fd.init(); err != nil {
		return err
	}
	lsa, _ := syscall.Getsockname(fd.pfd.Sysfd)
	fd.setAddr(fd.addrFunc()(lsa), nil)
	return nil
}

// dial binds the socket to laddr if given, and connects it to raddr if
// given (a datagram socket may have no peer).
func (fd *netFD) dial(ctx context.Context, laddr, raddr sockaddr) error {
	if laddr != nil {
		if err := fd.bind(laddr); err != nil {
			return err
		}
	}
	var rsa syscall.Sockaddr
	if raddr != nil {
		ra, err := raddr.sockaddr(fd.family)
		if err != nil {
			return err
		}
		if rsa, err = fd.connect(ctx, ra); err != nil {
			return err
		}
		fd.isConnected = true
	} else if err := fd.init(); err != nil {
		return err
	}
	lsa, _ := syscall.Getsockname(fd.pfd.Sysfd)
	if rsa == nil {
		rsa, _ = syscall.Getpeername(fd.pfd.Sysfd)
	}
	fd.setAddr(fd.addrFunc()(lsa), fd.addrFunc()(rsa))
	return nil
}
