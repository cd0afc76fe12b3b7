// recover in a deferred call that reaches its function through a wrapper
// the compiler or reflect made (an interface's (*T).M, a method value or
// expression, reflect's Value.Method, Type.Method's Func, MakeFunc) stops
// the panic, as a direct deferred call would (Go's test/recover.go); a
// function called by reflect.Value.Call inside a deferred function does
// not; a blank assignment of a big array never loads it whole.
package main

import (
	"fmt"
	"reflect"
)

type I interface{ M() }

type Big [8192]byte

func (Big) M() { fmt.Println("Big.M recovered:", recover()) }

type P struct{ n int }

func (p *P) M() { fmt.Println("(*P).M recovered:", recover(), p.n) }

func viaInterface() {
	var i I = Big{}
	defer i.M()
	panic("interface")
}

func viaMethodValue() {
	f := (&P{1}).M
	defer f()
	panic("method value")
}

func viaMethodExpr() {
	defer Big.M(Big{})
	panic("method expression")
}

func viaReflectMethod() {
	f := reflect.ValueOf(&P{2}).Method(0).Interface().(func())
	defer f()
	panic("reflect Value.Method")
}

func viaTypeMethod() {
	f := reflect.TypeOf(&P{}).Method(0).Func.Interface().(func(*P))
	defer f(&P{3})
	panic("reflect Type.Method")
}

func viaMakeFunc() {
	f := reflect.MakeFunc(reflect.TypeOf(func() {}), func([]reflect.Value) []reflect.Value {
		fmt.Println("MakeFunc recovered:", recover())
		return nil
	}).Interface().(func())
	defer f()
	panic("MakeFunc")
}

func notViaCall() {
	defer func() { fmt.Println("outer recovered:", recover()) }()
	defer func() {
		reflect.ValueOf(func() { fmt.Println("Value.Call recovered:", recover()) }).Call(nil)
	}()
	panic("Value.Call")
}

func blank() {
	var x [100000]int
	x[99999] = 1
	_ = x
	var y = [100000]int{5: 1}
	_, _ = x, y
	fmt.Println("blank", x[99999], y[5])
}

func main() {
	viaInterface()
	viaMethodValue()
	viaMethodExpr()
	viaReflectMethod()
	viaTypeMethod()
	viaMakeFunc()
	notViaCall()
	blank()
}
