// Tests a failed type assertion from a non-empty interface to a concrete type.
package main

type Shape interface{ Area() int }
type Sq struct{}
type Ci struct{}

func (Sq) Area() int { return 1 }
func (Ci) Area() int { return 2 }

func main() {
	var s Shape = Sq{}
	println(s.(Ci).Area())
}
