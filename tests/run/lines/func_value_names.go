package main

// The name runtime.FuncForPC gives the code of a func value (the idiom
// runtime.FuncForPC(reflect.ValueOf(f).Pointer()).Name()): a function,
// a method expression, a method value (Go's -fm wrapper), promoted and
// interface methods, another package's function; and FileLine of a
// function's pointer.

import (
	"bytes"
	"fmt"
	"reflect"
	"runtime"
	"strings"
)

type I interface{ M() }

type T struct{}

func (T) M()  {}
func (*T) P() {}

type Inner struct{}

func (*Inner) Get() int { return 1 }
func (Inner) Val() int  { return 2 }

type Outer struct{ *Inner }
type Outer2 struct{ Inner }

var calls int

func plain() { calls++ }

func name(f interface{}) string {
	return runtime.FuncForPC(reflect.ValueOf(f).Pointer()).Name()
}

func main() {
	var i I = T{}
	for _, f := range []interface{}{
		plain, T.M, (*T).M, (*T).P, T{}.M, (&T{}).P, i.M, I.M,
		Outer.Get, Outer2.Val, (*Outer2).Get, Outer{}.Get,
		func() {}, strings.ToUpper, (*bytes.Buffer).Len, strings.NewReader("").Len, fmt.Errorf,
	} {
		fmt.Println(name(f))
	}
	// The pointer is the function's own entry, at its own line.
	pc := reflect.ValueOf(plain).Pointer()
	f := runtime.FuncForPC(pc)
	_, line := f.FileLine(pc)
	fmt.Println(f.Entry() == pc, line)
}
