// Tests package-level variables laid out as static data.
package main

type P struct {
	X, Y int
	Name string
}

var (
	count  = 42
	name   = "gopher"
	pi     = 3.25
	pt     = P{1, 2, "pt"}
	pp     = &P{3, 4, "pp"}
	nums   = []int{1, 2, 3}
	arr    = [3]string{"a", "b", "c"}
	ptr    = &count
	table  = []P{{1, 1, "a"}, {2, 2, "b"}}
	f      = helper
	dyn    = compute()
	nested = map[string]int{"x": 1}
)

func helper() int  { return 7 }
func compute() int { return count * 2 }

func main() {
	println(count, name, pi == 3.25, pt.Name, pp.Y, nums[2], arr[1], *ptr, table[1].Name, f(), dyn, nested["x"])
	*ptr = 5
	println(count)
}
