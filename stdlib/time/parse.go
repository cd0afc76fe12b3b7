// This file implements Parse: the layout is walked element by element
// (nextStdChunk, as Format does), the text between elements must match
// literally (a space matching any run of spaces), and each element reads
// its field from the value. The fields then make the Time: in the zone
// the value names (an offset, "Z", a zone abbreviation known to the local
// zone or "UTC"), else in the default location.

package time

import "errors"

// ParseError describes a problem parsing a time string.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

// Error returns the string representation of a ParseError.
func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " +
			quote(e.Value) + " as " +
			quote(e.Layout) + ": cannot parse " +
			quote(e.ValueElem) + " as " +
			quote(e.LayoutElem)
	}
	return "parsing time " +
		quote(e.Value) + e.Message
}

// errBad marks a field that does not parse; ParseError reports it.
var errBad = errors.New("bad value for field")

var shortDayNames = []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

var shortMonthNames = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// Parse parses a formatted string and returns the time value it represents.
// See the documentation for the constant called Layout to see how to
// represent the format. The second argument must be parseable using
// the format string (layout) provided as the first argument.
//
// In the absence of a time zone indicator, Parse returns a time in UTC.
// When parsing a time with a zone abbreviation like MST, a known
// abbreviation of the local zone gives its offset; an unknown one a
// fabricated location with that name and a zero offset.
func Parse(layout, value string) (Time, error) {
	return parse(layout, value, UTC, Local)
}

// ParseInLocation is like Parse but differs in two important ways.
// First, in the absence of time zone information, Parse interprets a time as UTC;
// ParseInLocation interprets the time as in the given location.
// Second, when given a zone offset or abbreviation, Parse tries to match it
// against the Local location; ParseInLocation uses the given location.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parse(layout, value, loc, loc)
}

// fields collects what the value says, field by field.
type fields struct {
	year             int
	month, day, yday int // -1: not given
	hour, min, sec   int
	nsec             int
	pmSet, amSet     bool
	z                *Location // a zone given as "Z" or "UTC"
	zoneOffset       int       // -1: none
	zoneName         string
}

func parse(layout, value string, defaultLocation, local *Location) (Time, error) {
	alayout, avalue := layout, value
	f := fields{month: -1, day: -1, yday: -1, zoneOffset: -1}
	for {
		prefix, std, suffix := nextStdChunk(layout)
		var err error
		value, err = skip(value, prefix)
		if err != nil {
			return Time{}, &ParseError{alayout, avalue, prefix, value, ""}
		}
		if std == 0 {
			if len(value) != 0 {
				return Time{}, &ParseError{alayout, avalue, "", value, ": extra text: " + quote(value)}
			}
			break
		}
		chunk := layout[len(prefix) : len(layout)-len(suffix)]
		layout = suffix
		var rangeErr string
		value, rangeErr, err = f.parseElem(std, chunk, value, layout)
		if rangeErr != "" {
			return Time{}, &ParseError{alayout, avalue, chunk, value, ": " + rangeErr + " out of range"}
		}
		if err != nil {
			return Time{}, &ParseError{alayout, avalue, chunk, value, ""}
		}
	}
	return f.time(alayout, avalue, value, defaultLocation, local)
}

