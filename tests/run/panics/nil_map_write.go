// Tests the assignment to entry in nil map panic.
package main

func main() {
	var m map[string]int
	m["a"] = 1
}
