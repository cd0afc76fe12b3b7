// Package netip defines an IP address type that's a small value type.
// Building on that Addr type, the package also defines AddrPort (an
// IP address and a port), and Prefix (an IP address and a bit length
// prefix).
//
// Compared to the net.IP type, this package's Addr type takes less
// memory, is immutable, and is comparable (supports == and being a map
// key).
//
// Every address is kept as IPv6: an IPv4 address a.b.c.d is stored as
// its IPv4-mapped form ::ffff:a.b.c.d, and a separate field says which
// family the address belongs to and, for IPv6, its zone. Keeping that
// field a pointer interned by package internal/intern is what lets Addr
// stay comparable with == even though zones are strings.
package netip

import (
	"errors"
	"internal/intern"
	"strconv"
)

// Addr represents an IPv4 or IPv6 address (with or without a scoped
// addressing zone), similar to net.IP or net.IPAddr.
//
// Unlike net.IP or net.IPAddr, Addr is a comparable value
// type (it supports == and can be a map key) and is immutable.
//
// The zero Addr is not a valid IP address.
// Addr{} is distinct from both 0.0.0.0 and ::.
type Addr struct {
	// addr is the address as a 128-bit number; for IPv4 it is the
	// IPv4-mapped IPv6 address, so its low 32 bits are the address.
	addr uint128

	// z tells the family, and the zone of an IPv6 address: z0 for the
	// zero Addr, z4 for IPv4, z6noz for IPv6 without a zone, and for
	// IPv6 with a zone the interned zone string.
	z *intern.Value
}

// The family markers of Addr.z. z4 and z6noz are distinct pointers
// that intern never returns, so no zone can be mistaken for them.
var (
	z0    = (*intern.Value)(nil)
	z4    = new(intern.Value)
	z6noz = new(intern.Value)
)

// IPv6LinkLocalAllNodes returns the IPv6 link-local all nodes multicast
// address ff02::1.
func IPv6LinkLocalAllNodes() Addr { return AddrFrom16([16]byte{0: 0xff, 1: 0x02, 15: 0x01}) }

// IPv6Unspecified returns the IPv6 unspecified address "::".
func IPv6Unspecified() Addr { return Addr{z: z6noz} }

// IPv4Unspecified returns the IPv4 unspecified address "0.0.0.0".
func IPv4Unspecified() Addr { return AddrFrom4([4]byte{}) }

// AddrFrom4 returns the address of the IPv4 address given by the bytes in addr.
func AddrFrom4(addr [4]byte) Addr {
	v4 := uint64(addr[0])<<24 | uint64(addr[1])<<16 | uint64(addr[2])<<8 | uint64(addr[3])
	return Addr{addr: uint128{0, 0xffff<<32 | v4}, z: z4}
}

// AddrFrom16 returns the IPv6 address given by the bytes in addr.
// An IPv4-mapped IPv6 address is left as an IPv6 address.
// (Use Unmap to convert them if needed.)
func AddrFrom16(addr [16]byte) Addr {
	return addrFrom16Slice(addr[:])
}

// addrFrom16Slice is AddrFrom16 for a slice of (at least) 16 bytes.
func addrFrom16Slice(b []byte) Addr {
	return Addr{addr: uint128{beUint64(b[:8]), beUint64(b[8:16])}, z: z6noz}
}

// AddrFromSlice parses the 4- or 16-byte byte slice as an IPv4 or IPv6 address.
// Note that a net.IP can be passed directly as the []byte argument.
// If slice's length is not 4 or 16, AddrFromSlice returns Addr{}, false.
func AddrFromSlice(slice []byte) (ip Addr, ok bool) {
	switch len(slice) {
	case 4:
		return AddrFrom4([4]byte{slice[0], slice[1], slice[2], slice[3]}), true
	case 16:
		return addrFrom16Slice(slice), true
	}
	return Addr{}, false
}

// beUint64 reads 8 bytes as a big-endian number (network byte order).
func beUint64(b []byte) uint64 {
	var n uint64
	for _, c := range b[:8] {
		n = n<<8 | uint64(c)
	}
	return n
}

// v4 returns the i'th byte of an IPv4 address (0 <= i < 4).
func (ip Addr) v4(i int) uint8 {
	return uint8(ip.addr.lo >> (24 - 8*i))
}

// isZero reports whether ip is the zero Addr.
func (ip Addr) isZero() bool { return ip.z == z0 }

// IsValid reports whether the Addr is an initialized address (not the zero Addr).
//
// Note that "0.0.0.0" and "::" are both valid values.
func (ip Addr) IsValid() bool { return ip.z != z0 }

// BitLen returns the number of bits in the IP address:
// 128 for IPv6, 32 for IPv4, and 0 for the zero Addr.
//
// Note that IPv4-mapped IPv6 addresses are considered IPv6 addresses
// and therefore have bit length 128.
func (ip Addr) BitLen() int {
	switch ip.z {
	case z0:
		return 0
	case z4:
		return 32
	}
	return 128
}

