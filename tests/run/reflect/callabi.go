// Tests Value.Call and MakeFunc across the calling convention: more float
// and integer arguments than registers, small integers, a large struct
// argument and result, complex numbers, six results.
package main

import (
	"fmt"
	"reflect"
)

type Big struct {
	A [10]int
	S string
	F float32
}

func many(a, b, c, d, e, f, g, h, i, j float64, k, l, m, n, o, p, q int8, s string, bb Big, x complex64) (float64, int, Big, string, complex128, bool) {
	bb.A[9] = int(k + l + m + n + o + p + q)
	return a + b + c + d + e + f + g + h + i + j, int(k) * 100, bb, s + "!", complex128(x) * 2, true
}

func main() {
	args := []any{1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.5, int8(1), int8(2), int8(3), int8(4), int8(5), int8(6), int8(7), "s", Big{S: "big", F: 2.5}, complex64(1 + 2i)}
	in := make([]reflect.Value, len(args))
	for i, a := range args {
		in[i] = reflect.ValueOf(a)
	}
	out := reflect.ValueOf(many).Call(in)
	for _, o := range out {
		fmt.Println(o.Interface())
	}
	var mf func(a, b, c, d, e, f, g, h, i, j float64, k, l, m, n, o, p, q int8, s string, bb Big, x complex64) (float64, int, Big, string, complex128, bool)
	reflect.ValueOf(&mf).Elem().Set(reflect.MakeFunc(reflect.TypeOf(many), func(in []reflect.Value) []reflect.Value {
		return reflect.ValueOf(many).Call(in)
	}))
	fmt.Println(mf(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, "x", Big{}, 3i))
}
