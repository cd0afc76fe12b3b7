// This file implements netFD, a socket: a poll.FD with the network, the
// addresses and the socket type, as Go's net/fd_unix.go.

package net

import (
	"context"
	"internal/poll"
	"os"
	"syscall"
	"time"
)

// netFD is a network file descriptor.
type netFD struct {
	pfd poll.FD

	family      int
	sotype      int
	isConnected bool // handshake completed or use of association with peer
	net         string
	laddr       Addr
	raddr       Addr
}

// newFD makes the netFD of socket sysfd; its I/O starts once init
// registers it with the poller.
func newFD(sysfd, family, sotype int, net string) *netFD {
	return &netFD{
		pfd: poll.FD{
			Sysfd:         sysfd,
			IsStream:      sotype == syscall.SOCK_STREAM,
			ZeroReadIsEOF: sotype != syscall.SOCK_DGRAM && sotype != syscall.SOCK_RAW,
		},
		family: family,
		sotype: sotype,
		net:    net,
	}
}

func (fd *netFD) init() error {
	return fd.pfd.Init(fd.net, true)
}

func (fd *netFD) setAddr(laddr, raddr Addr) {
	fd.laddr = laddr
	fd.raddr = raddr
}

// addrFunc returns how this socket's family and type turn a
// syscall.Sockaddr into an Addr.
func (fd *netFD) addrFunc() func(syscall.Sockaddr) Addr {
	switch fd.family {
	case syscall.AF_INET, syscall.AF_INET6:
		if fd.sotype == syscall.SOCK_DGRAM {
			return sockaddrToUDP
		}
		return sockaddrToTCP
	}
	switch fd.sotype {
	case syscall.SOCK_DGRAM:
		return sockaddrToUnixgram
	case syscall.SOCK_SEQPACKET:
		return sockaddrToUnixpacket
	}
	return sockaddrToUnix
}

func (fd *netFD) Close() error {
	return fd.pfd.Close()
}

func (fd *netFD) shutdown(how int) error {
	return wrapSyscallError("shutdown", fd.pfd.Shutdown(how))
}

func (fd *netFD) closeRead() error  { return fd.shutdown(syscall.SHUT_RD) }
func (fd *netFD) closeWrite() error { return fd.shutdown(syscall.SHUT_WR) }

func (fd *netFD) Read(p []byte) (n int, err error) {
	n, err = fd.pfd.Read(p)
	return n, wrapSyscallError("read", err)
}

func (fd *netFD) readFrom(p []byte) (n int, sa syscall.Sockaddr, err error) {
	n, sa, err = fd.pfd.ReadFrom(p)
	return n, sa, wrapSyscallError("recvfrom", err)
}

func (fd *netFD) Write(p []byte) (nn int, err error) {
	nn, err = fd.pfd.Write(p)
	return nn, wrapSyscallError("write", err)
}

func (fd *netFD) writeTo(p []byte, sa syscall.Sockaddr) (n int, err error) {
	n, err = fd.pfd.WriteTo(p, sa)
	return n, wrapSyscallError("sendto", err)
}

// accept waits for a connection and makes its netFD.
func (fd *netFD) accept() (*netFD, error) {
	d, rsa, errcall, err := fd.pfd.Accept()
	if err != nil {
		if errcall != "" {
			err = wrapSyscallError(errcall, err)
		}
		return nil, err
	}
	netfd := newFD(d, fd.family, fd.sotype, fd.net)
	if err = netfd.init(); err != nil {
		netfd.Close()
		return nil, err
	}
	lsa, _ := syscall.Getsockname(netfd.pfd.Sysfd)
	netfd.setAddr(netfd.addrFunc()(lsa), netfd.addrFunc()(rsa))
	return netfd, nil
}

// connect starts a non-blocking connect to ra and waits, on the poller,
// until it is made or fails, ctx is done or its deadline passes. It
// returns the peer's address when the kernel reports it.
func (fd *netFD) connect(ctx context.Context, ra syscall.Sockaddr) (rsa syscall.Sockaddr, ret error) {
	switch err := syscall.Connect(fd.pfd.Sysfd, ra); err {
	case syscall.EINPROGRESS, syscall.EALREADY, syscall.EINTR:
	case nil, syscall.EISCONN:
		if err := ctx.Err(); err != nil {
			return nil, mapErr(err)
		}
		return nil, fd.init()
	default:
		return nil, os.NewSyscallError("connect", err)
	}
	if err := fd.init(); err != nil {
		return nil, err
	}
	if deadline, ok := ctx.Deadline(); ok {
		fd.pfd.SetWriteDeadline(deadline)
		defer fd.pfd.SetWriteDeadline(noDeadline)
	}
	if ctx.Done() != nil {
		// A cancelled ctx wakes the wait by moving the deadline to the
		// past. The watcher is waited for before connect returns, as in
		// Go: else it could move the deadline of a connection made and
		// in use, once the dial's ctx is cancelled on its way out.
		stop := make(chan struct{})
		interrupted := make(chan error)
		defer func() {
			close(stop)
			if ctxErr := <-interrupted; ctxErr != nil && ret == nil {
				rsa, ret = nil, mapErr(ctxErr)
			}
		}()
		go func() {
			select {
			case <-ctx.Done():
				fd.pfd.SetWriteDeadline(aLongTimeAgo)
				interrupted <- ctx.Err()
			case <-stop:
				interrupted <- nil
			}
		}()
	}
	for {
		if err := fd.pfd.WaitWrite(); err != nil {
			if ctxErr := ctx.Err(); ctxErr != nil {
				return nil, mapErr(ctxErr)
			}
			return nil, err
		}
		nerr, err := syscall.GetsockoptInt(fd.pfd.Sysfd, syscall.SOL_SOCKET, syscall.SO_ERROR)
		if err != nil {
			return nil, os.NewSyscallError("getsockopt", err)
		}
		switch err := syscall.Errno(nerr); err {
		case syscall.EINPROGRESS, syscall.EALREADY, syscall.EINTR:
		case syscall.EISCONN:
			return nil, nil
		case syscall.Errno(0):
			if rsa, err := syscall.Getpeername(fd.pfd.Sysfd); err == nil {
				return rsa, nil
			}
		default:
			return nil, os.NewSyscallError("connect", err)
		}
	}
}

var (
	noDeadline   = time.Time{}
	aLongTimeAgo = time.Unix(1, 0)
)

// wrapSyscallError names the system call in an Errno it failed with:
// "read: connection reset by peer".
func wrapSyscallError(name string, err error) error {
	if _, ok := err.(syscall.Errno); ok {
		err = os.NewSyscallError(name, err)
	}
	return err
}
