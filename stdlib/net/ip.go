// This file implements IP addresses and masks: their 4- and 16-byte
// forms, parsing, printing and the text encoding (RFC 4291 for IPv6's
// notation, RFC 5952 for its canonical "::" form).

package net

// Lengths of IP addresses in bytes.
const (
	IPv4len = 4
	IPv6len = 16
)

// An IP is a single IP address, a slice of bytes: 4 bytes for IPv4, 16 for
// IPv6. An IPv4 address may also be held in 16 bytes, as the IPv4-mapped
// IPv6 address ::ffff:a.b.c.d, and the functions accept both forms.
type IP []byte

// An IPMask is a bitmask that can be used to manipulate IP addresses for
// IP addressing and routing.
type IPMask []byte

// An IPNet represents an IP network.
type IPNet struct {
	IP   IP     // network number
	Mask IPMask // network mask
}

// v4InV6Prefix is the first 12 bytes of an IPv4-mapped IPv6 address.
var v4InV6Prefix = []byte{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff}

// IPv4 returns the IP address (in 16-byte form) of the IPv4 address
// a.b.c.d.
func IPv4(a, b, c, d byte) IP {
	p := make(IP, IPv6len)
	copy(p, v4InV6Prefix)
	p[12], p[13], p[14], p[15] = a, b, c, d
	return p
}

// IPv4Mask returns the IP mask (in 4-byte form) of the IPv4 mask
// a.b.c.d.
func IPv4Mask(a, b, c, d byte) IPMask {
	return IPMask{a, b, c, d}
}

// CIDRMask returns an IPMask of ones ones followed by 0s up to a total
// length of bits bits, or nil if the two do not make a mask.
func CIDRMask(ones, bits int) IPMask {
	if bits != 8*IPv4len && bits != 8*IPv6len || ones < 0 || ones > bits {
		return nil
	}
	m := make(IPMask, bits/8)
	for i := range m {
		switch {
		case ones >= 8:
			m[i] = 0xff
		case ones > 0:
			m[i] = ^byte(0xff >> ones)
		}
		ones -= 8
	}
	return m
}

// Well-known IPv4 addresses.
var (
	IPv4bcast     = IPv4(255, 255, 255, 255) // limited broadcast
	IPv4allsys    = IPv4(224, 0, 0, 1)       // all systems
	IPv4allrouter = IPv4(224, 0, 0, 2)       // all routers
	IPv4zero      = IPv4(0, 0, 0, 0)         // all zeros
)

// Well-known IPv6 addresses.
var (
	IPv6zero                   = IP{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}
	IPv6unspecified            = IP{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}
	IPv6loopback               = IP{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}
	IPv6interfacelocalallnodes = IP{0xff, 0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x01}
	IPv6linklocalallnodes      = IP{0xff, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x01}
	IPv6linklocalallrouters    = IP{0xff, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02}
)

// IsUnspecified reports whether ip is an unspecified address, either the
// IPv4 address "0.0.0.0" or the IPv6 address "::".
func (ip IP) IsUnspecified() bool {
	return ip.Equal(IPv4zero) || ip.Equal(IPv6unspecified)
}

// IsLoopback reports whether ip is a loopback address.
func (ip IP) IsLoopback() bool {
	if ip4 := ip.To4(); ip4 != nil {
		return ip4[0] == 127
	}
	return ip.Equal(IPv6loopback)
}

// IsPrivate reports whether ip is a private address, according to RFC
// 1918 (IPv4 addresses) and RFC 4193 (IPv6 addresses).
func (ip IP) IsPrivate() bool {
	if ip4 := ip.To4(); ip4 != nil {
		return ip4[0] == 10 || ip4[0] == 172 && ip4[1]&0xf0 == 16 || ip4[0] == 192 && ip4[1] == 168
	}
	return len(ip) == IPv6len && ip[0]&0xfe == 0xfc
}

// IsMulticast reports whether ip is a multicast address.
func (ip IP) IsMulticast() bool {
	if ip4 := ip.To4(); ip4 != nil {
		return ip4[0]&0xf0 == 0xe0
	}
	return len(ip) == IPv6len && ip[0] == 0xff
}

