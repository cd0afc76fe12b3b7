// Tests a nil pointer dereference turned into a panic by the SIGSEGV handler.
package main

type T struct{ a, b int }

func main() {
	var p *T
	println(p.b)
}
