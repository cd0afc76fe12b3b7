// Tests timers: Timer.Stop and Reset, AfterFunc (and stopping one),
// After, a Ticker with Reset and Stop, Since/Until and Sub with the
// monotonic clock.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	t := time.NewTimer(time.Hour)
	fmt.Println(t.Stop(), t.Stop())
	fmt.Println(t.Reset(10 * time.Millisecond))
	<-t.C
	fmt.Println("timer fired", t.Stop(), t.Reset(time.Millisecond))
	<-t.C

	done := make(chan string, 2)
	time.AfterFunc(5*time.Millisecond, func() { done <- "afterfunc ran" })
	stopped := time.AfterFunc(5*time.Millisecond, func() { done <- "should not run" })
	fmt.Println(stopped.Stop())
	fmt.Println(<-done)
	select {
	case s := <-done:
		fmt.Println(s)
	case <-time.After(30 * time.Millisecond):
		fmt.Println("stopped AfterFunc stayed quiet")
	}

	tk := time.NewTicker(2 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-tk.C
	}
	tk.Reset(3 * time.Millisecond)
	<-tk.C
	tk.Stop()
	fmt.Println("ticked")

	elapsed := time.Since(start)
	fmt.Println(elapsed > 10*time.Millisecond, elapsed < 5*time.Second)
	deadline := time.Now().Add(time.Hour)
	fmt.Println(time.Until(deadline) > 59*time.Minute, deadline.Sub(start) > time.Hour)
	fmt.Println(deadline.After(start), start.Before(deadline), start.Equal(start.Round(0)))
	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		time.NewTicker(0)
	}()
}
