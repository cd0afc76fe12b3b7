// This file implements Time, an instant with nanosecond precision.
//
// A Time holds a wall-clock reading and, when it comes from Now, a
// monotonic clock reading. Wall clocks can jump (NTP, the administrator);
// the monotonic clock cannot, so Sub, Since, Before, After and Equal use
// it when both times have one, and timing code such as Since(start) stays
// right when the wall clock changes. Add moves both readings.
//
// The two readings share three words, as in Go:
//
//	wall: bit 63 hasMonotonic; bits 62..30 seconds since 1885 (with the
//	      flag only); bits 29..0 the nanoseconds in the second
//	ext:  with the flag, the monotonic reading in nanoseconds since the
//	      program started; without it, seconds since January 1, year 1
//	loc:  the Location; nil means UTC
//
// So a time from Now (years 1885 to 2157) fits both readings in 16 bytes,
// and any other time keeps the full range of ext for its seconds.

package time

// A Time represents an instant in time with nanosecond precision.
type Time struct {
	wall uint64
	ext  int64
	loc  *Location
}

const (
	hasMonotonic = 1 << 63
	maxWall      = wallToInternal + (1<<33 - 1) // year 2157
	minWall      = wallToInternal               // year 1885
	nsecMask     = 1<<30 - 1
	nsecShift    = 30
)

const (
	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour
)

const (
	// unixToInternal is the number of seconds from year 1 to 1970.
	unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay
	internalToUnix int64 = -unixToInternal

	// wallToInternal is the number of seconds from year 1 to 1885, the
	// origin of the seconds in wall.
	wallToInternal int64 = (1884*365 + 1884/4 - 1884/100 + 1884/400) * secondsPerDay
)

// nsec returns the nanoseconds in the second, in [0, 999999999].
func (t *Time) nsec() int32 {
	return int32(t.wall & nsecMask)
}

// sec returns the seconds since January 1, year 1.
func (t *Time) sec() int64 {
	if t.wall&hasMonotonic != 0 {
		return wallToInternal + int64(t.wall<<1>>(nsecShift+1))
	}
	return t.ext
}

// unixSec returns t in seconds since January 1, 1970 UTC.
func (t *Time) unixSec() int64 { return t.sec() + internalToUnix }

// addSec adds d seconds to the wall reading, leaving the packed form
// (and so the monotonic reading) when the result falls outside its years;
// the sum saturates at ±(1<<63 - 1), as in Go.
func (t *Time) addSec(d int64) {
	if t.wall&hasMonotonic != 0 {
		sec := int64(t.wall << 1 >> (nsecShift + 1))
		dsec := sec + d
		if 0 <= dsec && dsec <= 1<<33-1 {
			t.wall = t.wall&nsecMask | uint64(dsec)<<nsecShift | hasMonotonic
			return
		}
		t.stripMono()
	}
	sum := t.ext + d
	switch {
	case d > 0 && sum < t.ext:
		sum = 1<<63 - 1
	case d < 0 && sum > t.ext:
		sum = -(1<<63 - 1)
	}
	t.ext = sum
}

// setLoc sets t's location; UTC is kept as nil, so that times in UTC
// compare equal with ==.
func (t *Time) setLoc(loc *Location) {
	if loc == &utcLoc {
		loc = nil
	}
	t.stripMono()
	t.loc = loc
}

// stripMono drops the monotonic reading, unpacking the wall seconds into ext.
func (t *Time) stripMono() {
	if t.wall&hasMonotonic != 0 {
		t.ext = t.sec()
		t.wall &= nsecMask
	}
}

// setMono sets the monotonic reading m, if the wall seconds fit the
// packed form (years 1885 to 2157); else t keeps no monotonic reading.
func (t *Time) setMono(m int64) {
	if t.wall&hasMonotonic == 0 {
		sec := t.ext
		if sec < minWall || maxWall < sec {
			return
		}
		t.wall |= hasMonotonic | uint64(sec-minWall)<<nsecShift
	}
	t.ext = m
}

// mono returns the monotonic reading, or 0 when t has none (a reading
// may be 0 too: hasMonotonic tells them apart).
func (t *Time) mono() int64 {
	if t.wall&hasMonotonic == 0 {
		return 0
	}
	return t.ext
}

// startNano is the monotonic clock when the program started, minus one:
// the origin of monotonic readings (String's m=+seconds).
var startNano = runtimeNano() - 1

// Now returns the current time.
func Now() Time {
	sec, nsec, mono := now()
	mono -= startNano
	sec += unixToInternal - minWall
	if uint64(sec)>>33 != 0 {
		// Outside 1885..2157: no room for the monotonic reading.
		return Time{uint64(nsec), sec + minWall, Local}
	}
	return Time{hasMonotonic | uint64(sec)<<nsecShift | uint64(nsec), mono, Local}
}

