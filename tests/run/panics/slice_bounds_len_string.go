// Tests the slice bounds panic for a string (with length).
package main

func main() {
	s := "abc"
	n := 4
	println(s[:n])
}
