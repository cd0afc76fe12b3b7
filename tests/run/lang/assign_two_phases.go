// A multiple assignment runs in Go's two phases: first the operands of
// the left side's indexes and indirections and the right side's values,
// then the assignments from left to right, each place checked (nil
// pointer, index range, nil map) as it is assigned: the places before a
// failing one are already set (Go's fixedbugs/issue23017.go).
package main

import "fmt"

type T struct{ n int }

func try(desc string, f func()) {
	defer func() { fmt.Println(desc, recover() != nil) }()
	f()
}

func main() {
	m := map[string]int{}
	var p *int
	try("nil pointer second:", func() { m["a"], *p = 1, 2 })
	fmt.Println(m["a"])

	s := []int{}
	try("index second:", func() { m["b"], s[3] = 3, 4 })
	fmt.Println(m["b"])

	var t *T
	try("nil field second:", func() { m["c"], t.n = 5, 6 })
	fmt.Println(m["c"])

	var nilmap map[string]int
	x := 0
	q := &x
	try("nil map second:", func() { *q, nilmap["d"] = 7, 8 })
	fmt.Println(x)

	var arr [2]int
	k := 5
	try("array index second:", func() { arr[0], arr[k] = 9, 10 })
	fmt.Println(arr)

	pa := &arr
	try("array pointer:", func() { arr[1], pa[k] = 11, 12 })
	fmt.Println(arr)

	// The old pointer is the one assigned through.
	var v T
	r := &v
	r, r.n = &T{}, 13
	fmt.Println(v.n, r.n)

	a := []int{1, 2, 3}
	i := 0
	i, a[i] = 2, 9
	fmt.Println(i, a)

	b, c := 1, 2
	b, c = c, b
	fmt.Println(b, c)
}
