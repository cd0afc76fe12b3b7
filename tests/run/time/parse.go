// Tests time.Parse and ParseInLocation: every layout element, zones by
// offset, by abbreviation (known to the location or not) and "Z", the
// fractional seconds, and the exact ParseError texts.
package main

import (
	"fmt"
	"time"
)

func main() {
	ny, _ := time.LoadLocation("America/New_York")
	cases := [][2]string{
		{time.RFC3339, "2021-02-03T04:05:06Z"},
		{time.RFC3339, "2021-02-03T04:05:06.123456+05:30"},
		{time.RFC3339Nano, "2021-02-03T04:05:06.1-00:00"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 MST"},
		{time.RFC1123, "Sat, 01 Jul 2023 10:00:00 EDT"},
		{time.RFC1123, "Sat, 01 Jul 2023 10:00:00 XYZT"},
		{time.RFC1123, "Sat, 01 Jul 2023 10:00:00 GMT+3"},
		{time.RFC1123Z, "Sat, 01 Jul 2023 10:00:00 -0400"},
		{time.RFC1123Z, "Sat, 01 Jul 2023 10:00:00 +0100"},
		{time.ANSIC, "Thu Feb  4 21:00:57 2010"},
		{time.Kitchen, "3:04PM"},
		{time.Kitchen, "12:30am"},
		{time.StampMilli, "Feb  4 21:00:57.012"},
		{"2006-01-02 15:04:05", "2010-02-04 21:00:57.5"},
		{"2006-01-02 15:04:05.000", "2010-02-04 21:00:57.5"},
		{"2006-01-02 15:04:05,999", "2010-02-04 21:00:57,123456789123"},
		{"2006-002", "2020-060"},
		{"2006-002", "2021-060"},
		{"2006 __2", "2020 366"},
		{"06/01/02", "69/12/31"},
		{"06/01/02", "68/12/31"},
		{"Jan _2 2006", "feb  9 2001"},
		{"January 2, 2006", "MARCH 10, 2020"},
		{"Monday 2006-01-02", "friday 2023-01-06"},
		{"2006-01-02T15:04:05Z07:00:00", "2023-01-06T01:02:03+01:02:03"},
		{"2006-01-02 -070000", "2023-01-06 -013000"},
		{"2006-01-02 -07", "2023-01-06 +09"},
		{"2006-01-02   15:04", "2023-01-06 7:08"},
		{"2006-01-02 MST", "2023-01-06 UTC"},
		{"2006-01-02 MST", "2023-01-06 +03"},
		// errors
		{time.RFC3339, "2021-02-03 04:05:06Z"},
		{time.RFC3339, "2021-13-03T04:05:06Z"},
		{time.RFC3339, "2021-02-30T04:05:06Z"},
		{time.RFC3339, "2021-02-03T25:05:06Z"},
		{time.RFC3339, "2021-02-03T04:65:06Z"},
		{time.RFC3339, "2021-02-03T04:05:66Z"},
		{time.RFC3339, "2021-02-03T04:05:06Z trailing"},
		{time.RFC3339, "2021-02-03T04:05:06"},
		{time.RFC3339, "21-02-03T04:05:06Z"},
		{time.RFC1123, "Mon, 02 Foo 2006 15:04:05 MST"},
		{time.RFC1123, "Xyz, 02 Jan 2006 15:04:05 MST"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 mst"},
		{"2006-002", "2021-366"},
		{"2006-01-002", "2021-02-060"},
		{"2006-01-02 .000", "2021-02-03 .12"},
		{"3:04PM", "13:04PM"},
		{"3:04PM", "3:04XM"},
		{"2006-01-02", ""},
		{"", "x"},
		{"2006-01-02T15:04:05Z07:00", "2006-01-02T15:04:05+07"},
		{"2006-01-02 15:04:05", "2006-01-02 15:04:05\x00\xff"},
	}
	for _, c := range cases {
		t, err := time.Parse(c[0], c[1])
		if err != nil {
			fmt.Printf("%q: %v\n", c[1], err)
			if pe, ok := err.(*time.ParseError); ok {
				fmt.Printf("   %q %q %q\n", pe.LayoutElem, pe.ValueElem, pe.Message)
			}
			continue
		}
		name, off := t.Zone()
		fmt.Printf("%q: %v [%s %d %v]\n", c[1], t, name, off, t.Location())
		t2, err := time.ParseInLocation(c[0], c[1], ny)
		fmt.Printf("   in NY: %v %v %v\n", t2, err, t2.Location())
	}
	d, err := time.ParseDuration("1h15m30.918273645s")
	fmt.Println(d, err)
	for _, s := range []string{"", "0", "-0", "+5s", "1.5h", ".5m", "5.s", "1µs", "1us2ns", "-1.000000001s", "9223372036854775807ns", "9223372036854775808ns", "-9223372036854775808ns", "2562047h47m16.854775807s", "2562048h", "1", "1x", "s", ".s", "1.2.3s", "3µx", "1\x00h"} {
		d, err := time.ParseDuration(s)
		fmt.Printf("%q: %v %v\n", s, d, err)
	}
}
