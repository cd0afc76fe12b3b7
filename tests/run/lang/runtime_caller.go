// Tests runtime.Caller, Callers and FuncForPC: function names found through the frame pointers.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

//go:noinline
func where() string {
	pc, _, _, ok := runtime.Caller(1)
	if !ok {
		return "?"
	}
	return runtime.FuncForPC(pc).Name()
}

//go:noinline
func outer() string { return where() }

func main() {
	fmt.Println(where(), outer())
	pcs := make([]uintptr, 10)
	n := runtime.Callers(1, pcs)
	fmt.Println(n > 0, strings.HasPrefix(runtime.FuncForPC(pcs[0]-1).Name(), "main.main"))
}
