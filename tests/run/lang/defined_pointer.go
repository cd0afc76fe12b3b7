// A defined pointer type (type Q *T): q.f selects (*q).f for fields, also
// promoted ones, and for assignment; it has no methods of its own.
package main

import "fmt"

type Inner struct{ n int }

func (i *Inner) Inc() { i.n++ }

type Outer struct {
	*Inner
	name string
}

type Q *Outer

type Node struct {
	val  int
	next *Node
}

type List *Node

func main() {
	q := Q(&Outer{&Inner{41}, "outer"})
	q.n++
	q.name += "!"
	fmt.Println(q.n, q.name, (*q).Inner.n)
	(*q).Inc()
	fmt.Println(q.n)
	var l List = &Node{1, &Node{2, nil}}
	for p := l; p != nil; p = p.next {
		fmt.Println(p.val)
	}
}
