package main

// The frames between a deferred call and a function that dereferenced
// nil, as runtime.Callers sees them during the panic: Go's faulting
// instruction "calls" runtime.sigpanic, which calls runtime.panicmem,
// which panics; a deferred nil func faults the same way. And
// runtime.FuncForPC gives one *Func per function, as Go's.

import (
	"fmt"
	"runtime"
	"strings"
)

type T struct{ a, b int }

func frames() string {
	pcs := make([]uintptr, 20)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(2, pcs)])
	var names []string
	for {
		f, more := frames.Next()
		if strings.HasPrefix(f.Function, "main.") {
			names = append(names, fmt.Sprintf("%s:%d", f.Function, f.Line))
		} else if strings.HasPrefix(f.Function, "runtime.") { // lines of each toolchain's own runtime
			names = append(names, f.Function)
		}
		if !more || f.Function == "main.main" {
			break
		}
	}
	return strings.Join(names, " ")
}

func field(p *T) (n int) {
	defer func() {
		recover()
		fmt.Println(frames())
	}()
	return p.b
}

func deref(p *int) (n int) {
	defer func() {
		recover()
		fmt.Println(frames())
	}()
	return *p
}

func deferNil() {
	defer func() {
		recover()
		fmt.Println(frames())
	}()
	var f func()
	defer f()
}

func main() {
	field(nil)
	deref(nil)
	deferNil()
	pc, _, _, _ := runtime.Caller(0)
	f := runtime.FuncForPC(pc)
	fmt.Println(f == runtime.FuncForPC(pc), f == runtime.FuncForPC(f.Entry()), f.Name())
}
