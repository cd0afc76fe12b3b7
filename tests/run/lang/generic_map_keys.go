// Conversions to type parameters are not constants: a map literal with
// keys T(0) and U(0) is valid, and for T = U = int the keys are one key at
// run time (the last value stays).
package main

import "fmt"

func F[T, U int]() map[interface{}]int {
	return map[interface{}]int{int(0): 0, T(0): 1, U(0): 2}
}

type MyInt int

func G[T ~int]() map[interface{}]int {
	return map[interface{}]int{0: 0, T(0): 1}
}

func main() {
	fmt.Println(F[int, int]())
	fmt.Println(len(G[MyInt]()), len(G[int]()))
}
