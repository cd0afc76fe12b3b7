// Tests os.Args (program name present) and os.Exit: the status is the
// program's, output written before Exit appears, deferred calls do not run.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: must not print")
	fmt.Println(len(os.Args), len(os.Args[0]) > 0)
	os.Stdout.WriteString("written directly\n")
	fmt.Fprintln(os.Stderr, "to stderr")
	os.Exit(7)
}
