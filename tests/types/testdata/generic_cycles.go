// Recursive types through instances of generic types (types2's validType
// with type arguments): a type holding an instance that holds a value of
// the type itself is invalid; through a pointer, map or slice it is not.
package main

type lA[P any] [10]P
type lS[P any] struct{ f P }
type lP[P any] *P
type lM[K comparable, V any] map[K]V

type A /* ERROR "invalid recursive type A" */ lA[A]
type S /* ERROR "invalid recursive type S" */ lS[S]
type P lP[P]
type M lM[int, M]
type A2 lA[lS[lP[A2]]]
type A3 /* ERROR "invalid recursive type A3" */ lA[lS[lS[A3]]]

type T0[P any] struct{ f P }

type T1 /* ERROR "invalid recursive type T1" */ struct {
	_ T0[T1]
}

type Pair[T any] struct{ a, b T }

type Q struct{ p Pair[Pair[int]] }

type G /* ERROR "invalid recursive type G" */ [T any] struct{ g G[T] }

type L[T any] struct {
	next *L[T]
	v    T
}

func main() {}

// A cycle through a type parameter list is invalid (types2's validCycle).
type TP /* ERROR "invalid recursive type TP" */ [U interface{ M() TP[U] }] int
