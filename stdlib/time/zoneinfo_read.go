// This file implements reading a tzfile (RFC 8536, "The Time Zone
// Information Format"): a header of counts, the transition times, the
// zone of each transition, the zones (offset, DST flag, abbreviation
// index), the abbreviations and, from version 2 on, the same again with
// 64-bit times followed by a TZ rule string in a footer.

package time

import "errors"

// errBadData is the error for a file that is not a valid tzfile.
var errBadData = errors.New("malformed time zone information")

// dataIO reads big-endian values from a byte slice; a short read makes
// it fail for good.
type dataIO struct {
	p    []byte
	fail bool
}

func (d *dataIO) read(n int) []byte {
	if len(d.p) < n {
		d.p = nil
		d.fail = true
		return nil
	}
	p := d.p[0:n]
	d.p = d.p[n:]
	return p
}

func (d *dataIO) big4() (n uint32, ok bool) {
	p := d.read(4)
	if len(p) < 4 {
		d.fail = true
		return 0, false
	}
	return uint32(p[3]) | uint32(p[2])<<8 | uint32(p[1])<<16 | uint32(p[0])<<24, true
}

func (d *dataIO) big8() (n uint64, ok bool) {
	n1, ok1 := d.big4()
	n2, ok2 := d.big4()
	if !ok1 || !ok2 {
		d.fail = true
		return 0, false
	}
	return (uint64(n1) << 32) | uint64(n2), true
}

func (d *dataIO) readByte() (n byte, ok bool) {
	p := d.read(1)
	if len(p) < 1 {
		d.fail = true
		return 0, false
	}
	return p[0], true
}

// rest returns the rest of the data in the buffer.
func (d *dataIO) rest() []byte {
	r := d.p
	d.p = nil
	return r
}

// byteString returns the text of p up to its first NUL.
func byteString(p []byte) string {
	for i := 0; i < len(p); i++ {
		if p[i] == 0 {
			return string(p[0:i])
		}
	}
	return string(p)
}

// The counts of a tzfile header, in file order.
const (
	nUTCLocal = iota // number of UTC/local indicators
	nStdWall         // number of standard/wall indicators
	nLeap            // number of leap seconds
	nTime            // number of transition times
	nZone            // number of local time zones
	nChar            // number of characters of time zone abbrev strings
)

// LoadLocationFromTZData returns a Location with the given name
// initialized from the IANA Time Zone database-formatted data.
// The data should be in the format of a standard IANA time zone file
// (for example, the content of /etc/localtime on Unix systems).
func LoadLocationFromTZData(name string, data []byte) (*Location, error) {
	d := dataIO{data, false}

	if magic := d.read(4); string(magic) != "TZif" {
		return nil, errBadData
	}
	p := d.read(16)
	if len(p) != 16 {
		return nil, errBadData
	}
	version := 1
	switch p[0] {
	case 0:
	case '2':
		version = 2
	case '3':
		version = 3
	default:
		return nil, errBadData
	}
	n, ok := readCounts(&d)
	if !ok {
		return nil, errBadData
	}
	is64 := false
	if version > 1 {
		// Skip the 32-bit data to the 64-bit header and data.
		skip := n[nTime]*4 + n[nTime] + n[nZone]*6 + n[nChar] + n[nLeap]*8 + n[nStdWall] + n[nUTCLocal]
		d.read(skip)
		d.read(4 + 16) // magic and version
		if n, ok = readCounts(&d); !ok {
			return nil, errBadData
		}
		is64 = true
	}
	size := 4
	if is64 {
		size = 8
	}
	txtimes := dataIO{d.read(n[nTime] * size), false}
	txzones := d.read(n[nTime])
	zonedata := dataIO{d.read(n[nZone] * 6), false}
	abbrev := d.read(n[nChar])
	d.read(n[nLeap] * (size + 4)) // leap second corrections: not used
	isstd := d.read(n[nStdWall])
	isutc := d.read(n[nUTCLocal])
	if d.fail {
		return nil, errBadData
	}
	var extend string
	if rest := d.rest(); len(rest) > 2 && rest[0] == '\n' && rest[len(rest)-1] == '\n' {
		extend = string(rest[1 : len(rest)-1])
	}

	nzone := n[nZone]
	if nzone == 0 {
		// Reject tzdata files with no zones.
		return nil, errBadData
	}
	zones := make([]zone, nzone)
	for i := range zones {
		off, ok1 := zonedata.big4()
		isdst, ok2 := zonedata.readByte()
		b, ok3 := zonedata.readByte()
		if !ok1 || !ok2 || !ok3 || int(b) >= len(abbrev) {
			return nil, errBadData
		}
		zones[i] = zone{name: byteString(abbrev[b:]), offset: int(int32(off)), isDST: isdst != 0}
	}

	tx := make([]zoneTrans, n[nTime])
	for i := range tx {
		var when int64
		if !is64 {
			n4, ok := txtimes.big4()
			if !ok {
				return nil, errBadData
			}
			when = int64(int32(n4))
		} else {
			n8, ok := txtimes.big8()
			if !ok {
				return nil, errBadData
			}
			when = int64(n8)
		}
		tx[i].when = when
		if int(txzones[i]) >= len(zones) {
			return nil, errBadData
		}
		tx[i].index = txzones[i]
		if i < len(isstd) {
			tx[i].isstd = isstd[i] != 0
		}
		if i < len(isutc) {
			tx[i].isutc = isutc[i] != 0
		}
	}
	if len(tx) == 0 {
		// Build fake transition to cover all time.
		// This happens in fixed locations like "Etc/GMT0".
		tx = append(tx, zoneTrans{when: alpha, index: 0})
	}
	l := &Location{zone: zones, tx: tx, name: name, extend: extend}
	sec, _, _ := now()
	l.fillCache(sec)
	return l, nil
}

// readCounts reads the six counts of a tzfile header.
func readCounts(d *dataIO) (n [6]int, ok bool) {
	for i := 0; i < 6; i++ {
		nn, ok := d.big4()
		if !ok || uint32(int(nn)) != nn {
			return n, false
		}
		n[i] = int(nn)
	}
	return n, true
}
