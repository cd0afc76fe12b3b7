// Tests panic with a plain string and with an int.
package main

func main() {
	defer func() {
		recover()
		panic(42)
	}()
	panic("boom")
}
