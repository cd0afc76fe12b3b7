// Package netip provides IP addresses as small values: Addr, an address;
// AddrPort, an address with a port; and Prefix, an address with the
// number of its leading bits that name a network.
//
// Unlike net.IP, an Addr is smaller, cannot be changed once made, and
// can be compared with == and used as a map key.
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

// An Addr is an IPv4 or IPv6 address, the latter possibly with a zone,
// as net.IP and net.IPAddr hold; but an Addr is an immutable value that
// == compares and that can key a map.
//
// The zero Addr is no address at all: neither 0.0.0.0 nor :: .
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

// IPv6LinkLocalAllNodes returns ff02::1, the multicast address of every
// node on the link.
func IPv6LinkLocalAllNodes() Addr { return AddrFrom16([16]byte{0: 0xff, 1: 0x02, 15: 0x01}) }

// IPv6Unspecified returns "::", the IPv6 address that stands for none.
func IPv6Unspecified() Addr { return Addr{z: z6noz} }

// IPv4Unspecified returns "0.0.0.0", the IPv4 address that stands for
// none.
func IPv4Unspecified() Addr { return AddrFrom4([4]byte{}) }

// AddrFrom4 returns the IPv4 address whose four bytes are addr.
func AddrFrom4(addr [4]byte) Addr {
	v4 := uint64(addr[0])<<24 | uint64(addr[1])<<16 | uint64(addr[2])<<8 | uint64(addr[3])
	return Addr{addr: uint128{0, 0xffff<<32 | v4}, z: z4}
}

// AddrFrom16 returns the IPv6 address whose sixteen bytes are addr. An
// IPv4-mapped address stays IPv6; Unmap turns it into IPv4.
func AddrFrom16(addr [16]byte) Addr {
	return addrFrom16Slice(addr[:])
}

// addrFrom16Slice is AddrFrom16 for a slice of (at least) 16 bytes.
func addrFrom16Slice(b []byte) Addr {
	return Addr{addr: uint128{beUint64(b[:8]), beUint64(b[8:16])}, z: z6noz}
}

// AddrFromSlice returns the IPv4 address of 4 bytes or the IPv6 address
// of 16 bytes in slice (a net.IP will do), and false with the zero Addr
// for any other length.
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

// IsValid reports whether ip is an address, that is not the zero Addr;
// "0.0.0.0" and "::" are valid.
func (ip Addr) IsValid() bool { return ip.z != z0 }

// BitLen returns the size of ip in bits: 32 for IPv4, 128 for IPv6 (an
// IPv4-mapped one included) and 0 for the zero Addr.
func (ip Addr) BitLen() int {
	switch ip.z {
	case z0:
		return 0
	case z4:
		return 32
	}
	return 128
}

// Zone returns the zone of an IPv6 address, or "".
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

// Compare returns -1, 0 or +1 as ip sorts before, with or after ip2, in
// the order Less describes.
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

// Less reports whether ip sorts before ip2: shorter addresses first,
// then by value, an IPv6 address with a zone right after the same one
// without.
func (ip Addr) Less(ip2 Addr) bool { return ip.Compare(ip2) == -1 }

// Is4 reports whether ip is IPv4 (an IPv4-mapped IPv6 address is not:
// see Unmap).
func (ip Addr) Is4() bool { return ip.z == z4 }

// Is4In6 reports whether ip is an IPv6 address of the form ::ffff:a.b.c.d.
func (ip Addr) Is4In6() bool {
	return ip.Is6() && ip.addr.hi == 0 && ip.addr.lo>>32 == 0xffff
}

// Is6 reports whether ip is IPv6, IPv4-mapped or not.
func (ip Addr) Is6() bool { return ip.z != z0 && ip.z != z4 }

// Unmap returns the IPv4 address a.b.c.d for ::ffff:a.b.c.d, and any
// other ip as it is.
//
// The 128-bit number is already the mapped form, so only the family changes
// (and the zone is dropped, IPv4 having none).
func (ip Addr) Unmap() Addr {
	if ip.Is4In6() {
		ip.z = z4
	}
	return ip
}

// WithZone returns ip with its zone set to zone, or removed if zone is
// "". An IPv4 address, which has no zone, comes back unchanged.
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

// IsLinkLocalUnicast reports whether ip is in 169.254.0.0/16 or
// fe80::/10, the unicast addresses valid on one link only.
func (ip Addr) IsLinkLocalUnicast() bool {
	if ip.Is4() {
		return ip.v4(0) == 169 && ip.v4(1) == 254
	}
	return ip.Is6() && ip.addr.word(0)&0xffc0 == 0xfe80
}

