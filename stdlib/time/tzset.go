// This file implements the POSIX TZ rule strings a tzfile's footer holds
// for the times after its last transition, such as "CET-1CEST,M3.5.0,M10.5.0/3":
// a standard zone name and offset (hours west of UTC), optionally a
// daylight zone (offset default one hour less) and the rules of the days
// it starts and ends ("Mm.w.d": day d of week w of month m; "Jn": day n
// not counting February 29; "n": day n from 0), each at a time of day
// (default 02:00).

package time

// tzset returns the zone in effect at sec (Unix seconds) under rule s,
// and the instants it starts and ends; lastTxSec is the last transition
// of the file, when the rule takes over. ok is false for a bad rule.
func tzset(s string, lastTxSec, sec int64) (name string, offset int, start, end int64, isDST, ok bool) {
	var (
		stdName, dstName     string
		stdOffset, dstOffset int
	)
	stdName, s, ok = tzsetName(s)
	if ok {
		stdOffset, s, ok = tzsetOffset(s)
	}
	if !ok {
		return "", 0, 0, 0, false, false
	}
	// The string's offsets are west of UTC: zones count east.
	stdOffset = -stdOffset
	if len(s) == 0 || s[0] == ',' {
		// No daylight savings time.
		return stdName, stdOffset, lastTxSec, omega, false, true
	}
	dstName, s, ok = tzsetName(s)
	if ok {
		if len(s) == 0 || s[0] == ',' {
			dstOffset = stdOffset + secondsPerHour
		} else {
			dstOffset, s, ok = tzsetOffset(s)
			dstOffset = -dstOffset
		}
	}
	if !ok {
		return "", 0, 0, 0, false, false
	}
	if len(s) == 0 {
		// Default DST rules per tzcode.
		s = ",M3.2.0,M11.1.0"
	}
	if s[0] != ',' && s[0] != ';' {
		return "", 0, 0, 0, false, false
	}
	s = s[1:]
	var startRule, endRule rule
	startRule, s, ok = tzsetRule(s)
	if !ok || len(s) == 0 || s[0] != ',' {
		return "", 0, 0, 0, false, false
	}
	s = s[1:]
	endRule, s, ok = tzsetRule(s)
	if !ok || len(s) > 0 {
		return "", 0, 0, 0, false, false
	}

	// The year of sec, the seconds since it began, and when it began.
	days := floorDiv64(sec, secondsPerDay)
	year, _, _ := civilFromDays(days + unixDays)
	yearStart := (daysFromCivil(year, 1, 1) - unixDays) * secondsPerDay
	ysec := sec - yearStart

	startSec := int64(tzruleTime(year, startRule, stdOffset))
	endSec := int64(tzruleTime(year, endRule, dstOffset))
	dstIsDST, stdIsDST := true, false
	// In the southern hemisphere daylight time spans the new year: the
	// rule's "end" comes first, and the year's middle is standard time.
	if endSec < startSec {
		startSec, endSec = endSec, startSec
		stdName, dstName = dstName, stdName
		stdOffset, dstOffset = dstOffset, stdOffset
		stdIsDST, dstIsDST = dstIsDST, stdIsDST
	}
	// Outside daylight time, the bounds given are the year's: enough for Date.
	if ysec < startSec {
		return stdName, stdOffset, yearStart, startSec + yearStart, stdIsDST, true
	} else if ysec >= endSec {
		return stdName, stdOffset, endSec + yearStart, yearStart + 365*secondsPerDay, stdIsDST, true
	}
	return dstName, dstOffset, startSec + yearStart, endSec + yearStart, dstIsDST, true
}

// unixDays is January 1, 1970 as a day number since March 1, year 0.
var unixDays = daysFromCivil(1970, 1, 1)