// unixTime returns the local Time of sec seconds and nsec nanoseconds
// (in [0, 1e9)) since 1970.
func unixTime(sec int64, nsec int32) Time {
	return Time{uint64(nsec), sec + unixToInternal, Local}
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
	return unixTime(sec, int32(nsec))
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
	if t.wall&u.wall&hasMonotonic != 0 {
		return subMono(t.ext, u.ext)
	}
	d := Duration(t.sec()-u.sec())*Second + Duration(t.nsec()-u.nsec())
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	default:
		return maxDuration
	}
}

// subMono returns the difference of two monotonic readings, saturating
// at the Duration range.
func subMono(t, u int64) Duration {
	d := Duration(t - u)
	switch {
	case d < 0 && t > u:
		return maxDuration
	case d > 0 && t < u:
		return minDuration
	}
	return d
}

// Add returns the time t+d.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec() + int32(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.wall = t.wall&^nsecMask | uint64(nsec)
	t.addSec(dsec)
	if t.wall&hasMonotonic != 0 {
		te := t.ext + int64(d)
		if d < 0 && te > t.ext || d > 0 && te < t.ext {
			t.stripMono() // the monotonic reading overflowed
		} else {
			t.ext = te
		}
	}
	return t
}

// After reports whether the time instant t is after u.
func (t Time) After(u Time) bool {
	return t.compare(u) > 0
}

// Before reports whether the time instant t is before u.
func (t Time) Before(u Time) bool {
	return t.compare(u) < 0
}

// Equal reports whether t and u represent the same time instant.
func (t Time) Equal(u Time) bool {
	return t.compare(u) == 0
}

// compare returns -1, 0 or +1 as t is before, equal to or after u.
func (t Time) compare(u Time) int {
	var tc, uc int64
	if t.wall&u.wall&hasMonotonic != 0 {
		tc, uc = t.ext, u.ext
	} else if ts, us := t.sec(), u.sec(); ts != us {
		tc, uc = ts, us
	} else {
		tc, uc = int64(t.nsec()), int64(u.nsec())
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
	return t.sec() == 0 && t.nsec() == 0
}

// Unix returns t as a Unix time, the seconds elapsed since January 1,
// 1970 UTC.
func (t Time) Unix() int64 {
	return t.unixSec()
}

// UnixMilli returns t as a Unix time in milliseconds.
func (t Time) UnixMilli() int64 {
	return t.Unix()*1e3 + int64(t.nsec())/1e6
}

// UnixMicro returns t as a Unix time in microseconds.
func (t Time) UnixMicro() int64 {
	return t.Unix()*1e6 + int64(t.nsec())/1e3
}

// UnixNano returns t as a Unix time in nanoseconds.
func (t Time) UnixNano() int64 {
	return t.Unix()*1e9 + int64(t.nsec())
}

// Nanosecond returns the nanosecond offset within the second, in [0, 999999999].
func (t Time) Nanosecond() int {
	return int(t.nsec())
}

// Round(0) and Truncate(0) strip the monotonic reading, as in Go; other
// arguments round the wall time to a multiple of d since the zero time.
func (t Time) Round(d Duration) Time {
	t.stripMono()
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
	t.stripMono()
	if d <= 0 {
		return t
	}
	return t.Add(-t.mod(d))
}

// mod returns the wall time since the zero time, modulo d, in [0, d).
// The time in nanoseconds overflows an int64, so it is reduced
// piecewise: (sec*1e9 + nsec) mod d. A time before the zero time is
// reduced by its distance to it, then the remainder turned around.
func (t Time) mod(d Duration) Duration {
	sec, nsec := t.sec(), int64(t.nsec())
	neg := sec < 0
	if neg {
		// -(sec*1e9 + nsec) as seconds and nanoseconds; -sec wraps
		// right for the least int64 when read as a uint64.
		sec, nsec = -sec, -nsec
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	m := uint64(d)
	r := Duration((mulmod(uint64(sec), 1e9, m) + uint64(nsec)) % m)
	if neg && r != 0 {
		r = d - r
	}
	return r
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

// locabs returns t's zone name and offset, and t as seconds since
// January 1, year 1 in that zone: what the calendar fields are made of.
func (t Time) locabs() (name string, offset int, abs int64) {
	l := t.loc
	if l == nil || l == &utcLoc {
		return "UTC", 0, t.sec()
	}
	name, offset, _, _, _ = l.lookup(t.unixSec())
	return name, offset, t.sec() + int64(offset)
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
