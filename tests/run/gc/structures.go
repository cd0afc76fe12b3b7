// Linked lists, trees and maps survive many collections while garbage is
// made around them, and are verified node by node afterwards.
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

type node struct {
	val  int
	next *node
}

type tree struct {
	left, right *tree
	val         int
}

func build(d, v int) *tree {
	if d == 0 {
		return &tree{val: v}
	}
	return &tree{build(d-1, 2*v), build(d-1, 2*v+1), v}
}

func check(t *tree, d, v int) bool {
	if t.val != v {
		return false
	}
	if d == 0 {
		return t.left == nil && t.right == nil
	}
	return check(t.left, d-1, 2*v) && check(t.right, d-1, 2*v+1)
}

func garbage(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		b := make([]int, 10)
		b[3] = i
		p := &node{val: i}
		s += b[3] + p.val
	}
	return s
}

func main() {
	var list *node
	for i := 0; i < 20000; i++ {
		list = &node{i, list}
		if i%1000 == 0 {
			garbage(100)
		}
	}
	t := build(12, 1)
	m := map[string][]int{}
	for i := 0; i < 5000; i++ {
		m[strconv.Itoa(i)] = []int{i, i * 2}
	}
	for round := 0; round < 10; round++ {
		garbage(20000)
		runtime.GC()
	}
	n, ok := 0, true
	for p := list; p != nil; p = p.next {
		if p.val != 19999-n {
			ok = false
		}
		n++
	}
	fmt.Println("list", n, ok)
	fmt.Println("tree", check(t, 12, 1))
	ok = len(m) == 5000
	for i := 0; i < 5000; i++ {
		v := m[strconv.Itoa(i)]
		if len(v) != 2 || v[0] != i || v[1] != 2*i {
			ok = false
		}
	}
	fmt.Println("map", ok)
}
