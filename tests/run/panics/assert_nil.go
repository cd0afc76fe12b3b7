// Tests a type assertion on a nil interface value.
package main

func main() {
	var x interface{}
	println(x.(string))
}
