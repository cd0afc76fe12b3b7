// This file implements Format: a layout is an example of how the
// reference time, Mon Jan 2 15:04:05 MST 2006, would be written, and each
// piece of it that names a field of the reference time ("2006", "Jan",
// "15", ".000", "MST", "-07:00", ...) is replaced by that field of the
// time being formatted; everything else is copied.

package time

// Layouts for Format, as in Go.
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
)

// The layout elements, as nextStdChunk returns them. Each names a field
// of the reference time; a fractional second carries its digit count
// above stdArgShift and its separator ('.' 0, ',' 1) above
// stdSeparatorShift.
const (
	_                        = iota
	stdLongMonth             // "January"
	stdMonth                 // "Jan"
	stdNumMonth              // "1"
	stdZeroMonth             // "01"
	stdLongWeekDay           // "Monday"
	stdWeekDay               // "Mon"
	stdDay                   // "2"
	stdUnderDay              // "_2"
	stdZeroDay               // "02"
	stdUnderYearDay          // "__2"
	stdZeroYearDay           // "002"
	stdHour                  // "15"
	stdHour12                // "3"
	stdZeroHour12            // "03"
	stdMinute                // "4"
	stdZeroMinute            // "04"
	stdSecond                // "5"
	stdZeroSecond            // "05"
	stdLongYear              // "2006"
	stdYear                  // "06"
	stdPM                    // "PM"
	stdpm                    // "pm"
	stdTZ                    // "MST"
	stdISO8601TZ             // "Z0700": Z for UTC
	stdISO8601SecondsTZ      // "Z070000"
	stdISO8601ShortTZ        // "Z07"
	stdISO8601ColonTZ        // "Z07:00"
	stdISO8601ColonSecondsTZ // "Z07:00:00"
	stdNumTZ                 // "-0700": always numeric
	stdNumSecondsTz          // "-070000"
	stdNumShortTZ            // "-07"
	stdNumColonTZ            // "-07:00"
	stdNumColonSecondsTZ     // "-07:00:00"
	stdFracSecond0           // ".0", ".00", ...: trailing zeros kept
	stdFracSecond9           // ".9", ".99", ...: trailing zeros dropped

	stdArgShift       = 16                 // the digit count of a fraction
	stdSeparatorShift = 28                 // the separator of a fraction
	stdMask           = 1<<stdArgShift - 1 // the element without its arguments
)

// String returns the time formatted as "2006-01-02 15:04:05.999999999
// -0700 MST", followed, for a time with a monotonic clock reading, by
// " m=±<seconds since the program started>", as in Go.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.wall&hasMonotonic == 0 {
		return s
	}
	m := uint64(t.ext)
	sign := byte('+')
	if t.ext < 0 {
		sign = '-'
		m = -m
	}
	// m/1e9 may not fit an int: its billions are written apart.
	sec, frac := m/1e9, m%1e9
	b := append([]byte(s), " m="...)
	b = append(b, sign)
	width := 0
	if sec >= 1e9 {
		b = appendInt(b, int(sec/1e9), 0)
		width = 9
	}
	b = appendInt(b, int(sec%1e9), width)
	b = append(b, '.')
	return string(appendInt(b, int(frac), 9))
}

// Format returns a textual representation of the time value formatted
// according to the layout defined by the argument: how the reference time,
// Mon Jan 2 15:04:05 -0700 MST 2006, would be written in that layout.
func (t Time) Format(layout string) string {
	// Most results are short: built in the frame, then copied once.
	var buf [64]byte
	b := buf[:0]
	if n := len(layout) + 10; n > len(buf) {
		b = make([]byte, 0, n)
	}
	return string(t.AppendFormat(b, layout))
}

