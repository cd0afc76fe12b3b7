// Tests json.Unmarshal: into structs (tags, case-insensitive keys,
// embedded structs and pointers, ",string"), maps with string, integer
// and TextUnmarshaler keys, slices and arrays (shorter and longer input),
// interfaces (map[string]any, []any, float64), pointers allocated on the
// way, null handling, Unmarshaler and TextUnmarshaler, RawMessage,
// Number, []byte from base64, escapes and surrogate pairs in strings.
package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

type Level int

func (l *Level) UnmarshalText(b []byte) error {
	switch string(b) {
	case "low":
		*l = 1
	case "high":
		*l = 2
	default:
		return fmt.Errorf("bad level %q", b)
	}
	return nil
}

type Upper string

func (u *Upper) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*u = Upper(strings.ToUpper(s))
	return nil
}

type Inner struct {
	X int
	Y string `json:"why"`
}

type Outer struct {
	Inner
	*Ptr
	Name    string          `json:"name"`
	Count   int             `json:"count,string"`
	Ok      bool            `json:",string"`
	Tags    []string        `json:"tags"`
	Arr     [3]int          `json:"arr"`
	M       map[string]int  `json:"m"`
	IM      map[int]string  `json:"im"`
	LM      map[Level]bool  `json:"lm"`
	Lvl     Level           `json:"lvl"`
	Up      Upper           `json:"up"`
	Any     any             `json:"any"`
	Raw     json.RawMessage `json:"raw"`
	Num     json.Number     `json:"num"`
	Data    []byte          `json:"data"`
	P       *int            `json:"p"`
	PP      **string        `json:"pp"`
	Skip    string          `json:"-"`
	private int
	F32     float32
	U8      uint8
	Nested  map[string][]Inner `json:"nested"`
}

type Ptr struct{ Z int }

func main() {
	input := `{
		"X": 1, "why": "because", "Z": 26,
		"NAME": "outer", "count": "42", "Ok": "true",
		"tags": ["a", "b"], "arr": [1, 2, 3, 4, 5],
		"m": {"one": 1, "two": 2}, "im": {"7": "seven", "-3": "minus"},
		"lm": {"low": true, "high": false}, "lvl": "high", "up": "shout",
		"any": {"list": [1, "two", true, null, {"k": 2.5}]},
		"raw": [ 1, 2 ,3 ], "num": 12.50, "data": "aGVsbG8=",
		"p": 7, "pp": "deep", "Skip": "no", "private": 5,
		"F32": 1.25, "U8": 200, "unknown": {"ignored": [1]},
		"nested": {"k": [{"X": 1}, {"why": "y"}]}
	}`
	var o Outer
	err := json.Unmarshal([]byte(input), &o)
	fmt.Println(err)
	fmt.Println(o.X, o.Y, o.Ptr.Z, o.Name, o.Count, o.Ok, o.Tags, o.Arr, o.M, o.IM, o.LM, o.Lvl, o.Up)
	fmt.Println(o.Any, string(o.Raw), o.Num, string(o.Data), *o.P, **o.PP, o.Skip, o.private, o.F32, o.U8, o.Nested)

	var keys []string
	var anyv any
	json.Unmarshal([]byte(`{"b": 1, "a": [true, {"c": null}], "d": 1e3, "e": "\u00e9\ud83d\ude00\ud800x"}`), &anyv)
	m := anyv.(map[string]any)
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s: %#v\n", k, m[k])
	}

	// Existing values: slices are truncated, maps merged, pointers reused.
	s := []int{9, 9, 9, 9}
	json.Unmarshal([]byte(`[1, 2]`), &s)
	fmt.Println(s, len(s))
	s2 := []int{9}
	json.Unmarshal([]byte(`[]`), &s2)
	fmt.Println(s2 == nil, len(s2))
	mm := map[string]int{"keep": 1}
	json.Unmarshal([]byte(`{"new": 2}`), &mm)
	fmt.Println(mm)
	arr := [4]string{"w", "x", "y", "z"}
	json.Unmarshal([]byte(`["a"]`), &arr)
	fmt.Printf("%q\n", arr)
	x := 5
	px := &x
	json.Unmarshal([]byte(`6`), &px)
	fmt.Println(x, px == &x)
	json.Unmarshal([]byte(`null`), &px)
	fmt.Println(px == nil)
	var iface any = &x
	json.Unmarshal([]byte(`77`), &iface)
	fmt.Println(x)
	n := 3
	json.Unmarshal([]byte(`null`), &n)
	fmt.Println(n)

	var nums []any
	dec := json.NewDecoder(strings.NewReader(`[1, 2.5, -3e2, 12345678901234567890]`))
	dec.UseNumber()
	dec.Decode(&nums)
	fmt.Printf("%#v\n", nums)
	f, _ := nums[1].(json.Number).Float64()
	i, _ := nums[0].(json.Number).Int64()
	_, ierr := nums[3].(json.Number).Int64()
	fmt.Println(f, i, ierr)

	var str string
	json.Unmarshal([]byte(`"tab\there \"quoted\" \\ \/ \b\f\n\r \u0041\u00e9\u4e16"`), &str)
	fmt.Printf("%q\n", str)
	var bs []byte
	fmt.Println(json.Unmarshal([]byte(`"AAEC/w=="`), &bs), bs)
	var ci struct{ FooBar int }
	json.Unmarshal([]byte(`{"foobar": 1, "FOOBAR": 2}`), &ci)
	fmt.Println(ci.FooBar)
	var ptrs struct{ A, B *Inner }
	json.Unmarshal([]byte(`{"A": {"X": 3}, "B": null}`), &ptrs)
	fmt.Println(ptrs.A.X, ptrs.B == nil)
	var raw json.RawMessage
	json.Unmarshal([]byte(` {"a" : 1} `), &raw)
	fmt.Println(string(raw))
	fmt.Println(json.Valid([]byte(`{"a":[1,2,{"b":null}]}`)), json.Valid([]byte(`{"a":}`)), json.Valid([]byte(` 1 `)), json.Valid(nil))
}
