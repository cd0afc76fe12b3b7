// This file implements HardwareAddr, a link-layer (MAC) address.

package net

import "strings"

// A HardwareAddr represents a physical hardware address.
type HardwareAddr []byte

// String is the address as lower-case hexadecimal bytes separated by
// colons: "00:00:5e:00:53:01".
func (a HardwareAddr) String() string {
	if len(a) == 0 {
		return ""
	}
	const hexDigit = "0123456789abcdef"
	buf := make([]byte, 0, len(a)*3-1)
	for i, b := range a {
		if i > 0 {
			buf = append(buf, ':')
		}
		buf = append(buf, hexDigit[b>>4], hexDigit[b&0xF])
	}
	return string(buf)
}

// ParseMAC parses s as an IEEE 802 MAC-48, EUI-48, EUI-64, or a 20-octet
// IP over InfiniBand link-layer address using one of the following formats:
//
//	00:00:5e:00:53:01
//	02:00:5e:10:00:00:00:01
//	00:00:00:00:fe:80:00:00:00:00:00:00:02:00:5e:10:00:00:00:01
//	00-00-5e-00-53-01
//	02-00-5e-10-00-00-00-01
//	00-00-00-00-fe-80-00-00-00-00-00-00-02-00-5e-10-00-00-00-01
//	0000.5e00.5301
//	0200.5e10.0000.0001
//	0000.0000.fe80.0000.0000.0000.0200.5e10.0000.0001
func ParseMAC(s string) (hw HardwareAddr, err error) {
	groups, width := macGroups(s)
	for _, g := range groups {
		if len(g) != width {
			return nil, &AddrError{Err: "invalid MAC address", Addr: s}
		}
		for i := 0; i < width; i += 2 {
			hi, lo := hexValue(g[i]), hexValue(g[i+1])
			if hi < 0 || lo < 0 {
				return nil, &AddrError{Err: "invalid MAC address", Addr: s}
			}
			hw = append(hw, byte(hi<<4|lo))
		}
	}
	if n := len(hw); n != 6 && n != 8 && n != 20 {
		return nil, &AddrError{Err: "invalid MAC address", Addr: s}
	}
	return hw, nil
}

// macGroups splits a MAC address at its separator: ':' or '-' between
// pairs of hex digits, or '.' between groups of four. It returns the
// groups and their width, or nothing for another form.
func macGroups(s string) ([]string, int) {
	switch {
	case len(s) > 2 && (s[2] == ':' || s[2] == '-'):
		return strings.Split(s, s[2:3]), 2
	case len(s) > 4 && s[4] == '.':
		return strings.Split(s, "."), 4
	}
	return nil, 0
}
