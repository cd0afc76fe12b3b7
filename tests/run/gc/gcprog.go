// Objects of types too big for a pointer bitmap (over 16,384 words of
// pointer data): the compiler gives them a GC program, which the runtime
// runs to write each object's heap bits. If a pointer's bit were missed,
// the collector would free what it points to and the garbage allocated
// after would be found in its place.
package main

import (
	"fmt"
	"runtime"
)

type Cell struct{ v int }

type Mixed struct {
	n   int
	p   *Cell
	pad [20]int
	s   string
	q   *Cell
}

type Big struct {
	head *Cell
	grid [100][100]Mixed
	tail *Cell
}

var sink *Cell

func garbage() {
	for i := 0; i < 200000; i++ {
		sink = &Cell{-999}
	}
}

func fill(b *Big, k int) {
	b.head, b.tail = &Cell{k}, &Cell{-k}
	for i := range b.grid {
		for j := 0; j < 100; j += 7 {
			m := &b.grid[i][j]
			m.n, m.p, m.q, m.s = i+j, &Cell{i}, &Cell{j + k}, fmt.Sprint(i, "/", j)
		}
	}
}

func check(b *Big, k int) int {
	bad := 0
	if b.head.v != k || b.tail.v != -k {
		bad++
	}
	for i := range b.grid {
		for j := 0; j < 100; j += 7 {
			m := &b.grid[i][j]
			if m.p.v != i || m.q.v != j+k || m.s != fmt.Sprint(i, "/", j) || m.n != i+j {
				bad++
			}
		}
	}
	return bad
}

func main() {
	grid := new([2048][2048]*Cell)
	for i := 0; i < 2048; i += 97 {
		for j := 0; j < 2048; j += 89 {
			grid[i][j] = &Cell{i*10000 + j}
		}
	}
	one := new(Big)
	fill(one, 1)
	many := make([]Big, 3) // an array of such objects: the program runs once per element
	for k := range many {
		fill(&many[k], k+2)
	}
	for round := 0; round < 5; round++ {
		garbage()
		runtime.GC()
	}
	cells, bad := 0, 0
	for i := 0; i < 2048; i++ {
		for j := 0; j < 2048; j++ {
			if c := grid[i][j]; c != nil {
				cells++
				if c.v != i*10000+j {
					bad++
				}
			}
		}
	}
	fmt.Println("grid cells:", cells, "wrong:", bad)
	fmt.Println("one wrong:", check(one, 1))
	for k := range many {
		fmt.Println("many", k, "wrong:", check(&many[k], k+2))
	}
	var huge interface{} = (*[1e9][]int)(nil) // its type's program is a few bytes; never allocated
	fmt.Printf("%T\n", huge)
}
