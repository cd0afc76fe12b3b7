// Tests runtime.Caller from a deferred call run by a panic: the frames through panic to the line that panicked
// (the program's own frames: how many runtime frames lie between differs between toolchains).
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func report() {
	recover()
	for i := 0; i < 8; i++ {
		pc, file, line, ok := runtime.Caller(i)
		if !ok {
			break
		}
		name := runtime.FuncForPC(pc).Name()
		if strings.HasPrefix(name, "main.") {
			fmt.Println(name, file[strings.LastIndex(file, "/")+1:], line)
		}
	}
}

var zero int

func divide() int {
	defer report()
	return 10 / zero
}

func index(s []int) int {
	defer report()
	return s[3]
}

type T struct{ v int }

func deref(t *T) int {
	defer report()
	return t.v
}

func main() {
	divide()
	index([]int{1})
	deref(nil)
	var m map[string]int
	func() {
		defer report()
		m["x"] = 1
	}()
}
