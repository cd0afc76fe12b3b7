// A call with several results as the only argument of a built-in:
// copy(f()), append(f()), delete(f()), complex(f()), print(f()), and the
// same deferred.
package main

import "fmt"

var calls int

func bytesAndString(b []byte) ([]byte, string) {
	calls++
	return b, "xyz"
}

func sliceAndElems() ([]int, int, int) {
	calls++
	return []int{1}, 2, 3
}

func mapAndKey(m map[string]int) (map[string]int, string) {
	calls++
	return m, "b"
}

func parts() (float64, float64) {
	calls++
	return 1.5, -2
}

func slices() ([]int, []int) {
	calls++
	return make([]int, 2), []int{7, 8, 9}
}

func main() {
	b := []byte("abcd")
	fmt.Println(copy(bytesAndString(b)), string(b))
	fmt.Println(append(sliceAndElems()))
	m := map[string]int{"a": 1, "b": 2}
	delete(mapAndKey(m))
	fmt.Println(m)
	c := complex(parts())
	fmt.Println(c, real(c), imag(c))
	dst, src := slices()
	fmt.Println(copy(dst, src), dst)
	println(parts())
	print(parts())
	println()
	func() {
		defer fmt.Println("deferred done")
		defer delete(mapAndKey(m))
		defer println(parts())
	}()
	fmt.Println(m, calls)
}
