// This file implements Duration, an int64 count of nanoseconds, and its
// formatting as Go writes it: "1h2m3.5s", "1.5ms", "0s".

package time

import "errors"

// A Duration represents the elapsed time between two instants as an int64
// nanosecond count (about 290 years at most).
type Duration int64

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// Common durations. To count units in a Duration, divide: d / Millisecond.
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// String returns the duration as "72h3m0.5s": hours, minutes and seconds
// with the fraction's trailing zeros dropped. Durations under a second use
// a smaller unit ("1.5ms", "12µs", "7ns"); zero is "0s".
//
// The text is built backwards, from the last digit, into a buffer large
// enough for the longest one, "-2562047h47m16.854775808s".
func (d Duration) String() string {
	var buf [32]byte
	w := len(buf)
	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}
	if u < uint64(Second) {
		if u == 0 {
			return "0s"
		}
		var prec int
		var unit string
		switch {
		case u < uint64(Microsecond):
			prec, unit = 0, "ns"
		case u < uint64(Millisecond):
			prec, unit = 3, "µs"
		default:
			prec, unit = 6, "ms"
		}
		w -= len(unit)
		copy(buf[w:], unit)
		w, u = fmtFrac(buf[:w], u, prec)
		w = fmtInt(buf[:w], u)
	} else {
		w--
		buf[w] = 's'
		w, u = fmtFrac(buf[:w], u, 9)
		w = fmtInt(buf[:w], u%60) // seconds
		u /= 60
		if u > 0 {
			w--
			buf[w] = 'm'
			w = fmtInt(buf[:w], u%60) // minutes
			u /= 60
			if u > 0 {
				w--
				buf[w] = 'h'
				w = fmtInt(buf[:w], u) // hours
			}
		}
	}
	if neg {
		w--
		buf[w] = '-'
	}
	return string(buf[w:])
}

// fmtFrac writes the last prec digits of v, a fraction, before the end of
// buf, omitting trailing zeros (and the point, if all are zero). It
// returns where the text starts and v without those digits.
func fmtFrac(buf []byte, v uint64, prec int) (nw int, nv uint64) {
	w := len(buf)
	print := false
	for i := 0; i < prec; i++ {
		digit := v % 10
		print = print || digit != 0
		if print {
			w--
			buf[w] = byte(digit) + '0'
		}
		v /= 10
	}
	if print {
		w--
		buf[w] = '.'
	}
	return w, v
}

// fmtInt writes v in decimal before the end of buf and returns where the
// text starts.
func fmtInt(buf []byte, v uint64) int {
	w := len(buf)
	if v == 0 {
		w--
		buf[w] = '0'
		return w
	}
	for v > 0 {
		w--
		buf[w] = byte(v%10) + '0'
		v /= 10
	}
	return w
}

// Nanoseconds returns the duration as an integer nanosecond count.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns the duration as an integer microsecond count.
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns the duration as an integer millisecond count.
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds returns the duration as a floating point number of seconds.
func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

// Minutes returns the duration as a floating point number of minutes.
func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

// Hours returns the duration as a floating point number of hours.
func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

// Truncate returns d rounded toward zero to a multiple of m (d itself if
// m <= 0).
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// Round returns d rounded to the nearest multiple of m, halfway values
// away from zero; a result that would overflow saturates.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if lessThanHalf(r, m) {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if lessThanHalf(r, m) {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

// lessThanHalf reports whether x+x < y, without overflowing.
func lessThanHalf(x, y Duration) bool {
	return uint64(x)+uint64(x) < uint64(y)
}

// Abs returns the absolute value of d (maxDuration for minDuration).
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

// unitMap gives each unit ParseDuration knows its length in nanoseconds.
var unitMap = map[string]uint64{
	"ns": uint64(Nanosecond),
	"us": uint64(Microsecond),
	"µs": uint64(Microsecond), // U+00B5 = micro symbol
	"μs": uint64(Microsecond), // U+03BC = Greek letter mu
	"ms": uint64(Millisecond),
	"s":  uint64(Second),
	"m":  uint64(Minute),
	"h":  uint64(Hour),
}

