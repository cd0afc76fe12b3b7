// Tests that a parameter's scope is the function body: a parameter named
// like a type (error, string, int) does not hide that type from the
// signature's other parameter and result types.
package main

import (
	"errors"
	"fmt"
)

func check(error bool) (bool, error) {
	if error {
		return true, errors.New("failed")
	}
	return false, nil
}

func pad(string int, s string) string {
	return fmt.Sprintf("%*s", string, s)
}

func twice(int int) (n int) {
	return int * 2
}

func main() {
	fmt.Println(check(true))
	fmt.Println(check(false))
	fmt.Println(pad(5, "ab") + "|")
	fmt.Println(twice(21))
}
