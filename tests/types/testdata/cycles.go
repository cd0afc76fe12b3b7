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
