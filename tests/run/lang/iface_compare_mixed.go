// Tests comparing interface values of different interface types: an
// error with an any (as recover's result with an error variable), a
// Stringer with an any, both ways round, equal and not.
package main

import (
	"errors"
	"fmt"
)

type name string

func (n name) String() string { return string(n) }

var errX = errors.New("x")

func main() {
	var a any = errX
	var other any = errors.New("x")
	fmt.Println(a == errX, a != errX, errX == a, other == errX, a == any(errX))
	var s fmt.Stringer = name("n")
	var b any = name("n")
	fmt.Println(s == b, b == s, b != s, s == any(name("m")))
	var nilErr error
	var nilAny any
	fmt.Println(nilErr == nilAny, nilAny == errX)
	func() {
		defer func() {
			r := recover()
			fmt.Println(r == errX, r != errX)
		}()
		panic(errX)
	}()
}