// AppendFormat is like Format but appends the textual
// representation to b and returns the extended buffer.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	name, offset, _ := t.locabs()
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	for layout != "" {
		prefix, std, suffix := nextStdChunk(layout)
		b = append(b, prefix...)
		if std == 0 {
			break
		}
		chunk := layout[len(prefix) : len(layout)-len(suffix)]
		layout = suffix
		switch std & stdMask {
		case stdFracSecond0, stdFracSecond9:
			b = appendFrac(b, separator(std), int(t.nsec()), std&stdMask == stdFracSecond9, digitsLen(std))
		case stdLongYear:
			b = appendInt(b, year, 4)
		case stdYear:
			b = appendInt(b, year%100, 2)
		case stdLongMonth:
			b = append(b, month.String()...)
		case stdMonth:
			b = append(b, month.String()[:3]...)
		case stdZeroMonth:
			b = appendInt(b, int(month), 2)
		case stdNumMonth:
			b = appendInt(b, int(month), 0)
		case stdLongWeekDay:
			b = append(b, t.Weekday().String()...)
		case stdWeekDay:
			b = append(b, t.Weekday().String()[:3]...)
		case stdZeroDay:
			b = appendInt(b, day, 2)
		case stdUnderDay:
			if day < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, day, 0)
		case stdDay:
			b = appendInt(b, day, 0)
		case stdZeroYearDay:
			b = appendInt(b, t.YearDay(), 3)
		case stdUnderYearDay:
			yd := t.YearDay()
			for w := 100; w > 1 && yd < w; w /= 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, yd, 0)
		case stdHour:
			b = appendInt(b, hour, 2)
		case stdZeroHour12:
			b = appendInt(b, hour12(hour), 2)
		case stdHour12:
			b = appendInt(b, hour12(hour), 0)
		case stdZeroMinute:
			b = appendInt(b, min, 2)
		case stdMinute:
			b = appendInt(b, min, 0)
		case stdZeroSecond:
			b = appendInt(b, sec, 2)
		case stdSecond:
			b = appendInt(b, sec, 0)
		case stdPM, stdpm:
			ampm := "AM"
			if hour >= 12 {
				ampm = "PM"
			}
			if std == stdpm {
				ampm = string([]byte{ampm[0] + 'a' - 'A', 'm'})
			}
			b = append(b, ampm...)
		case stdTZ:
			if name != "" {
				b = append(b, name...)
			} else {
				// No zone name: write the offset, as -0700 would.
				b = appendOffset(b, offset, "-0700")
			}
		default: // the numeric zones: -0700, Z07:00, ...
			if offset == 0 && stdISO8601TZ <= std && std <= stdISO8601ColonSecondsTZ {
				b = append(b, 'Z')
			} else {
				b = appendOffset(b, offset, chunk)
			}
		}
	}
	return b
}

// appendOffset writes a zone offset as the numeric zone element chunk
// shows: "-07", "-0700", "-07:00", "-070000", "-07:00:00" (or their Z
// forms), truncated to minutes in the first three.
func appendOffset(b []byte, offset int, chunk string) []byte {
	zone := offset / 60 // minutes
	abs := offset
	if zone < 0 {
		b = append(b, '-')
		zone, abs = -zone, -abs
	} else {
		b = append(b, '+')
	}
	chunk = chunk[1:] // after '-' or 'Z'
	colon := len(chunk) > 2 && chunk[2] == ':'
	b = appendInt(b, zone/60, 2)
	if chunk == "07" {
		return b
	}
	if colon {
		b = append(b, ':')
	}
	b = appendInt(b, zone%60, 2)
	if len(chunk) == 6 || len(chunk) == 8 { // with seconds
		if colon {
			b = append(b, ':')
		}
		b = appendInt(b, abs%60, 2)
	}
	return b
}

// nextStdChunk splits layout at its first layout element: the text
// before it, the element, and the rest. std is 0 when there is none.
func nextStdChunk(layout string) (prefix string, std int, suffix string) {
	for i := 0; i < len(layout); i++ {
		if std, n := fracChunk(layout[i:]); n > 0 {
			return layout[:i], std, layout[i+n:]
		}
		// "_2006" is a literal underscore before the year.
		if layout[i] == '_' && len(layout) >= i+5 && layout[i+1:i+5] == "2006" {
			return layout[:i+1], stdLongYear, layout[i+5:]
		}
		if std, n := stdChunk(layout[i:]); n > 0 {
			return layout[:i], std, layout[i+n:]
		}
	}
	return layout, 0, ""
}

