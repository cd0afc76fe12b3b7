// Tests that Sort, Slice and Stable make exactly Go 1.19's sequence of
// comparisons and swaps (pdqsort and insertion sort + SymMerge): elements with
// equal keys must end in the same order as with Go, across sizes that take
// every path (insertion sort, median of three, ninther, partial insertion
// sort, breakPatterns, heapsort fallback) and on sorted, reversed and
// few-distinct-key inputs.
package main

import (
	"fmt"
	"sort"
)

type item struct {
	key, id int
}

type byKey []item

func (s byKey) Len() int           { return len(s) }
func (s byKey) Less(i, j int) bool { return s[i].key < s[j].key }
func (s byKey) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func generate(n, mod, seed int) []item {
	items := make([]item, n)
	x := seed
	for i := range items {
		x = (x*1103515245 + 12345) % 2147483648
		items[i] = item{x % mod, i}
	}
	return items
}

// checksum folds keys and ids in order, so any difference in the placement
// of equal keys changes it.
func checksum(items []item) int {
	h := 0
	for _, it := range items {
		h = (h*31 + it.key*1000 + it.id) % 1000000007
	}
	return h
}

func main() {
	for _, n := range []int{5, 12, 13, 49, 50, 51, 100, 1000, 5000} {
		for _, mod := range []int{2, 10, 1000000} {
			items := generate(n, mod, n+mod)
			sort.Sort(byKey(items))
			a := checksum(items)
			items = generate(n, mod, n+mod)
			sort.Slice(items, func(i, j int) bool { return items[i].key < items[j].key })
			b := checksum(items)
			items = generate(n, mod, n+mod)
			sort.Stable(byKey(items))
			c := checksum(items)
			fmt.Println(n, mod, a, b, c)
		}
	}
	for _, n := range []int{100, 3000} {
		items := make([]item, n)
		for i := range items {
			items[i] = item{n - i, i}
		}
		sort.Sort(byKey(items))
		reversed := checksum(items)
		for i := range items {
			items[i] = item{i % 17, i}
		}
		sort.Sort(byKey(items))
		sawtooth := checksum(items)
		for i := range items {
			items[i] = item{i / 3, i}
		}
		items[n/2].key = -1
		sort.Sort(byKey(items))
		nearlySorted := checksum(items)
		fmt.Println(n, reversed, sawtooth, nearlySorted)
	}
	small := generate(20, 3, 7)
	sort.Sort(byKey(small))
	fmt.Println(small)
}