// IsInterfaceLocalMulticast reports whether ip is an interface-local
// multicast address.
func (ip IP) IsInterfaceLocalMulticast() bool {
	return len(ip) == IPv6len && ip[0] == 0xff && ip[1]&0x0f == 0x01
}

// IsLinkLocalMulticast reports whether ip is a link-local multicast
// address.
func (ip IP) IsLinkLocalMulticast() bool {
	if ip4 := ip.To4(); ip4 != nil {
		return ip4[0] == 224 && ip4[1] == 0 && ip4[2] == 0
	}
	return len(ip) == IPv6len && ip[0] == 0xff && ip[1]&0x0f == 0x02
}

// IsLinkLocalUnicast reports whether ip is a link-local unicast address.
func (ip IP) IsLinkLocalUnicast() bool {
	if ip4 := ip.To4(); ip4 != nil {
		return ip4[0] == 169 && ip4[1] == 254
	}
	return len(ip) == IPv6len && ip[0] == 0xfe && ip[1]&0xc0 == 0x80
}

// IsGlobalUnicast reports whether ip is a global unicast address: none of
// the special ones above nor the IPv4 limited broadcast.
func (ip IP) IsGlobalUnicast() bool {
	return (len(ip) == IPv4len || len(ip) == IPv6len) &&
		!ip.Equal(IPv4bcast) && !ip.IsUnspecified() && !ip.IsLoopback() &&
		!ip.IsMulticast() && !ip.IsLinkLocalUnicast()
}

// isV4InV6 reports whether a 16-byte ip is an IPv4-mapped address.
func isV4InV6(ip IP) bool {
	return len(ip) == IPv6len && string(ip[:12]) == string(v4InV6Prefix)
}

// To4 converts the IPv4 address ip to a 4-byte representation. If ip is
// not an IPv4 address, To4 returns nil.
func (ip IP) To4() IP {
	if len(ip) == IPv4len {
		return ip
	}
	if isV4InV6(ip) {
		return ip[12:16]
	}
	return nil
}

// To16 converts the IP address ip to a 16-byte representation. If ip is
// not an IP address (it is the wrong length), To16 returns nil.
func (ip IP) To16() IP {
	if len(ip) == IPv4len {
		return IPv4(ip[0], ip[1], ip[2], ip[3])
	}
	if len(ip) == IPv6len {
		return ip
	}
	return nil
}

// Default route masks for IPv4 classes A, B and C.
var (
	classAMask = IPv4Mask(0xff, 0, 0, 0)
	classBMask = IPv4Mask(0xff, 0xff, 0, 0)
	classCMask = IPv4Mask(0xff, 0xff, 0xff, 0)
)

// DefaultMask returns the default IP mask for the IP address ip, by its
// class. Only IPv4 addresses have default masks; DefaultMask returns nil
// if ip is not a valid IPv4 address.
func (ip IP) DefaultMask() IPMask {
	if ip = ip.To4(); ip == nil {
		return nil
	}
	switch {
	case ip[0] < 0x80:
		return classAMask
	case ip[0] < 0xC0:
		return classBMask
	default:
		return classCMask
	}
}

// Mask returns the result of masking the IP address ip with mask, or nil
// if their lengths do not fit together.
func (ip IP) Mask(mask IPMask) IP {
	if len(mask) == IPv6len && len(ip) == IPv4len && allFF(mask[:12]) {
		mask = mask[12:]
	}
	if len(mask) == IPv4len && len(ip) == IPv6len && isV4InV6(ip) {
		ip = ip[12:]
	}
	if len(ip) != len(mask) {
		return nil
	}
	out := make(IP, len(ip))
	for i := range ip {
		out[i] = ip[i] & mask[i]
	}
	return out
}

// allFF reports whether every byte of b is 0xff.
func allFF(b []byte) bool {
	for _, c := range b {
		if c != 0xff {
			return false
		}
	}
	return true
}