// Zone returns ip's IPv6 scoped addressing zone, if any.
func (ip Addr) Zone() string {
	if !ip.hasZone() {
		return ""
	}
	return ip.z.Get().(string)
}

// hasZone reports whether ip is an IPv6 address with a zone.
func (ip Addr) hasZone() bool {
	return ip.z != z0 && ip.z != z4 && ip.z != z6noz
}

// Compare returns an integer comparing two IPs.
// The result will be 0 if ip == ip2, -1 if ip < ip2, and +1 if ip > ip2.
// The definition of "less than" is the same as the Less method.
func (ip Addr) Compare(ip2 Addr) int {
	if c := compareUint64(uint64(ip.BitLen()), uint64(ip2.BitLen())); c != 0 {
		return c
	}
	if c := ip.addr.compare(ip2.addr); c != 0 {
		return c
	}
	switch za, zb := ip.Zone(), ip2.Zone(); {
	case za < zb:
		return -1
	case za > zb:
		return 1
	}
	return 0
}

// Less reports whether ip sorts before ip2.
// IP addresses sort first by length, then their address.
// IPv6 addresses with zones sort just after the same address without a zone.
func (ip Addr) Less(ip2 Addr) bool { return ip.Compare(ip2) == -1 }

// Is4 reports whether ip is an IPv4 address.
//
// It returns false for IPv4-mapped IPv6 addresses. See Addr.Unmap.
func (ip Addr) Is4() bool { return ip.z == z4 }

// Is4In6 reports whether ip is an IPv4-mapped IPv6 address.
func (ip Addr) Is4In6() bool {
	return ip.Is6() && ip.addr.hi == 0 && ip.addr.lo>>32 == 0xffff
}

// Is6 reports whether ip is an IPv6 address, including IPv4-mapped
// IPv6 addresses.
func (ip Addr) Is6() bool { return ip.z != z0 && ip.z != z4 }

// Unmap returns ip with any IPv4-mapped IPv6 address prefix removed.
//
// That is, if ip is an IPv6 address wrapping an IPv4 address, it
// returns the wrapped IPv4 address. Otherwise it returns ip unmodified.
// The 128-bit number is already the mapped form, so only the family changes
// (and the zone is dropped, IPv4 having none).
func (ip Addr) Unmap() Addr {
	if ip.Is4In6() {
		ip.z = z4
	}
	return ip
}

// WithZone returns an IP that's the same as ip but with the provided
// zone. If zone is empty, the zone is removed. If ip is an IPv4
// address, WithZone is a no-op and returns ip unchanged.
func (ip Addr) WithZone(zone string) Addr {
	if !ip.Is6() {
		return ip
	}
	if zone == "" {
		ip.z = z6noz
	} else {
		ip.z = intern.GetByString(zone)
	}
	return ip
}

// IsLinkLocalUnicast reports whether ip is a link-local unicast address
// (169.254.0.0/16 or fe80::/10).
func (ip Addr) IsLinkLocalUnicast() bool {
	if ip.Is4() {
		return ip.v4(0) == 169 && ip.v4(1) == 254
	}
	return ip.Is6() && ip.addr.word(0)&0xffc0 == 0xfe80
}

// IsLoopback reports whether ip is a loopback address
// (127.0.0.0/8 or ::1).
func (ip Addr) IsLoopback() bool {
	if ip.Is4() {
		return ip.v4(0) == 127
	}
	return ip.Is6() && ip.addr == uint128{0, 1}
}

// IsMulticast reports whether ip is a multicast address
// (224.0.0.0/4 or ff00::/8).
func (ip Addr) IsMulticast() bool {
	if ip.Is4() {
		return ip.v4(0)&0xf0 == 0xe0
	}
	return ip.Is6() && ip.addr.hi>>56 == 0xff
}

// IsInterfaceLocalMulticast reports whether ip is an IPv6
// interface-local multicast address (ff01::/16, whatever the flags
// nibble). IPv4 has no such scope.
func (ip Addr) IsInterfaceLocalMulticast() bool {
	return ip.Is6() && ip.addr.word(0)&0xff0f == 0xff01
}

// IsLinkLocalMulticast reports whether ip is a link-local multicast
// address (224.0.0.0/24, or ff02::/16 whatever the flags nibble).
func (ip Addr) IsLinkLocalMulticast() bool {
	if ip.Is4() {
		return ip.v4(0) == 224 && ip.v4(1) == 0 && ip.v4(2) == 0
	}
	return ip.Is6() && ip.addr.word(0)&0xff0f == 0xff02
}

