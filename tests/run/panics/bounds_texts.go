// The texts of index and slice bounds panics, as Go's (fixedbugs/issue30116
// and issue30116u): a negative index prints no bound, an index of an
// unsigned type prints unsigned.
package main

import "fmt"

func try(desc string, f func()) {
	defer func() { fmt.Printf("%-14s %v\n", desc, recover()) }()
	f()
}

func main() {
	a := []int{1, 2, 3}
	arr := [3]int{1, 2, 3}
	s := "123"
	neg, big := -1, int64(-9876543210)
	var u uint64 = 1<<64 - 1
	var u8 uint8 = 200
	try("a[neg]", func() { _ = a[neg] })
	try("arr[big]", func() { _ = arr[big] })
	try("s[neg]", func() { _ = s[neg] })
	try("a[u]", func() { _ = a[u] })
	try("a[u8]", func() { _ = a[u8] })
	try("a[neg:]", func() { _ = a[neg:] })
	try("a[:neg]", func() { _ = a[:neg] })
	try("s[:neg]", func() { _ = s[:neg] })
	try("arr[:neg]", func() { _ = arr[:neg] })
	try("a[u:]", func() { _ = a[u:] })
	try("a[:u]", func() { _ = a[:u] })
	try("a[2:1]", func() { i := 2; _ = a[i:1] })
	try("a[neg:1:2]", func() { _ = a[neg:1:2] })
	try("a[:neg:2]", func() { _ = a[:neg:2] })
	try("a[:2:neg]", func() { _ = a[:2:neg] })
	try("a[:2:u]", func() { _ = a[:2:u] })
	try("a[:u:3]", func() { _ = a[:u:3] })
	try("a[u:2:3]", func() { _ = a[u:2:3] })
	try("a[:5]", func() { i := 5; _ = a[:i] })
}
