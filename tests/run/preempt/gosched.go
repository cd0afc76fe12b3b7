// Gosched, Goexit, NumGoroutine, LockOSThread and GOMAXPROCS behave as
// Go's: GOMAXPROCS reports NumCPU by default and remembers a new setting.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.GOMAXPROCS(0) == runtime.NumCPU(), runtime.NumCPU() >= 1)
	old := runtime.GOMAXPROCS(3)
	fmt.Println(old == runtime.NumCPU(), runtime.GOMAXPROCS(0))
	runtime.LockOSThread()
	runtime.UnlockOSThread()
	done := make(chan bool)
	go func() {
		defer func() { done <- true }()
		defer fmt.Println("deferred before Goexit")
		runtime.Goexit()
		fmt.Println("not reached")
	}()
	<-done
	var ran [3]bool
	for i := 0; i < 3; i++ {
		go func(i int) {
			ran[i] = true
			done <- true
		}(i)
	}
	fmt.Println(runtime.NumGoroutine())
	runtime.Gosched()
	for i := 0; i < 3; i++ {
		<-done
	}
	fmt.Println(ran)
}