// parseElem reads the field of layout element std (chunk, as the layout
// writes it) from the start of value and returns the rest; rangeErr
// names a field out of range. rest is the layout after chunk (a second
// may take a fraction the layout does not show, unless the layout shows
// it next).
func (f *fields) parseElem(std int, chunk, value, rest string) (string, string, error) {
	var err error
	rangeErr := ""
	switch std & stdMask {
	case stdFracSecond0, stdFracSecond9:
		return f.parseFrac(std, value)
	case stdYear:
		if len(value) < 2 {
			return value, "", errBad
		}
		hold := value
		var p string
		p, value = value[0:2], value[2:]
		f.year, err = atoi(p)
		if err != nil {
			value = hold
		} else if f.year >= 69 { // Unix time starts Dec 31 1969 in some time zones
			f.year += 1900
		} else {
			f.year += 2000
		}
	case stdLongYear:
		if len(value) < 4 || !isDigit(value, 0) {
			return value, "", errBad
		}
		var p string
		p, value = value[0:4], value[4:]
		f.year, err = atoi(p)
	case stdMonth:
		f.month, value, err = lookup(shortMonthNames, value)
		f.month++
	case stdLongMonth:
		f.month, value, err = lookup(longMonthNames, value)
		f.month++
	case stdZeroMonth, stdNumMonth:
		f.month, value, err = getnum(value, std == stdZeroMonth)
		if err == nil && (f.month <= 0 || 12 < f.month) {
			rangeErr = "month"
		}
	case stdWeekDay:
		_, value, err = lookup(shortDayNames, value) // checked, not used
	case stdLongWeekDay:
		_, value, err = lookup(longDayNames, value)
	case stdZeroDay, stdUnderDay, stdDay:
		if std == stdUnderDay && len(value) > 0 && value[0] == ' ' {
			value = value[1:]
		}
		f.day, value, err = getnum(value, std == stdZeroDay)
		// Any one- or two-digit day; Date checks it against the month.
	case stdZeroYearDay, stdUnderYearDay:
		for i := 0; i < 2; i++ {
			if std == stdUnderYearDay && len(value) > 0 && value[0] == ' ' {
				value = value[1:]
			}
		}
		f.yday, value, err = getnum3(value, std == stdZeroYearDay)
	case stdHour:
		f.hour, value, err = getnum(value, false)
		if f.hour < 0 || 24 <= f.hour {
			rangeErr = "hour"
		}
	case stdZeroHour12, stdHour12:
		f.hour, value, err = getnum(value, std == stdZeroHour12)
		if f.hour < 0 || 12 < f.hour {
			rangeErr = "hour"
		}
	case stdZeroMinute, stdMinute:
		f.min, value, err = getnum(value, std == stdZeroMinute)
		if f.min < 0 || 60 <= f.min {
			rangeErr = "minute"
		}
	case stdZeroSecond, stdSecond:
		f.sec, value, err = getnum(value, std == stdZeroSecond)
		if err != nil {
			break
		}
		if f.sec < 0 || 60 <= f.sec {
			rangeErr = "second"
			break
		}
		// A fraction the layout does not show is read here.
		if len(value) >= 2 && commaOrPeriod(value[0]) && isDigit(value, 1) {
			if _, next, _ := nextStdChunk(rest); next&stdMask == stdFracSecond0 || next&stdMask == stdFracSecond9 {
				break
			}
			n := 2
			for ; n < len(value) && isDigit(value, n); n++ {
			}
			f.nsec, rangeErr, err = parseNanoseconds(value, n)
			value = value[n:]
		}
	case stdPM, stdpm:
		if len(value) < 2 {
			return value, "", errBad
		}
		var p string
		p, value = value[0:2], value[2:]
		am, pm := "AM", "PM"
		if std == stdpm {
			am, pm = "am", "pm"
		}
		switch p {
		case pm:
			f.pmSet = true
		case am:
			f.amSet = true
		default:
			err = errBad
		}
	case stdTZ:
		if len(value) >= 3 && value[0:3] == "UTC" {
			f.z = UTC
			value = value[3:]
			break
		}
		n, ok := parseTimeZone(value)
		if !ok {
			return value, "", errBad
		}
		f.zoneName, value = value[:n], value[n:]
	default: // numeric zones
		value, err = f.parseOffset(std, chunk, value)
	}
	return value, rangeErr, err
}

