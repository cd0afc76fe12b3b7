// Tests deferred calls of built-in functions: their arguments are evaluated
// at the defer statement (receives included), the call happens at return.
package main

import "fmt"

func copyLater(s []int) {
	c := make(chan []int, 1)
	c <- []int{7, 8}
	defer copy(s, <-c)
	fmt.Println("before return:", s)
}

func deleteLater(m map[string]int) {
	k := make(chan string, 1)
	k <- "a"
	defer delete(m, <-k)
	fmt.Println("before return:", len(m))
}

func main() {
	s := make([]int, 2)
	copyLater(s)
	fmt.Println("after:", s)
	m := map[string]int{"a": 1, "b": 2}
	deleteLater(m)
	fmt.Println("after:", len(m))
}
