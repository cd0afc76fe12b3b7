// Recursion a million calls deep in main: the stack grows far past its
// first segment and shrinks back as the calls return.
package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

// sum has a bigger frame and a result in a floating-point register, which
// must survive the return through the stack-growth path.
func sum(n int, x float64) float64 {
	var pad [8]float64
	pad[n%8] = x
	if n == 0 {
		return pad[0]
	}
	return sum(n-1, x) + pad[n%8]
}

func main() {
	fmt.Println(depth(1000000))
	fmt.Println(sum(200000, 0.5))
	fmt.Println(depth(1000000))
}
