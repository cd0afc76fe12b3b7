// Tests a panic during a deferred call while panicking: both are printed.
package main

import "fmt"

func main() {
	defer func() {
		panic("second")
	}()
	defer fmt.Println("deferred print runs")
	panic("first")
}
