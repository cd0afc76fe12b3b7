// Tests the index out of range panic message and exit status.
package main

func main() {
	s := []int{1, 2, 3}
	i := 5
	println(s[i])
}
