// This file implements the socket system calls. A socket address goes to
// the kernel as a struct sockaddr: each Sockaddr (SockaddrInet4,
// SockaddrInet6, SockaddrUnix) fills its raw form, in network byte order
// where the kernel wants it, and passes its address and length; what the
// kernel returns in a RawSockaddrAny is turned back by anyToSockaddr, as
// Go's syscall_linux.go does.

package syscall

import "unsafe"

// Socket system call numbers.
const (
	SYS_SOCKET      = 41
	SYS_CONNECT     = 42
	SYS_ACCEPT      = 43
	SYS_SENDTO      = 44
	SYS_RECVFROM    = 45
	SYS_SHUTDOWN    = 48
	SYS_BIND        = 49
	SYS_LISTEN      = 50
	SYS_GETSOCKNAME = 51
	SYS_GETPEERNAME = 52
	SYS_SOCKETPAIR  = 53
	SYS_SETSOCKOPT  = 54
	SYS_GETSOCKOPT  = 55
	SYS_ACCEPT4     = 288
)

// Address families, socket types, levels and options.
const (
	AF_UNSPEC = 0x0
	AF_UNIX   = 0x1
	AF_LOCAL  = 0x1
	AF_INET   = 0x2
	AF_INET6  = 0xa

	SOCK_STREAM    = 0x1
	SOCK_DGRAM     = 0x2
	SOCK_RAW       = 0x3
	SOCK_SEQPACKET = 0x5
	SOCK_NONBLOCK  = 0x800
	SOCK_CLOEXEC   = 0x80000

	SOL_SOCKET = 0x1
	SOL_TCP    = 0x6
	SOL_UDP    = 0x11

	SO_DEBUG     = 0x1
	SO_REUSEADDR = 0x2
	SO_TYPE      = 0x3
	SO_ERROR     = 0x4
	SO_DONTROUTE = 0x5
	SO_BROADCAST = 0x6
	SO_SNDBUF    = 0x7
	SO_RCVBUF    = 0x8
	SO_KEEPALIVE = 0x9
	SO_OOBINLINE = 0xa
	SO_LINGER    = 0xd
	SO_RCVTIMEO  = 0x14
	SO_SNDTIMEO  = 0x15

	IPPROTO_IP   = 0x0
	IPPROTO_ICMP = 0x1
	IPPROTO_TCP  = 0x6
	IPPROTO_UDP  = 0x11
	IPPROTO_IPV6 = 0x29
	IPPROTO_RAW  = 0xff

	IPV6_V6ONLY = 0x1a

	TCP_NODELAY   = 0x1
	TCP_KEEPIDLE  = 0x4
	TCP_KEEPINTVL = 0x5
	TCP_KEEPCNT   = 0x6

	SHUT_RD   = 0x0
	SHUT_WR   = 0x1
	SHUT_RDWR = 0x2

	SOMAXCONN = 0x80

	SizeofSockaddrInet4 = 0x10
	SizeofSockaddrInet6 = 0x1c
	SizeofSockaddrAny   = 0x70
	SizeofSockaddrUnix  = 0x6e
	SizeofLinger        = 0x8
)

// The raw socket addresses, as the kernel lays them out.
type RawSockaddrInet4 struct {
	Family uint16
	Port   uint16 // big-endian
	Addr   [4]byte
	Zero   [8]uint8
}

type RawSockaddrInet6 struct {
	Family   uint16
	Port     uint16 // big-endian
	Flowinfo uint32
	Addr     [16]byte
	Scope_id uint32
}

type RawSockaddrUnix struct {
	Family uint16
	Path   [108]int8
}

type RawSockaddr struct {
	Family uint16
	Data   [14]int8
}

// RawSockaddrAny is large enough for any socket address the kernel returns.
type RawSockaddrAny struct {
	Addr RawSockaddr
	Pad  [96]int8
}

type Linger struct {
	Onoff  int32
	Linger int32
}

type _Socklen uint32

// A Sockaddr is a socket address a system call can take.
type Sockaddr interface {
	sockaddr() (ptr unsafe.Pointer, len _Socklen, err error)
}

type SockaddrInet4 struct {
	Port int
	Addr [4]byte
	raw  RawSockaddrInet4
}

func (sa *SockaddrInet4) sockaddr() (unsafe.Pointer, _Socklen, error) {
	if sa.Port < 0 || sa.Port > 0xFFFF {
		return nil, 0, EINVAL
	}
	sa.raw.Family = AF_INET
	sa.raw.Port = htons(sa.Port)
	sa.raw.Addr = sa.Addr
	return unsafe.Pointer(&sa.raw), SizeofSockaddrInet4, nil
}

