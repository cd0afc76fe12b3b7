// The order of evaluation inside a statement, as Go's compiler has it (the
// spec fixes only the calls' order): calls, receives, slicing, type
// assertions, && and || and map literals are made first, left to right;
// variables, fields, elements and indexes are read after them. So
// `return p, decode(&p)` returns what decode filled in, and a[i] = f()
// stores at the i f left. Big results, multi-value calls, op-assignments,
// defer's arguments and a panic's place are checked too.
package main

import (
	"errors"
	"fmt"
	"strings"
	"unsafe"
)

type Big struct{ a [40]int }

type P struct{ x, y int }

func (p *P) inc() int { p.x++; return p.x }

func pair() (int, string) { return 7, "seven" }

func sum(a int, b string) string { return fmt.Sprint(a, b) }

var trace []string

func log(s string) int { trace = append(trace, s); return len(trace) }

func mkBig(v int) Big { var b Big; b.a[0] = v; b.a[39] = v * 2; return b }

func decode(p *P) error { p.x, p.y = 10, 20; return nil }

func load() (P, error) {
	var p P
	return p, decode(&p)
}

func grow(s *[]int) int { *s = append(*s, 9); return len(*s) }

type T struct{ a int }

func (t *T) bump() int { t.a++; return t.a }

func two(t *T) (T, int) { return *t, t.bump() }

// reads runs the plain cases: a variable, a slice literal, a dereference,
// a map element and a field read after calls that change them.
func reads() {
	x := 1
	f := func() int { x++; return x }
	fmt.Println(x, f())
	a, b := x, f()
	fmt.Println(a, b)
	s := []int{x, f(), x}
	fmt.Println(s)
	var t T
	fmt.Println(two(&t))
	m := map[string]int{"k": x}
	fmt.Println(m["k"]+0, f(), m)
	arr := [2]int{}
	i := 0
	g := func() int { i = 1; return 5 }
	arr[i] = g()
	fmt.Println(arr, i)
	y := 10
	fmt.Println(y+f(), y*2, f())
	p := &T{a: 1}
	fmt.Println(p.a, p.bump(), *p)
	// literals inside others, and behind &: a map literal is built where
	// it stands, entry by entry; the others read their elements late
	pm := &map[string]int{"a": x, "b": f()}
	ps := &[]int{x, f()}
	nested := [][]int{{x, f()}, {x}}
	fmt.Println(*pm, *ps, nested, len(*&map[int]int{f(): f()}))
}

func main() {
	reads()

	// the decode idiom
	fmt.Println(load())

	// len and append are moved like calls
	s := []int{1, 2}
	fmt.Println(len(s), grow(&s), len(s))
	t := s[:1]
	fmt.Println(t, grow(&s), s[:2])

	// big results
	b := mkBig(3)
	c, d := b, mkBig(5)
	fmt.Println(c.a[0], d.a[39], mkBig(4).a[39])
	arr := [2]Big{mkBig(1), mkBig(2)}
	fmt.Println(arr[0].a[0], arr[1].a[39])

	// multi-value call as arguments, copy of a multi-value call
	fmt.Println(sum(pair()))
	dst := make([]byte, 3)
	n := copy(dst, strings.Repeat("ab", 2))
	fmt.Println(n, string(dst))

	// receives and type assertions
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	x := 0
	fx := func() int { x += 10; return x }
	fmt.Println(x, <-ch, fx(), <-ch, x)
	var i any = P{1, 2}
	fmt.Println(i.(P).x, func() int { i = P{5, 6}; return 0 }(), i.(P).x)
	var e error = errors.New("first")
	fmt.Println(e, func() int { e = errors.New("second"); return 0 }())

	// && and ||
	k := 1
	fk := func() bool { k = 5; return true }
	fmt.Println(k == 1 && fk(), k)

	// map literal with calls
	m := map[string]int{"a": log("a"), "b": k, "c": log("c")}
	fmt.Println(m, trace)

	// struct literal with keys, slices, string conversions
	p := P{y: fx(), x: x}
	fmt.Println(p)
	str := "hello"
	bs := []byte(str)
	fmt.Println(string(bs), func() int { bs[0] = 'j'; return 0 }(), string(bs))

	// op-assign reads the left after the right's calls
	z := 1
	fz := func() int { z = 100; return 1 }
	z += fz()
	fmt.Println(z)

	// index on the left evaluated after the right's calls
	idx := 0
	a := []int{0, 0, 0}
	fi := func() int { idx = 2; return 42 }
	a[idx] = fi()
	fmt.Println(a)
	a[idx], idx = fi()+1, 0
	fmt.Println(a, idx)

	// method values and pointer receivers
	q := &P{}
	fmt.Println(q.x, q.inc(), q.inc(), *q)

	// a switch's tag and cases, and a select's case, read after their calls
	sw := 1
	fsw := func() int { sw = 10; return 2 }
	switch sw + fsw() {
	case sw + 1:
		fmt.Println("switch: tag read first")
	case 12:
		fmt.Println("switch: tag read after its call")
	}
	sw = 1
	switch {
	case sw == func() int { sw++; return sw }():
		fmt.Println("case: read after its call")
	default:
		fmt.Println("case: read first")
	}
	sw = 1
	sc := make(chan int, 1)
	select {
	case sc <- sw + fsw():
	default:
	}
	fmt.Println("select send:", <-sc)

	// defer and go keep their argument order
	w := 1
	defer fmt.Println("deferred", w, func() int { w = 2; return w }())

	// a panic after a call
	defer func() { fmt.Println("recovered:", recover(), trace) }()
	var arr2 []int
	fmt.Println(arr2[log("idx")], log("after"))
}

func init() {
	// an if's and a for's condition read their variables after their calls
	n := 0
	next := func() int { n++; return n }
	if n == next() {
		fmt.Println("if: read after the call")
	}
	for i := 0; n != next() && i < 3; i++ {
		fmt.Println("for: never")
	}
	fmt.Println("for: done", n)
}

// alignOf's operand is never evaluated, even where T makes it no constant.
func alignOf[T any](v T) uintptr {
	return unsafe.Alignof(func() T {
		fmt.Println("never printed")
		return v
	}())
}

func init() {
	fmt.Println("unsafe.Alignof:", alignOf(int8(1)), alignOf(1.5))
}
