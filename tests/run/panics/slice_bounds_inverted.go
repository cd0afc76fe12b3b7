// Tests the slice bounds panic for a low bound above the high one.
package main

func main() {
	s := []int{1, 2, 3}
	lo, hi := 3, 2
	println(len(s[lo:hi]))
}
