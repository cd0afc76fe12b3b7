// Tests runtime checks Go makes that are easy to miss: append past the
// largest int, an unhashable key in an empty map, blank struct fields
// (zeroed, and no part of a key's hash), a value method called through a
// nil pointer, and assertions between types spelled alike.
package main

import (
	"fmt"
	"reflect"
)

type T int

func (T) F() {}

type I interface{ F() }

type key struct{ a, _, c int }

func try(name string, f func()) {
	defer func() { fmt.Printf("%s: %v\n", name, recover()) }()
	f()
}

var blank = struct{ a, _, c int }{1, 2, 3}

func main() {
	huge := make([]struct{}, int(^uint(0)>>1))
	try("append", func() { huge = append(huge, struct{}{}) })
	try("append...", func() { _ = append(huge, huge...) })

	m := map[interface{}]int{}
	try("delete", func() { delete(m, []int{}) })
	try("index", func() { _ = m[[]int{}] })

	fmt.Println(reflect.ValueOf(blank).Field(1).Int())
	local := struct{ a, _, c int }{4, 5, 6}
	fmt.Println(reflect.ValueOf(local).Field(1).Int())
	keys := map[key]int{}
	keys[key{1, 2, 3}] = 1
	keys[key{1, 9, 3}] = 2
	fmt.Println(len(keys), keys[key{1, 7, 3}])

	var p *T
	var i I = p
	try("panicwrap", func() { i.F() })

	var x interface{} = func() interface{} {
		type T struct{}
		return T{}
	}()
	try("scopes", func() { _ = x.(T) })
}
