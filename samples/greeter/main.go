// Greeter shows a program made of two packages of one module: main imports
// example/greeter, which the build compiles first and links in.
package main

import "example/greeter"

func main() {
	greeter.Hello()
}
