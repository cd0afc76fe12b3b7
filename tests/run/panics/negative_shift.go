// Tests the negative shift amount panic.
package main

func main() {
	x := 1
	s := -3
	println(x << s)
}
