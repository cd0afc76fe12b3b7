// Tests method expressions on pointer types called through func values.
package main

type Vec struct{ X, Y int }

func (v *Vec) Scale(k int) { v.X *= k; v.Y *= k }

func main() {
	scaleExpr := (*Vec).Scale
	p := &Vec{3, 4}
	scaleExpr(p, 10)
	println(p.X, p.Y)
}
