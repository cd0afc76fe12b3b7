// Package variables that are big arrays with a few leading elements given
// (laid out as those elements then a zero block) hold the same values.
package main

import "fmt"

type P struct {
	X, Y int32
	S    string
}

var a = [10000]byte{1, 2, 3}
var b = a
var c = [5000]P{{1, 2, "x"}, 4: {S: "y"}}
var d = [6000]*int{nil, &n}
var n = 7
var e = [8000]int64{7999: 5}
var f = struct{ arr [5000]int }{arr: [5000]int{9}}

func main() {
	b[0] = 9
	fmt.Println(a[0], a[1], a[2], a[3], a[9999], b[0], b[1], len(a))
	fmt.Println(c[0], c[4], c[4999], *d[1], d[0] == nil, d[5999] == nil)
	fmt.Println(e[7999], e[0], f.arr[0], f.arr[4999])
	a[9999] = 4
	fmt.Println(a[9999], b[9999])
}
