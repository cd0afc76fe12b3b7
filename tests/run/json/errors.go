// Tests the errors of encoding/json, in Go's words: SyntaxError (texts
// and offsets), UnmarshalTypeError (with struct field paths),
// InvalidUnmarshalError, UnsupportedTypeError, UnsupportedValueError,
// MarshalerError (MarshalJSON and MarshalText), errors from Unmarshaler,
// the ,string option misused, unknown fields, and bad base64.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
)

type Bad struct{}

func (Bad) MarshalJSON() ([]byte, error) { return nil, errors.New("boom") }

type BadText struct{}

func (BadText) MarshalText() ([]byte, error) { return nil, errors.New("no text") }

type Invalid struct{}

func (Invalid) MarshalJSON() ([]byte, error) { return []byte(`{"a":`), nil }

type Fails struct{}

func (*Fails) UnmarshalJSON([]byte) error { return errors.New("custom failure") }

type Inner struct {
	N int `json:"n"`
}

type T struct {
	A     int              `json:"a"`
	S     string           `json:"s"`
	In    Inner            `json:"in"`
	List  []Inner          `json:"list"`
	M     map[string]Inner `json:"m"`
	Q     int              `json:"q,string"`
	U     uint8            `json:"u"`
	F     Fails            `json:"f"`
	B     []byte           `json:"b"`
	Iface fmt.Stringer     `json:"iface"`
	Arr   [1]bool          `json:"arr"`
	Key   map[float64]int  `json:"key"`
	IK    map[int]int      `json:"ik"`
}

func main() {
	syntax := []string{
		``, ` `, `{`, `[1,`, `"abc`, `{"a" 1}`, `{"a":1,}`, `[1 2]`, `{1:2}`, `nul`, `tru`, `falsy`,
		`01`, `-`, `1.`, `1.e5`, `1e`, `1e+`, `-x`, `"\x"`, `"\u12G4"`, "\"a\x01\"", `[1]]`, `{"a":1}x`,
		`'single'`, `[,]`, `{"a"}`, `1 2`, `.5`, `+1`, `[1,]`, "\xff", `{"a":1 "b":2}`,
	}
	for _, s := range syntax {
		var v any
		err := json.Unmarshal([]byte(s), &v)
		var se *json.SyntaxError
		if errors.As(err, &se) {
			fmt.Printf("%-14q %v (offset %d)\n", s, err, se.Offset)
		} else {
			fmt.Printf("%-14q %v\n", s, err)
		}
	}

	types := []string{
		`{"a": "x"}`, `{"s": 1}`, `{"in": {"n": true}}`, `{"in": []}`, `{"list": [{"n": "x"}]}`,
		`{"m": {"k": {"n": [1]}}}`, `{"q": 5}`, `{"q": "x"}`, `{"q": "1.5"}`, `{"u": 300}`, `{"u": -1}`,
		`{"a": 1.5}`, `{"a": 1e100}`, `{"f": {}}`, `{"b": "!!"}`, `{"b": 5}`, `{"iface": "x"}`,
		`{"arr": {}}`, `{"key": {"1": 1}}`, `{"ik": {"x": 1}}`, `[]`, `"str"`, `{"a": null, "s": null}`,
		`{"a": "x", "s": 2}`,
	}
	for _, s := range types {
		var t T
		err := json.Unmarshal([]byte(s), &t)
		fmt.Printf("%-28s %v\n", s, err)
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			fmt.Printf("    value=%q type=%v offset=%d struct=%q field=%q\n", te.Value, te.Type, te.Offset, te.Struct, te.Field)
		}
	}
	var i int
	fmt.Println(json.Unmarshal([]byte(`"x"`), &i))
	fmt.Println(json.Unmarshal([]byte(`1`), nil))
	fmt.Println(json.Unmarshal([]byte(`1`), i))
	fmt.Println(json.Unmarshal([]byte(`1`), (*int)(nil)))
	var f float32
	fmt.Println(json.Unmarshal([]byte(`1e40`), &f))
	var n json.Number
	fmt.Println(json.Unmarshal([]byte(`"abc"`), &n))

	for _, v := range []any{
		make(chan int), func() {}, complex(1, 2), math.NaN(), math.Inf(1), math.Inf(-1), float32(math.Inf(1)),
		Bad{}, BadText{}, Invalid{}, map[bool]int{true: 1}, []any{1, make(chan int)},
		map[BadText]int{{}: 1}, struct{ C chan int }{}, json.Number("1x"),
	} {
		_, err := json.Marshal(v)
		fmt.Printf("%T: %v\n", v, err)
		var me *json.MarshalerError
		if errors.As(err, &me) {
			fmt.Println("    unwrap:", errors.Unwrap(err), me.Type)
		}
	}
	type Node struct {
		Next *Node
	}
	loop := &Node{}
	loop.Next = loop
	_, err := json.Marshal(loop)
	fmt.Println(err)

	dec := json.NewDecoder(strings.NewReader(`{"a": 1, "zzz": 2}`))
	dec.DisallowUnknownFields()
	var t T
	fmt.Println(dec.Decode(&t), t.A)

	fmt.Println((&json.InvalidUTF8Error{S: "a\xffb"}).Error())
}
