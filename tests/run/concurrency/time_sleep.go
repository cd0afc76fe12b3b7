// Tests package time: Duration constants, String, conversions, Round and
// Truncate; Sleep ordering goroutines by wake-up time (a "sleep sort"),
// Since measuring at least the time slept, Timer Stop and Reset, AfterFunc,
// and a Ticker.
package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{
		0, 1, 999, time.Microsecond, 1500 * time.Nanosecond, time.Millisecond,
		1500 * time.Microsecond, time.Second, 90 * time.Second, time.Hour + 30*time.Minute,
		-2 * time.Second, 100*time.Hour + time.Nanosecond, 1<<63 - 1, -1 << 63,
	}
	for _, d := range ds {
		fmt.Println(d.String(), int64(d))
	}
	d := 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond
	fmt.Println(d.Hours() > 3.42, d.Minutes() > 205.7, d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	fmt.Println(d.Round(time.Hour).String(), d.Round(time.Second).String(), d.Truncate(time.Minute).String(), (-d).Round(time.Hour).String())
	fmt.Println((-5 * time.Second).Abs().String(), time.Duration(90)*time.Millisecond/time.Millisecond)

	// Sleep sort: wake-up times decide the order, not start order.
	out := make(chan int)
	for _, n := range []int{30, 10, 50, 20, 40} {
		go func(n int) {
			time.Sleep(time.Duration(n) * time.Millisecond)
			out <- n
		}(n)
	}
	for i := 0; i < 5; i++ {
		fmt.Print(<-out, " ")
	}
	fmt.Println()

	start := time.Now()
	time.Sleep(15 * time.Millisecond)
	el := time.Since(start)
	fmt.Println("slept enough:", el >= 15*time.Millisecond, time.Now().After(start), start.Before(time.Now()))
	fmt.Println("unix sane:", start.Unix() > 1600000000, start.Add(time.Hour).Sub(start).String())

	// Timers.
	t := time.NewTimer(time.Hour)
	fmt.Println("stop:", t.Stop(), t.Stop())
	t.Reset(5 * time.Millisecond)
	<-t.C
	fmt.Println("timer fired; stop after fire:", t.Stop())
	fired := make(chan string)
	time.AfterFunc(time.Millisecond, func() { fired <- "afterfunc" })
	fmt.Println(<-fired)
	cancelled := time.AfterFunc(time.Millisecond, func() { fmt.Println("must not run") })
	cancelled.Stop()
	time.Sleep(3 * time.Millisecond)

	// Ticker.
	tk := time.NewTicker(2 * time.Millisecond)
	ticks := 0
	for range tk.C {
		ticks++
		if ticks == 3 {
			tk.Stop()
			break
		}
	}
	fmt.Println("ticks", ticks)
	select {
	case <-time.After(5 * time.Millisecond):
		fmt.Println("after")
	}
}
