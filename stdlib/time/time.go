// This file implements Time, an instant with nanosecond precision.
//
// A Time holds a wall-clock reading, as seconds since January 1, year 1
// UTC plus nanoseconds (so the zero Time is that instant, as in Go), and,
// when it comes from Now, a monotonic clock reading. Wall clocks can jump
// (NTP, the administrator); the monotonic clock cannot, so Sub, Since,
// Before, After and Equal use it when both times have one, and timing code
// such as Since(start) stays right when the wall clock changes. Add moves
// both readings.
//
// Only UTC is supported: Local is UTC.

package time

// A Time represents an instant in time with nanosecond precision.
type Time struct {
	sec  int64     // seconds since January 1, year 1 00:00:00 UTC
	nsec int32     // [0, 999999999]
	mono int64     // monotonic clock reading in nanoseconds; 0: none
	loc  *Location // nil: UTC
}

// unixToInternal is the number of seconds from year 1 to 1970.
const unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay

const (
	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour
)

// Now returns the current time.
func Now() Time {
	sec, nsec, mono := now()
	return Time{sec + unixToInternal, nsec, mono, Local}
}

// Since returns the time elapsed since t: Now().Sub(t).
func Since(t Time) Duration {
	return Now().Sub(t)
}

// Until returns the duration until t: t.Sub(Now()).
func Until(t Time) Duration {
	return t.Sub(Now())
}

// Unix returns the local Time corresponding to the given Unix time, sec
// seconds and nsec nanoseconds since January 1, 1970 UTC.
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec + unixToInternal, int32(nsec), 0, Local}
}

// UnixMilli returns the local Time corresponding to the given Unix time,
// msec milliseconds since January 1, 1970 UTC.
func UnixMilli(msec int64) Time {
	return Unix(msec/1e3, (msec%1e3)*1e6)
}

// UnixMicro returns the local Time corresponding to the given Unix time,
// usec microseconds since January 1, 1970 UTC.
func UnixMicro(usec int64) Time {
	return Unix(usec/1e6, (usec%1e6)*1e3)
}

// Sub returns the duration t-u, saturating at the Duration range.
func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		return Duration(t.mono - u.mono)
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	default:
		return maxDuration
	}
}

// Add returns the time t+d.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int32(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	mono := t.mono
	if mono != 0 {
		mono += int64(d)
	}
	return Time{t.sec + dsec, nsec, mono, t.loc}
}

// After reports whether the time instant t is after u.
func (t Time) After(u Time) bool {
	return t.Compare(u) > 0
}

// Before reports whether the time instant t is before u.
func (t Time) Before(u Time) bool {
	return t.Compare(u) < 0
}

// Equal reports whether t and u represent the same time instant.
func (t Time) Equal(u Time) bool {
	return t.Compare(u) == 0
}

// Compare returns -1, 0 or +1 as t is before, equal to or after u.
func (t Time) Compare(u Time) int {
	var tc, uc int64
	if t.mono != 0 && u.mono != 0 {
		tc, uc = t.mono, u.mono
	} else if t.sec != u.sec {
		tc, uc = t.sec, u.sec
	} else {
		tc, uc = int64(t.nsec), int64(u.nsec)
	}
	switch {
	case tc < uc:
		return -1
	case tc > uc:
		return +1
	}
	return 0
}

// IsZero reports whether t is the zero time, January 1, year 1, 00:00:00 UTC.
func (t Time) IsZero() bool {
	return t.sec == 0 && t.nsec == 0
}

// Unix returns t as a Unix time, the seconds elapsed since January 1,
// 1970 UTC.
func (t Time) Unix() int64 {
	return t.sec - unixToInternal
}

// UnixMilli returns t as a Unix time in milliseconds.
func (t Time) UnixMilli() int64 {
	return t.Unix()*1e3 + int64(t.nsec)/1e6
}

// UnixMicro returns t as a Unix time in microseconds.
func (t Time) UnixMicro() int64 {
	return t.Unix()*1e6 + int64(t.nsec)/1e3
}