// stdChunk returns the layout element s starts with and its length, or
// 0, 0. Like Go, "Jan" and "Mon" only count when not followed by a
// lower-case letter ("Month" is text). The switch on the first byte
// passes over a layout's text at once.
func stdChunk(s string) (std, n int) {
	if len(s) == 0 {
		return 0, 0
	}
	switch s[0] {
	case 'J':
		if hasPrefix(s, "January") {
			return stdLongMonth, 7
		}
		if hasPrefix(s, "Jan") && !lowerAt(s, 3) {
			return stdMonth, 3
		}
	case 'M':
		if hasPrefix(s, "Monday") {
			return stdLongWeekDay, 6
		}
		if hasPrefix(s, "Mon") && !lowerAt(s, 3) {
			return stdWeekDay, 3
		}
		if hasPrefix(s, "MST") {
			return stdTZ, 3
		}
	case '-':
		return zoneChunk(s, stdNumSecondsTz, stdNumColonSecondsTZ, stdNumTZ, stdNumColonTZ, stdNumShortTZ)
	case 'Z':
		return zoneChunk(s, stdISO8601SecondsTZ, stdISO8601ColonSecondsTZ, stdISO8601TZ, stdISO8601ColonTZ, stdISO8601ShortTZ)
	case '0':
		if hasPrefix(s, "002") {
			return stdZeroYearDay, 3
		}
		if len(s) >= 2 && '1' <= s[1] && s[1] <= '6' {
			return zeroChunks[s[1]-'1'], 2
		}
	case '1':
		if hasPrefix(s, "15") {
			return stdHour, 2
		}
		return stdNumMonth, 1
	case '2':
		if hasPrefix(s, "2006") {
			return stdLongYear, 4
		}
		return stdDay, 1
	case '3':
		return stdHour12, 1
	case '4':
		return stdMinute, 1
	case '5':
		return stdSecond, 1
	case '_':
		if hasPrefix(s, "__2") {
			return stdUnderYearDay, 3
		}
		if hasPrefix(s, "_2") {
			return stdUnderDay, 2
		}
	case 'P':
		if hasPrefix(s, "PM") {
			return stdPM, 2
		}
	case 'p':
		if hasPrefix(s, "pm") {
			return stdpm, 2
		}
	}
	return 0, 0
}

// zeroChunks are the elements "01" to "06", by their second digit.
var zeroChunks = [...]int{stdZeroMonth, stdZeroDay, stdZeroHour12, stdZeroMinute, stdZeroSecond, stdYear}

// zoneChunk returns the numeric zone element s starts with ('-' or 'Z'
// then 070000, 07:00:00, 0700, 07:00 or 07), given the five elements of
// that sign in this order.
func zoneChunk(s string, seconds, colonSeconds, plain, colon, short int) (std, n int) {
	switch z := s[1:]; {
	case hasPrefix(z, "070000"):
		return seconds, 7
	case hasPrefix(z, "07:00:00"):
		return colonSeconds, 9
	case hasPrefix(z, "0700"):
		return plain, 5
	case hasPrefix(z, "07:00"):
		return colon, 6
	case hasPrefix(z, "07"):
		return short, 3
	}
	return 0, 0
}

func hasPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && s[:len(prefix)] == prefix
}

// lowerAt says whether s has a lower-case letter at i.
func lowerAt(s string, i int) bool {
	return i < len(s) && 'a' <= s[i] && s[i] <= 'z'
}

// fracChunk returns the fractional-second element at the start of s
// (".000" or ",999": a separator then zeros or nines, not followed by a
// digit) and its length, or 0, 0.
func fracChunk(s string) (std, n int) {
	if len(s) < 2 || (s[0] != '.' && s[0] != ',') || (s[1] != '0' && s[1] != '9') {
		return 0, 0
	}
	n = 1
	for n < len(s) && s[n] == s[1] {
		n++
	}
	if n < len(s) && '0' <= s[n] && s[n] <= '9' {
		return 0, 0
	}
	std = stdFracSecond0
	if s[1] == '9' {
		std = stdFracSecond9
	}
	std |= (n - 1) << stdArgShift
	if s[0] == ',' {
		std |= 1 << stdSeparatorShift
	}
	return std, n
}

// digitsLen returns the number of digits a fraction element shows.
func digitsLen(std int) int {
	return (std >> stdArgShift) & 0xfff
}

// separator returns the separator of a fraction element.
func separator(std int) byte {
	if std>>stdSeparatorShift == 0 {
		return '.'
	}
	return ','
}

// appendFrac appends the separator (point or comma) and the first digits
// of nsec; with trim (nines in the layout) trailing zeros and then a bare
// separator are dropped.
func appendFrac(b []byte, sep byte, nsec int, trim bool, digits int) []byte {
	var buf [9]byte
	for i := 8; i >= 0; i-- {
		buf[i] = byte('0' + nsec%10)
		nsec /= 10
	}
	if digits > 9 {
		digits = 9
	}
	frac := buf[:digits]
	if trim {
		for len(frac) > 0 && frac[len(frac)-1] == '0' {
			frac = frac[:len(frac)-1]
		}
		if len(frac) == 0 {
			return b
		}
	}
	b = append(b, sep)
	return append(b, frac...)
}

// appendInt appends v in decimal, zero-padded to width digits.
func appendInt(b []byte, v int, width int) []byte {
	u := uint64(v)
	if v < 0 {
		b = append(b, '-')
		u = uint64(-v)
	}
	var buf [20]byte // the digits, in the frame
	i := fmtInt(buf[:], u)
	for w := len(buf) - i; w < width; w++ {
		b = append(b, '0')
	}
	return append(b, buf[i:]...)
}

func hour12(h int) int {
	h %= 12
	if h == 0 {
		return 12
	}
	return h
}
