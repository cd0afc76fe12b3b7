// Type parameters, constraints, inference and instantiation.
package main

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Max[T int | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

type MyInt int

func main() {
	_ = Sum([]int{1, 2})
	_ = Sum([]MyInt{1})
	_ = Sum([]string{"a"}) /* ERROR "string does not implement Number" */
	_ = Max("a", "b")
	var st Stack[int]
	st.Push(1)
	st.Push("x") /* ERROR "(untyped string constant) as int value in argument to st.Push" */
}

type Pair[K comparable, V any] struct {
	k K
	v V
}

var _ Pair[int] /* ERROR "got 1 arguments but 2 type parameters" */
