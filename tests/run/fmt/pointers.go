// Tests fmt's pointer formatting where the output does not depend on the
// actual address: the shape of %p, %v, %#v, %x and %d of pointers, maps,
// slices and funcs, nested pointers printed as addresses (not &{...}),
// nil pointers of each kind, and bad verbs on pointers.
package main

import (
	"fmt"
	"unsafe"
)

type Node struct {
	Val  int
	Next *Node
}

// shape replaces the hex digits after each "0x" with "ADDR", so the
// output does not depend on where things are in memory.
func shape(s string) string {
	out := ""
	for i := 0; i < len(s); i++ {
		if i+1 < len(s) && s[i] == '0' && (s[i+1] == 'x' || s[i+1] == 'X') {
			out += s[i:i+2] + "ADDR"
			i += 2
			for i < len(s) && isHex(s[i]) {
				i++
			}
			i--
			continue
		}
		out += s[i : i+1]
	}
	return out
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func main() {
	x := 42
	n := &Node{1, &Node{2, nil}}
	m := map[int]int{1: 1}
	s := []int{1}
	f := func() {}
	fmt.Println(shape(fmt.Sprintf("%p|%v|%#v", &x, &x, &x)), len(fmt.Sprintf("%#p", &x)) > 0)
	fmt.Println(shape(fmt.Sprintf("%v|%+v", n, n)))
	fmt.Println(shape(fmt.Sprintf("%p|%p|%p", m, s, f)))
	fmt.Println(shape(fmt.Sprintf("%v", []*int{&x})), shape(fmt.Sprintf("%v", map[string]*int{"k": &x})))
	fmt.Println(shape(fmt.Sprintf("%#v", n)))
	fmt.Println(shape(fmt.Sprintf("%v|%p", unsafe.Pointer(&x), unsafe.Pointer(&x))))
	fmt.Println(shape(fmt.Sprintf("%s|%q|%t", &x, &x, &x)))
	fmt.Println(shape(fmt.Sprintf("%#x", &x)), fmt.Sprintf("%X", &x) != "")
	fmt.Println(len(fmt.Sprintf("%d", &x)) > 0, fmt.Sprintf("%x", &x) == fmt.Sprintf("%p", &x)[2:])
	pp := &n
	fmt.Println(shape(fmt.Sprintf("%v", pp)))

	var np *Node
	var nm map[int]int
	var ns []int
	var nf func()
	var nu unsafe.Pointer
	fmt.Printf("%p|%p|%p|%p|%p\n", np, nm, ns, nf, nu)
	fmt.Printf("%v|%v|%v|%v\n", np, nm, nf, nu)
	fmt.Printf("%#v|%#v|%#v|%#v\n", np, nm, nf, nu)
	fmt.Printf("%x|%d|%5v|%-5v|\n", np, np, np, np)
	fmt.Printf("%p|%p\n", 1, "s")
}