// String returns the string form of the IP address ip: dotted decimal
// ("192.0.2.1") for IPv4 in either form, RFC 5952's form ("2001:db8::1")
// for IPv6, "<nil>" if ip has length 0 and "?" followed by the bytes in
// hexadecimal for any other length.
func (ip IP) String() string {
	if len(ip) == 0 {
		return "<nil>"
	}
	if len(ip) != IPv4len && len(ip) != IPv6len {
		return "?" + hexString(ip)
	}
	if p4 := ip.To4(); p4 != nil {
		return string(appendIPv4(nil, p4))
	}
	return string(appendIPv6(nil, ip))
}

// appendIPv4 appends the dotted decimal form of a 4-byte address.
func appendIPv4(b []byte, ip IP) []byte {
	for i, octet := range ip {
		if i > 0 {
			b = append(b, '.')
		}
		b = appendDecimal(b, uint(octet))
	}
	return b
}

// appendIPv6 appends a 16-byte address as eight hexadecimal groups, the
// longest run of two or more zero groups (the first of equal ones)
// replaced by "::".
func appendIPv6(b []byte, ip IP) []byte {
	start, end := longestZeroRun(ip)
	for i := 0; i < IPv6len; i += 2 {
		if i == start {
			b = append(b, ':', ':')
			i = end
			if i >= IPv6len {
				break
			}
		} else if i > 0 {
			b = append(b, ':')
		}
		b = appendHex(b, uint(ip[i])<<8|uint(ip[i+1]))
	}
	return b
}

// longestZeroRun returns the byte span [start, end) of the longest run of
// at least two zero groups of ip, or -1, -1 if there is none.
func longestZeroRun(ip IP) (int, int) {
	start, end := -1, -1
	for i := 0; i < IPv6len; i += 2 {
		j := i
		for j < IPv6len && ip[j] == 0 && ip[j+1] == 0 {
			j += 2
		}
		if j-i >= 4 && j-i > end-start {
			start, end = i, j
		}
		i = j
	}
	return start, end
}

const hexDigit = "0123456789abcdef"

// appendDecimal appends n in decimal.
func appendDecimal(b []byte, n uint) []byte {
	if n >= 10 {
		b = appendDecimal(b, n/10)
	}
	return append(b, byte('0'+n%10))
}

// appendHex appends n in hexadecimal, without leading zeros.
func appendHex(b []byte, n uint) []byte {
	if n >= 16 {
		b = appendHex(b, n/16)
	}
	return append(b, hexDigit[n%16])
}

// hexString is b's bytes as two hexadecimal digits each.
func hexString(b []byte) string {
	s := make([]byte, 0, 2*len(b))
	for _, c := range b {
		s = append(s, hexDigit[c>>4], hexDigit[c&0xf])
	}
	return string(s)
}

// MarshalText implements the encoding.TextMarshaler interface. The
// encoding is the same as returned by String, with one exception: when
// len(ip) is zero, it returns an empty slice.
func (ip IP) MarshalText() ([]byte, error) {
	if len(ip) == 0 {
		return []byte(""), nil
	}
	if len(ip) != IPv4len && len(ip) != IPv6len {
		return nil, &AddrError{Err: "invalid IP address", Addr: hexString(ip)}
	}
	return []byte(ip.String()), nil
}

// UnmarshalText implements the encoding.TextUnmarshaler interface. The
// IP address is expected in a form accepted by ParseIP.
func (ip *IP) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*ip = nil
		return nil
	}
	s := string(text)
	x := ParseIP(s)
	if x == nil {
		return &ParseError{Type: "IP address", Text: s}
	}
	*ip = x
	return nil
}

// Equal reports whether ip and x are the same IP address. An IPv4 address
// and that same address in IPv6 form are considered to be equal.
func (ip IP) Equal(x IP) bool {
	if len(ip) == len(x) {
		return string(ip) == string(x)
	}
	if len(ip) == IPv4len && len(x) == IPv6len {
		return isV4InV6(x) && string(x[12:]) == string(ip)
	}
	if len(ip) == IPv6len && len(x) == IPv4len {
		return isV4InV6(ip) && string(ip[12:]) == string(x)
	}
	return false
}

