// Assignability, interfaces, method sets, conversions and operators.
package main

type I interface{ M() }
type T struct{ a int }

func (t *T) M() {}

type U struct{}

func (U) M() {}

type S string

func main() {
	var i I = T{} /* ERROR "T does not implement I (M method has pointer receiver)" */
	var j I = &T{}
	var k I = U{}
	var s S = "x"
	var str string = s /* ERROR "cannot use s (variable of type S) as type string in variable declaration" */
	str2 := string(s)
	_ = "a" + 1 /* ERROR "mismatched types untyped string and untyped int" */
	_ = T{} == T{}
	_ = []int{} == []int{} /* ERROR "slice can only be compared to nil" */
	var p []int
	_ = p == nil
	_ = !1 /* ERROR "operator ! not defined on 1 (untyped int constant)" */
	var m map[[]int]int /* ERROR "invalid map key type []int" */
	_, _, _, _, _, _, _ = i, j, k, str, str2, p, m
	var e interface{} = 1
	n, ok := e.(int)
	_, _ = n, ok
	_ = e.(T).a
	var f float64 = 1.5
	_ = int(f)
	q := 3
	q.foo() /* ERROR "q.foo undefined (type int has no field or method foo)" */
}
