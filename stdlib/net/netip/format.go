package netip

import (
	"errors"
	"unsafe"
)

// String returns ip as text: "192.0.2.1" for IPv4, "2001:db8::1" for
// IPv6, "fe80::1%eth0" with a zone, and "invalid IP" for the zero Addr.
// An IPv4-mapped address keeps its prefix, "::ffff:1.2.3.4", where
// net.IP's String would drop it.
func (ip Addr) String() string {
	if ip.isZero() {
		return "invalid IP"
	}
	return stringOf(ip.AppendTo(make([]byte, 0, maxAddrText+len(ip.Zone()))))
}

// stringOf returns the text in b as a string without copying it, as
// strings.Builder does: the String methods build their text in a buffer
// of their own that nothing else sees afterwards, so this saves the
// allocation (and copy) a conversion string(b) would make.
func stringOf(b []byte) string {
	return *(*string)(unsafe.Pointer(&b))
}

// maxAddrText is the length of the longest address text, zone aside.
const maxAddrText = len("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff%")

// AppendTo appends ip's MarshalText form to b and returns the result.
func (ip Addr) AppendTo(b []byte) []byte {
	switch {
	case ip.isZero():
		return b
	case ip.Is4():
		return ip.appendDotted(b)
	case ip.Is4In6():
		b = append(b, "::ffff:"...)
		b = ip.appendDotted(b)
	default:
		b = ip.appendGroups(b)
	}
	return ip.appendZone(b)
}

// appendDotted appends the low 32 bits of ip as dotted decimal.
func (ip Addr) appendDotted(b []byte) []byte {
	for i := 0; i < 4; i++ {
		if i > 0 {
			b = append(b, '.')
		}
		b = appendDecimal(b, ip.v4(i))
	}
	return b
}

// appendGroups appends ip as IPv6 text in the canonical form of
// RFC 5952: groups in lower-case hex without leading zeros, and the
// longest run of two or more zero groups (the first, on a tie) written
// as "::". So 2001:db8:0:0:1:0:0:1 is written 2001:db8::1:0:0:1.
func (ip Addr) appendGroups(b []byte) []byte {
	start, end := ip.longestZeroRun()
	for i := 0; i < 8; i++ {
		switch {
		case i == start:
			b = append(b, "::"...)
			i = end - 1
			continue
		case i > 0 && i != end:
			b = append(b, ':')
		}
		b = appendHex(b, ip.addr.word(i))
	}
	return b
}

// longestZeroRun returns the groups [start, end) of the first longest
// run of at least two zero groups, or -1, -1 if there is none.
func (ip Addr) longestZeroRun() (start, end int) {
	start, end = -1, -1
	for i := 0; i < 8; {
		j := i
		for j < 8 && ip.addr.word(j) == 0 {
			j++
		}
		if j-i >= 2 && j-i > end-start {
			start, end = i, j
		}
		if j == i {
			j++
		}
		i = j
	}
	return start, end
}

// appendZone appends "%zone" if ip has a zone.
func (ip Addr) appendZone(b []byte) []byte {
	if !ip.hasZone() {
		return b
	}
	b = append(b, '%')
	return append(b, ip.Zone()...)
}

const hexDigits = "0123456789abcdef"

// appendDecimal appends x in decimal.
func appendDecimal(b []byte, x uint8) []byte {
	if x >= 100 {
		b = append(b, hexDigits[x/100])
	}
	if x >= 10 {
		b = append(b, hexDigits[x/10%10])
	}
	return append(b, hexDigits[x%10])
}

// appendHex appends x in hex without leading zeros.
func appendHex(b []byte, x uint16) []byte {
	shift := 12
	for shift > 0 && x>>shift == 0 {
		shift -= 4
	}
	for ; shift >= 0; shift -= 4 {
		b = append(b, hexDigits[x>>shift&0xf])
	}
	return b
}

// StringExpanded is String with IPv6 written in full: eight groups of
// four hex digits, none left out, so that "2001:db8::1" is
// "2001:0db8:0000:0000:0000:0000:0000:0001".
func (ip Addr) StringExpanded() string {
	if !ip.Is6() {
		return ip.String()
	}
	b := make([]byte, 0, maxAddrText+len(ip.Zone()))
	for i := 0; i < 8; i++ {
		if i > 0 {
			b = append(b, ':')
		}
		x := ip.addr.word(i)
		b = append(b, hexDigits[x>>12], hexDigits[x>>8&0xf], hexDigits[x>>4&0xf], hexDigits[x&0xf])
	}
	return stringOf(ip.appendZone(b))
}

// MarshalText makes Addr an encoding.TextMarshaler: the text is that of
// String, but empty for the zero Addr.
func (ip Addr) MarshalText() ([]byte, error) {
	return ip.AppendTo(make([]byte, 0, maxAddrText+len(ip.Zone()))), nil
}

// UnmarshalText makes *Addr an encoding.TextUnmarshaler, reading what
// ParseAddr accepts; empty text gives the zero Addr and no error.
func (ip *Addr) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*ip = Addr{}
		return nil
	}
	var err error
	*ip, err = ParseAddr(string(text))
	return err
}

// MarshalBinary makes Addr an encoding.BinaryMarshaler: no bytes for the
// zero Addr, the 4 bytes of an IPv4 address, and the 16 bytes of an IPv6
// one followed by its zone.
func (ip Addr) MarshalBinary() ([]byte, error) {
	return ip.appendBinary(make([]byte, 0, 16+len(ip.Zone()))), nil
}

// appendBinary appends the encoding of MarshalBinary to b.
func (ip Addr) appendBinary(b []byte) []byte {
	switch {
	case ip.isZero():
		return b
	case ip.Is4():
		a4 := ip.As4()
		return append(b, a4[:]...)
	}
	a16 := ip.As16()
	b = append(b, a16[:]...)
	return append(b, ip.Zone()...)
}

// UnmarshalBinary makes *Addr an encoding.BinaryUnmarshaler, reading
// what MarshalBinary writes.
func (ip *Addr) UnmarshalBinary(b []byte) error {
	switch n := len(b); {
	case n == 0:
		*ip = Addr{}
	case n == 4:
		*ip = AddrFrom4([4]byte{b[0], b[1], b[2], b[3]})
	case n >= 16:
		*ip = addrFrom16Slice(b).WithZone(string(b[16:]))
	default:
		return errors.New("unexpected slice size")
	}
	return nil
}
