package netip

import (
	"errors"
	"strconv"
	"strings"
)

// Prefix is an IP prefix, representing an IP network.
//
// The first Bits() of Addr() are specified. The remaining bits match any address.
// The range of Bits() is [0,32] for IPv4 or [0,128] for IPv6.
type Prefix struct {
	ip Addr

	// bits is the prefix length, or invalidPrefixBits when PrefixFrom
	// was given one out of range for the address.
	bits int16
}

const invalidPrefixBits = -1

// PrefixFrom returns a Prefix with the provided IP address and bit
// prefix length.
//
// It does not allocate. Unlike Addr.Prefix, PrefixFrom does not mask
// off the host bits of ip.
//
// If bits is less than zero or greater than ip.BitLen, p.Bits() will
// return an invalid value -1.
func PrefixFrom(ip Addr, bits int) Prefix {
	if bits < 0 || bits > ip.BitLen() {
		bits = invalidPrefixBits
	}
	return Prefix{ip: ip.WithZone(""), bits: int16(bits)}
}

// Addr returns p's IP address.
func (p Prefix) Addr() Addr { return p.ip }

// Bits returns p's prefix length.
//
// It reports -1 if invalid.
func (p Prefix) Bits() int { return int(p.bits) }

// IsValid reports whether p.Bits() has a valid range for p.Addr().
// If p.Addr() is the zero Addr, IsValid returns false.
// Note that if p is the zero Prefix, then p.IsValid() == false.
func (p Prefix) IsValid() bool {
	return p.ip.IsValid() && p.bits >= 0 && int(p.bits) <= p.ip.BitLen()
}

// isZero reports whether p is the zero Prefix.
func (p Prefix) isZero() bool { return p == Prefix{} }

// IsSingleIP reports whether p contains exactly one IP.
func (p Prefix) IsSingleIP() bool { return p.bits != 0 && int(p.bits) == p.ip.BitLen() }

// ParsePrefix parses s as an IP address prefix.
// The string can be in the form "192.168.1.0/24" or "2001:db8::/32",
// the CIDR notation defined in RFC 4632 and RFC 4291.
// IPv6 zones are not permitted in prefixes, and an error will be returned if a
// zone is present.
//
// Note that masked address bits are not zeroed. Use Masked for that.
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

// MustParsePrefix calls ParsePrefix(s) and panics on error.
// It is intended for use in tests with hard-coded strings.
func MustParsePrefix(s string) Prefix {
	ip, err := ParsePrefix(s)
	if err != nil {
		panic(err)
	}
	return ip
}

// Masked returns p in its canonical form, with all but the high
// p.Bits() bits of p.Addr() masked off.
//
// If p is zero or otherwise invalid, Masked returns the zero Prefix.
func (p Prefix) Masked() Prefix {
	if m, err := p.ip.Prefix(int(p.bits)); err == nil {
		return m
	}
	return Prefix{}
}

// Contains reports whether the network p includes ip.
//
// An IPv4 address will not match an IPv6 prefix.
// An IPv4-mapped IPv6 address will not match an IPv4 prefix.
// A zero-value IP will not match any prefix.
// If ip has an IPv6 zone, Contains returns false,
// because Prefixes strip zones.
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

// Overlaps reports whether p and o contain any IP addresses in common.
//
// If p and o are of different address families or either have a zero
// IP, it reports false. Like the Contains method, a prefix with an
// IPv4-mapped IPv6 address is still treated as an IPv6 mask.
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

// AppendTo appends a text encoding of p,
// as generated by MarshalText,
// to b and returns the extended buffer.
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

// MarshalText implements the encoding.TextMarshaler interface,
// The encoding is the same as returned by String, with one exception:
// If p is the zero value, the encoding is the empty string.
func (p Prefix) MarshalText() ([]byte, error) {
	return p.AppendTo(make([]byte, 0, maxAddrText+len("/128"))), nil
}

// UnmarshalText implements the encoding.TextUnmarshaler interface.
// The IP address is expected in a form accepted by ParsePrefix
// or generated by MarshalText.
func (p *Prefix) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*p = Prefix{}
		return nil
	}
	var err error
	*p, err = ParsePrefix(string(text))
	return err
}

// MarshalBinary implements the encoding.BinaryMarshaler interface.
// It returns Addr.MarshalBinary with an additional byte appended
// containing the prefix bits.
func (p Prefix) MarshalBinary() ([]byte, error) {
	b := p.ip.WithZone("").appendBinary(make([]byte, 0, 16+1))
	return append(b, uint8(p.bits)), nil
}

// UnmarshalBinary implements the encoding.BinaryUnmarshaler interface.
// It expects data in the form generated by MarshalBinary.
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

// String returns the CIDR notation of p: "<ip>/<bits>".
func (p Prefix) String() string {
	if !p.IsValid() {
		return "invalid Prefix"
	}
	return stringOf(p.AppendTo(make([]byte, 0, maxAddrText+len("/128"))))
}
