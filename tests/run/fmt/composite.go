// Tests fmt's printing of composite values with %v, %+v and %#v: structs
// (nested, anonymous, embedded, unexported fields), arrays, slices, maps
// with sorted keys of every orderable kind, pointers at the top level
// (&{...}) and nil values of each kind.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Line struct {
	From, To Point
	Label    string
}

type inner struct {
	a int
	b string
}

type Outer struct {
	Point
	in    inner
	Ptr   *int
	Any   interface{}
	Slice []Point
	M     map[string]int
}

type Pair [2]string

type Key struct {
	A int
	B string
}

func main() {
	p := Point{1, -2}
	l := Line{Point{0, 0}, Point{3, 4}, "diag"}
	fmt.Println(p, l, &p, &l)
	fmt.Printf("%v|%+v|%#v\n", p, p, p)
	fmt.Printf("%v|%+v|%#v\n", l, l, l)
	fmt.Printf("%v|%+v\n", &l, &l)
	fmt.Printf("%d|%x|%5v|%-4v|\n", p, l, p, p)

	o := Outer{Point: Point{5, 6}, in: inner{7, "seven"}, Any: 3.5, Slice: []Point{{1, 1}}, M: map[string]int{"z": 26, "a": 1}}
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Printf("%#v\n", Outer{})

	anon := struct {
		Name string
		Tags []string
	}{"anon", []string{"t1", "t2"}}
	fmt.Printf("%v|%+v|%#v\n", anon, anon, anon)
	fmt.Printf("%v|%+v|%#v\n", struct{}{}, struct{}{}, struct{}{})

	arr := [3]int{1, 2, 3}
	sl := []string{"a", "b"}
	fmt.Printf("%v|%#v|%v|%#v|%v|%#v\n", arr, arr, sl, sl, Pair{"x", "y"}, Pair{"x", "y"})
	fmt.Printf("%v|%#v|%v|%#v\n", &arr, &sl, [][]int{{1}, {2, 3}, nil}, [][]int{{1}, nil})
	fmt.Printf("%03d|%x|%q|%5.1f\n", []int{1, 22}, []int{255, 16}, []rune("hé"), []float64{1.25, 3})

	fmt.Println(map[string]int{"b": 2, "a": 1, "c": 3})
	fmt.Println(map[int]string{10: "ten", -3: "minus", 7: "seven", 0: "zero"})
	fmt.Println(map[float64]bool{2.5: true, -1: false, 10: true})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[uint8]int{200: 1, 3: 2})
	fmt.Println(map[Key]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	fmt.Println(map[[2]int]string{{2, 1}: "x", {1, 2}: "y", {1, 1}: "z"})
	fmt.Println(map[interface{}]int{3: 1, 1: 2, 2: 0})
	fmt.Println(map[string][]int{"odd": {1, 3}, "even": {2, 4}, "none": nil})
	fmt.Printf("%v|%+v|%#v\n", map[string]Point{"o": {}}, map[string]Point{"o": {}}, map[string]Point{"o": {}, "p": {1, 2}})
	fmt.Printf("%#v|%#v\n", map[int]bool{}, map[string]interface{}{"k": nil, "j": 1})
	fmt.Println(&map[string]int{"x": 1})

	var np *Point
	var ns []int
	var nm map[string]int
	var ni interface{}
	var ne error
	var nf func()
	var nc chan int
	fmt.Println(np, ns, nm, ni, ne, nf == nil, nc)
	fmt.Printf("%v|%+v|%#v|%#v|%#v|%#v|%#v\n", np, ns, np, ns, nm, ni, ne)
	fmt.Printf("%d|%s|%v|%v\n", ns, ns, []interface{}{nil, 1, "a", np}, [2]interface{}{})
	fmt.Printf("%v|%+v|%#v\n", struct {
		P *int
		E error
		I interface{}
	}{}, struct{ E error }{}, struct{ I interface{} }{})

	nested := map[string]map[string][]Point{"outer": {"inner": {{1, 2}, {3, 4}}}}
	fmt.Println(nested)
	fmt.Printf("%+v\n", nested)
	x := 7
	fmt.Println(*&x, []*int{nil}, struct{ P *int }{nil})
	type Tree struct {
		Left, Right *Tree
		Val         int
	}
	fmt.Printf("%v %+v\n", Tree{Val: 1}, &Tree{Val: 2})
	fmt.Printf("%v\n", [][2]Point{{{1, 2}, {3, 4}}})
	fmt.Printf("%T %T %T %T %T %T\n", o, &o, anon, arr, nested, np)
	fmt.Printf("%T %T %T %T %T %T %T\n", ni, ne, nf, nc, func(int, ...string) error { return nil }, (<-chan bool)(nil), [0]struct{}{})
	fmt.Printf("%T|%T|%T|%10T|%-8T|\n", 'x', byte(1), uintptr(0), 1.5, true)
}
