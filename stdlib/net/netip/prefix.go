package netip

import (
	"errors"
	"strconv"
	"strings"
)

// A Prefix is an IP network: the addresses whose first Bits() bits are
// those of Addr(), whatever the rest. Bits() is at most 32 for IPv4 and
// 128 for IPv6.
type Prefix struct {
	ip Addr

	// bits is the prefix length, or invalidPrefixBits when PrefixFrom
	// was given one out of range for the address.
	bits int16
}

const invalidPrefixBits = -1

// PrefixFrom returns the Prefix of ip and bits, without allocating. The
// bits of ip past the first bits are kept (Addr.Prefix clears them); a
// bits below 0 or above ip.BitLen() gives a Prefix whose Bits() is -1.
func PrefixFrom(ip Addr, bits int) Prefix {
	if bits < 0 || bits > ip.BitLen() {
		bits = invalidPrefixBits
	}
	return Prefix{ip: ip.WithZone(""), bits: int16(bits)}
}

// Addr returns the address of p.
func (p Prefix) Addr() Addr { return p.ip }

// Bits returns how many leading bits of the address p fixes, or -1 if p
// is invalid.
func (p Prefix) Bits() int { return int(p.bits) }

// IsValid reports whether p's address is valid and its Bits() in range
// for it; the zero Prefix is not valid.
func (p Prefix) IsValid() bool {
	return p.ip.IsValid() && p.bits >= 0 && int(p.bits) <= p.ip.BitLen()
}

// isZero reports whether p is the zero Prefix.
func (p Prefix) isZero() bool { return p == Prefix{} }

// IsSingleIP reports whether p holds a single address, all its bits
// fixed.
func (p Prefix) IsSingleIP() bool { return p.bits != 0 && int(p.bits) == p.ip.BitLen() }

// ParsePrefix parses a prefix in the CIDR notation of RFC 4632 and
// RFC 4291, "192.168.1.0/24" or "2001:db8::/32". A zone is an error. The
// bits past the prefix length are kept as written; Masked clears them.
func ParsePrefix(s string) (Prefix, error) {
	i := strings.LastIndexByte(s, '/')
	if i < 0 {
		return Prefix{}, parsePrefixError(s, "no '/'")
	}
	ip, err := ParseAddr(s[:i])
	if err != nil {
		return Prefix{}, parsePrefixError(s, err.Error())
	}
	if ip.hasZone() {
		return Prefix{}, parsePrefixError(s, "IPv6 zones cannot be present in a prefix")
	}
	bits, err := strconv.Atoi(s[i+1:])
	if err != nil {
		return Prefix{}, parsePrefixError(s, "bad bits after slash: "+strconv.Quote(s[i+1:]))
	}
	if bits < 0 || bits > ip.BitLen() {
		return Prefix{}, parsePrefixError(s, "prefix length out of range")
	}
	return PrefixFrom(ip, bits), nil
}

// parsePrefixError returns the error of ParsePrefix(s), saying why.
func parsePrefixError(s, why string) error {
	return errors.New("netip.ParsePrefix(" + strconv.Quote(s) + "): " + why)
}

// MustParsePrefix is ParsePrefix for text known to be right, as in tests:
// it panics if s does not parse.
func MustParsePrefix(s string) Prefix {
	ip, err := ParsePrefix(s)
	if err != nil {
		panic(err)
	}
	return ip
}

// Masked returns p with the bits of its address past the first p.Bits()
// cleared, the canonical form; an invalid p gives the zero Prefix.
func (p Prefix) Masked() Prefix {
	if m, err := p.ip.Prefix(int(p.bits)); err == nil {
		return m
	}
	return Prefix{}
}

// Contains reports whether ip is in the network p. The families must be
// the same (IPv4-mapped counts as IPv6), and the zero Addr and addresses
// with a zone are in no prefix, prefixes having no zone.
func (p Prefix) Contains(ip Addr) bool {
	if !p.IsValid() || ip.hasZone() || ip.BitLen() != p.ip.BitLen() {
		return false
	}
	return ip.firstOf(p.bits) == p.ip.firstOf(p.bits)
}

// firstOf returns the first address of the prefix of the given length
// that holds ip, as a 128-bit number.
func (ip Addr) firstOf(bits int16) uint128 {
	return ip.addr.bitsClearedFrom(ip.bitsBefore() + uint8(bits))
}

// lastOf returns the last address of the prefix of the given length
// that holds ip, as a 128-bit number.
func (ip Addr) lastOf(bits int16) uint128 {
	return ip.addr.bitsSetFrom(ip.bitsBefore() + uint8(bits))
}

// bitsBefore returns how many of the 128 bits come before ip's own:
// an IPv4 address is the last 32 bits of its mapped form.
func (ip Addr) bitsBefore() uint8 {
	return uint8(128 - ip.BitLen())
}

// Overlaps reports whether some address is in both p and o. Prefixes of
// different families never overlap (an IPv4-mapped address being IPv6,
// as for Contains), nor do those of the zero Addr.
//
// Two prefixes overlap when their address ranges do: each begins
// before the other ends.
func (p Prefix) Overlaps(o Prefix) bool {
	if !p.IsValid() || !o.IsValid() || p.ip.BitLen() != o.ip.BitLen() {
		return false
	}
	return p.ip.firstOf(p.bits).compare(o.ip.lastOf(o.bits)) <= 0 &&
		o.ip.firstOf(o.bits).compare(p.ip.lastOf(p.bits)) <= 0
}

// AppendTo appends p's MarshalText form to b and returns the result.
func (p Prefix) AppendTo(b []byte) []byte {
	if p.isZero() {
		return b
	}
	if !p.IsValid() {
		return append(b, "invalid Prefix"...)
	}
	b = p.ip.AppendTo(b)
	b = append(b, '/')
	return appendDecimal(b, uint8(p.bits))
}

// MarshalText makes Prefix an encoding.TextMarshaler: the text is that
// of String, but empty for the zero Prefix.
func (p Prefix) MarshalText() ([]byte, error) {
	return p.AppendTo(make([]byte, 0, maxAddrText+len("/128"))), nil
}

// UnmarshalText makes *Prefix an encoding.TextUnmarshaler, reading what
// MarshalText writes or ParsePrefix accepts.
func (p *Prefix) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*p = Prefix{}
		return nil
	}
	var err error
	*p, err = ParsePrefix(string(text))
	return err
}

// MarshalBinary makes Prefix an encoding.BinaryMarshaler: the bytes of
// Addr.MarshalBinary, then one byte, the prefix length.
func (p Prefix) MarshalBinary() ([]byte, error) {
	b := p.ip.WithZone("").appendBinary(make([]byte, 0, 16+1))
	return append(b, uint8(p.bits)), nil
}

// UnmarshalBinary makes *Prefix an encoding.BinaryUnmarshaler, reading
// what MarshalBinary writes.
func (p *Prefix) UnmarshalBinary(b []byte) error {
	if len(b) < 1 {
		return errors.New("unexpected slice size")
	}
	var ip Addr
	if err := ip.UnmarshalBinary(b[:len(b)-1]); err != nil {
		return err
	}
	*p = PrefixFrom(ip, int(b[len(b)-1]))
	return nil
}

// String returns p in CIDR notation, "<ip>/<bits>", or "invalid Prefix".
func (p Prefix) String() string {
	if !p.IsValid() {
		return "invalid Prefix"
	}
	return stringOf(p.AppendTo(make([]byte, 0, maxAddrText+len("/128"))))
}
