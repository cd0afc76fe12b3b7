// A generic function instantiating itself with ever larger types can never
// be monomorphised (types2's instantiation cycle); the same types again can.
package main

func grow[T any](t T, n int) { /* ERROR "instantiation cycle:" */
	if n > 0 {
		grow[[]T](nil, n-1)
	}
}

func same[T any](t T, n int) {
	if n > 0 {
		same(t, n-1)
		same[T](t, n-1)
	}
}

func swap[A, B any](a A, b B, n int) {
	if n > 0 {
		swap(b, a, n-1)
	}
}

func main() {
	grow(1, 2)
	same(1, 2)
	swap(1, "a", 2)
}
