// Tests that select {} blocks forever: with no other goroutine left, it
// is a deadlock.
package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println("worker ran")
		done <- true
	}()
	<-done
	select {}
}
