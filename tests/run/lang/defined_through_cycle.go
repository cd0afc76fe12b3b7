// A defined type whose underlying type is that of a type still being
// declared: T1's struct and T18's pointer are known before their elements.
package main

import "fmt"

type T1 struct {
	Next *T2
	n    int
}

type T2 T1

type T18 *[2]T19
type T19 T18

func main() {
	a := &T1{&T2{nil, 2}, 1}
	fmt.Println(a.n, a.Next.n, a.Next.Next == nil)
	var p T18 = new([2]T19)
	p[1] = T19(p)
	fmt.Println(p[0] == nil, (*p)[1] != nil)
}
