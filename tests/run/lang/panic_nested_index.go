// Tests an index panic in a nested call exits with status 2.
package main

func inner(a []int) int { return a[3] }
func outer() int       { return inner([]int{1}) + 1 }

func main() {
	println(outer())
}
