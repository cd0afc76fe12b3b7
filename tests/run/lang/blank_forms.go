// The blank identifier in less common places: parenthesized on the left
// of an assignment, and as a receiver's type parameter names of a
// generic type's methods.
package main

import "fmt"

func two() (int, string) { return 1, "a" }

type Pair[K, V any] struct {
	k K
	v V
}

func (p *Pair[_, _]) String() string { return fmt.Sprintf("%v=%v", p.k, p.v) }

type Inner[_ any] int

func (i Inner[_]) Double() int { return int(i) * 2 }

type Outer[A, B any] struct{ Inner[B] }

func main() {
	(_) = 0
	var x int
	(x), ((_)) = two()
	fmt.Println(x)
	((_)), (x) = 2, 3
	fmt.Println(x)
	fmt.Println(&Pair[string, int]{"one", 1})
	var o Outer[string, float64]
	o.Inner = 21
	fmt.Println(o.Double())
}
