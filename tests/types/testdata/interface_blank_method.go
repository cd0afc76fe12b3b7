// A blank interface method is reported and ignored (types2), so nothing
// fails to implement it.
package main

type B interface {
	_() /* ERROR "methods must have a unique non-blank name" */
	M()
}

type T struct{}

func (T) M() {}

var _ B = T{}

func main() {}
