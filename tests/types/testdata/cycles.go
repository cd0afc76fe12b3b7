// Declaration cycles in Go 1.19's words: a cycle of constants or variables
// is an "initialization loop" naming each step; a function used in its own
// signature is no cycle, just not a type; a cycle through a value and a
// type is an invalid recursive type.
package main

import "unsafe"

const A = 1 + B /* ERROR "initialization loop for A" */
const B = C - 1 /* ERROR "initialization loop for B" */
const C = A + B + 1

var x = f() /* ERROR "initialization loop for x" */

func f() int { return x }

func g(g /* ERROR "g (value of type func()) is not a type" */) {}

type T /* ERROR "invalid recursive type T" */ [unsafe.Sizeof(v)]int

var v T

func main() {}

type R R /* ERROR "invalid recursive type R" */

type RA /* ERROR "invalid recursive type RA" */ RB
type RB RA

type RP *RP

func local() {
	type L L /* ERROR "invalid recursive type L" */
	type M []M
}

// Interfaces embedding each other: the cycle is reported once, and the
// variables of those types check without going round it (bug251.go).
type I1 /* ERROR "invalid recursive type I1" */ interface {
	m() I2
	I2
}

type I2 interface {
	I1
}

var i1 I1 = i2
var i2 I2
var i2a I2 = i1
