// A ticker of 1 ns is due every time the scheduler looks: the goroutine
// waiting on it must still run (the timer goroutine, readied at every
// look, once took the next turn each time and starved it).
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(<-time.After(1) != time.Time{})
	ticker := time.NewTicker(1)
	t := <-ticker.C
	ticker.Stop()
	fmt.Println(t != time.Time{})
}
