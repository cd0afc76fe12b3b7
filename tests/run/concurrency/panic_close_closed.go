// Tests that closing a closed channel panics, and that the panic can be
// recovered; then that closing a nil channel panics unrecovered.
package main

import "fmt"

func try(c chan int) {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		if err, ok := r.(error); ok {
			fmt.Println("is error:", err.Error())
		}
	}()
	close(c)
}

func main() {
	c := make(chan int)
	close(c)
	try(c)
	var nilc chan int
	close(nilc)
}
