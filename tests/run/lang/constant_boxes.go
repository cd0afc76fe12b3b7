// A constant converted to an interface needs no allocation, as in Go: the
// interface points to a read-only box (a boxed value never changes).
// Boxed constants still compare, hash as map keys, print and reflect as
// any other boxed value.
package main

import (
	"fmt"
	"io"
	"reflect"
	"testing"
)

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func main() {
	var w io.Writer = io.Discard
	x := 300
	fmt.Println(
		testing.AllocsPerRun(100, func() { fmt.Fprintln(w, "hello", 1, true, 2.5, 'x', uint8(3)) }),
		testing.AllocsPerRun(100, func() { fmt.Fprintln(w, x) }),
	)
	var vals []any
	for i := 0; i < 3; i++ {
		vals = append(vals, 7, "seven", 'x', 2.5, uint8(3), nil, celsius(-4), complex(1, 2), int64(-1)<<40)
	}
	fmt.Println(vals...)
	fmt.Println(vals[0] == vals[9], vals[1] == "seven", vals[6] == celsius(-4), vals[7] == vals[16])
	m := map[any]int{}
	for _, v := range vals {
		if v != nil {
			m[v]++
		}
	}
	fmt.Println(len(m), m[7], m["seven"], m[celsius(-4)], m[int64(-1)<<40])
	v := reflect.ValueOf(vals[3])
	fmt.Println(v.Kind(), v.Float(), v.CanSet(), reflect.ValueOf(vals[6]).Interface())
	defer func() { fmt.Println("recovered:", recover()) }()
	panic("a constant panic value")
}
