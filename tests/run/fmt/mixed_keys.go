// Tests the order fmt prints a map's interface keys of different dynamic
// types in: by type first, that is by the address of each type's
// descriptor, which Go's linker lays out by descriptor size and then by
// name (basic types, named types with methods, pointers, arrays, structs,
// channels, interfaces as keys), then by value within a type.
package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type ID int

type Point struct{ X, Y int }

func (p Point) Norm() int { return p.X*p.X + p.Y*p.Y }
func (p *Point) Move()    { p.X++ }

type Label string

func main() {
	m := map[interface{}]string{
		1: "int", int8(2): "int8", uint(3): "uint", 2.5: "float64", float32(1.5): "float32",
		"s": "string", true: "bool", 'r': "rune", byte(4): "byte", complex(1, 2): "complex128",
		nil: "nil", [2]int{1, 2}: "array", [1]string{"a"}: "array of string",
		Point{1, 2}: "Point", struct{ A int }{7}: "struct", Celsius(21.5): "Celsius",
		ID(9): "ID", Label("l"): "Label", uintptr(5): "uintptr", int64(-6): "int64",
	}
	fmt.Println(m)
	p, q := &Point{}, &Point{}
	c := make(chan int)
	keys := map[interface{}]int{p: 1, c: 2, "after": 3, 0: 4}
	fmt.Println(len(keys), fmt.Sprint(keys) != "")
	var e error
	k := map[interface{}]int{e: 1, fmt.Stringer(Celsius(1)): 2, Label("x"): 3, ID(1): 4}
	fmt.Println(k)
	_ = q
}
