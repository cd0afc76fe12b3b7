// Tests log.Fatalf: the message goes to the logger's output (stderr by
// default) and the program exits with status 1, skipping deferred calls.
package main

import (
	"fmt"
	"log"
)

func main() {
	defer fmt.Println("deferred: must not run")
	log.SetFlags(0)
	log.SetPrefix("fatal: ")
	fmt.Println("before")
	log.Fatalf("bad thing %d", 42)
	fmt.Println("after")
}
