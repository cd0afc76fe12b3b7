// Tests Time's monotonic clock reading: String's m=±seconds on a time
// from Now, Add keeping the reading, Round(0), UTC, In and Truncate
// dropping it, Sub and Equal with and without it, == seeing it, times
// outside Now's years, Round and Truncate before year 1, and sleeps and
// timers of a duration past the end of int64.
package main

import (
	"fmt"
	"math"
	"strings"
	"time"
)

// mono returns the m= part String shows, or "none".
func mono(t time.Time) string {
	s := t.String()
	if i := strings.Index(s, " m="); i >= 0 {
		return s[i+3 : i+4]
	}
	return "none"
}

func main() {
	now := time.Now()
	later := now.Add(90 * time.Minute)
	earlier := now.Add(-time.Hour)
	fmt.Println(mono(now), mono(later), mono(earlier))
	fmt.Println(mono(now.Round(0)), mono(now.UTC()), mono(now.In(time.FixedZone("X", 3600))), mono(now.Truncate(time.Second)))
	fmt.Println(later.Sub(now), now.Sub(earlier), later.Sub(now.Round(0)))
	fmt.Println(now == now.Round(0), now.Equal(now.Round(0)), now.Round(0) == now.Round(0))
	fmt.Println(later.After(now), earlier.Before(now), now.Add(0) == now)
	fmt.Println(mono(now.AddDate(500, 0, 0)), now.AddDate(-200, 0, 0).Year() == now.Year()-200)

	// Times outside 1885..2157 keep their full range.
	far := time.Date(3000, 1, 1, 0, 0, 0, 1, time.UTC)
	fmt.Println(far, far.Add(-time.Nanosecond), far.Unix())
	old := time.Date(-1, 1, 1, 12, 15, 30, 5e8, time.UTC)
	fmt.Println(old.Truncate(3), old.Round(7*time.Second), old.Truncate(time.Hour))
	min := time.Unix(math.MinInt64, 0)
	max := time.Unix(math.MaxInt64, 999999999)
	fmt.Println(min.Add(-time.Hour).Unix() == min.Unix()-3600, max.Add(time.Hour).After(max))
	fmt.Println(max.Sub(min), min.Sub(max))

	// A sleep or a timer past the end of int64 never ends.
	go func() {
		time.Sleep(math.MaxInt64)
		fmt.Println("long sleep returned")
	}()
	t := time.NewTimer(math.MaxInt64)
	select {
	case <-t.C:
		fmt.Println("long timer fired")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("long timer pending:", t.Stop())
	}
}