// Size returns the number of leading ones and total bits in the mask. If
// the mask is not in the canonical form--ones followed by zeros--then
// Size returns 0, 0.
func (m IPMask) Size() (ones, bits int) {
	bits = len(m) * 8
	ended := false // a zero bit was seen: no one bit may follow
	for _, c := range m {
		for bit := byte(0x80); bit != 0; bit >>= 1 {
			if c&bit == 0 {
				ended = true
				continue
			}
			if ended {
				return 0, 0
			}
			ones++
		}
	}
	return ones, bits
}

// String returns the hexadecimal form of m, with no punctuation.
func (m IPMask) String() string {
	if len(m) == 0 {
		return "<nil>"
	}
	return hexString(m)
}

// networkNumberAndMask returns n's address and mask in matching forms:
// 4 bytes each for IPv4, 16 for IPv6, or nil, nil if they do not fit.
func networkNumberAndMask(n *IPNet) (ip IP, m IPMask) {
	if ip = n.IP.To4(); ip == nil {
		ip = n.IP
		if len(ip) != IPv6len {
			return nil, nil
		}
	}
	m = n.Mask
	switch len(m) {
	case IPv4len:
		if len(ip) != IPv4len {
			return nil, nil
		}
	case IPv6len:
		if len(ip) == IPv4len {
			m = m[12:]
		}
	default:
		return nil, nil
	}
	return ip, m
}

// Contains reports whether the network includes ip.
func (n *IPNet) Contains(ip IP) bool {
	nn, m := networkNumberAndMask(n)
	if x := ip.To4(); x != nil {
		ip = x
	}
	if len(ip) != len(nn) {
		return false
	}
	for i := range ip {
		if nn[i]&m[i] != ip[i]&m[i] {
			return false
		}
	}
	return true
}

// Network returns the address's network name, "ip+net".
func (n *IPNet) Network() string { return "ip+net" }

// String returns the CIDR notation of n like "192.0.2.0/24" or
// "2001:db8::/48" as defined in RFC 4632 and RFC 4291. If the mask is not
// in the canonical form, it returns the string which consists of an IP
// address, followed by a slash character and a mask expressed as
// hexadecimal form with no punctuation like "198.51.100.0/c000ff00".
func (n *IPNet) String() string {
	if n == nil {
		return "<nil>"
	}
	nn, m := networkNumberAndMask(n)
	if nn == nil || m == nil {
		return "<nil>"
	}
	l, _ := m.Size()
	if l == 0 && len(m) > 0 && m[0] != 0 {
		return nn.String() + "/" + m.String()
	}
	return nn.String() + "/" + string(appendDecimal(nil, uint(l)))
}

// ParseIP parses s as an IP address, returning the result. The string s
// can be in IPv4 dotted decimal ("192.0.2.1"), IPv6 ("2001:db8::68"), or
// IPv4-mapped IPv6 ("::ffff:192.0.2.1") form. If s is not a valid textual
// representation of an IP address, ParseIP returns nil.
func ParseIP(s string) IP {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '.':
			return parseIPv4(s)
		case ':':
			return parseIPv6(s)
		}
	}
	return nil
}

// parseIPv4 parses dotted decimal, four numbers up to 255 without leading
// zeros, into the 16-byte form.
func parseIPv4(s string) IP {
	var p [IPv4len]byte
	for i := 0; i < IPv4len; i++ {
		if i > 0 {
			if len(s) == 0 || s[0] != '.' {
				return nil
			}
			s = s[1:]
		}
		n, c, ok := dtoi(s)
		if !ok || n > 0xff || c > 1 && s[0] == '0' {
			return nil
		}
		s = s[c:]
		p[i] = byte(n)
	}
	if len(s) != 0 {
		return nil
	}
	return IPv4(p[0], p[1], p[2], p[3])
}

