// Tests the ,string option of struct tags: pointers to scalars, omitempty,
// options ignored on non-scalar fields, and the round trip through Unmarshal.
package main

import (
	"encoding/json"
	"fmt"
)

type Q struct {
	P  *string `json:",string"`
	I  *int    `json:",string"`
	F  float64 `json:",string"`
	B  *bool   `json:",string,omitempty"`
	PP **int   `json:",string"`
	A  any     `json:",string"`
	S  []int   `json:",string"`
	U  uint8   `json:"u,string"`
}

func main() {
	s, i, b := "hi", 5, true
	pi := &i
	for _, q := range []Q{{}, {P: &s, I: &i, F: 1.5, B: &b, PP: &pi, A: 3, S: []int{1}, U: 7}} {
		out, err := json.Marshal(q)
		fmt.Println(string(out), err)
		var back Q
		fmt.Println(json.Unmarshal(out, &back))
		if back.P != nil {
			fmt.Println(*back.P, *back.I, back.F, *back.B, back.A, back.S, back.U)
		}
	}
}
