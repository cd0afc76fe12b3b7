// Generic types that mention each other (a list and its elements), and a
// method whose receiver names type parameters constrained by each other.
package main

import "fmt"

type Element[T any] struct {
	next *Element[T]
	list *List[T]
	Value T
}

type List[T any] struct {
	root Element[T]
	len  int
}

func (l *List[T]) Push(v T) {
	e := &Element[T]{next: l.root.next, list: l, Value: v}
	l.root.next = e
	l.len++
}

func (l *List[_]) Len() int { return l.len }

func (l *List[T]) Values() []T {
	var out []T
	for e := l.root.next; e != nil; e = e.next {
		out = append(out, e.Value)
	}
	return out
}

type NodeC[E any] interface {
	comparable
	Edges() []E
}

type EdgeC[N any] interface {
	comparable
	Ends() (N, N)
}

type Graph[N NodeC[E], E EdgeC[N]] struct{ nodes []N }

type pair[N NodeC[E], E EdgeC[N]] struct {
	node N
	via  []E
}

func (g *Graph[N, E]) Reach(from N) int {
	seen := map[N]bool{from: true}
	queue := []pair[N, E]{{from, nil}}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		for _, e := range p.node.Edges() {
			_, b := e.Ends()
			if !seen[b] {
				seen[b] = true
				queue = append(queue, pair[N, E]{b, append(p.via, e)})
			}
		}
	}
	return len(seen)
}

type node int
type edge struct{ a, b node }

var edges = map[node][]edge{1: {{1, 2}, {1, 3}}, 2: {{2, 4}}}

func (n node) Edges() []edge      { return edges[n] }
func (e edge) Ends() (node, node) { return e.a, e.b }

func main() {
	var l List[string]
	l.Push("a")
	l.Push("b")
	fmt.Println(l.Len(), l.Values(), l.root.next.list == &l)
	g := &Graph[node, edge]{}
	fmt.Println(g.Reach(1), g.Reach(3))
}
