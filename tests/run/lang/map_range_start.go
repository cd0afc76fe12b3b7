// Each range over a map starts at a random place, as Go's does: over 20
// walks of the same map the first key is not always the same, and the
// idiom that deletes one entry per walk empties a big map quickly (it
// does not walk the emptied part again each time: Go's test/maplinear.go).
package main

import "fmt"

func main() {
	m := map[int]bool{}
	for i := 0; i < 100; i++ {
		m[i] = true
	}
	first := map[int]bool{}
	for n := 0; n < 20; n++ {
		for k := range m {
			first[k] = true
			break
		}
	}
	fmt.Println("walks start at different keys:", len(first) > 1)

	big := map[int]int{}
	for i := 0; i < 200000; i++ {
		big[i] = i
	}
	for len(big) > 0 {
		for k := range big {
			delete(big, k)
			break
		}
	}
	fmt.Println("emptied one entry per walk:", len(big))
}
