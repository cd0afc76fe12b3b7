// Tests panic with a value of a named basic type: main.MyInt(5).
package main

type MyInt int

func main() {
	panic(MyInt(5))
}