// IsLoopback reports whether ip is in 127.0.0.0/8 or is ::1, the
// addresses of the host itself.
func (ip Addr) IsLoopback() bool {
	if ip.Is4() {
		return ip.v4(0) == 127
	}
	return ip.Is6() && ip.addr == uint128{0, 1}
}

// IsMulticast reports whether ip is in 224.0.0.0/4 or ff00::/8, the
// addresses of groups of hosts.
func (ip Addr) IsMulticast() bool {
	if ip.Is4() {
		return ip.v4(0)&0xf0 == 0xe0
	}
	return ip.Is6() && ip.addr.hi>>56 == 0xff
}

// IsInterfaceLocalMulticast reports whether ip is an IPv6 multicast
// address of interface scope: ff01::/16, whatever the flags nibble.
// IPv4 has no such scope.
func (ip Addr) IsInterfaceLocalMulticast() bool {
	return ip.Is6() && ip.addr.word(0)&0xff0f == 0xff01
}

// IsLinkLocalMulticast reports whether ip is a multicast address of link
// scope: 224.0.0.0/24, or ff02::/16 whatever the flags nibble.
func (ip Addr) IsLinkLocalMulticast() bool {
	if ip.Is4() {
		return ip.v4(0) == 224 && ip.v4(1) == 0 && ip.v4(2) == 0
	}
	return ip.Is6() && ip.addr.word(0)&0xff0f == 0xff02
}

// IsGlobalUnicast reports whether ip is a unicast address that is none
// of the special ones: not unspecified, loopback, multicast, link-local
// or (IPv4) the broadcast address, after RFC 1122, 4291 and 4632. Private
// addresses pass, and so does IPv6 outside the 2000::/3 that IANA
// currently assigns; the zero Addr does not.
func (ip Addr) IsGlobalUnicast() bool {
	if !ip.IsValid() || ip.IsUnspecified() {
		return false
	}
	if ip == AddrFrom4([4]byte{255, 255, 255, 255}) {
		return false // the limited broadcast address
	}
	return !ip.IsLoopback() && !ip.IsMulticast() && !ip.IsLinkLocalUnicast()
}

// IsPrivate reports whether ip belongs to a private network as RFC 1918
// (IPv4) and RFC 4193 (IPv6) set them aside: 10.0.0.0/8, 172.16.0.0/12,
// 192.168.0.0/16 or fc00::/7, as net.IP.IsPrivate does.
func (ip Addr) IsPrivate() bool {
	if ip.Is4() {
		a, b := ip.v4(0), ip.v4(1)
		return a == 10 || a == 172 && b&0xf0 == 16 || a == 192 && b == 168
	}
	return ip.Is6() && ip.addr.hi>>57 == 0xfc>>1
}

// IsUnspecified reports whether ip is "0.0.0.0" or "::" (the zero Addr
// is neither).
func (ip Addr) IsUnspecified() bool {
	return ip == IPv4Unspecified() || ip == IPv6Unspecified()
}

// Prefix returns the network of b bits that holds ip: ip with every bit
// after the first b cleared. It fails when b is negative or above
// ip.BitLen(), except for the zero Addr, which gives the zero Prefix and
// no error.
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

// As16 returns ip as sixteen bytes: IPv4 in its IPv4-mapped form, IPv6
// without its zone (which Zone gives), the zero Addr as zeros.
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

// As4 returns the four bytes of an IPv4 or IPv4-mapped address, and
// panics for any other IPv6 address or the zero Addr (not 0.0.0.0).
func (ip Addr) As4() (a4 [4]byte) {
	if ip.Is4() || ip.Is4In6() {
		return [4]byte{ip.v4(0), ip.v4(1), ip.v4(2), ip.v4(3)}
	}
	if ip.isZero() {
		panic("As4 called on IP zero value")
	}
	panic("As4 called on IPv6 address")
}

// AsSlice returns ip as 4 bytes if it is IPv4, 16 if IPv6, none if zero.
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

// Next returns the address after ip, or the zero Addr after the last one.
func (ip Addr) Next() Addr {
	ip.addr = ip.addr.addOne()
	if ip.wrapped() {
		return Addr{}
	}
	return ip
}

// Prev returns the address before ip, or the zero Addr before the first
// one.
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
