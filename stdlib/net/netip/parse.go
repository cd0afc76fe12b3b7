package netip

import "strconv"

// ParseAddr parses an IPv4 address in dotted decimal ("192.0.2.1") or an
// IPv6 address ("2001:db8::68"), possibly with a zone
// ("fe80::1cc0:3e8c:119f:c2e1%ens18").
//
// The first '.', ':' or '%' in s decides which syntax s is read in.
func ParseAddr(s string) (Addr, error) {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '.':
			return parseIPv4(s)
		case ':':
			return parseIPv6(s)
		case '%':
			// A zone with nothing before it: an IPv6 address was meant.
			return Addr{}, parseAddrError{in: s, msg: "missing IPv6 address"}
		}
	}
	return Addr{}, parseAddrError{in: s, msg: "unable to parse IP"}
}

// MustParseAddr is ParseAddr for text known to be right, as in tests: it
// panics if s does not parse.
func MustParseAddr(s string) Addr {
	ip, err := ParseAddr(s)
	if err != nil {
		panic(err)
	}
	return ip
}

// parseAddrError is the error of ParseAddr: its input, what is wrong
// and, when it helps, the rest of the input from where it went wrong.
type parseAddrError struct {
	in  string
	msg string
	at  string
}

func (err parseAddrError) Error() string {
	s := "ParseAddr(" + strconv.Quote(err.in) + "): " + err.msg
	if err.at != "" {
		s += " (at " + strconv.Quote(err.at) + ")"
	}
	return s
}

// parseIPv4 parses s as an IPv4 address in dotted decimal: exactly four
// decimal fields of 0 to 255, without leading zeros (so "010" is not
// mistaken for octal, as some C libraries read it).
func parseIPv4(s string) (Addr, error) {
	fields, msg, at := parseDotted(s)
	if msg != "" {
		return Addr{}, parseAddrError{in: s, msg: msg, at: at}
	}
	return AddrFrom4(fields), nil
}

// parseDotted reads the four fields of an IPv4 address. On error it
// returns the message, and the rest of s from the fault when that says
// more.
func parseDotted(s string) (fields [4]byte, msg, at string) {
	field, value, digits := 0, 0, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case '0' <= c && c <= '9':
			if digits == 1 && value == 0 {
				return fields, "IPv4 field has octet with leading zero", ""
			}
			value = value*10 + int(c-'0')
			digits++
			if value > 255 {
				return fields, "IPv4 field has value >255", ""
			}
		case c == '.':
			if digits == 0 || i == len(s)-1 {
				return fields, "IPv4 field must have at least one digit", s[i:]
			}
			if field == 3 {
				return fields, "IPv4 address too long", ""
			}
			fields[field] = byte(value)
			field, value, digits = field+1, 0, 0
		default:
			return fields, "unexpected character", s[i:]
		}
	}
	if field < 3 {
		return fields, "IPv4 address too short", ""
	}
	fields[3] = byte(value)
	return fields, "", ""
}

// parseIPv6 parses in as an IPv6 address: up to eight colon-separated
// groups of 1 to 4 hex digits, where one "::" stands for as many zero
// groups as are missing, the last two groups may be written as a dotted
// IPv4 address, and a "%zone" may follow.
func parseIPv6(in string) (Addr, error) {
	s, zone := in, ""
	for i := 0; i < len(s); i++ {
		if s[i] == '%' {
			s, zone = s[:i], s[i+1:]
			if zone == "" {
				return Addr{}, parseAddrError{in: in, msg: "zone must be a non-empty string"}
			}
			break
		}
	}
	ip, msg, at := parseGroups(s)
	if msg != "" {
		return Addr{}, parseAddrError{in: in, msg: msg, at: at}
	}
	return AddrFrom16(ip).WithZone(zone), nil
}

// parseGroups reads an IPv6 address without its zone into its 16
// bytes. On error it returns the message, and the rest of s from the
// fault when that says more.
//
// The bytes are filled from the left; the position of "::" is noted
// and, at the end, the bytes after it are moved right to make room for
// the zeros it stands for.
func parseGroups(s string) (ip [16]byte, msg, at string) {
	n := 0         // bytes of ip filled
	ellipsis := -1 // where "::" was, in bytes of ip
	if len(s) >= 2 && s[0] == ':' && s[1] == ':' {
		ellipsis, s = 0, s[2:]
	}
	for n < 16 && s != "" {
		value, digits := leadingHex(s)
		if digits < 0 {
			return ip, "IPv6 field has value >=2^16", s
		}
		if digits == 0 {
			return ip, "each colon-separated field must have at least one digit", s
		}
		if digits < len(s) && s[digits] == '.' {
			// The rest is an IPv4 address: the last 4 bytes.
			if ellipsis < 0 && n != 12 {
				return ip, "embedded IPv4 address must replace the final 2 fields of the address", s
			}
			if n > 12 {
				return ip, "too many hex fields to fit an embedded IPv4 at the end of the address", s
			}
			v4, err := parseIPv4(s)
			if err != nil {
				return ip, err.Error(), s
			}
			a4 := v4.As4()
			copy(ip[n:], a4[:])
			n, s = n+4, ""
			break
		}
		ip[n], ip[n+1] = byte(value>>8), byte(value)
		n, s = n+2, s[digits:]
		if s == "" {
			break
		}
		if s[0] != ':' {
			return ip, "unexpected character, want colon", s
		}
		if len(s) == 1 {
			return ip, "colon must be followed by more characters", s
		}
		s = s[1:]
		if s[0] == ':' {
			if ellipsis >= 0 {
				return ip, "multiple :: in address", s
			}
			ellipsis, s = n, s[1:]
		}
	}
	if s != "" {
		return ip, "trailing garbage after address", s
	}
	switch {
	case n < 16 && ellipsis < 0:
		return ip, "address string too short", ""
	case n == 16 && ellipsis >= 0:
		return ip, "the :: must expand to at least one field of zeros", ""
	case n < 16:
		// "1:2::7:8" was read as 00 01 00 02 00 07 00 08 00 00 ...:
		// move 00 07 00 08 to the end and zero the gap it leaves.
		gap := 16 - n
		copy(ip[ellipsis+gap:], ip[ellipsis:n])
		for i := ellipsis; i < ellipsis+gap; i++ {
			ip[i] = 0
		}
	}
	return ip, "", ""
}

// leadingHex reads the hex digits at the start of s, returning their
// value and how many there were; digits is -1 when the value does not
// fit in 16 bits (so "00001" is accepted, but "10000" is not).
func leadingHex(s string) (value uint32, digits int) {
	for digits < len(s) {
		d, ok := hexDigit(s[digits])
		if !ok {
			break
		}
		value = value<<4 | d
		if value > 0xffff {
			return 0, -1
		}
		digits++
	}
	return value, digits
}

// hexDigit returns the value of the hex digit c.
func hexDigit(c byte) (uint32, bool) {
	switch {
	case '0' <= c && c <= '9':
		return uint32(c - '0'), true
	case 'a' <= c && c <= 'f':
		return uint32(c - 'a' + 10), true
	case 'A' <= c && c <= 'F':
		return uint32(c - 'A' + 10), true
	}
	return 0, false
}
