// A live heap grown past its first 64 MiB arena, filled with objects of
// two pointer words: the object at the arena's very end gets its pointer
// bits (no bitmap of a next arena is touched), and the heap grows on.
package main

import "fmt"

type node struct {
	next, prev *node
}

func main() {
	var head *node
	for i := 0; i < 4500000; i++ {
		n := &node{next: head}
		if head != nil {
			head.prev = n
		}
		head = n
	}
	count, back := 0, 0
	var last *node
	for p := head; p != nil; p = p.next {
		count++
		last = p
	}
	for p := last; p != nil; p = p.prev {
		back++
	}
	fmt.Println(count, back)
}
