// Results bigger than 4 KB (or of more than 64 scalars, all results
// together) are written to memory the caller passes, never returned as one
// LLVM value: through every kind of call (function, method, interface,
// func value, method value and expression, closure, generic instance,
// defer, go, reflect's Call and MakeFunc), with named results changed by a
// deferred function and after a recovered panic.
package main

import (
	"fmt"
	"reflect"
)

type Big [5000]int16

type Pair struct {
	A [3000]byte
	B string
}

type Holder struct{ base int16 }

func (h Holder) Make(i int) (b Big) {
	b[i] = h.base
	return
}

func (h *Holder) MakePtr(i int) Big {
	var b Big
	b[i] = h.base + 1
	return b
}

type Maker interface{ Make(i int) Big }

type Outer struct {
	Holder
	n int
}

func mk(i int, v int16) (b Big) {
	b[i] = v
	return b
}

func two(i int) ([3000]byte, [3000]byte, int) {
	var a, b [3000]byte
	a[i] = 1
	b[i+1] = 2
	return a, b, i * 10
}

func pair(s string) (p Pair, err error) {
	p.A[7] = 7
	p.B = s
	return p, nil
}

func deferred() (b Big) {
	defer func() { b[1] = 42 }()
	b[0] = 1
	return b
}

func recovered() (b Big) {
	defer func() {
		if r := recover(); r != nil {
			b[2] = 99
		}
	}()
	b[0] = 5
	panic("boom")
}

func sum(b Big) int {
	t := 0
	for _, v := range b {
		t += int(v)
	}
	return t
}

func sumAll(bs ...Big) int {
	t := 0
	for _, b := range bs {
		t += sum(b)
	}
	return t
}

func takeTwo(a, b [3000]byte, n int) int { return int(a[1]) + int(b[2]) + n }

func Gen[T any](v T) (out [100]T) {
	out[50] = v
	return
}

func main() {
	x := mk(3, 7)
	fmt.Println(x[3], sum(x))
	var y Big
	y = mk(4, 8)
	fmt.Println(y[4], mk(5, 9)[5], len(mk(1, 1)))
	h := Holder{base: 11}
	fmt.Println(h.Make(2)[2], h.MakePtr(2)[2])
	var m Maker = h
	fmt.Println(m.Make(6)[6])
	m = &h
	fmt.Println(m.Make(7)[7])
	o := Outer{Holder: Holder{base: 13}}
	m = o
	fmt.Println(m.Make(8)[8], o.Make(9)[9])
	f := mk
	fmt.Println(f(10, 14)[10])
	mv := h.Make
	fmt.Println(mv(11)[11])
	me := Holder.Make
	fmt.Println(me(h, 12)[12])
	mep := (*Holder).MakePtr
	fmt.Println(mep(&h, 13)[13])
	cl := func(i int) Big { return mk(i, int16(i)) }
	fmt.Println(cl(14)[14])
	a, b, n := two(1)
	fmt.Println(a[1], b[2], n)
	fmt.Println(takeTwo(two(1)))
	p, err := pair("hi")
	fmt.Println(p.A[7], p.B, err)
	d, r := deferred(), recovered()
	fmt.Println(d[:2], r[:3])
	var i interface{} = mk(0, 3)
	fmt.Println(i.(Big)[0])
	fmt.Println(sum(mk(2, 21)), sumAll(mk(1, 1), mk(2, 2), x))
	fmt.Println(mk(1, 1) == mk(1, 1), mk(1, 1) == mk(1, 2))
	for j, v := range mk(3, 33) {
		if v != 0 {
			fmt.Println("range", j, v)
		}
	}
	fmt.Println(Gen[string]("g")[50], Gen(1.5)[50])
	done := make(chan bool)
	go mk(1, 1)
	go func() { defer mk(2, 2); done <- true }()
	<-done
	defer mk(3, 3)
	rv := reflect.ValueOf(mk).Call([]reflect.Value{reflect.ValueOf(4), reflect.ValueOf(int16(44))})
	fmt.Println(rv[0].Index(4))
	rm := reflect.ValueOf(h).MethodByName("Make").Call([]reflect.Value{reflect.ValueOf(5)})
	fmt.Println(rm[0].Index(5))
	r2 := reflect.ValueOf(two).Call([]reflect.Value{reflect.ValueOf(2)})
	fmt.Println(r2[0].Index(2), r2[1].Index(3), r2[2])
	var fake func(int, int16) Big
	reflect.ValueOf(&fake).Elem().Set(reflect.MakeFunc(reflect.TypeOf(fake), func(args []reflect.Value) []reflect.Value {
		var b Big
		b[args[0].Int()] = int16(args[1].Int() * 2)
		return []reflect.Value{reflect.ValueOf(b)}
	}))
	fmt.Println(fake(6, 50)[6])
	var fake2 func(int) ([3000]byte, [3000]byte, int)
	reflect.ValueOf(&fake2).Elem().Set(reflect.MakeFunc(reflect.TypeOf(fake2), func(args []reflect.Value) []reflect.Value {
		return reflect.ValueOf(two).Call(args)
	}))
	a2, b2, n2 := fake2(3)
	fmt.Println(a2[3], b2[4], n2)
	arr := [2]Big{mk(0, 1), mk(1, 2)}
	sl := []Big{mk(0, 3)}
	mp := map[int]Big{1: mk(0, 4)}
	fmt.Println(arr[0][0], arr[1][1], sl[0][0], mp[1][0])
	st := struct{ B Big }{B: mk(2, 5)}
	fmt.Println(st.B[2])
}
