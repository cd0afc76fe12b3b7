// jsonbench: encoding/json Marshal and Unmarshal of a 1 MB document
// (records with strings, numbers, nested slices and maps), 10 round trips;
// prints the document's size and a checksum of what was decoded.
package main

import (
	"encoding/json"
	"fmt"
	"strconv"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city"`
	Zip    int    `json:"zip"`
}

type Record struct {
	ID      int               `json:"id"`
	Name    string            `json:"name"`
	Email   string            `json:"email,omitempty"`
	Score   float64           `json:"score"`
	Active  bool              `json:"active"`
	Tags    []string          `json:"tags"`
	Address Address           `json:"address"`
	Attrs   map[string]string `json:"attrs"`
	History []int             `json:"history"`
}

func document(n int) []Record {
	recs := make([]Record, n)
	for i := range recs {
		s := strconv.Itoa(i)
		recs[i] = Record{
			ID: i, Name: "user " + s, Email: "user" + s + "@example.com",
			Score: float64(i%1000) / 7, Active: i%3 == 0,
			Tags:    []string{"alpha", "beta \"quoted\"", "gamma<" + s + ">"},
			Address: Address{Street: s + " Main Street", City: "Springfield", Zip: 10000 + i%90000},
			Attrs:   map[string]string{"k" + s: "v", "color": "blue"},
			History: []int{i, i * 2, i * 3, -i},
		}
	}
	return recs
}

func main() {
	doc := document(3500)
	var size, sum int
	for round := 0; round < 10; round++ {
		b, err := json.Marshal(doc)
		if err != nil {
			panic(err)
		}
		size = len(b)
		var back []Record
		if err := json.Unmarshal(b, &back); err != nil {
			panic(err)
		}
		for _, r := range back {
			sum += r.ID + len(r.Tags) + r.Address.Zip + len(r.Attrs) + r.History[2]
		}
	}
	fmt.Println(size, sum)
}