type SockaddrInet6 struct {
	Port   int
	ZoneId uint32
	Addr   [16]byte
	raw    RawSockaddrInet6
}

func (sa *SockaddrInet6) sockaddr() (unsafe.Pointer, _Socklen, error) {
	if sa.Port < 0 || sa.Port > 0xFFFF {
		return nil, 0, EINVAL
	}
	sa.raw.Family = AF_INET6
	sa.raw.Port = htons(sa.Port)
	sa.raw.Scope_id = sa.ZoneId
	sa.raw.Addr = sa.Addr
	return unsafe.Pointer(&sa.raw), SizeofSockaddrInet6, nil
}

type SockaddrUnix struct {
	Name string
	raw  RawSockaddrUnix
}

// sockaddr passes the path's bytes and no terminating NUL; a name that
// starts with '@' is in Linux's abstract namespace, where it starts with
// a NUL byte instead.
func (sa *SockaddrUnix) sockaddr() (unsafe.Pointer, _Socklen, error) {
	name := sa.Name
	n := len(name)
	if n > len(sa.raw.Path) {
		return nil, 0, EINVAL
	}
	if n == len(sa.raw.Path) && name[0] != '@' {
		return nil, 0, EINVAL // no room for the NUL a path needs
	}
	sa.raw.Family = AF_UNIX
	for i := 0; i < n; i++ {
		sa.raw.Path[i] = int8(name[i])
	}
	sl := _Socklen(2) // the family
	if n > 0 {
		sl += _Socklen(n) + 1
	}
	if sa.raw.Path[0] == '@' {
		sa.raw.Path[0] = 0
		sl-- // the abstract name has no terminating NUL
	}
	return unsafe.Pointer(&sa.raw), sl, nil
}

// htons turns a port into network byte order (big-endian).
func htons(port int) uint16 {
	return uint16(port>>8) | uint16(port)<<8
}

// anyToSockaddr turns an address the kernel filled in into a Sockaddr.
func anyToSockaddr(rsa *RawSockaddrAny) (Sockaddr, error) {
	switch rsa.Addr.Family {
	case AF_UNIX:
		pp := (*RawSockaddrUnix)(unsafe.Pointer(rsa))
		sa := new(SockaddrUnix)
		if pp.Path[0] == 0 {
			pp.Path[0] = '@' // an abstract name, as Go spells it
		}
		n := 0
		for n < len(pp.Path) && pp.Path[n] != 0 {
			n++
		}
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(pp.Path[i])
		}
		sa.Name = string(b)
		return sa, nil
	case AF_INET:
		pp := (*RawSockaddrInet4)(unsafe.Pointer(rsa))
		sa := new(SockaddrInet4)
		sa.Port = int(htons(int(pp.Port)))
		sa.Addr = pp.Addr
		return sa, nil
	case AF_INET6:
		pp := (*RawSockaddrInet6)(unsafe.Pointer(rsa))
		sa := new(SockaddrInet6)
		sa.Port = int(htons(int(pp.Port)))
		sa.ZoneId = pp.Scope_id
		sa.Addr = pp.Addr
		return sa, nil
	}
	return nil, EAFNOSUPPORT
}

func Socket(domain, typ, proto int) (fd int, err error) {
	r, _, e := Syscall(SYS_SOCKET, uintptr(domain), uintptr(typ), uintptr(proto))
	if e != 0 {
		return -1, e
	}
	return int(r), nil
}

func Socketpair(domain, typ, proto int) (fd [2]int, err error) {
	var fds [2]int32
	_, _, e := Syscall6(SYS_SOCKETPAIR, uintptr(domain), uintptr(typ), uintptr(proto), uintptr(unsafe.Pointer(&fds)), 0, 0)
	if e != 0 {
		return fd, e
	}
	return [2]int{int(fds[0]), int(fds[1])}, nil
}

// sockaddrCall makes a system call that takes fd and a socket address
// (bind, connect).
func sockaddrCall(trap uintptr, fd int, sa Sockaddr) error {
	ptr, n, err := sa.sockaddr()
	if err != nil {
		return err
	}
	_, err = fdCall(trap, fd, uintptr(ptr), uintptr(n))
	return err
}

func Bind(fd int, sa Sockaddr) (err error) { return sockaddrCall(SYS_BIND, fd, sa) }

