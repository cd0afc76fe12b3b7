// Comparing structs and arrays holding interfaces compares in Go's order
// (fixedbugs/issue8606.go): a field or element that can panic (an
// interface holding a slice) panics only if the fields before it are equal,
// whether compared directly or inside interfaces.
package main

import "fmt"

type A [2]interface{}
type S struct{ x, y interface{} }
type T1 struct {
	i interface{}
	a int64
	j interface{}
}
type T3 struct {
	i interface{}
	s string
	j interface{}
}
type I interface{}
type N struct {
	s S
	k int
}

func try(name string, f func() bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	fmt.Println(name, f())
}

func main() {
	b := []byte{1}
	try("A1", func() bool { return A{1, b} == A{2, b} })
	try("A2", func() bool { return A{b, 1} == A{b, 2} })
	try("A3", func() bool { return A{b, 1} == A{b, "2"} })
	try("S1", func() bool { return S{1, b} == S{2, b} })
	try("S2", func() bool { return S{b, 1} == S{b, 2} })
	try("S3", func() bool { return S{1, b} == S{"2", b} })
	try("S4", func() bool { return S{b, 1} == S{b, "2"} })
	try("T1a", func() bool { return T1{i: b, a: 1} == T1{i: b, a: 2} })
	try("T1b", func() bool { return T1{a: 1, j: b} == T1{a: 2, j: b} })
	try("T3a", func() bool { return T3{i: b, s: "foo"} == T3{i: b, s: "bar"} })
	try("T3b", func() bool { return T3{s: "foo", j: b} == T3{s: "bar", j: b} })
	try("T3c", func() bool { return T3{i: b, s: "fooz"} == T3{i: b, s: "bar"} })
	try("T3d", func() bool { return T3{s: "fooz", j: b} == T3{s: "bar", j: b} })
	try("N1", func() bool { return N{S{b, 1}, 1} == N{S{b, 1}, 2} })
	try("N2", func() bool { return N{S{1, b}, 1} == N{S{2, b}, 1} })
	var x, y I = b, b
	try("I1", func() bool { return x == y })
	try("I2", func() bool { return [2]I{x, 1} == [2]I{y, 2} })
	try("I3", func() bool { return [2]I{1, x} == [2]I{2, y} })
	try("E1", func() bool { return any(A{b, 1}) == any(A{b, "2"}) })
	try("E2", func() bool { return any(T1{a: 1, j: b}) == any(T1{a: 2, j: b}) })
	try("E3", func() bool { return any(T3{i: b, s: "fooz"}) == any(T3{i: b, s: "bar"}) })
	try("E4", func() bool { return any(N{S{1, b}, 1}) == any(N{S{2, b}, 1}) })
	try("E5", func() bool { return any(N{S{b, 1}, 1}) == any(N{S{b, 1}, 2}) })
}
