// Tests that a recovered runtime error satisfies error and runtime.Error.
package main

import (
	"fmt"
	"runtime"
)

func try(f func()) (msg string) {
	defer func() {
		r := recover()
		if re, ok := r.(runtime.Error); ok {
			msg = "runtime.Error: " + re.Error()
		} else if e, ok := r.(error); ok {
			msg = "error: " + e.Error()
		} else {
			msg = fmt.Sprint("value: ", r)
		}
	}()
	f()
	return "no panic"
}

func main() {
	var m map[int]int
	var s []int
	var i interface{} = 1
	fmt.Println(try(func() { m[1] = 1 }))
	fmt.Println(try(func() { _ = s[3] }))
	fmt.Println(try(func() { _ = i.(string) }))
	fmt.Println(try(func() { panic("plain") }))
	fmt.Println(try(func() {}))
}
