// A bounds check that fails is reported at its expression's [, as Go's
// (fixedbugs/issue29504.go), also when several checks of one function
// could share one call of the panic.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func where() {
	recover()
	pcs := make([]uintptr, 10)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(1, pcs)])
	for {
		f, more := frames.Next()
		if strings.HasPrefix(f.Function, "main.sum") || strings.HasPrefix(f.Function, "main.cut") {
			fmt.Println(f.Function, f.Line)
		}
		if !more {
			break
		}
	}
}

func sum(a []int, i, j int) int {
	defer where()
	return a[i] +
		a /* the [ is on the next line */ /*line :900:1*/ [j]
}

func cut(s string, i, j int) string {
	defer where()
	x := s[i:]
	return x +
		s[:j]
}

func main() {
	sum([]int{1, 2}, 0, 5)
	sum([]int{1, 2}, 5, 0)
	cut("abc", 0, 7)
	cut("abc", 7, 0)
}
