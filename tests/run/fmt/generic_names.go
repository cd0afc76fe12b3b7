// Tests %T and %#v of generic types whose type arguments are themselves
// generic, composite or from other packages: Go spells every named type
// inside the brackets by its package's path (main.List[net/url.Values]).
package main

import (
	"bytes"
	"fmt"
	"net/url"
	"time"
)

type Pair[A, B any] struct {
	First  A
	Second B
}
type List[T any] struct{ v T }
type ID int

func main() {
	fmt.Printf("%T\n", List[*Pair[int, []ID]]{})
	fmt.Printf("%T\n", List[map[ID]Pair[ID, ID]]{})
	fmt.Printf("%T\n", List[*bytes.Buffer]{})
	fmt.Printf("%T\n", List[struct{ A time.Duration }]{})
	fmt.Printf("%T\n", List[func(url.URL) error]{})
	fmt.Printf("%T\n", Pair[List[url.Values], chan<- *url.URL]{})
	fmt.Printf("%T\n", List[interface{ M(ID) }]{})
	fmt.Printf("%v\n", List[Pair[ID, string]]{})
	fmt.Printf("%#v\n", List[Pair[ID, string]]{})
}
