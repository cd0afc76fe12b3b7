// A generic type given the wrong number of type arguments is reported
// when its instance is verified, and the instance stays a type of no use:
// a literal of it is a value, and using it where another type is wanted
// is an error of its own (go1.19.8 go build; Go's typeparam/issue51232.go).
// Substituted into another instance, it is invalid: calling a field of
// that type says nothing more (typeparam/issue51233.go).
package main

type G[A, B any] struct{ a A }

type I[A, B any] interface{ M() }

func main() {
	var g G[int] = G[int]{a: 1} /* ERROR "got 1 arguments but 2 type parameters" */
	var h int = G[int]{} /* ERROR "cannot use G[int]{} (value of type G[int]) as type int in variable declaration" */ /* ERROR "got 1 arguments" */
	var i I[int] = &G[int, int]{} /* ERROR "cannot use &G[int, int]{} (value of type *G[int, int]) as type I[int] in variable declaration" */ /* ERROR "got 1 arguments" */
	_, _, _ = g, h, i
}

type F[A, B any] func() int

type S[A, B any] struct{ f F[A] /* ERROR "got 1 arguments" */ }

func (s *S[A, B]) Call() int { return s.f() }
