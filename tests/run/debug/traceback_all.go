// Tests debug.SetTraceback("all"): the panic's traceback shows every
// goroutine, the blocked one too, as GOTRACEBACK=all would.
package main

import (
	"runtime/debug"
	"time"
)

func blocked(c chan int) {
	<-c
}

func main() {
	c := make(chan int)
	go blocked(c)
	time.Sleep(10 * time.Millisecond)
	debug.SetTraceback("all")
	panic("boom")
}
