// Tests time zones: LoadLocation from the system's zoneinfo (transitions
// and the TZ rule past them), In, Zone, ZoneBounds, IsDST, FixedZone, Date
// across daylight saving gaps, UTC/Local, LoadLocationFromTZData errors and
// the Location names.
package main

import (
	"fmt"
	"time"
)

func main() {
	ny, err := time.LoadLocation("America/New_York")
	fmt.Println(ny, err)
	syd, _ := time.LoadLocation("Australia/Sydney")
	kol, _ := time.LoadLocation("Asia/Kolkata")
	t := time.Date(2023, time.March, 12, 6, 59, 59, 0, time.UTC)
	for _, loc := range []*time.Location{ny, syd, kol, time.UTC, time.FixedZone("X", -(3*3600 + 30*60)), time.FixedZone("", 5*3600+45*60)} {
		u := t.In(loc)
		name, off := u.Zone()
		fmt.Println(loc, u, name, off, u.IsDST(), u.Location() == loc)
		u = u.Add(time.Second)
		fmt.Println(" ", u, u.Format(time.RFC3339), u.Format(time.RFC1123Z))
		start, end := u.ZoneBounds()
		fmt.Println(" ", start, "|", end)
	}
	// Past the file's last transition, the TZ rule in its footer decides.
	for _, y := range []int{1900, 1970, 2007, 2038, 2050, 2200} {
		for _, m := range []time.Month{1, 7} {
			fmt.Print(time.Date(y, m, 15, 12, 0, 0, 0, ny), "  ", time.Date(y, m, 15, 12, 0, 0, 0, syd), "\n")
		}
	}
	// Wall clock times in the spring-forward gap and the fall-back overlap.
	fmt.Println(time.Date(2023, 3, 12, 2, 30, 0, 0, ny))
	fmt.Println(time.Date(2023, 11, 5, 1, 30, 0, 0, ny))
	fmt.Println(time.Date(2023, 11, 5, 1, 30, 0, 0, ny).Add(time.Hour))
	fmt.Println(time.Date(2023, 11, 5, 0, 0, 0, 0, ny).AddDate(0, 0, 1))

	_, err = time.LoadLocation("Mars/Olympus_Mons")
	fmt.Println(err)
	_, err = time.LoadLocation("../etc/passwd")
	fmt.Println(err)
	_, err = time.LoadLocationFromTZData("bad", []byte("not a tzfile"))
	fmt.Println(err)
	utc, _ := time.LoadLocation("")
	loc, _ := time.LoadLocation("Local")
	fmt.Println(utc, loc, time.Local, time.UTC, utc == time.UTC, loc == time.Local)
	var zero *time.Location
	fmt.Println(zero.String(), time.Time{}.Location(), time.Unix(0, 0).UTC())

	u := time.Unix(1700000000, 5).In(ny)
	fmt.Println(u, u.UTC(), u.Unix(), u.UnixMilli(), u.UnixMicro(), u.UnixNano())
	fmt.Println(time.UnixMilli(1700000000123).UTC(), time.UnixMicro(-1).UTC())
	fmt.Println(u.Equal(u.UTC()), u == u.UTC(), u.UTC() == time.Unix(1700000000, 5).UTC())
	fmt.Printf("%#v\n%#v\n%#v\n", u, u.UTC(), time.Date(2000, 2, 3, 4, 5, 6, 7, time.FixedZone("Z1", 60)))
	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		t.In(nil)
	}()
	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		time.Date(2000, 1, 1, 0, 0, 0, 0, nil)
	}()
}
