// Tests built-ins given a call with several results as their only
// argument: the results are the arguments (copy(f()), append(f())), and
// their count is checked as the arguments' (Go's messages name the call).
package p

func two() (int, int)              { return 1, 2 }
func bytesAndString() ([]byte, string) { return nil, "" }
func sliceAndElems() ([]int, int, int) { return nil, 1, 2 }
func mapAndKey() (map[int]int, int)    { return nil, 0 }
func parts() (float64, float64)        { return 0, 0 }

func ok() {
	_ = copy(bytesAndString())
	_ = append(sliceAndElems())
	delete(mapAndKey())
	var c complex128 = complex(parts())
	_ = c
	print(two())
	println(sliceAndElems())
}

func wrong() {
	_ = len /* ERROR "invalid operation: too many arguments for len(two()) (expected 1, found 2)" */ (two())
	_ = complex /* ERROR "invalid operation: too many arguments for complex(sliceAndElems()) (expected 2, found 3)" */ (sliceAndElems())
	copy /* ERROR "invalid operation: too many arguments for copy(sliceAndElems()) (expected 2, found 3)" */ (sliceAndElems())
	_ = new(two /* ERROR "two() is not a type" */ ())
}