// parseFrac reads the fraction a ".000" or ".999" element shows: exactly
// that many digits for zeros, any number (or none) for nines.
func (f *fields) parseFrac(std int, value string) (string, string, error) {
	var err error
	rangeErr := ""
	if std&stdMask == stdFracSecond0 {
		ndigit := 1 + digitsLen(std)
		if len(value) < ndigit {
			return value, "", errBad
		}
		f.nsec, rangeErr, err = parseNanoseconds(value, ndigit)
		return value[ndigit:], rangeErr, err
	}
	if len(value) < 2 || !commaOrPeriod(value[0]) || value[1] < '0' || '9' < value[1] {
		return value, "", nil // fractional second omitted
	}
	// Take any number of digits, even more than asked for, as a
	// second element would.
	i := 0
	for i < 9 && i+1 < len(value) && '0' <= value[i+1] && value[i+1] <= '9' {
		i++
	}
	f.nsec, rangeErr, err = parseNanoseconds(value, 1+i)
	return value[1+i:], rangeErr, err
}

// parseOffset reads a numeric zone: "Z" for a Z element, else a sign and
// hours, minutes and seconds as the element shows them.
func (f *fields) parseOffset(std int, chunk, value string) (string, error) {
	if (std == stdISO8601TZ || std == stdISO8601ShortTZ || std == stdISO8601ColonTZ) && len(value) >= 1 && value[0] == 'Z' {
		f.z = UTC
		return value[1:], nil
	}
	shape := chunk[1:] // "0700", "07:00", "07", "070000", "07:00:00"
	if len(value) < len(shape)+1 {
		return value, errBad
	}
	var sign, hour, min, seconds string
	switch shape {
	case "07:00":
		if value[3] != ':' {
			return value, errBad
		}
		sign, hour, min, seconds, value = value[0:1], value[1:3], value[4:6], "00", value[6:]
	case "07":
		sign, hour, min, seconds, value = value[0:1], value[1:3], "00", "00", value[3:]
	case "07:00:00":
		if value[3] != ':' || value[6] != ':' {
			return value, errBad
		}
		sign, hour, min, seconds, value = value[0:1], value[1:3], value[4:6], value[7:9], value[9:]
	case "070000":
		sign, hour, min, seconds, value = value[0:1], value[1:3], value[3:5], value[5:7], value[7:]
	default:
		sign, hour, min, seconds, value = value[0:1], value[1:3], value[3:5], "00", value[5:]
	}
	hr, _, err := getnum(hour, true)
	var mm, ss int
	if err == nil {
		mm, _, err = getnum(min, true)
	}
	if err == nil {
		ss, _, err = getnum(seconds, true)
	}
	f.zoneOffset = (hr*60+mm)*60 + ss // offset is in seconds
	switch sign[0] {
	case '+':
	case '-':
		f.zoneOffset = -f.zoneOffset
	default:
		err = errBad
	}
	return value, err
}

// time makes the Time the fields describe.
func (f *fields) time(alayout, avalue, value string, defaultLocation, local *Location) (Time, error) {
	if f.pmSet && f.hour < 12 {
		f.hour += 12
	} else if f.amSet && f.hour == 12 {
		f.hour = 0
	}
	if f.yday >= 0 {
		m, d, msg := yearDayDate(f.year, f.yday)
		if msg == "" && f.month >= 0 && f.month != m {
			msg = "day-of-year does not match month"
		}
		if msg == "" && f.day >= 0 && f.day != d {
			msg = "day-of-year does not match day"
		}
		if msg != "" {
			return Time{}, &ParseError{alayout, avalue, "", value, ": " + msg}
		}
		f.month, f.day = m, d
	} else {
		if f.month < 0 {
			f.month = int(January)
		}
		if f.day < 0 {
			f.day = 1
		}
	}
	if f.day < 1 || f.day > daysIn(Month(f.month), f.year) {
		return Time{}, &ParseError{alayout, avalue, "", value, ": day out of range"}
	}
	if f.z != nil {
		return f.date(f.z), nil
	}
	if f.zoneOffset != -1 {
		t := f.date(UTC)
		t.addSec(-int64(f.zoneOffset))
		// The local zone, if it has that offset (and name) then.
		name, offset, _, _, _ := local.lookup(t.unixSec())
		if offset == f.zoneOffset && (f.zoneName == "" || name == f.zoneName) {
			t.setLoc(local)
			return t, nil
		}
		t.setLoc(FixedZone(f.zoneName, f.zoneOffset))
		return t, nil
	}
	if f.zoneName != "" {
		t := f.date(UTC)
		offset, ok := local.lookupName(f.zoneName, t.unixSec())
		if ok {
			t.addSec(-int64(offset))
			t.setLoc(local)
			return t, nil
		}
		// An unknown zone: its offset is unknown, except "GMT+3" and such.
		if len(f.zoneName) > 3 && f.zoneName[:3] == "GMT" {
			offset, _ = atoi(f.zoneName[3:]) // Guaranteed OK by parseGMT.
			offset *= 3600
		}
		t.setLoc(FixedZone(f.zoneName, offset))
		return t, nil
	}
	return f.date(defaultLocation), nil
}

