// Tests a failed type assertion from the empty interface to a concrete type.
package main

func main() {
	var x interface{} = "hello"
	println(x.(int))
}
