// runtime.Caller inside a deferred function: the frame above it is the
// function running its deferred calls, at its closing brace or at its
// return statement (Go's fixedbugs/issue14646.go); the wrapper that binds
// a deferred call's arguments never shows.
package main

import (
	"fmt"
	"runtime"
)

func where(tag string) {
	_, _, line, _ := runtime.Caller(1)
	fmt.Println(tag, line)
}

func fallsOff() {
	defer func() {
		_, _, line, _ := runtime.Caller(1)
		fmt.Println("closing brace", line)
	}()
}

func returns(early bool) int {
	defer where("return")
	if early {
		return 1
	}
	fmt.Println("late")
	return 2
}

func main() {
	var line int
	func() {
		defer func() {
			_, _, line, _ = runtime.Caller(1)
		}()
	}()
	fmt.Println("literal", line)
	fallsOff()
	returns(true)
	returns(false)
}
