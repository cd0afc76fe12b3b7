// Package greeter says hello. Hello is kept out of line (//go:noinline) so
// that the linker's symbol table shows example/greeter.Hello as a function
// of its own.
package greeter

import "fmt"

//go:noinline
func Hello() {
	fmt.Println("Hello")
}
