// A panic recovered by a deferred call that then panics again, the second
// recovered further up: the first is over with it (Go drops such aborted
// panics), so a later fatal panic prints alone, not after "first [recovered]".
package main

import "fmt"

func try(f func()) {
	defer func() { fmt.Println("outer recovered:", recover()) }()
	f()
}

func main() {
	try(func() {
		defer func() {
			r := recover()
			panic("second after " + r.(string))
		}()
		panic("first")
	})
	panic("final")
}
