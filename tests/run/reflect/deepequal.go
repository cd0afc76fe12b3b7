// Tests reflect.DeepEqual: Go's rules for every kind (NaN, nil versus empty
// slices and maps, unexported struct fields, interfaces, funcs equal only
// when both nil, channels) and cyclic pointers, maps and slices.
package main

import (
	"fmt"
	"math"
	"reflect"
)

type T struct {
	a int
	B []string
	m map[string]int
	p *T
	i any
	f func()
}

type Loop *Loop
type Node struct {
	next *Node
	v    int
}

func main() {
	nan := math.NaN()
	fmt.Println(reflect.DeepEqual(1, 1), reflect.DeepEqual(1, int64(1)), reflect.DeepEqual(nil, nil), reflect.DeepEqual(nil, 0))
	fmt.Println(reflect.DeepEqual(nan, nan), reflect.DeepEqual([]float64{nan}, []float64{nan}))
	s := []float64{nan}
	fmt.Println(reflect.DeepEqual(s, s))
	fmt.Println(reflect.DeepEqual([]int(nil), []int{}), reflect.DeepEqual([]int{}, []int{}), reflect.DeepEqual([]int{1, 2}, []int{1, 2}), reflect.DeepEqual([]int{1, 2}, []int{1, 3}))
	fmt.Println(reflect.DeepEqual([]byte("ab"), []byte("ab")), reflect.DeepEqual([]byte("ab"), []byte("ac")))
	fmt.Println(reflect.DeepEqual(map[string]int{"a": 1, "b": 2}, map[string]int{"b": 2, "a": 1}), reflect.DeepEqual(map[string]int{"a": 1}, map[string]int{"a": 2}), reflect.DeepEqual(map[string]int(nil), map[string]int{}))
	fmt.Println(reflect.DeepEqual(map[int][]int{1: nil}, map[int][]int{2: nil}))
	t1 := T{a: 1, B: []string{"x"}, m: map[string]int{"k": 1}, i: []int{1}}
	t2 := T{a: 1, B: []string{"x"}, m: map[string]int{"k": 1}, i: []int{1}}
	fmt.Println(reflect.DeepEqual(t1, t2), reflect.DeepEqual(&t1, &t2))
	t2.a = 2
	fmt.Println(reflect.DeepEqual(t1, t2))
	t2.a = 1
	t2.i = []int{2}
	fmt.Println(reflect.DeepEqual(t1, t2))
	t2.i = []int{1}
	t2.f = func() {}
	fmt.Println(reflect.DeepEqual(t1, t2), reflect.DeepEqual(t2, t2))
	t1.p, t2.p = &t1, &t2
	t2.f = nil
	fmt.Println(reflect.DeepEqual(t1, t2))
	var l1, l2 Loop
	l1 = &l1
	l2 = &l2
	fmt.Println(reflect.DeepEqual(l1, l2))
	a := &Node{v: 1}
	a.next = &Node{v: 2, next: a}
	b := &Node{v: 1}
	b.next = &Node{v: 2, next: b}
	fmt.Println(reflect.DeepEqual(a, b))
	b.next.v = 3
	fmt.Println(reflect.DeepEqual(a, b))
	var e1, e2 error
	fmt.Println(reflect.DeepEqual(e1, e2), reflect.DeepEqual([]error{nil}, []error{nil}), reflect.DeepEqual([]any{1, "a", nil}, []any{1, "a", nil}), reflect.DeepEqual([]any{1}, []any{int8(1)}))
	fmt.Println(reflect.DeepEqual([2]int{1, 2}, [2]int{1, 2}), reflect.DeepEqual([2]int{1, 2}, [2]int{2, 1}))
	c := make(chan int)
	fmt.Println(reflect.DeepEqual(c, c), reflect.DeepEqual(c, make(chan int)))
	fmt.Println(reflect.DeepEqual(complex(1, 2), complex(1, 2)), reflect.DeepEqual(float32(1.5), float32(1.5)), reflect.DeepEqual("a", "a"), reflect.DeepEqual(true, false))
	var f1, f2 func()
	fmt.Println(reflect.DeepEqual(f1, f2), reflect.DeepEqual(main, main))
	m := map[string]any{}
	m["self"] = m
	m2 := map[string]any{}
	m2["self"] = m2
	fmt.Println(reflect.DeepEqual(m, m2))
	sl := []any{nil}
	sl[0] = sl
	sl2 := []any{nil}
	sl2[0] = sl2
	fmt.Println(reflect.DeepEqual(sl, sl2))
	fmt.Println(reflect.DeepEqual(map[float64]int{nan: 1}, map[float64]int{nan: 1}))
	fmt.Println(reflect.DeepEqual(struct{ x, y float64 }{1, nan}, struct{ x, y float64 }{1, nan}))
}
