// runtime.FuncForPC of the pc runtime.Caller gives for a caller names that
// caller, also when it was inlined into its own caller (the pc is one of
// the caller's own code, as Go's inline marks give), and the bottom of a
// goroutine's stack is runtime.main and runtime.goexit, as in Go; and
// runtime.Callers gives a pc for every logical frame.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func who() string {
	pc, _, line, _ := runtime.Caller(1)
	return fmt.Sprint(runtime.FuncForPC(pc).Name(), ":", line)
}

func small() string { return who() }

func smaller() string { return small() }

func h() string {
	pc, _, line, _ := runtime.Caller(2)
	return fmt.Sprint(runtime.FuncForPC(pc).Name(), ":", line)
}

func g() string { return h() }

func f() string { return g() }

// depth counts the frames runtime.Callers gives, one per logical frame:
// an inlined call is a frame of its own.
func depth() int {
	pcs := make([]uintptr, 64)
	return runtime.Callers(0, pcs)
}

func deeper() int { return depth() }

func bottom() []string {
	pcs := make([]uintptr, 32)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(1, pcs)])
	var names []string
	for {
		fr, more := frames.Next()
		if strings.HasPrefix(fr.Function, "runtime.") {
			names = append(names, fr.Function)
		}
		if !more {
			return names
		}
	}
}

func main() {
	fmt.Println(small())
	fmt.Println(smaller())
	fmt.Println(who())
	fmt.Println(f())
	fmt.Println(bottom())
	fmt.Println(depth(), deeper())
	done := make(chan []string)
	go func() { done <- bottom() }()
	fmt.Println(<-done)
}
