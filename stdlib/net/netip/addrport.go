package netip

import (
	"errors"
	"strconv"
	"strings"
)

// An AddrPort is an IP address with a port number.
type AddrPort struct {
	ip   Addr
	port uint16
}

// AddrPortFrom returns the AddrPort of ip and port, without allocating.
func AddrPortFrom(ip Addr, port uint16) AddrPort { return AddrPort{ip: ip, port: port} }

// Addr returns the address of p.
func (p AddrPort) Addr() Addr { return p.ip }

// Port returns the port of p.
func (p AddrPort) Port() uint16 { return p.port }

// IsValid reports whether p's address is valid; any port, 0 too, is.
func (p AddrPort) IsValid() bool { return p.ip.IsValid() }

// ParseAddrPort parses "ip:port", or "[ip6]:port". No names are looked
// up: the address and the port must be numbers.
func ParseAddrPort(s string) (AddrPort, error) {
	host, port, bracketed, err := splitAddrPort(s)
	if err != nil {
		return AddrPort{}, err
	}
	port16, err := strconv.ParseUint(port, 10, 16)
	if err != nil {
		return AddrPort{}, errors.New("invalid port " + strconv.Quote(port) + " parsing " + strconv.Quote(s))
	}
	ip, err := ParseAddr(host)
	if err != nil {
		return AddrPort{}, err
	}
	// "1.2.3.4:80" and "[::1]:80" only: brackets are what tell the
	// colons of an IPv6 address from the one before the port.
	if bracketed && ip.Is4() {
		return AddrPort{}, errors.New("invalid ip:port " + strconv.Quote(s) + ", square brackets can only be used with IPv6 addresses")
	}
	if !bracketed && ip.Is6() {
		return AddrPort{}, errors.New("invalid ip:port " + strconv.Quote(s) + ", IPv6 addresses must be surrounded by square brackets")
	}
	return AddrPortFrom(ip, uint16(port16)), nil
}

// splitAddrPort splits s at its last colon into the address (without
// its square brackets, if any) and the port.
func splitAddrPort(s string) (host, port string, bracketed bool, err error) {
	i := strings.LastIndexByte(s, ':')
	if i < 0 {
		return "", "", false, errors.New("not an ip:port")
	}
	host, port = s[:i], s[i+1:]
	if host == "" {
		return "", "", false, errors.New("no IP")
	}
	if port == "" {
		return "", "", false, errors.New("no port")
	}
	if host[0] == '[' {
		if len(host) < 2 || host[len(host)-1] != ']' {
			return "", "", false, errors.New("missing ]")
		}
		host, bracketed = host[1:len(host)-1], true
	}
	return host, port, bracketed, nil
}

// MustParseAddrPort is ParseAddrPort for text known to be right, as in
// tests: it panics if s does not parse.
func MustParseAddrPort(s string) AddrPort {
	ip, err := ParseAddrPort(s)
	if err != nil {
		panic(err)
	}
	return ip
}

// String returns "ip:port", with the IPv6 address in square brackets
// ("[::1]:80"), or "invalid AddrPort" for the zero AddrPort.
func (p AddrPort) String() string {
	if !p.IsValid() {
		return "invalid AddrPort"
	}
	return stringOf(p.AppendTo(make([]byte, 0, maxAddrText+len(p.ip.Zone())+len("[]:65535"))))
}

// AppendTo appends p's MarshalText form to b and returns the result.
func (p AddrPort) AppendTo(b []byte) []byte {
	switch {
	case !p.IsValid():
		return b
	case p.ip.Is4():
		b = p.ip.AppendTo(b)
	default:
		b = append(b, '[')
		b = p.ip.AppendTo(b)
		b = append(b, ']')
	}
	b = append(b, ':')
	return strconv.AppendUint(b, uint64(p.port), 10)
}

// MarshalText makes AddrPort an encoding.TextMarshaler: the text is that
// of String, but empty when p's address is the zero Addr.
func (p AddrPort) MarshalText() ([]byte, error) {
	return p.AppendTo(make([]byte, 0, maxAddrText+len(p.ip.Zone())+len("[]:65535"))), nil
}

// UnmarshalText makes *AddrPort an encoding.TextUnmarshaler, reading
// what MarshalText writes or ParseAddrPort accepts.
func (p *AddrPort) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*p = AddrPort{}
		return nil
	}
	var err error
	*p, err = ParseAddrPort(string(text))
	return err
}

// MarshalBinary makes AddrPort an encoding.BinaryMarshaler: the bytes of
// Addr.MarshalBinary, then the port in two bytes, low byte first.
func (p AddrPort) MarshalBinary() ([]byte, error) {
	b := p.ip.appendBinary(make([]byte, 0, 16+len(p.ip.Zone())+2))
	return append(b, byte(p.port), byte(p.port>>8)), nil
}

// UnmarshalBinary makes *AddrPort an encoding.BinaryUnmarshaler, reading
// what MarshalBinary writes.
func (p *AddrPort) UnmarshalBinary(b []byte) error {
	if len(b) < 2 {
		return errors.New("unexpected slice size")
	}
	var ip Addr
	if err := ip.UnmarshalBinary(b[:len(b)-2]); err != nil {
		return err
	}
	*p = AddrPortFrom(ip, uint16(b[len(b)-2])|uint16(b[len(b)-1])<<8)
	return nil
}
