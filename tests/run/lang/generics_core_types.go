// Tests operations on type parameters through their core type (Go spec,
// "Core types"): append, make, range, index, slice, composite literals
// (elided pointers too), dereference, channel operations, comparison with
// nil, and assignability through the type set.
package main

import "fmt"

type S struct{ f int }

func grow[S ~[]E, E any](s S, e ...E) S { return append(s, e...) }

func appendBytes[B ~string | ~[]byte](buf []byte, b B) []byte { return append(buf, b...) }

func keys[M ~map[K]V, K comparable, V any](m M) int {
	n := 0
	for range m {
		n++
	}
	return n
}

func fresh[M ~map[string]int]() M { return make(M) }

func firstLast[S ~[]E, E any](s S) (E, E, S) { return s[0], s[len(s)-1], s[1:] }

func ptrs[P *S]() []P { return []P{{f: 1}, {f: 2}} }

func deref[P ~*int](p P) int { return *p }

func pipe[C ~chan int](c C) int {
	go func() { c <- 41; close(c) }()
	return <-c + 1
}

func isNil[T ~[]int | ~map[int]int](x T) bool { return x == nil }

func asBytes[T ~[]byte](t T) []byte { return t }

type Names []string

func main() {
	fmt.Println(grow(Names{"a"}, "b", "c"))
	fmt.Println(string(appendBytes([]byte("x"), "yz")), string(appendBytes([]byte("x"), []byte("w"))))
	fmt.Println(keys(map[string]bool{"a": true, "b": false}), len(fresh[map[string]int]()))
	fmt.Println(firstLast([]int{1, 2, 3}))
	for _, p := range ptrs() {
		fmt.Print(p.f, " ")
	}
	n := 7
	fmt.Println(deref(&n), pipe(make(chan int)))
	fmt.Println(isNil([]int(nil)), isNil(map[int]int{}), string(asBytes([]byte("ok"))))
}
