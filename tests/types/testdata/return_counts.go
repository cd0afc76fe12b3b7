// Return counts in Go 1.19's words: untyped numbers are "number" in the
// have list.
package main

func f() {
	return 1, 2.5 /* ERROR "too many return values" */
}

func g() (int, string) {
	return 1 /* ERROR "not enough return values" */
}

func main() {}
