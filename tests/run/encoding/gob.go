// encoding/gob: the bytes of a stream are Go's (type definitions, ids in
// Go's order, interfaces, types encoding themselves), and decoding gets
// the values back, into other but compatible types too.
package main

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"math/big"
	"time"
)

type Point struct{ X, Y int }

type Shape interface{ Area() int }

type Rect struct{ Min, Max Point }

func (r Rect) Area() int { return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y) }

type Tree struct {
	Value       int
	Left, Right *Tree
}

type Doc struct {
	Title  string
	Tags   []string
	Counts map[string]int
	Ratio  float64
	Z      complex128
	Where  *Point
	Shapes []Shape
	Extra  interface{}
	Raw    []byte
	Grid   [2][2]uint8
	Root   *Tree
	When   time.Time
	Big    *big.Int
	hidden int
}

// Slim has some of Doc's fields, in another order and with other widths.
// (It keeps Shapes: Go 1.19 cannot skip a nil interface value.)
type Slim struct {
	Shapes []Shape
	Ratio  float32
	Title  string
	Root   *Tree
	Grid   [2][2]uint16
}

func main() {
	gob.Register(Rect{})
	gob.Register(Point{})
	gob.Register([]interface{}{})
	var buf bytes.Buffer
	enc := gob.NewEncoder(&buf)
	doc := Doc{
		Title:  "gob",
		Tags:   []string{"a", "", "c"},
		Counts: map[string]int{"one": 1},
		Ratio:  0.25,
		Z:      1 - 2i,
		Where:  &Point{-129, 256},
		Shapes: []Shape{Rect{Point{0, 0}, Point{2, 3}}, nil},
		Extra:  []interface{}{Point{1, 2}, "s", 3.5},
		Raw:    []byte{0, 255},
		Grid:   [2][2]uint8{{1, 2}, {0, 4}},
		Root:   &Tree{2, &Tree{Value: 1}, &Tree{Value: 3}},
		When:   time.Date(2022, 8, 2, 15, 4, 5, 6, time.UTC),
		Big:    new(big.Int).Lsh(big.NewInt(-3), 100),
	}
	for _, v := range []interface{}{doc, Point{22, 33}, 3, "hi", doc} {
		if err := enc.Encode(v); err != nil {
			fmt.Println("encode:", err)
		}
	}
	fmt.Printf("%x\n", buf.Bytes())

	dec := gob.NewDecoder(&buf)
	var d Doc
	fmt.Println(dec.Decode(&d))
	fmt.Println(d.Title, d.Tags, d.Counts, d.Ratio, d.Z, *d.Where, d.Shapes, d.Extra, d.Raw, d.Grid)
	fmt.Println(d.Root.Value, d.Root.Left.Value, d.Root.Right.Value, d.Root.Left.Left, d.When, d.Big)
	var p *Point
	fmt.Println(dec.Decode(&p), *p)
	var n int8
	fmt.Println(dec.Decode(&n), n)
	var s string
	fmt.Println(dec.Decode(&s), s)
	var slim Slim
	fmt.Println(dec.Decode(&slim), slim.Ratio, slim.Title, slim.Root.Right.Value, slim.Grid)
	fmt.Println(dec.Decode(&s))

	// Errors, in Go's words.
	buf.Reset()
	enc.Encode(300)
	fmt.Println(dec.Decode(&n))
	enc.Encode(Point{1, 2})
	fmt.Println(dec.Decode(&s))
	fmt.Println(enc.Encode(struct{ a int }{1}))
	fmt.Println(enc.Encode(map[int]chan int{}))
	enc.Encode(struct{ S Shape }{Rect{}})
	fmt.Println(gob.NewDecoder(bytes.NewReader([]byte{3, 4, 0})).Decode(&n))
	fmt.Println(gob.NewDecoder(bytes.NewReader(nil)).Decode(&n))
}
