// Tests generic functions and a generic type used from another package: their
// source travels in the export data and the importer instantiates them.
package main

import (
	"fmt"

	"gm/coll"
)

func main() {
	fmt.Println(coll.Map([]int{1, 2, 3}, func(i int) string { return fmt.Sprint(i * i) }))
	fmt.Println(coll.Sum([]float64{1.5, 2.5}), coll.Sum([]int{1, 2, 3}))
	var s coll.Stack[string]
	s.Push("a")
	s.Push("b")
	v, ok := s.Pop()
	fmt.Println(v, ok, s.Len())
	fmt.Println(coll.SortedKeys(map[string]int{"z": 1, "a": 2}), coll.Describe(3))
	st := &coll.Stack[int]{}
	st.Push(42)
	fmt.Printf("%v %T\n", st.Len(), st)
}
