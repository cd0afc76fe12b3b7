// Tests the slice bounds panic for a 3-index slice with max beyond capacity.
package main

func main() {
	s := make([]int, 2, 3)
	m := 4
	println(len(s[0:1:m]))
}
