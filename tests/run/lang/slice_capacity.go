// Capacities as Go 1.19 gives them: append grows a slice by Go's rule and
// then fills the size class of the allocation (so cap shows Go's size
// classes), and a conversion of a string to []byte or []rune has the
// capacity of the array it lands in: just its length for a constant,
// Go's 32-element buffer in the frame for a short result that stays in
// the function, else the allocation's size class.
package main

import (
	"bytes"
	"fmt"
	"strings"
)

var sinkBytes []byte
var sinkRunes []rune

func printSlice(s []int) {
	fmt.Printf("len=%d cap=%d %v\n", len(s), cap(s), s)
}

// growth prints each capacity appending one element at a time reaches.
func growth[T any](name string, n int) {
	var s []T
	var zero T
	last := -1
	fmt.Print(name, ":")
	for i := 0; i < n; i++ {
		s = append(s, zero)
		if cap(s) != last {
			last = cap(s)
			fmt.Print(" ", last)
		}
	}
	fmt.Println()
}

type rgb struct{ r, g, b uint8 }
type triple struct{ a, b, c int }
type five [5]byte
type big struct{ a [5000]byte }

func conversions(s string) {
	b := []byte(s)
	fmt.Println("local []byte", len(b), cap(b))
	full := b[:cap(b)]
	fmt.Println("buffer tail zero", len(full) == 0 || full[len(full)-1] == 0)
	sinkBytes = []byte(s)
	fmt.Println("escaping []byte", len(sinkBytes), cap(sinkBytes))
	r := []rune(s)
	fmt.Println("local []rune", len(r), cap(r))
	sinkRunes = []rune(s)
	fmt.Println("escaping []rune", len(sinkRunes), cap(sinkRunes))
}

func keep(words []string) [][]byte {
	var out [][]byte
	for _, w := range words {
		out = append(out, []byte(w)) // each needs its own array
	}
	return out
}

func main() {
	// A Tour of Go, "Append".
	var s []int
	printSlice(s)
	s = append(s, 0)
	printSlice(s)
	s = append(s, 1)
	printSlice(s)
	s = append(s, 2, 3, 4)
	printSlice(s)

	growth[byte]("byte", 5000)
	growth[uint16]("uint16", 3000)
	growth[int32]("int32", 2000)
	growth[int]("int", 2000)
	growth[rgb]("rgb", 2000)
	growth[triple]("triple", 1000)
	growth[five]("five", 1000)
	growth[string]("string", 1000)
	growth[struct{}]("empty", 100)
	growth[big]("big", 20)

	fmt.Println(cap(append([]int{1, 2}, 3, 4, 5, 6, 7)))
	fmt.Println(cap(append([]byte("ab"), "cdefghijklmnopq"...)))
	fmt.Println(cap(append(make([]int64, 300), 1)))
	fmt.Println(cap(append(make([]byte, 40000), 1)))
	fmt.Println(cap(append(make([]byte, 0, 7), make([]byte, 9)...)))
	fmt.Println(cap(append([]string(nil), "a", "b", "c")))

	var sb strings.Builder
	last := -1
	for i := 0; i < 300; i++ {
		sb.WriteString("ab")
		if sb.Cap() != last {
			last = sb.Cap()
			fmt.Print(last, " ")
		}
	}
	fmt.Println()
	var buf bytes.Buffer
	buf.WriteString("x")
	fmt.Println(buf.Cap())
	buf.WriteString(strings.Repeat("y", 100))
	fmt.Println(buf.Cap())

	const word = "héllo, wörld"
	b := []byte(word)
	r := []rune(word)
	e := []byte("")
	fmt.Println(len(b), cap(b), len(r), cap(r), len(e), cap(e), e != nil)
	fmt.Println([]rune("a\xffb\xe2\x82c"), []byte("\x00\x01"))
	sinkBytes = []byte(word)
	fmt.Println(len(sinkBytes), cap(sinkBytes))

	conversions(strings.Repeat("z", 5))
	conversions(strings.Repeat("é", 20))
	conversions(strings.Repeat("q", 33))
	conversions("")

	kept := keep(strings.Fields("one two three"))
	fmt.Printf("%s %d\n", kept, cap(kept[0]))
}
