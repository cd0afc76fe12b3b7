// This file implements what the TCP and UDP sockets share: host:port
// strings, resolving them into addresses, the choice between an IPv4
// and an IPv6 socket, and the socket addresses of an IP and a port.

package net

import (
	"context"
	"sync"
	"syscall"
)

// SplitHostPort splits a network address of the form "host:port",
// "host%zone:port", "[host]:port" or "[host%zone]:port" into host or
// host%zone and port.
//
// A literal IPv6 address in hostport must be enclosed in square
// brackets, as in "[::1]:80", "[::1%lo0]:80".
func SplitHostPort(hostport string) (host, port string, err error) {
	const missingPort = "missing port in address"
	const tooManyColons = "too many colons in address"
	addrErr := func(why string) (string, string, error) {
		return "", "", &AddrError{Err: why, Addr: hostport}
	}
	colon := last(hostport, ':') // the port follows the last colon
	if colon < 0 {
		return addrErr(missingPort)
	}
	open, close := 0, 0 // where '[' and ']' may no longer appear
	if hostport[0] == '[' {
		end := index(hostport, ']')
		switch {
		case end < 0:
			return addrErr("missing ']' in address")
		case end+1 == colon: // "[host]:port"
		case end+1 == len(hostport):
			return addrErr(missingPort)
		case hostport[end+1] == ':':
			return addrErr(tooManyColons)
		default:
			return addrErr(missingPort)
		}
		host = hostport[1:end]
		open, close = 1, end+1
	} else {
		host = hostport[:colon]
		if index(host, ':') >= 0 {
			return addrErr(tooManyColons)
		}
	}
	if index(hostport[open:], '[') >= 0 {
		return addrErr("unexpected '[' in address")
	}
	if index(hostport[close:], ']') >= 0 {
		return addrErr("unexpected ']' in address")
	}
	return host, hostport[colon+1:], nil
}

// JoinHostPort combines host and port into a network address of the
// form "host:port". If host contains a colon, as found in literal IPv6
// addresses, then JoinHostPort returns "[host]:port".
func JoinHostPort(host, port string) string {
	if index(host, ':') >= 0 {
		return "[" + host + "]:" + port
	}
	return host + ":" + port
}

