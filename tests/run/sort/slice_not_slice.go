// Tests that sort.Slice panics like reflect.Swapper when given a non-slice.
package main

import (
	"fmt"
	"sort"
)

func main() {
	fmt.Println("before")
	sort.Slice(42, func(i, j int) bool { return false })
	fmt.Println("unreachable")
}
