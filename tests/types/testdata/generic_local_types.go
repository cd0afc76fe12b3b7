// Go 1.19's compiler rejects a type declared in a generic function, a
// generic method or a function literal inside one (issue 47631), once the
// package has type-checked; other functions may declare types.
package main

func Generic[T any](x T) T {
	type Local []T /* ERROR "type declarations inside generic functions are not currently supported" */
	f := func() {
		type (  /* ERROR "type declarations inside generic functions are not currently supported" */
			A int
			B string
		)
	}
	f()
	return x
}

type Box[T any] struct{ v T }

func (b Box[T]) Get() T {
	type Pair struct{ a, b T } /* ERROR "type declarations inside generic functions are not currently supported" */
	return b.v
}

func plain() {
	type Local []int
	var l Local
	_ = l
}

func main() {
	plain()
	_ = Generic(1)
	_ = Box[int]{}.Get()
}
