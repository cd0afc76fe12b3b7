package main

// A panic 150 calls deep: Go's traceback walks at most 100 frames, the
// runtime's hidden ones (gopanic, mapassign) among them, so it prints 98
// and, having printed fewer than 100, no "additional frames elided" line.

func down(n int) int {
	if n == 0 {
		var m map[string]int
		m["deep"] = 1
	}
	return down(n-1) + 1
}

func main() {
	println(down(150))
}
