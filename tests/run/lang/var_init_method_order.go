// Tests package-level variable initialised with a value whose type's methods are declared later.
// Expected output: 3
// Bug: a package-level var initialised with a value of a type whose methods are
// declared later in the file crashes the type checker (method signature not yet resolved):
// internal compiler error: NoneType object has no attribute params (types/lookup.py strip_recv)
package main

type W interface{ Write(p []byte) (int, error) }

var D W = discard{}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

func main() {
	n, _ := D.Write([]byte("abc"))
	println(n)
}