// date is the time of the fields' date and clock in loc.
func (f *fields) date(loc *Location) Time {
	return Date(f.year, Month(f.month), f.day, f.hour, f.min, f.sec, f.nsec, loc)
}

// yearDayDate converts a day of the year to month and day, or says what
// is wrong with it.
func yearDayDate(year, yday int) (month, day int, msg string) {
	if isLeap(year) {
		if yday == 31+29 {
			return int(February), 29, ""
		} else if yday > 31+29 {
			yday--
		}
	}
	if yday < 1 || yday > 365 {
		return 0, 0, "day-of-year out of range"
	}
	month = (yday-1)/31 + 1
	if int(daysBefore[month]) < yday {
		month++
	}
	return month, yday - int(daysBefore[month-1]), ""
}

func commaOrPeriod(b byte) bool {
	return b == '.' || b == ','
}

// isDigit reports whether s[i] is in range and is a decimal digit.
func isDigit(s string, i int) bool {
	if len(s) <= i {
		return false
	}
	c := s[i]
	return '0' <= c && c <= '9'
}

// getnum parses s[0:1] or s[0:2] (fixed forces s[0:2])
// as a decimal integer and returns the integer and the
// remainder of the string.
func getnum(s string, fixed bool) (int, string, error) {
	if !isDigit(s, 0) {
		return 0, s, errBad
	}
	if !isDigit(s, 1) {
		if fixed {
			return 0, s, errBad
		}
		return int(s[0] - '0'), s[1:], nil
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), s[2:], nil
}

// getnum3 parses s[0:1], s[0:2], or s[0:3] (fixed forces s[0:3])
// as a decimal integer and returns the integer and the remainder
// of the string.
func getnum3(s string, fixed bool) (int, string, error) {
	var n, i int
	for i = 0; i < 3 && isDigit(s, i); i++ {
		n = n*10 + int(s[i]-'0')
	}
	if i == 0 || fixed && i != 3 {
		return 0, s, errBad
	}
	return n, s[i:], nil
}

func cutspace(s string) string {
	for len(s) > 0 && s[0] == ' ' {
		s = s[1:]
	}
	return s
}

// skip removes the given prefix from value,
// treating runs of space characters as equivalent.
func skip(value, prefix string) (string, error) {
	for len(prefix) > 0 {
		if prefix[0] == ' ' {
			if len(value) > 0 && value[0] != ' ' {
				return value, errBad
			}
			prefix = cutspace(prefix)
			value = cutspace(value)
			continue
		}
		if len(value) == 0 || value[0] != prefix[0] {
			return value, errBad
		}
		prefix = prefix[1:]
		value = value[1:]
	}
	return value, nil
}

