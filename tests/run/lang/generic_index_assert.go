// Indexing a value of a type parameter whose type set mixes indexable
// types, asserting an interface to a type parameter, and case values that
// repeat only once the type parameters are bound.
package main

import "fmt"

func third[T interface{ []int64 | [5]int64 }](x T) int64 {
	x[2] = 5
	return x[2] + x[3]
}

func at[T interface{ ~[]byte | ~string }](x T, i int) byte { return x[i] }

type dict map[int]string

func lookup[T interface{ map[int]string | dict }](m T) string { return m[1] }

type Whatever interface{ Whatever() }

type holder struct{}

func as[T any](v any) (T, bool) {
	if w, ok := v.(Whatever); ok {
		return w.(T), true // never reached for holder
	}
	t, ok := v.(T)
	return t, ok
}

func which[T, U int](v any) string {
	switch v {
	case int(0), T(1):
		return "int or T"
	case U(1):
		return "U"
	}
	return "none"
}

type myint32 int32

func kind[T any](i any) string {
	switch i.(type) {
	case T, myint32:
		return "T or myint32"
	case int32:
		return "int32"
	}
	return "other"
}

func main() {
	fmt.Println(third([]int64{1, 2, 3, 4}), third([5]int64{1, 2, 3, 4, 5}))
	fmt.Println(at("gopher", 2), at([]byte("go"), 1))
	fmt.Println(lookup(map[int]string{1: "one"}), lookup(dict{1: "uno"}))
	fmt.Println(as[holder](holder{}))
	fmt.Println(as[int]("no"))
	fmt.Println(which[int, int](1), which[int, int](2))
	fmt.Println(kind[myint32](myint32(1)), kind[string](int32(2)), kind[string](1.5))
}
