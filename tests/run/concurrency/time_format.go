// Tests the calendar and Format of package time: Date with normalization,
// the field accessors, Weekday and YearDay across leap rules, Unix times,
// the standard layouts, padding and fractional seconds, Truncate and Round,
// AddDate, and the zero Time.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2023, time.March, 5, 14, 7, 9, 120000000, time.UTC)
	fmt.Println(t.String())
	fmt.Println(t.Format(time.RFC3339), t.Format(time.RFC3339Nano), t.Format(time.Kitchen))
	fmt.Println(t.Format(time.ANSIC), "|", t.Format(time.RFC1123), "|", t.Format("Monday, January 2 2006 03:04:05.000 pm"))
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Weekday(), t.YearDay(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond())
	fmt.Println(t.Unix(), t.UnixMilli(), time.Unix(0, 0).UTC().String())
	u := time.Date(2024, time.February, 30, 25, 61, 0, 0, time.UTC)
	fmt.Println(u.Format("2006-01-02 15:04:05"), u.Sub(t).String(), u.After(t))
	fmt.Println(t.AddDate(0, 11, 30).Format("2006-01-02"), t.Format("__2 002 Jan _2 06 Month"))
	var z time.Time
	fmt.Println(z.IsZero(), z.String(), z.Weekday())
	fmt.Println(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).IsZero(), time.Date(1969, 12, 31, 23, 59, 59, 0, time.UTC).Unix())
	fmt.Println(t.Truncate(time.Hour).Format("15:04:05"), t.Round(time.Minute).Format("15:04:05"), time.Month(13), time.Saturday)
	for _, y := range []int{1600, 1900, 2000, 2100, -1, 0} {
		d := time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC)
		fmt.Println(y, d.YearDay(), d.Weekday(), d.Format("2006-01-02"))
	}
}