func Connect(fd int, sa Sockaddr) (err error) { return sockaddrCall(SYS_CONNECT, fd, sa) }

func Listen(s int, n int) (err error) {
	_, err = fdCall(SYS_LISTEN, s, uintptr(n), 0)
	return
}

func Accept(fd int) (nfd int, sa Sockaddr, err error) {
	return Accept4(fd, 0)
}

// Accept4 accepts a connection with the flags SOCK_NONBLOCK and
// SOCK_CLOEXEC already set on its descriptor.
func Accept4(fd int, flags int) (nfd int, sa Sockaddr, err error) {
	var rsa RawSockaddrAny
	n := _Socklen(SizeofSockaddrAny)
	r, _, e := Syscall6(SYS_ACCEPT4, uintptr(fd), uintptr(unsafe.Pointer(&rsa)), uintptr(unsafe.Pointer(&n)), uintptr(flags), 0, 0)
	if e != 0 {
		return -1, nil, e
	}
	sa, err = anyToSockaddr(&rsa)
	if err != nil {
		Close(int(r))
		return -1, nil, err
	}
	return int(r), sa, nil
}

// nameCall makes getsockname or getpeername, which fill in an address.
func nameCall(trap uintptr, fd int) (Sockaddr, error) {
	var rsa RawSockaddrAny
	n := _Socklen(SizeofSockaddrAny)
	if _, err := fdCall(trap, fd, uintptr(unsafe.Pointer(&rsa)), uintptr(unsafe.Pointer(&n))); err != nil {
		return nil, err
	}
	return anyToSockaddr(&rsa)
}

func Getsockname(fd int) (sa Sockaddr, err error) { return nameCall(SYS_GETSOCKNAME, fd) }

func Getpeername(fd int) (sa Sockaddr, err error) { return nameCall(SYS_GETPEERNAME, fd) }

func Shutdown(fd int, how int) (err error) {
	_, err = fdCall(SYS_SHUTDOWN, fd, uintptr(how), 0)
	return
}

// setsockopt sets option opt of level to the n bytes at p.
func setsockopt(fd, level, opt int, p unsafe.Pointer, n uintptr) error {
	_, _, e := Syscall6(SYS_SETSOCKOPT, uintptr(fd), uintptr(level), uintptr(opt), uintptr(p), n, 0)
	return errnoErr(e)
}

func SetsockoptInt(fd, level, opt int, value int) (err error) {
	v := int32(value)
	return setsockopt(fd, level, opt, unsafe.Pointer(&v), 4)
}

func SetsockoptLinger(fd, level, opt int, l *Linger) (err error) {
	return setsockopt(fd, level, opt, unsafe.Pointer(l), SizeofLinger)
}

func SetsockoptTimeval(fd, level, opt int, tv *Timeval) (err error) {
	return setsockopt(fd, level, opt, unsafe.Pointer(tv), unsafe.Sizeof(*tv))
}

func GetsockoptInt(fd, level, opt int) (value int, err error) {
	var v int32
	n := _Socklen(4)
	_, _, e := Syscall6(SYS_GETSOCKOPT, uintptr(fd), uintptr(level), uintptr(opt), uintptr(unsafe.Pointer(&v)), uintptr(unsafe.Pointer(&n)), 0)
	return int(v), errnoErr(e)
}

func Recvfrom(fd int, p []byte, flags int) (n int, from Sockaddr, err error) {
	var rsa RawSockaddrAny
	sl := _Socklen(SizeofSockaddrAny)
	r, _, e := Syscall6(SYS_RECVFROM, uintptr(fd), ptr(p), uintptr(len(p)), uintptr(flags), uintptr(unsafe.Pointer(&rsa)), uintptr(unsafe.Pointer(&sl)))
	if e != 0 {
		return -1, nil, e
	}
	if rsa.Addr.Family != AF_UNSPEC {
		from, err = anyToSockaddr(&rsa)
	}
	return int(r), from, err
}

func Sendto(fd int, p []byte, flags int, to Sockaddr) (err error) {
	var sa unsafe.Pointer
	var sl _Socklen
	if to != nil {
		if sa, sl, err = to.sockaddr(); err != nil {
			return err
		}
	}
	_, _, e := Syscall6(SYS_SENDTO, uintptr(fd), ptr(p), uintptr(len(p)), uintptr(flags), uintptr(sa), uintptr(sl))
	return errnoErr(e)
}
