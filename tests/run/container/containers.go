// Tests container/heap (a priority queue with Fix and Remove), container/list
// (every insertion and move) and container/ring (Link, Unlink, Move, Do),
// and unicode/utf16.
package main

import (
	"container/heap"
	"container/list"
	"container/ring"
	"fmt"
	"unicode/utf16"
)

type item struct {
	name  string
	prio  int
	index int
}

type queue []*item

func (q queue) Len() int           { return len(q) }
func (q queue) Less(i, j int) bool { return q[i].prio > q[j].prio }
func (q queue) Swap(i, j int)      { q[i], q[j] = q[j], q[i]; q[i].index = i; q[j].index = j }
func (q *queue) Push(x any)        { it := x.(*item); it.index = len(*q); *q = append(*q, it) }
func (q *queue) Pop() any          { old := *q; n := len(old); it := old[n-1]; *q = old[:n-1]; return it }

type ints []int

func (h ints) Len() int           { return len(h) }
func (h ints) Less(i, j int) bool { return h[i] < h[j] }
func (h ints) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *ints) Push(x any)        { *h = append(*h, x.(int)) }
func (h *ints) Pop() any          { old := *h; x := old[len(old)-1]; *h = old[:len(old)-1]; return x }

func printList(l *list.List) {
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Print("| ")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println("len", l.Len())
}

func main() {
	h := &ints{5, 2, 8, 1, 9, 3}
	heap.Init(h)
	heap.Push(h, 0)
	heap.Push(h, 7)
	fmt.Println(heap.Remove(h, 2))
	(*h)[0] = 100
	heap.Fix(h, 0)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()

	q := queue{}
	for i, n := range []string{"low", "high", "mid", "urgent"} {
		heap.Push(&q, &item{name: n, prio: []int{1, 5, 3, 9}[i]})
	}
	q[q.Len()-1].prio = 10
	heap.Fix(&q, q.Len()-1)
	for q.Len() > 0 {
		it := heap.Pop(&q).(*item)
		fmt.Print(it.name, ":", it.prio, " ")
	}
	fmt.Println()

	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	printList(l)
	l.MoveToFront(e4)
	l.MoveToBack(e1)
	printList(l)
	l.MoveBefore(e1, e4)
	l.MoveAfter(e4, e1)
	printList(l)
	fmt.Println(l.Remove(e4), l.Front().Value, l.Back().Value)
	other := list.New()
	other.PushBack("a")
	other.PushBack("b")
	l.PushBackList(other)
	l.PushFrontList(other)
	printList(l)
	l.PushBackList(l)
	printList(l)
	var zero list.List
	zero.PushBack("z")
	printList(&zero)
	fmt.Println(l.InsertBefore(9, e4) == nil, l.Remove(e4), zero.Front().Next() == nil, e4.Next() == nil)
	l.Init()
	printList(l)

	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println(r.Len(), r.Move(3).Value, r.Move(-1).Value, r.Prev().Value)
	removed := r.Unlink(2)
	r.Do(func(v any) { fmt.Print(v, " ") })
	removed.Do(func(v any) { fmt.Print("[", v, "]") })
	fmt.Println(r.Len(), removed.Len())
	s := ring.New(2)
	s.Value, s.Next().Value = "x", "y"
	r.Link(s)
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println(r.Len())
	var one ring.Ring
	fmt.Println(one.Len(), one.Next() == &one, ring.New(0) == nil, (*ring.Ring)(nil).Len())

	u := utf16.Encode([]rune("a€𝄞\U0010FFFF\xff"))
	fmt.Println(u)
	fmt.Println(string(utf16.Decode(u)), utf16.Decode([]uint16{0xd800, 'x', 0xdc00}))
	r1, r2 := utf16.EncodeRune('𝄞')
	fmt.Println(r1, r2, utf16.DecodeRune(r1, r2), utf16.IsSurrogate(r1), utf16.IsSurrogate('a'))
	fmt.Println(utf16.EncodeRune('a'))
	fmt.Println(utf16.DecodeRune('a', 'b'))
}