// IsGlobalUnicast reports whether ip is a global unicast address.
//
// It returns true for IPv6 addresses which fall outside of the current
// IANA-allocated 2000::/3 global unicast space, with the exception of the
// link-local address space. It also returns true even if ip is in the IPv4
// private address space or IPv6 unique local address space.
// It returns false for the zero Addr.
//
// For reference, see RFC 1122, RFC 4291, and RFC 4632.
func (ip Addr) IsGlobalUnicast() bool {
	if !ip.IsValid() || ip.IsUnspecified() {
		return false
	}
	if ip == AddrFrom4([4]byte{255, 255, 255, 255}) {
		return false // the limited broadcast address
	}
	return !ip.IsLoopback() && !ip.IsMulticast() && !ip.IsLinkLocalUnicast()
}

// IsPrivate reports whether ip is a private address, according to RFC 1918
// (IPv4 addresses) and RFC 4193 (IPv6 addresses). That is, it reports whether
// ip is in 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, or fc00::/7. This is the
// same as net.IP.IsPrivate.
func (ip Addr) IsPrivate() bool {
	if ip.Is4() {
		a, b := ip.v4(0), ip.v4(1)
		return a == 10 || a == 172 && b&0xf0 == 16 || a == 192 && b == 168
	}
	return ip.Is6() && ip.addr.hi>>57 == 0xfc>>1
}

// IsUnspecified reports whether ip is an unspecified address, either the IPv4
// address "0.0.0.0" or the IPv6 address "::".
//
// Note that the zero Addr is not an unspecified address.
func (ip Addr) IsUnspecified() bool {
	return ip == IPv4Unspecified() || ip == IPv6Unspecified()
}

// Prefix keeps only the top b bits of IP, producing a Prefix
// of the specified length.
// If ip is a zero Addr, Prefix always returns a zero Prefix and a nil error.
// Otherwise, if bits is less than zero or greater than ip.BitLen(),
// Prefix returns an error.
func (ip Addr) Prefix(b int) (Prefix, error) {
	if b < 0 {
		return Prefix{}, errors.New("negative Prefix bits")
	}
	// An IPv4 address is the low 32 bits of the 128: its first b bits
	// are bits 96+b of the whole.
	skipped := 0
	switch ip.z {
	case z0:
		return Prefix{}, nil
	case z4:
		if b > 32 {
			return Prefix{}, errors.New("prefix length " + strconv.Itoa(b) + " too large for IPv4")
		}
		skipped = 96
	default:
		if b > 128 {
			return Prefix{}, errors.New("prefix length " + strconv.Itoa(b) + " too large for IPv6")
		}
	}
	ip.addr = ip.addr.bitsClearedFrom(uint8(skipped + b))
	return PrefixFrom(ip, b), nil
}

// As16 returns the IP address in its 16-byte representation.
// IPv4 addresses are returned as IPv4-mapped IPv6 addresses.
// IPv6 addresses with zones are returned without their zone (use the
// Zone method to get it).
// The ip zero value returns all zeroes.
func (ip Addr) As16() (a16 [16]byte) {
	for i := range a16 {
		a16[i] = ip.v6(uint8(i))
	}
	return a16
}

// v6 returns the i'th byte of the 16-byte form of ip (0 <= i < 16).
func (ip Addr) v6(i uint8) uint8 {
	half := ip.addr.hi
	if i >= 8 {
		half, i = ip.addr.lo, i-8
	}
	return uint8(half >> (56 - 8*i))
}

// As4 returns an IPv4 or IPv4-in-IPv6 address in its 4-byte representation.
// If ip is the zero Addr or an IPv6 address, As4 panics.
// Note that 0.0.0.0 is not the zero Addr.
func (ip Addr) As4() (a4 [4]byte) {
	if ip.Is4() || ip.Is4In6() {
		return [4]byte{ip.v4(0), ip.v4(1), ip.v4(2), ip.v4(3)}
	}
	if ip.isZero() {
		panic("As4 called on IP zero value")
	}
	panic("As4 called on IPv6 address")
}

// AsSlice returns an IPv4 or IPv6 address in its respective 4-byte or 16-byte representation.
func (ip Addr) AsSlice() []byte {
	switch ip.z {
	case z0:
		return nil
	case z4:
		a4 := ip.As4()
		return a4[:]
	}
	a16 := ip.As16()
	return a16[:]
}

// Next returns the address following ip.
// If there is none, it returns the zero Addr.
func (ip Addr) Next() Addr {
	ip.addr = ip.addr.addOne()
	if ip.wrapped() {
		return Addr{}
	}
	return ip
}

// Prev returns the IP before ip.
// If there is none, it returns the IP zero value.
func (ip Addr) Prev() Addr {
	if ip.wrapped() {
		return Addr{}
	}
	ip.addr = ip.addr.subOne()
	return ip
}

// wrapped reports whether ip's address bits within its family are all
// zero: after adding one, that means the last address overflowed.
// (For IPv4 the mapped ::ffff: above is left alone, so only the low 32
// bits count.)
func (ip Addr) wrapped() bool {
	if ip.Is4() {
		return uint32(ip.addr.lo) == 0
	}
	return ip.addr.isZero()
}