// ParseDuration parses a duration string.
// A duration string is a possibly signed sequence of
// decimal numbers, each with optional fraction and a unit suffix,
// such as "300ms", "-1.5h" or "2h45m".
// Valid time units are "ns", "us" (or "µs"), "ms", "s", "m", "h".
//
// The sum is kept as an unsigned magnitude, so that -9223372036854775808ns
// (whose magnitude does not fit an int64) still parses.
func ParseDuration(s string) (Duration, error) {
	orig := s
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, errors.New("time: invalid duration " + quote(orig))
	}
	var d uint64
	for s != "" {
		v, rest, err := durationTerm(s, orig)
		if err != nil {
			return 0, err
		}
		d += v
		if d > 1<<63 {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		s = rest
	}
	if neg {
		return -Duration(d), nil
	}
	if d > 1<<63-1 {
		return 0, errors.New("time: invalid duration " + quote(orig))
	}
	return Duration(d), nil
}

// durationTerm parses one "1.5h" term at the start of s: its value in
// nanoseconds and the rest of s. orig is the whole text, for errors.
func durationTerm(s, orig string) (v uint64, rest string, err error) {
	invalid := errors.New("time: invalid duration " + quote(orig))
	if !(s[0] == '.' || '0' <= s[0] && s[0] <= '9') {
		return 0, "", invalid
	}
	pl := len(s)
	v, s, overflow := leadingInt(s)
	if overflow {
		return 0, "", invalid
	}
	pre := pl != len(s) // whether we consumed anything before a period
	var f uint64
	scale := 1.0
	post := false
	if s != "" && s[0] == '.' {
		s = s[1:]
		pl := len(s)
		f, scale, s = leadingFraction(s)
		post = pl != len(s)
	}
	if !pre && !post {
		return 0, "", invalid // no digits (e.g. ".s" or "-.s")
	}
	i := 0
	for ; i < len(s); i++ {
		if c := s[i]; c == '.' || '0' <= c && c <= '9' {
			break
		}
	}
	if i == 0 {
		return 0, "", errors.New("time: missing unit in duration " + quote(orig))
	}
	u := s[:i]
	unit, known := unitMap[u]
	if !known {
		return 0, "", errors.New("time: unknown unit " + quote(u) + " in duration " + quote(orig))
	}
	if v > 1<<63/unit {
		return 0, "", invalid
	}
	v *= unit
	if f > 0 {
		// float64 keeps the fraction's nanoseconds exact enough.
		v += uint64(float64(f) * (float64(unit) / scale))
		if v > 1<<63 {
			return 0, "", invalid
		}
	}
	return v, s[i:], nil
}

// leadingInt consumes the leading [0-9]* from s.
func leadingInt(s string) (x uint64, rem string, overflow bool) {
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			break
		}
		if x > 1<<63/10 {
			return 0, "", true
		}
		x = x*10 + uint64(c) - '0'
		if x > 1<<63 {
			return 0, "", true
		}
	}
	return x, s[i:], false
}

// leadingFraction consumes the leading [0-9]* from s. It is used only for
// fractions, so it does not return an error on overflow: it just stops
// accumulating precision.
func leadingFraction(s string) (x uint64, scale float64, rem string) {
	i := 0
	scale = 1
	overflow := false
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			break
		}
		if overflow {
			continue
		}
		if x > (1<<63-1)/10 {
			overflow = true
			continue
		}
		y := x*10 + uint64(c) - '0'
		if y > 1<<63 {
			overflow = true
			continue
		}
		x = y
		scale *= 10
	}
	return x, scale, s[i:]
}

// quote is strconv.Quote for time's error messages (time does not import
// strconv), simpler: every byte outside printable ASCII is written \xNN.
func quote(s string) string {
	const lowerhex = "0123456789abcdef"
	buf := make([]byte, 1, len(s)+2)
	buf[0] = '"'
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 0x80 || c < ' ':
			buf = append(buf, '\\', 'x', lowerhex[c>>4], lowerhex[c&0xF])
		case c == '"' || c == '\\':
			buf = append(buf, '\\', c)
		default:
			buf = append(buf, c)
		}
	}
	return string(append(buf, '"'))
}