// parseIPv6 parses RFC 4291's text form: up to eight hexadecimal groups,
// at most one "::" standing for a run of zero groups, and an optional
// IPv4 address as the last 32 bits.
func parseIPv6(s string) IP {
	ip := make(IP, IPv6len)
	ellipsis := -1 // byte offset of the "::", if any
	if len(s) >= 2 && s[0] == ':' && s[1] == ':' {
		ellipsis = 0
		s = s[2:]
		if len(s) == 0 {
			return ip
		}
	}
	i := 0
	for i < IPv6len {
		n, c, ok := xtoi(s)
		if !ok || n > 0xffff {
			return nil
		}
		if c < len(s) && s[c] == '.' {
			// The embedded IPv4 address ends the string and takes 4 bytes.
			if ellipsis < 0 && i != IPv6len-IPv4len || i+IPv4len > IPv6len {
				return nil
			}
			ip4 := parseIPv4(s)
			if ip4 == nil {
				return nil
			}
			copy(ip[i:], ip4[12:])
			i += IPv4len
			s = ""
			break
		}
		ip[i], ip[i+1] = byte(n>>8), byte(n)
		i += 2
		s = s[c:]
		if len(s) == 0 {
			break
		}
		if s[0] != ':' || len(s) == 1 {
			return nil
		}
		s = s[1:]
		if s[0] == ':' {
			if ellipsis >= 0 {
				return nil // a second "::"
			}
			ellipsis = i
			if s = s[1:]; len(s) == 0 {
				break
			}
		}
	}
	if len(s) != 0 {
		return nil
	}
	return expandEllipsis(ip, i, ellipsis)
}

// expandEllipsis moves the n bytes parsed after the "::" at offset
// ellipsis to the end of ip, leaving zeros in between. Without an
// ellipsis all 16 bytes must have been parsed; with one, fewer.
func expandEllipsis(ip IP, n, ellipsis int) IP {
	if ellipsis < 0 {
		if n != IPv6len {
			return nil
		}
		return ip
	}
	if n == IPv6len {
		return nil
	}
	shift := IPv6len - n
	for j := n - 1; j >= ellipsis; j-- {
		ip[j+shift] = ip[j]
	}
	for j := ellipsis + shift - 1; j >= ellipsis; j-- {
		ip[j] = 0
	}
	return ip
}

// ParseCIDR parses s as a CIDR notation IP address and prefix length,
// like "192.0.2.0/24" or "2001:db8::/32", as defined in RFC 4632 and RFC
// 4291. It returns the IP address and the network implied by the IP and
// prefix length.
func ParseCIDR(s string) (IP, *IPNet, error) {
	slash := -1
	for i := 0; i < len(s); i++ {
		if s[i] == '/' {
			slash = i
			break
		}
	}
	if slash < 0 {
		return nil, nil, &ParseError{Type: "CIDR address", Text: s}
	}
	addr, mask := s[:slash], s[slash+1:]
	iplen := IPv4len
	ip := parseIPv4(addr)
	if ip == nil {
		iplen = IPv6len
		ip = parseIPv6(addr)
	}
	n, c, ok := dtoi(mask)
	if ip == nil || !ok || c != len(mask) || n > 8*iplen || c > 1 && mask[0] == '0' {
		return nil, nil, &ParseError{Type: "CIDR address", Text: s}
	}
	m := CIDRMask(n, 8*iplen)
	return ip, &IPNet{IP: ip.Mask(m), Mask: m}, nil
}

// bigNumber is past any number an address field may hold: dtoi and xtoi
// stop growing there so that long inputs cannot overflow.
const bigNumber = 0xFFFFFF

// dtoi parses the decimal digits at the start of s: their value, how many
// there were, and whether there was at least one.
func dtoi(s string) (n int, count int, ok bool) {
	for count < len(s) && '0' <= s[count] && s[count] <= '9' {
		n = n*10 + int(s[count]-'0')
		if n >= bigNumber {
			return bigNumber, count, false
		}
		count++
	}
	return n, count, count > 0
}

// xtoi is dtoi in hexadecimal.
func xtoi(s string) (n int, count int, ok bool) {
	for ; count < len(s); count++ {
		d := hexValue(s[count])
		if d < 0 {
			break
		}
		n = n*16 + d
		if n >= bigNumber {
			return 0, count, false
		}
	}
	return n, count, count > 0
}

// hexValue is c's value as a hexadecimal digit, or -1.
func hexValue(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}
