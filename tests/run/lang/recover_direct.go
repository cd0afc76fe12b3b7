// Tests that recover stops a panic only when called directly by a deferred function (methods, named functions, closures), not by a helper it calls.
package main

import "fmt"

type T struct{}

func (T) cleanup() {
	if r := recover(); r != nil {
		fmt.Println("method recovered:", r)
	}
}

func helper() {
	if r := recover(); r != nil {
		fmt.Println("helper recovered (wrong):", r)
	}
}

func viaMethod() {
	defer T{}.cleanup()
	panic("one")
}

func viaNamed() {
	defer namedRecover()
	panic("two")
}

func namedRecover() {
	r := recover()
	fmt.Println("named recovered:", r)
}

func nested() {
	defer func() {
		helper()
		r := recover()
		fmt.Println("direct recovered:", r)
	}()
	panic("three")
}

func main() {
	viaMethod()
	viaNamed()
	nested()
	fmt.Println(recover())
	defer func() {
		fmt.Println("last:", recover())
	}()
	panic("four")
}
