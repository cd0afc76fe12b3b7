// A panic recovered at every depth from 0 to 5,000: somewhere the deferred
// call, recover or the panicking function itself grows the stack, and
// recover must still see that it was called by a deferred function.
package main

import "fmt"

func dive(n int) int {
	if n == 0 {
		panic("bottom")
	}
	return dive(n-1) + 1
}

func try(n int) (ok bool) {
	defer func() {
		ok = recover() != nil
	}()
	dive(n)
	return false
}

func main() {
	bad := 0
	for n := 0; n < 5000; n++ {
		if !try(n) {
			bad++
		}
	}
	fmt.Println("unrecovered:", bad)
}
