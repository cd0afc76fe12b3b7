// Tests time.Format, AppendFormat and the standard layouts with every
// layout element, in several zones, and String, GoString, ISOWeek,
// Truncate/Round, Month/Weekday strings and the marshalings.
package main

import (
	"fmt"
	"time"
)

func main() {
	ny, _ := time.LoadLocation("America/New_York")
	times := []time.Time{
		time.Date(2006, 1, 2, 15, 4, 5, 123456789, time.FixedZone("MST", -7*3600)),
		time.Date(2023, 12, 31, 0, 0, 0, 0, time.UTC),
		time.Date(1999, 7, 4, 23, 59, 59, 1000, ny),
		time.Date(2024, 2, 29, 12, 0, 7, 500000000, time.FixedZone("", 5*3600+30*60+15)),
		time.Date(5, 3, 9, 1, 2, 3, 0, time.UTC),
	}
	layouts := []string{
		time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850,
		time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp,
		time.StampMilli, time.StampMicro, time.StampNano,
		"2006 06 01 1 Jan January 02 2 _2 002 __2 Mon Monday",
		"15 03 3 04 4 05 5 PM pm .0 .00 .000000 .999 .999999999 ,000 ,999",
		"MST -0700 -07:00 -07 -070000 -07:00:00 Z0700 Z07:00 Z07 Z070000 Z07:00:00",
		"Month Mondays Janet _2006 2006-01-02T15:04:05.999Z07:00 x9.9 1.000 05.00009",
	}
	for _, t := range times {
		fmt.Println(t, "|", t.Weekday(), t.YearDay())
		for _, l := range layouts {
			fmt.Printf("  %q\n", t.Format(l))
		}
		y, w := t.ISOWeek()
		fmt.Println(" ", y, w, string(t.AppendFormat([]byte("at "), time.Kitchen)))
		fmt.Printf("  %#v\n", t)
		b, err := t.MarshalJSON()
		fmt.Println(" ", string(b), err)
		b, err = t.MarshalText()
		fmt.Println(" ", string(b), err)
		b, err = t.MarshalBinary()
		fmt.Println(" ", b, err)
		var u time.Time
		fmt.Println(" ", u.UnmarshalBinary(b), u, u.Equal(t))
	}
	for _, d := range []string{"2020-01-01", "2020-12-28", "2021-01-03", "2021-01-04", "2026-12-31", "2027-01-01"} {
		t, _ := time.Parse("2006-01-02", d)
		y, w := t.ISOWeek()
		fmt.Println(d, y, w)
	}
	t := time.Date(2023, 5, 17, 13, 47, 31, 987654321, time.UTC)
	for _, d := range []time.Duration{0, time.Nanosecond, time.Microsecond, time.Second, 7 * time.Second, time.Minute, time.Hour, 24 * time.Hour, 7 * 24 * time.Hour, -time.Second} {
		fmt.Println(d, t.Truncate(d), t.Round(d))
	}
	for m := time.Month(0); m <= 13; m++ {
		fmt.Print(m, " ")
	}
	fmt.Println()
	for d := time.Weekday(-1); d <= 7; d++ {
		fmt.Print(d, " ")
	}
	fmt.Println()
	var u time.Time
	fmt.Println(u.UnmarshalJSON([]byte(`"2021-03-04T05:06:07.5-08:00"`)), u)
	fmt.Println(u.UnmarshalJSON([]byte(`null`)), u.UnmarshalJSON([]byte(`"bad"`)))
	fmt.Println(u.UnmarshalText([]byte("2001-02-03T04:05:06Z")), u)
	fmt.Println(u.UnmarshalBinary(nil), u.UnmarshalBinary([]byte{9}), u.UnmarshalBinary([]byte{1, 2}))
	_, err := time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC).MarshalJSON()
	fmt.Println(err)
	fmt.Println(time.Time{}, time.Time{}.IsZero(), time.Time{}.Unix())
}
