// defer recover(): the deferred recover recovers as the function that
// deferred it would (only when that function is itself a deferred call
// run by the panic), never its own function's panic.
package main

import "fmt"

func deferredInDeferred() (r string) {
	defer func() { r = fmt.Sprint("then: ", recover()) }()
	defer func() {
		defer recover() // the panic running this func is recovered here
	}()
	panic("first")
}

func sequential() (r string) {
	defer func() { r = fmt.Sprint("then: ", recover()) }()
	defer func() {
		defer recover() // runs after mustRecover stopped the inner panic: recovers "outer"
		defer func() { fmt.Println("inner recovered:", recover()) }()
		panic("inner")
	}()
	panic("outer")
}

func ownPanic() {
	defer recover() // not called by a deferred function: recovers nothing
	panic("own")
}

func catch(f func()) {
	defer func() { fmt.Println("caught:", recover()) }()
	f()
}

func main() {
	fmt.Println(deferredInDeferred())
	fmt.Println(sequential())
	catch(ownPanic)
}
