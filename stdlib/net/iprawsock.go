// This file implements resolving the address of a raw IP end point. The
// raw IP sockets themselves (IPConn) are not implemented.

package net

import (
	"context"
	"strings"
)

// ResolveIPAddr returns an address of IP end point.
//
// The network must be an IP network name: "ip", "ip4" or "ip6",
// optionally followed by ":" and a protocol number or name, as in
// "ip4:icmp". The address is a literal IP address or a host name; for a
// host name only one of its addresses is returned, an IPv4 one if it
// has one.
func ResolveIPAddr(network, address string) (*IPAddr, error) {
	if network == "" {
		network = "ip"
	}
	afnet, err := ipNetwork(network)
	if err != nil {
		return nil, err
	}
	addrs, err := internetAddrList(context.Background(), afnet, address)
	if err != nil {
		return nil, err
	}
	// A literal resolves to one address, so preferring IPv4 only
	// matters for a host name.
	return addrs.first(isIPv4).(*IPAddr), nil
}

// ipNetwork checks an IP network name such as "ip", "ip6" or "ip4:1"
// and returns it without its protocol.
func ipNetwork(network string) (string, error) {
	afnet, proto, hasProto := strings.Cut(network, ":")
	switch afnet {
	case "ip", "ip4", "ip6":
	default:
		return "", UnknownNetworkError(network)
	}
	if hasProto && !knownProtocol(proto) {
		return "", &AddrError{Err: "unknown IP protocol specified", Addr: proto}
	}
	return afnet, nil
}

// knownProtocol reports whether proto is a decimal protocol number or
// the name of one of the protocols every system knows (Go's fallback
// table; gominic does not read /etc/protocols).
func knownProtocol(proto string) bool {
	if _, n, ok := dtoi(proto); ok && n == len(proto) {
		return true
	}
	switch strings.ToLower(proto) {
	case "icmp", "igmp", "tcp", "udp", "ipv6-icmp":
		return true
	}
	return false
}
