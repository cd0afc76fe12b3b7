// Tests the integer divide by zero panic.
package main

func main() {
	a, b := 10, 0
	println(a / b)
}
