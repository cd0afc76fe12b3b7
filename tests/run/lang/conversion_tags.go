// Conversions ignore struct tags at any depth (Go spec, "Conversions").
package main

import "fmt"

type A struct {
	F string `json:"f"`
	G []struct {
		H int `x:"h"`
	}
}

type B struct {
	F string
	G []struct{ H int }
}

var data = []struct {
	F string `tag`
}{{"one"}, {"two"}}

func main() {
	a := A{F: "a", G: []struct {
		H int `x:"h"`
	}{{1}}}
	b := B(a)
	pa := &a
	pb := (*B)(pa)
	v := ([]struct{ F string })(data)
	fmt.Println(b, pb.F, v)
}
