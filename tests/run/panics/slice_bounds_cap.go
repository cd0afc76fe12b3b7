// Tests the slice bounds panic for a high bound beyond capacity.
package main

func main() {
	s := make([]int, 2, 3)
	n := 5
	println(len(s[:n]))
}
