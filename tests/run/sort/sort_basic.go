// Tests package sort's public API: Ints/Strings/Float64s (NaN first), the
// *AreSorted checks, Search/SearchInts/SearchStrings/SearchFloat64s/Find,
// Reverse, IntSlice/StringSlice/Float64Slice methods, Slice, SliceStable,
// SliceIsSorted, Sort and Stable on a user type, and empty/one-element input.
package main

import (
	"fmt"
	"sort"
)

type person struct {
	name string
	age  int
}

type byAge []person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	ints := []int{5, 2, 8, -1, 9, 2, 0}
	fmt.Println(sort.IntsAreSorted(ints))
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	fmt.Println(sort.SearchInts(ints, 2), sort.SearchInts(ints, 3), sort.SearchInts(ints, 100), sort.SearchInts(ints, -5))
	fmt.Println(sort.IntSlice(ints).Search(8))

	strs := []string{"pear", "Apple", "banana", "apple", "", "Cherry"}
	sort.Strings(strs)
	fmt.Printf("%q %v\n", strs, sort.StringsAreSorted(strs))
	fmt.Println(sort.SearchStrings(strs, "b"), sort.StringSlice(strs).Search("zzz"))

	zero := 0.0
	nan := zero / zero
	fl := []float64{2.5, nan, -1, 3.25, 0, nan, -7.5}
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl))
	fmt.Println(sort.SearchFloat64s([]float64{1, 2, 3}, 2.5))

	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints, sort.IsSorted(sort.Reverse(sort.IntSlice(ints))))
	sort.StringSlice(strs).Sort()
	sort.IntSlice(ints).Sort()
	fmt.Println(ints)

	i, found := sort.Find(len(ints), func(i int) int { return 5 - ints[i] })
	fmt.Println(i, found)
	i, found = sort.Find(len(ints), func(i int) int { return 4 - ints[i] })
	fmt.Println(i, found)
	fmt.Println(sort.Search(100, func(i int) bool { return i*i >= 50 }))

	people := []person{{"Ann", 30}, {"Bob", 25}, {"Cid", 30}, {"Dee", 25}, {"Eve", 41}}
	sort.Stable(byAge(people))
	fmt.Println(people)
	sort.Stable(sort.Reverse(byAge(people)))
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].name > people[j].name })
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool {
		if people[i].age != people[j].age {
			return people[i].age < people[j].age
		}
		return people[i].name < people[j].name
	})
	fmt.Println(people, sort.SliceIsSorted(people, func(i, j int) bool { return people[i].age < people[j].age }))

	rs := []rune("sorting")
	sort.Slice(rs, func(i, j int) bool { return rs[i] < rs[j] })
	fmt.Println(string(rs))
	bs := []byte("hello, world")
	sort.Slice(bs, func(i, j int) bool { return bs[i] > bs[j] })
	fmt.Printf("%q\n", bs)
	arrs := [][3]int{{3, 0, 0}, {1, 2, 3}, {2, 9, 9}}
	sort.Slice(arrs, func(i, j int) bool { return arrs[i][0] < arrs[j][0] })
	fmt.Println(arrs)

	var empty []int
	sort.Ints(empty)
	sort.Slice(empty, func(i, j int) bool { return false })
	one := []string{"x"}
	sort.Strings(one)
	fmt.Println(empty, one, sort.IntsAreSorted(nil))
}
