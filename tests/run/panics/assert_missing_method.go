// Tests a failed assertion to an interface whose method the type lacks.
package main

type Namer interface{ Name() string }
type T struct{}

func main() {
	var x interface{} = T{}
	println(x.(Namer).Name())
}