// UnixNano returns t as a Unix time in nanoseconds.
func (t Time) UnixNano() int64 {
	return t.Unix()*1e9 + int64(t.nsec)
}

// Nanosecond returns the nanosecond offset within the second, in [0, 999999999].
func (t Time) Nanosecond() int {
	return int(t.nsec)
}

// Round(0) and Truncate(0) strip the monotonic reading, as in Go; other
// arguments round the wall time to a multiple of d since the zero time.
func (t Time) Round(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	r := t.mod(d)
	if lessThanHalf(r, d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// Truncate returns t rounded down to a multiple of d since the zero time
// (Truncate(0) just strips the monotonic reading).
func (t Time) Truncate(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	return t.Add(-t.mod(d))
}

// mod returns the wall time since the zero time, modulo d. The time in
// nanoseconds overflows an int64, so it is reduced piecewise:
// (sec*1e9 + nsec) mod d.
func (t Time) mod(d Duration) Duration {
	m := uint64(d)
	return Duration((mulmod(uint64(t.sec), 1e9, m) + uint64(t.nsec)) % m)
}

// mulmod returns a*b mod m without overflow (m < 1<<63), adding a's
// doublings for the bits of b.
func mulmod(a, b, m uint64) uint64 {
	r := uint64(0)
	a %= m
	for b > 0 {
		if b&1 == 1 {
			r = (r + a) % m
		}
		a = (a + a) % m
		b >>= 1
	}
	return r
}

// setLoc sets t's location; UTC is kept as nil, so that times in UTC
// compare equal with ==.
func (t *Time) setLoc(loc *Location) {
	if loc == &utcLoc {
		loc = nil
	}
	t.loc = loc
}

// unixSec returns t in seconds since January 1, 1970 UTC.
func (t Time) unixSec() int64 { return t.sec - unixToInternal }

// locabs returns t's zone name and offset, and t as seconds since
// January 1, year 1 in that zone: what the calendar fields are made of.
func (t Time) locabs() (name string, offset int, abs int64) {
	l := t.loc
	if l == nil || l == &utcLoc {
		return "UTC", 0, t.sec
	}
	name, offset, _, _, _ = l.lookup(t.unixSec())
	return name, offset, t.sec + int64(offset)
}

// UTC returns t with the location set to UTC.
func (t Time) UTC() Time {
	t.setLoc(&utcLoc)
	return t
}

// Local returns t with the location set to local time.
func (t Time) Local() Time {
	t.setLoc(Local)
	return t
}

// In returns a copy of t representing the same time instant, but
// with the copy's location information set to loc for display
// purposes.
//
// In panics if loc is nil.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.setLoc(loc)
	return t
}

// Location returns the time zone information associated with t.
func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

// Zone computes the time zone in effect at time t, returning the abbreviated
// name of the zone (such as "CET") and its offset in seconds east of UTC.
func (t Time) Zone() (name string, offset int) {
	name, offset, _, _, _ = t.loc.lookup(t.unixSec())
	return
}

// ZoneBounds returns the bounds of the time zone in effect at time t.
// The zone begins at start and the next zone begins at end.
// If the zone begins at the beginning of time, start will be returned as a zero Time.
// If the zone goes on forever, end will be returned as a zero Time.
// The Location of the returned times will be the same as t.
func (t Time) ZoneBounds() (start, end Time) {
	_, _, startSec, endSec, _ := t.loc.lookup(t.unixSec())
	if startSec != alpha {
		start = Unix(startSec, 0)
		start.setLoc(t.loc)
	}
	if endSec != omega {
		end = Unix(endSec, 0)
		end.setLoc(t.loc)
	}
	return
}

// IsDST reports whether the time in the configured location is in Daylight Savings Time.
func (t Time) IsDST() bool {
	_, _, _, _, isDST := t.loc.lookup(t.unixSec())
	return isDST
}
