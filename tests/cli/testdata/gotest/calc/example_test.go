// External tests of calc: a passing and a failing example.
package calc_test

import (
	"fmt"

	"example/calc"
)

func ExampleAdd() {
	fmt.Println(calc.Add(1, 2))
	// Output: 3
}

func ExampleDiv() {
	fmt.Println(calc.Div(7, 2))
	// Output: 4
}

func ExampleAdd_unordered() {
	for _, n := range []int{3, 1, 2} {
		fmt.Println(calc.Add(n, 0))
	}
	// Unordered output:
	// 1
	// 2
	// 3
}
