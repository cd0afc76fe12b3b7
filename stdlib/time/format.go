// This file implements Format: a layout is an example of how the
// reference time, Mon Jan 2 15:04:05 MST 2006, would be written, and each
// piece of it that names a field of the reference time ("2006", "Jan",
// "15", ".000", ...) is replaced by that field of the time being
// formatted; everything else is copied. Only UTC is known, so zones print
// as "UTC", "+0000", "Z".

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

// stdChunks lists the layout elements, longer ones before their prefixes.
var stdChunks = []string{
	"January", "Monday", "2006", "-07:00:00", "-0700", "-07:00", "-07",
	"Z07:00:00", "Z0700", "Z07:00", "Z07", "Jan", "Mon", "MST",
	"002", "__2", "_2", "01", "02", "03", "04", "05", "06", "15",
	"PM", "pm", "1", "2", "3", "4", "5",
}

// String returns the time formatted as "2006-01-02 15:04:05.999999999
// -0700 MST", followed, for a time with a monotonic clock reading, by
// " m=±<seconds since the program started>", as in Go.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.mono == 0 {
		return s
	}
	m := t.mono - startNano
	sign := byte('+')
	if m < 0 {
		sign = '-'
		m = -m
	}
	b := append([]byte(s), " m="...)
	b = append(b, sign)
	b = appendInt(b, int(m/1e9), 0)
	return string(appendFrac(b, int(m%1e9), false, 9))
}

// startNano is the monotonic clock when the program started (minus one,
// so that no reading is zero), the origin of String's m=.
var startNano = runtimeNano() - 1

// Format returns t written as layout shows the reference time.
func (t Time) Format(layout string) string {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	var b []byte
	for i := 0; i < len(layout); {
		if n := fracChunk(layout[i:]); n > 0 {
			b = appendFrac(b, int(t.nsec), layout[i+1] == '9', n-1)
			i += n
			continue
		}
		chunk := stdChunk(layout[i:])
		if chunk == "" {
			b = append(b, layout[i])
			i++
			continue
		}
		i += len(chunk)
		switch chunk {
		case "2006":
			b = appendInt(b, year, 4)
		case "06":
			b = appendInt(b, year%100, 2)
		case "January":
			b = append(b, month.String()...)
		case "Jan":
			b = append(b, month.String()[:3]...)
		case "01":
			b = appendInt(b, int(month), 2)
		case "1":
			b = appendInt(b, int(month), 0)
		case "Monday":
			b = append(b, t.Weekday().String()...)
		case "Mon":
			b = append(b, t.Weekday().String()[:3]...)
		case "02":
			b = appendInt(b, day, 2)
		case "_2":
			if day < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, day, 0)
		case "2":
			b = appendInt(b, day, 0)
		case "002":
			b = appendInt(b, t.YearDay(), 3)
		case "__2":
			yd := t.YearDay()
			for w := 100; w > 1 && yd < w; w /= 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, yd, 0)
		case "15":
			b = appendInt(b, hour, 2)
		case "03":
			b = appendInt(b, hour12(hour), 2)
		case "3":
			b = appendInt(b, hour12(hour), 0)
		case "04":
			b = appendInt(b, min, 2)
		case "4":
			b = appendInt(b, min, 0)
		case "05":
			b = appendInt(b, sec, 2)
		case "5":
			b = appendInt(b, sec, 0)
		case "PM", "pm":
			ampm := "AM"
			if hour >= 12 {
				ampm = "PM"
			}
			if chunk == "pm" {
				ampm = string([]byte{ampm[0] + 'a' - 'A', 'm'})
			}
			b = append(b, ampm...)
		case "MST":
			b = append(b, "UTC"...)
		case "-0700":
			b = append(b, "+0000"...)
		case "-07:00":
			b = append(b, "+00:00"...)
		case "-07":
			b = append(b, "+00"...)
		case "-07:00:00":
			b = append(b, "+00:00:00"...)
		default: // Z0700, Z07:00, Z07, Z07:00:00: Z for UTC
			b = append(b, 'Z')
		}
	}
	return string(b)
}

// stdChunk returns the layout element s starts with, or "". Like Go,
// "Jan" and "Mon" only count when not followed by a lower-case letter
// ("Month" is text).
func stdChunk(s string) string {
	for _, c := range stdChunks {
		if len(s) >= len(c) && s[:len(c)] == c {
			if (c == "Jan" || c == "Mon") && len(s) > 3 && 'a' <= s[3] && s[3] <= 'z' {
				continue
			}
			return c
		}
	}
	return ""
}

// fracChunk returns the length of a fractional-second element at the
// start of s (".000" or ",999": a separator then zeros or nines, not
// followed by a digit), or 0.
func fracChunk(s string) int {
	if len(s) < 2 || (s[0] != '.' && s[0] != ',') || (s[1] != '0' && s[1] != '9') {
		return 0
	}
	n := 1
	for n < len(s) && s[n] == s[1] {
		n++
	}
	if n < len(s) && '0' <= s[n] && s[n] <= '9' {
		return 0
	}
	return n
}

// appendFrac appends a point and the first digits of nsec; with trim
// (nines in the layout) trailing zeros and then a bare point are dropped.
func appendFrac(b []byte, nsec int, trim bool, digits int) []byte {
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
	b = append(b, '.')
	return append(b, frac...)
}

// appendInt appends v in decimal, zero-padded to width digits.
func appendInt(b []byte, v int, width int) []byte {
	if v < 0 {
		b = append(b, '-')
		v = -v
	}
	s := itoa(v)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

func hour12(h int) int {
	h %= 12
	if h == 0 {
		return 12
	}
	return h
}