// index is the index of the first c in s, or -1.
func index(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// last is the index of the last c in s, or -1.
func last(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// splitHostZone splits "host%zone", an IPv6 address and the interface
// it is scoped to.
func splitHostZone(s string) (host, zone string) {
	if i := last(s, '%'); i > 0 {
		return s[:i], s[i+1:]
	}
	return s, ""
}

// An addrList is the addresses a host name resolves to, in the order
// they are tried.
type addrList []Addr

// first returns the first address that satisfies strategy, or the first
// address when none does.
func (addrs addrList) first(strategy func(Addr) bool) Addr {
	for _, addr := range addrs {
		if strategy(addr) {
			return addr
		}
	}
	return addrs[0]
}

// forResolve picks the address ResolveTCPAddr and its kin return: for a
// host name and the "tcp" or "udp" network, an IPv4 one if there is one.
func (addrs addrList) forResolve(network, addr string) Addr {
	if network == "tcp" || network == "udp" {
		if host, _, err := SplitHostPort(addr); err == nil && ParseIP(host) == nil {
			return addrs.first(isIPv4)
		}
	}
	return addrs[0]
}

// isIPv4 reports whether addr holds an IPv4 address.
func isIPv4(addr Addr) bool {
	switch addr := addr.(type) {
	case *TCPAddr:
		return addr.IP.To4() != nil
	case *UDPAddr:
		return addr.IP.To4() != nil
	case *IPAddr:
		return addr.IP.To4() != nil
	}
	return false
}

// internetAddrList resolves addr, "host:port" on network ("tcp", "udp"
// or either with "4" or "6"), or a bare host on network "ip", "ip4" or
// "ip6", into the addresses to try. The host is a literal address or a
// name from /etc/hosts (lookup.go).
func internetAddrList(ctx context.Context, net, addr string) (addrList, error) {
	var host string
	var portnum int
	switch net {
	case "ip", "ip4", "ip6":
		host = addr
	case "tcp", "tcp4", "tcp6", "udp", "udp4", "udp6":
		if addr != "" {
			var port string
			var err error
			if host, port, err = SplitHostPort(addr); err != nil {
				return nil, err
			}
			if portnum, err = LookupPort(net, port); err != nil {
				return nil, err
			}
		}
	default:
		return nil, UnknownNetworkError(net)
	}
	inetaddr := func(ip IPAddr) Addr {
		switch net[0] {
		case 't':
			return &TCPAddr{IP: ip.IP, Port: portnum, Zone: ip.Zone}
		case 'u':
			return &UDPAddr{IP: ip.IP, Port: portnum, Zone: ip.Zone}
		}
		return &IPAddr{IP: ip.IP, Zone: ip.Zone}
	}
	if host == "" {
		return addrList{inetaddr(IPAddr{})}, nil
	}
	ips, err := lookupIPAddr(ctx, host)
	if err != nil {
		return nil, err
	}
	var addrs addrList
	for _, ip := range ips {
		if suitsNetwork(net, ip.IP) {
			addrs = append(addrs, inetaddr(ip))
		}
	}
	if len(addrs) == 0 {
		return nil, &AddrError{Err: errNoSuitableAddress.Error(), Addr: host}
	}
	return addrs, nil
}

// suitsNetwork reports whether ip belongs on net: an IPv4 address on a
// "…4" network, an IPv6 one on a "…6" network, any on the others.
func suitsNetwork(net string, ip IP) bool {
	switch net[len(net)-1] {
	case '4':
		return ip.To4() != nil
	case '6':
		return len(ip) == IPv6len && ip.To4() == nil
	}
	return true
}

// favoriteAddrFamily returns the address family of the socket to make
// for laddr and raddr on network, and whether an IPv6 socket serves IPv6
// only. A listener on every address is an IPv6 socket that also serves
// IPv4 when the system can map IPv4 into IPv6, as Go's.
func favoriteAddrFamily(network string, laddr, raddr sockaddr, mode string) (family int, ipv6only bool) {
	switch network[len(network)-1] {
	case '4':
		return syscall.AF_INET, false
	case '6':
		return syscall.AF_INET6, true
	}
	if mode == "listen" && (laddr == nil || laddr.isWildcard()) {
		if supportsIPv4map() {
			return syscall.AF_INET6, false
		}
		return syscall.AF_INET, false
	}
	if (laddr == nil || laddr.family() == syscall.AF_INET) && (raddr == nil || raddr.family() == syscall.AF_INET) {
		return syscall.AF_INET, false
	}
	return syscall.AF_INET6, false
}

var (
	ipv4mapOnce sync.Once
	ipv4mapOK   bool
)

// supportsIPv4map reports whether the system can bind an IPv6 socket to
// an IPv4-mapped address (::ffff:127.0.0.1), which it then learns once.
func supportsIPv4map() bool {
	ipv4mapOnce.Do(func() {
		s, err := syscall.Socket(syscall.AF_INET6, syscall.SOCK_STREAM|syscall.SOCK_CLOEXEC, 0)
		if err != nil {
			return
		}
		defer syscall.Close(s)
		sa := &syscall.SockaddrInet6{}
		copy(sa.Addr[:], IPv4(127, 0, 0, 1))
		ipv4mapOK = syscall.Bind(s, sa) == nil
	})
	return ipv4mapOK
}

// internetSocket makes a TCP or UDP socket: a listener when only laddr
// is given, else one connected to raddr.
func internetSocket(ctx context.Context, net string, laddr, raddr sockaddr, sotype, proto int, mode string, ctrlFn controlFunc) (*netFD, error) {
	family, ipv6only := favoriteAddrFamily(net, laddr, raddr, mode)
	return socket(ctx, net, family, sotype, proto, ipv6only, laddr, raddr, ctrlFn)
}

// ipToSockaddr returns the socket address of ip and port for a socket of
// family: an empty ip is every address (the wildcard).
func ipToSockaddr(family int, ip IP, port int, zone string) (syscall.Sockaddr, error) {
	if family == syscall.AF_INET {
		if len(ip) == 0 {
			ip = IPv4zero
		}
		ip4 := ip.To4()
		if ip4 == nil {
			return nil, &AddrError{Err: "non-IPv4 address", Addr: ip.String()}
		}
		sa := &syscall.SockaddrInet4{Port: port}
		copy(sa.Addr[:], ip4)
		return sa, nil
	}
	// An IPv4 wildcard on an IPv6 socket that also serves IPv4 is the
	// IPv6 wildcard.
	if len(ip) == 0 || ip.Equal(IPv4zero) {
		ip = IPv6zero
	}
	ip6 := ip.To16()
	if ip6 == nil {
		return nil, &AddrError{Err: "non-IPv6 address", Addr: ip.String()}
	}
	sa := &syscall.SockaddrInet6{Port: port, ZoneId: uint32(zoneIndex(zone))}
	copy(sa.Addr[:], ip6)
	return sa, nil
}

// ipFamily is the family of a socket address of ip: IPv4 for an empty
// (wildcard) or IPv4 address.
func ipFamily(ip IP) int {
	if len(ip) <= IPv4len || ip.To4() != nil {
		return syscall.AF_INET
	}
	return syscall.AF_INET6
}

// isWildcardIP reports whether ip stands for every address.
func isWildcardIP(ip IP) bool {
	return ip == nil || ip.IsUnspecified()
}

// zoneIndex is the interface index of an IPv6 zone, given as a number
// (gominic does not list interfaces by name).
func zoneIndex(zone string) int {
	n, _, ok := dtoi(zone)
	if !ok {
		return 0
	}
	return n
}

// zoneName is the zone of an interface index, as a number.
func zoneName(index uint32) string {
	if index == 0 {
		return ""
	}
	return string(appendDecimal(nil, uint(index)))
}

// sockaddrIP is the IP address and zone of an internet socket address.
func sockaddrIP(sa syscall.Sockaddr) (IP, int, string, bool) {
	switch sa := sa.(type) {
	case *syscall.SockaddrInet4:
		return append(IP(nil), sa.Addr[:]...), sa.Port, "", true
	case *syscall.SockaddrInet6:
		return append(IP(nil), sa.Addr[:]...), sa.Port, zoneName(sa.ZoneId), true
	}
	return nil, 0, "", false
}
