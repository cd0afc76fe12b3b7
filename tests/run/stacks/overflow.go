// Unbounded recursion: past Go's 1 GB stack limit the program dies with
// "runtime: goroutine stack exceeds 1000000000-byte limit" and
// "fatal error: stack overflow", exit status 2.
package main

import "fmt"

func grow(n int) int {
	var pad [32]int
	pad[n%32] = n
	return grow(n+1) + pad[(n+1)%32]
}

func main() {
	fmt.Println("start")
	grow(0)
}
