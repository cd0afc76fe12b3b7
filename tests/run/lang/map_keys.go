// Tests maps keyed by strings, integers, floats, structs, arrays and interfaces; delete, len, comma-ok, nil maps.
package main

import (
	"fmt"
	"sort"
)

type Pt struct{ X, Y int }

func main() {
	byPoint := map[Pt]string{{1, 2}: "a", {3, 4}: "b"}
	byPoint[Pt{1, 2}] = "A"
	fmt.Println(len(byPoint), byPoint[Pt{1, 2}], byPoint[Pt{9, 9}] == "")

	byArray := map[[2]string]int{{"x", "y"}: 1}
	byArray[[2]string{"x", "y"}]++
	fmt.Println(byArray[[2]string{"x", "y"}])

	byIface := map[interface{}]string{}
	byIface[1] = "int"
	byIface["1"] = "string"
	byIface[Pt{1, 1}] = "point"
	byIface[1.5] = "float"
	byIface[true] = "bool"
	fmt.Println(len(byIface), byIface[1], byIface["1"], byIface[Pt{1, 1}], byIface[1.5], byIface[true])
	if _, ok := byIface[2]; !ok {
		fmt.Println("no 2")
	}

	byFloat := map[float64]int{0.5: 1}
	byFloat[-0.0] = 2
	byFloat[0.0]++
	fmt.Println(byFloat[0], len(byFloat))

	counts := map[string]int{}
	for _, w := range []string{"a", "b", "a", "c", "a", "b"} {
		counts[w]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, counts[k])
	}
	delete(counts, "a")
	delete(counts, "zzz")
	fmt.Println(len(counts), counts)

	var nilMap map[string]int
	v, ok := nilMap["x"]
	fmt.Println(v, ok, len(nilMap))
	for range nilMap {
		fmt.Println("never")
	}

	big := map[int]int{}
	for i := 0; i < 10000; i++ {
		big[i] = i
	}
	for i := 0; i < 10000; i += 2 {
		delete(big, i)
	}
	sum := 0
	for k, v := range big {
		sum += k - v
	}
	fmt.Println(len(big), sum)
}
