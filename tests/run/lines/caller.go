// Tests runtime.Caller, Callers, CallersFrames and FuncForPC: functions, files and lines from .gopclntab.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func base(file string) string {
	return file[strings.LastIndex(file, "/")+1:]
}

//go:noinline
func where(skip int) string {
	pc, file, line, ok := runtime.Caller(skip)
	if !ok {
		return "?"
	}
	return fmt.Sprintf("%s %s:%d", runtime.FuncForPC(pc).Name(), base(file), line)
}

type T struct{ n int }

//go:noinline
func (t *T) method() string { return where(1) }

func small() string { return where(1) }

func deeper() string {
	return small()
}

func frames() {
	pcs := make([]uintptr, 16)
	n := runtime.Callers(1, pcs)
	all := runtime.CallersFrames(pcs[:n])
	for {
		fr, more := all.Next()
		if strings.HasPrefix(fr.Function, "main.") {
			fmt.Println("frame", fr.Function, base(fr.File), fr.Line, fr.Entry != 0)
		}
		if !more {
			break
		}
	}
}

func main() {
	fmt.Println(where(0))
	fmt.Println(where(1))
	fmt.Println((&T{}).method())
	fmt.Println(small())
	fmt.Println(deeper())
	f := func() string {
		return where(1)
	}
	fmt.Println(f())
	frames()
	fmt.Println(runtime.FuncForPC(0) == nil)
	pc, _, _, _ := runtime.Caller(0)
	m := runtime.FuncForPC(pc)
	file, line := m.FileLine(m.Entry())
	fmt.Println(m.Name(), base(file), line)
	_, _, _, ok := runtime.Caller(1000)
	fmt.Println(ok)
}
