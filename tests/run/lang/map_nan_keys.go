// Tests NaN map keys: each NaN is a key of its own (NaN != NaN), lookups
// never find one, and inserting many stays fast (each hashes differently).
package main

import (
	"fmt"
	"math"
)

func main() {
	m := map[float64]int{}
	for i := 0; i < 100000; i++ {
		m[math.NaN()] = i
	}
	m[1.5] = -1
	_, found := m[math.NaN()]
	fmt.Println(len(m), found, m[1.5])
	c := map[complex128]bool{complex(math.NaN(), 0): true, complex(math.NaN(), 0): true}
	fmt.Println(len(c))
	var e = map[interface{}]int{math.NaN(): 1, math.NaN(): 2, 0.0: 3}
	fmt.Println(len(e), e[-0.0])
}
