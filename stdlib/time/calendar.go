// This file implements the calendar: converting between a Time and its
// year, month, day, hour, minute and second (proleptic Gregorian calendar,
// in the time's zone), and the Month and Weekday names.
//
// Dates are converted through a day count since March 1 of year 0, the
// "civil from days" method of Howard Hinnant: counting from March puts
// the leap day at the end of the year, so every month's start is a fixed
// offset within a 400-year era of 146097 days.

package time

// A Month specifies a month of the year (January = 1, ...).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = []string{
	"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December",
}

// String returns the English name of the month ("January", "February", ...).
func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + uitoa(uint64(m)) + ")"
}

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var longDayNames = []string{
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
}

// String returns the English name of the day ("Sunday", "Monday", ...).
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + uitoa(uint64(d)) + ")"
}

// The day count of January 1, year 1 (the zero Time) since March 1, year 0.
const daysYear1 = 306

// Date returns the Time corresponding to yyyy-mm-dd hh:mm:ss + nsec
// nanoseconds in loc. Out-of-range values are normalized: October 32
// is November 1.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	m := int(month) - 1
	year, m = norm(year, m, 12)
	sec, nsec = norm(sec, nsec, 1e9)
	min, sec = norm(min, sec, 60)
	hour, min = norm(hour, min, 60)
	day, hour = norm(day, hour, 24)
	days := daysFromCivil(year, m+1, 1) + int64(day-1) - daysYear1
	abs := days*secondsPerDay + int64(hour*secondsPerHour+min*secondsPerMinute+sec)
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	// abs is the wall clock in loc: find the offset in effect then. Try
	// the offset at abs read as UTC; if the instant it gives falls outside
	// that zone's span, the zone of that instant is the one.
	unix := abs - unixToInternal
	_, offset, start, end, _ := loc.lookup(unix)
	if offset != 0 {
		utc := unix - int64(offset)
		if utc < start || utc >= end {
			_, offset, _, _, _ = loc.lookup(utc)
		}
	}
	t := Time{uint64(nsec), abs - int64(offset), nil}
	t.setLoc(loc)
	return t
}

// norm returns hi and lo such that lo is in [0, base) and
// hi*base + lo is unchanged.
func norm(hi, lo, base int) (nhi, nlo int) {
	if lo < 0 {
		n := (-lo-1)/base + 1
		hi -= n
		lo += n * base
	}
	if lo >= base {
		n := lo / base
		hi += n
		lo -= n * base
	}
	return hi, lo
}

// daysFromCivil returns the day number of y-m-d since March 1, year 0.
func daysFromCivil(y, m, d int) int64 {
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400                     // [0, 399]
	mp := (m + 9) % 12                     // March = 0
	doy := (153*mp+2)/5 + d - 1            // [0, 365]
	doe := yoe*365 + yoe/4 - yoe/100 + doy // [0, 146096]
	return int64(era)*146097 + int64(doe)
}

// civilFromDays is the inverse of daysFromCivil.
func civilFromDays(z int64) (year int, month Month, day int) {
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := int(z - era*146097)
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day = doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	year = yoe + int(era)*400
	if m <= 2 {
		year++
	}
	return year, Month(m), day
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// days returns t's day number since March 1, year 0, and the seconds
// into that day.
func (t Time) days() (int64, int) {
	_, _, abs := t.locabs()
	d := abs / secondsPerDay
	s := abs % secondsPerDay
	if s < 0 {
		d--
		s += secondsPerDay
	}
	return d + daysYear1, int(s)
}

// Date returns the year, month and day in which t occurs.
func (t Time) Date() (year int, month Month, day int) {
	d, _ := t.days()
	return civilFromDays(d)
}

// Year returns the year in which t occurs.
func (t Time) Year() (year int) {
	year, _, _ = t.Date()
	return
}

// Month returns the month of the year specified by t.
func (t Time) Month() (month Month) {
	_, month, _ = t.Date()
	return
}

// Day returns the day of the month specified by t.
func (t Time) Day() (day int) {
	_, _, day = t.Date()
	return
}

// Clock returns the hour, minute and second within the day specified by t.
func (t Time) Clock() (hour, min, sec int) {
	_, s := t.days()
	return s / secondsPerHour, s % secondsPerHour / secondsPerMinute, s % secondsPerMinute
}

// Hour returns the hour within the day specified by t, in [0, 23].
func (t Time) Hour() (hour int) {
	hour, _, _ = t.Clock()
	return
}

// Minute returns the minute offset within the hour specified by t, in [0, 59].
func (t Time) Minute() (min int) {
	_, min, _ = t.Clock()
	return
}

// Second returns the second offset within the minute specified by t, in [0, 59].
func (t Time) Second() (sec int) {
	_, _, sec = t.Clock()
	return
}

// Weekday returns the day of the week specified by t. March 1, year 0
// (day 0) was a Wednesday.
func (t Time) Weekday() Weekday {
	d, _ := t.days()
	w := (d + 3) % 7
	if w < 0 {
		w += 7
	}
	return Weekday(w)
}

// YearDay returns the day of the year specified by t, in [1, 366].
func (t Time) YearDay() int {
	d, _ := t.days()
	return int(d-daysFromCivil(t.Year(), 1, 1)) + 1
}

// AddDate returns t plus the given years, months and days, normalized as
// Date does.
func (t Time) AddDate(years int, months int, days int) Time {
	y, m, d := t.Date()
	hh, mm, ss := t.Clock()
	return Date(y+years, m+Month(months), d+days, hh, mm, ss, int(t.nsec()), t.Location())
}

// uitoa formats v in decimal (Month and Weekday show bad values unsigned,
// as Go does).
func uitoa(v uint64) string {
	var buf [20]byte
	return string(buf[fmtInt(buf[:], v):])
}
