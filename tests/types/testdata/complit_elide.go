// Only array, slice and map elements may elide their composite literal's
// type; a struct field's value may not (Go 1.19's words).
package main

type T struct {
	next *T
	kids []T
	m    map[string]T
}

var _ = T{kids: []T{{}, {next: nil}}, m: map[string]T{"a": {}}}
var _ = []*T{{}, {}}
var _ = &T{next: {} /* ERROR "missing type in composite literal" */}

func main() {}