// lookup returns the index of the name in tab that val starts with,
// ignoring ASCII case, and the rest of val.
func lookup(tab []string, val string) (int, string, error) {
	for i, v := range tab {
		if len(val) >= len(v) && match(val[0:len(v)], v) {
			return i, val[len(v):], nil
		}
	}
	return -1, val, errBad
}

// match reports whether s1 and s2 match ignoring case.
// It is assumed s1 and s2 are the same length.
func match(s1, s2 string) bool {
	for i := 0; i < len(s1); i++ {
		c1 := s1[i]
		c2 := s2[i]
		if c1 != c2 {
			// Switch to lower-case; 'a'-'A' is known to be a single bit.
			c1 |= 'a' - 'A'
			c2 |= 'a' - 'A'
			if c1 != c2 || c1 < 'a' || c1 > 'z' {
				return false
			}
		}
	}
	return true
}

var errAtoi = errors.New("time: invalid number")

// atoi parses a signed decimal number.
func atoi(s string) (x int, err error) {
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	q, rem, overflow := leadingInt(s)
	x = int(q)
	if overflow || len(rem) > 0 {
		return 0, errAtoi
	}
	if neg {
		x = -x
	}
	return x, nil
}

// parseNanoseconds reads value[1:nbytes] (after the separator) as a
// fraction of a second.
func parseNanoseconds(value string, nbytes int) (ns int, rangeErrString string, err error) {
	if !commaOrPeriod(value[0]) {
		err = errBad
		return
	}
	if nbytes > 10 {
		value = value[:10]
		nbytes = 10
	}
	if ns, err = atoi(value[1:nbytes]); err != nil {
		return
	}
	if ns < 0 {
		rangeErrString = "fractional second"
		return
	}
	// Scale to nanoseconds: 9 digits after the separator.
	for i := nbytes - 1; i < 9; i++ {
		ns *= 10
	}
	return
}

// parseTimeZone parses a time zone string and returns its length: three
// to five upper-case letters ending in T (with the exceptions ChST, MeST
// and WITA), GMT with an optional hour offset, or a bare signed offset.
func parseTimeZone(value string) (length int, ok bool) {
	if len(value) < 3 {
		return 0, false
	}
	if len(value) >= 4 && (value[:4] == "ChST" || value[:4] == "MeST") {
		return 4, true
	}
	if value[:3] == "GMT" {
		return parseGMT(value), true
	}
	if value[0] == '+' || value[0] == '-' {
		length = parseSignedOffset(value)
		return length, length > 0
	}
	var nUpper int
	for nUpper = 0; nUpper < 6; nUpper++ {
		if nUpper >= len(value) {
			break
		}
		if c := value[nUpper]; c < 'A' || 'Z' < c {
			break
		}
	}
	switch nUpper {
	case 0, 1, 2, 6:
		return 0, false
	case 5: // Must end in T to match.
		if value[4] == 'T' {
			return 5, true
		}
	case 4:
		// Must end in T, except one special case.
		if value[3] == 'T' || value[:4] == "WITA" {
			return 4, true
		}
	case 3:
		return 3, true
	}
	return 0, false
}

// parseGMT parses a GMT time zone. The input string is known to start "GMT".
// The function checks whether that is followed by a sign and a number in the
// range -23 through +23 excluding zero.
func parseGMT(value string) int {
	value = value[3:]
	if len(value) == 0 {
		return 3
	}
	return 3 + parseSignedOffset(value)
}

// parseSignedOffset parses a signed timezone offset (e.g. "+03" or "-04").
// The function checks for a signed number in the range -23 through +23 excluding zero.
// Returns length of the found offset string or 0 otherwise.
func parseSignedOffset(value string) int {
	sign := value[0]
	if sign != '-' && sign != '+' {
		return 0
	}
	x, rem, overflow := leadingInt(value[1:])
	// fail if nothing consumed by leadingInt
	if overflow || value[1:] == rem {
		return 0
	}
	if x > 23 {
		return 0
	}
	return len(value) - len(rem)
}