func floorDiv64(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// tzsetName returns the zone name at the start of s: letters, or any
// text between '<' and '>'.
func tzsetName(s string) (string, string, bool) {
	if len(s) == 0 {
		return "", "", false
	}
	if s[0] != '<' {
		for i, r := range s {
			switch r {
			case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ',', '-', '+':
				if i < 3 {
					return "", "", false
				}
				return s[:i], s[i:], true
			}
		}
		if len(s) < 3 {
			return "", "", false
		}
		return s, "", true
	}
	for i, r := range s {
		if r == '>' {
			return s[1:i], s[i+1:], true
		}
	}
	return "", "", false
}

// tzsetOffset returns the [+-]hh[:mm[:ss]] at the start of s, in seconds.
func tzsetOffset(s string) (offset int, rest string, ok bool) {
	if len(s) == 0 {
		return 0, "", false
	}
	neg := false
	if s[0] == '+' {
		s = s[1:]
	} else if s[0] == '-' {
		s = s[1:]
		neg = true
	}
	var hours int
	hours, s, ok = tzsetNum(s, 0, 24*7)
	if !ok {
		return 0, "", false
	}
	off := hours * secondsPerHour
	for _, unit := range []int{secondsPerMinute, 1} {
		if len(s) == 0 || s[0] != ':' {
			break
		}
		var n int
		n, s, ok = tzsetNum(s[1:], 0, 59)
		if !ok {
			return 0, "", false
		}
		off += n * unit
	}
	if neg {
		off = -off
	}
	return off, s, true
}

// ruleKind is the kind of a rule's day.
type ruleKind int

const (
	ruleJulian       ruleKind = iota // Jn: day n (1-365), February 29 never counted
	ruleDOY                          // n: day n (0-365)
	ruleMonthWeekDay                 // Mm.w.d: day d (0 = Sunday) of week w (5 = last) of month m
)

// rule is a rule read from a TZ string.
type rule struct {
	kind ruleKind
	day  int
	week int
	mon  int
	time int // transition time, in seconds of local time
}

// tzsetRule parses a rule from a TZ string.
func tzsetRule(s string) (rule, string, bool) {
	var r rule
	if len(s) == 0 {
		return rule{}, "", false
	}
	ok := false
	switch {
	case s[0] == 'J':
		var jday int
		jday, s, ok = tzsetNum(s[1:], 1, 365)
		if !ok {
			return rule{}, "", false
		}
		r.kind, r.day = ruleJulian, jday
	case s[0] == 'M':
		var mon, week, day int
		mon, s, ok = tzsetNum(s[1:], 1, 12)
		if !ok || len(s) == 0 || s[0] != '.' {
			return rule{}, "", false
		}
		week, s, ok = tzsetNum(s[1:], 1, 5)
		if !ok || len(s) == 0 || s[0] != '.' {
			return rule{}, "", false
		}
		day, s, ok = tzsetNum(s[1:], 0, 6)
		if !ok {
			return rule{}, "", false
		}
		r.kind, r.day, r.week, r.mon = ruleMonthWeekDay, day, week, mon
	default:
		var day int
		day, s, ok = tzsetNum(s, 0, 365)
		if !ok {
			return rule{}, "", false
		}
		r.kind, r.day = ruleDOY, day
	}
	if len(s) == 0 || s[0] != '/' {
		r.time = 2 * secondsPerHour // 2am is the default
		return r, s, true
	}
	offset, s, ok := tzsetOffset(s[1:])
	if !ok {
		return rule{}, "", false
	}
	r.time = offset
	return r, s, true
}

// tzsetNum parses a number in [min, max] at the start of s.
func tzsetNum(s string, min, max int) (num int, rest string, ok bool) {
	if len(s) == 0 {
		return 0, "", false
	}
	num = 0
	for i, r := range s {
		if r < '0' || r > '9' {
			if i == 0 || num < min {
				return 0, "", false
			}
			return num, s[i:], true
		}
		num *= 10
		num += int(r) - '0'
		if num > max {
			return 0, "", false
		}
	}
	if num < min {
		return 0, "", false
	}
	return num, "", true
}

// tzruleTime returns the time of rule r in year, in seconds since the
// start of the year in UTC, for a zone at offset off beforehand.
func tzruleTime(year int, r rule, off int) int {
	var day int // days since January 1
	switch r.kind {
	case ruleJulian:
		day = r.day - 1
		if isLeap(year) && r.day >= 60 {
			day++
		}
	case ruleDOY:
		day = r.day
	case ruleMonthWeekDay:
		first := daysFromCivil(year, r.mon, 1)
		// Weekday of the month's first day (day 0 was a Wednesday).
		dow := int((first + 3) % 7)
		d := r.day - dow // first day r.day of the month, 0-based
		if d < 0 {
			d += 7
		}
		for i := 1; i < r.week; i++ {
			if d+7 >= daysIn(Month(r.mon), year) {
				break
			}
			d += 7
		}
		day = int(first-daysFromCivil(year, 1, 1)) + d
	}
	return day*secondsPerDay + r.time - off
}

// isLeap reports whether year is a leap year.
func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// daysIn returns the number of days in month m of year.
func daysIn(m Month, year int) int {
	if m == February && isLeap(year) {
		return 29
	}
	return int(daysBefore[m] - daysBefore[m-1])
}

// daysBefore[m] counts the number of days in a non-leap year
// before month m begins. There is an entry for m=12, counting
// the number of days before January of next year (365).
var daysBefore = [...]int32{
	0,
	31,
	31 + 28,
	31 + 28 + 31,
	31 + 28 + 31 + 30,
	31 + 28 + 31 + 30 + 31,
	31 + 28 + 31 + 30 + 31 + 30,
	31 + 28 + 31 + 30 + 31 + 30 + 31,
	31 + 28 + 31 + 30 + 31 + 30 + 31 + 31,
	31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30,
	31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31,
	31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30,
	31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 31,
}
