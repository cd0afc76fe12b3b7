// close and delete take a type parameter whose type set holds only channels or maps.
package main

import "fmt"

type C interface{ chan int | chan<- int }

func closeIt[T C](ch T) { close(ch) }

type M[V any] interface{ ~map[rune]V | map[rune]string }

func del[T M[V], V any](m T, k rune) { delete(m, k) }

type Named map[rune]int

func main() {
	ch := make(chan int, 1)
	closeIt(ch)
	_, ok := <-ch
	fmt.Println(ok)
	m := Named{'a': 1, 'b': 2}
	del[Named, int](m, 'a')
	fmt.Println(m)
}
