// Ordinary mistakes that once crashed the compiler or were accepted: each
// gets Go 1.19's message (issue 18, items 4 and 11). More statements.
package main

import "unsafe"

func main() {
	var a [3]int
	for i, c, c := range a /* ERROR "range clause permits at most two iteration variables" */ {
		_, _ = i, c
	}
	len(a) /* ERROR "len(a) (constant 3 of type int) is not used" */
	(cap(a[:])) /* ERROR "(cap(a[:])) (value of type int) is not used" */
	unsafe.Sizeof(a) /* ERROR "unsafe.Sizeof(a) (constant 24 of type uintptr) is not used" */
	for {
		switch {
		case true:
			if true {
				fallthrough /* ERROR "fallthrough statement out of place" */
			}
			continue
		}
		break
	}
	func() {
		break /* ERROR "break is not in a loop, switch, or select" */
	}()
}
