// Tests calling through reflection: Value.Call and CallSlice (variadic
// functions, closures, interface parameters, multiple results), method
// values (Method, MethodByName, NumMethod, on values, pointers and
// interfaces), Type.Method's Func, and MakeFunc (swap, a generic adder,
// methods as func values).
package main

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
)

type Counter struct{ n int }

func (c *Counter) Add(d int) int   { c.n += d; return c.n }
func (c Counter) Get() int         { return c.n }
func (c Counter) Pair() (int, int) { return c.n, -c.n }
func (c Counter) hidden()          {}

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }
func (r Rect) Name() string  { return "rect" }

type Big struct {
	A, B, C, D int
	S          string
}

func join(sep string, parts ...string) string { return strings.Join(parts, sep) }

func div(a, b int) (int, error) {
	if b == 0 {
		return 0, errors.New("divide by zero")
	}
	return a / b, nil
}

func describe(x any, s fmt.Stringer) string { return fmt.Sprint(x, "/", s) }

type Name string

func (n Name) String() string { return "name:" + string(n) }

func mix(a int8, b float32, c bool, d complex128, e Big, f [3]int, g float64) (Big, float64, string) {
	e.A += int(a)
	return e, float64(b) + real(d) + g + float64(f[2]), fmt.Sprint(c)
}

func vals(xs ...any) []reflect.Value {
	out := make([]reflect.Value, len(xs))
	for i, x := range xs {
		out[i] = reflect.ValueOf(x)
	}
	return out
}

func show(rs []reflect.Value) {
	for _, r := range rs {
		fmt.Print(r.Type(), "=", r.Interface(), " ")
	}
	fmt.Println()
}

func main() {
	show(reflect.ValueOf(div).Call(vals(7, 2)))
	show(reflect.ValueOf(div).Call(vals(7, 0)))
	show(reflect.ValueOf(join).Call(vals(",", "a", "b", "c")))
	show(reflect.ValueOf(join).Call(vals("-")))
	show(reflect.ValueOf(join).CallSlice(vals("+", []string{"x", "y"})))
	show(reflect.ValueOf(describe).Call(vals(42, Name("n"))))
	total := 0
	acc := func(d int) { total += d }
	reflect.ValueOf(acc).Call(vals(5))
	reflect.ValueOf(acc).Call(vals(6))
	fmt.Println(total)
	show(reflect.ValueOf(mix).Call(vals(int8(1), float32(2.5), true, complex(3, 4), Big{1, 2, 3, 4, "s"}, [3]int{7, 8, 9}, 0.25)))

	c := &Counter{}
	pv := reflect.ValueOf(c)
	fmt.Println(pv.NumMethod(), reflect.ValueOf(*c).NumMethod())
	show(pv.MethodByName("Add").Call(vals(3)))
	show(pv.MethodByName("Add").Call(vals(4)))
	show(pv.MethodByName("Get").Call(nil))
	show(reflect.ValueOf(*c).Method(1).Call(nil))
	fmt.Println(pv.MethodByName("hidden").IsValid(), pv.MethodByName("Nope").IsValid())
	get := pv.MethodByName("Get").Interface().(func() int)
	fmt.Println(get(), pv.Method(0).Type())

	ct := reflect.TypeOf(c)
	for i := 0; i < ct.NumMethod(); i++ {
		m := ct.Method(i)
		fmt.Println(m.Index, m.Name, m.Type, m.Func.Type())
	}
	m, ok := ct.MethodByName("Add")
	show(m.Func.Call(vals(c, 10)))
	fmt.Println(ok, c.n)

	var s Shape = Rect{2, 3}
	sv := reflect.ValueOf(&s).Elem()
	fmt.Println(sv.Kind(), sv.NumMethod(), sv.Type().Method(0).Name, sv.Type().Method(0).Type)
	show(sv.Method(0).Call(nil))
	show(sv.MethodByName("Name").Call(nil))

	swap := func(in []reflect.Value) []reflect.Value { return []reflect.Value{in[1], in[0]} }
	var intSwap func(int, int) (int, int)
	var strSwap func(string, string) (string, string)
	for _, fp := range []any{&intSwap, &strSwap} {
		fn := reflect.ValueOf(fp).Elem()
		fn.Set(reflect.MakeFunc(fn.Type(), swap))
	}
	fmt.Println(intSwap(1, 2))
	fmt.Println(strSwap("a", "b"))

	var sum func(...float64) float64
	sv2 := reflect.MakeFunc(reflect.TypeOf(sum), func(in []reflect.Value) []reflect.Value {
		t := 0.0
		for i := 0; i < in[0].Len(); i++ {
			t += in[0].Index(i).Float()
		}
		return []reflect.Value{reflect.ValueOf(t)}
	})
	reflect.ValueOf(&sum).Elem().Set(sv2)
	fmt.Println(sum(1, 2, 3.5), sum())
	show(sv2.Call(vals(1.0, 2.0)))

	var bigf func(Big, string) (Big, error)
	reflect.ValueOf(&bigf).Elem().Set(reflect.MakeFunc(reflect.TypeOf(bigf), func(in []reflect.Value) []reflect.Value {
		b := in[0].Interface().(Big)
		b.S += in[1].String()
		return []reflect.Value{reflect.ValueOf(b), reflect.Zero(reflect.TypeOf((*error)(nil)).Elem())}
	}))
	fmt.Println(bigf(Big{1, 2, 3, 4, "x"}, "y"))

	var stringer func() string
	reflect.ValueOf(&stringer).Elem().Set(reflect.ValueOf(Name("joe")).MethodByName("String"))
	fmt.Println(stringer())
}
