// Hello is the first program gominic builds: make run compiles and runs it.
package main

import "fmt"

func main() {
	fmt.Println("Hello, world!")
}
