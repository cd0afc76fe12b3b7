// Tests that an unrecovered panic in a goroutine ends the whole program
// with exit status 2, after that goroutine's deferred calls ran, while
// main is blocked; a recovered panic in another goroutine does not.
package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() {
		defer func() {
			fmt.Println("recovered:", recover())
			done <- true
		}()
		panic("first")
	}()
	<-done
	go func() {
		defer fmt.Println("deferred in goroutine")
		var m map[string]int
		m["x"] = 1
	}()
	<-done
}
