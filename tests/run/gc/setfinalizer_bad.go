// SetFinalizer with a non-pointer is a fatal error, in Go's words.
package main

import "runtime"

func main() {
	x := 5
	runtime.SetFinalizer(x, func(int) {})
}
