// Tests json.Marshal: scalars, float formatting ('f' or 'e' by
// magnitude), strings with escapes and HTML characters, struct tags
// (renaming, omitempty, "-", string), embedded structs (promotion,
// hiding, tagged embedding), maps with sorted string, integer and
// TextMarshaler keys, []byte as base64, pointers, interfaces, Marshaler
// and TextMarshaler (on values and pointers), RawMessage and Number.
package main

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"
)

type Color int

func (c Color) MarshalText() ([]byte, error) {
	return []byte([]string{"red", "green", "blue"}[c]), nil
}

type Temp float64

func (t Temp) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`{"celsius": %g}`, float64(t))), nil
}

type PtrM struct{ N int }

func (p *PtrM) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprint(p.N * 100)), nil }

type Base struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
	Note string
}

type Extra struct {
	Note  string
	Level int
}

type Item struct {
	Base
	*Extra
	Name     string            `json:"title"`
	Price    float64           `json:"price,omitempty"`
	Tags     []string          `json:"tags,omitempty"`
	Secret   string            `json:"-"`
	Dash     string            `json:"-,"`
	Count    int64             `json:",string"`
	Flag     bool              `json:"flag,string"`
	Label    string            `json:"label,string"`
	Attrs    map[string]string `json:"attrs,omitempty"`
	hidden   int
	Color    Color
	Temp     Temp
	P        PtrM
	PP       *PtrM
	Any      any
	Raw      json.RawMessage
	Num      json.Number
	Data     []byte
	Empty    struct{}
	Arr      [2]bool
	Iface    fmt.Stringer
	Nilslice []int
}

func show(v any) {
	b, err := json.Marshal(v)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(string(b))
}

func main() {
	for _, f := range []float64{0, 1, -1.5, 3.14159, 1e20, 1e21, 123456789012345678, 1e-6, 1e-7, 0.000001234, 5e-324, math.MaxFloat64, -0.0, 100, 1.0 / 3} {
		show(f)
	}
	show(float32(3.14))
	show(float32(1e21))
	show(float32(1e-7))
	show([]any{true, false, nil, 42, -7, uint8(255), "s"})
	show("quote\" backslash\\ newline\n tab\t cr\r ctl\x01\x1f html<>& unicode é \u2028\u2029 bad\xff")
	show(map[string]int{"b": 2, "a": 1, "c": 3})
	show(map[int]string{10: "ten", -1: "minus", 2: "two"})
	show(map[uint8]bool{3: true, 1: false})
	show(map[Color]int{2: 20, 0: 0, 1: 10})
	show(map[string]any{"nested": map[string][]int{"x": {1, 2}}, "nil": nil})
	show([]byte("hello, world"))
	show([]byte{})
	show([]byte(nil))
	show([][]byte{{1, 2, 3}, {255}})
	p := 5
	pp := &p
	show(&pp)
	show((*int)(nil))
	it := Item{
		Base:   Base{ID: 1, Name: "base", Note: "n1"},
		Extra:  &Extra{Note: "n2", Level: 3},
		Name:   "item",
		Secret: "s",
		Dash:   "dash",
		Count:  12,
		Flag:   true,
		Label:  "lbl",
		hidden: 9,
		Color:  1,
		Temp:   21.5,
		P:      PtrM{2},
		PP:     &PtrM{3},
		Any:    map[string]int{"k": 1},
		Raw:    json.RawMessage(`{"raw":  [1, 2]}`),
		Num:    "12.50",
		Data:   []byte{0, 1, 2, 250},
	}
	show(it)
	show(&it)
	it.Extra = nil
	it.Price = 9.99
	it.Tags = []string{"a"}
	it.Attrs = map[string]string{"z": "1"}
	show(it)
	show(struct {
		A int `json:"a"`
		B int `json:"a"`
		C int
	}{1, 2, 3})
	show(struct {
		X  string `json:"x,omitempty"`
		Y  *int   `json:"y,omitempty"`
		Z  []int  `json:"z,omitempty"`
		M  map[int]int
		I  any  `json:"i,omitempty"`
		U  uint `json:",omitempty"`
		F  float32
		FF float64 `json:"ff,omitempty"`
	}{})
	show(json.RawMessage(nil))
	show(json.Number("0"))
	show(strings.Repeat("ab", 3))
	show([3]int{1, 2, 3})
	show(struct{ A, B any }{A: []string(nil), B: map[string]int(nil)})
}
