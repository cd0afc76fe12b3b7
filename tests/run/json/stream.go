// Tests json.Decoder (a stream of values, Token and More, Buffered,
// InputOffset, UseNumber, errors in the middle of a stream, reads in
// small pieces) and json.Encoder (one value per line, SetIndent,
// SetEscapeHTML), and Compact, Indent, HTMLEscape and MarshalIndent.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
)

// oneByteReader reads one byte at a time, to test the decoder's refills.
type oneByteReader struct{ r io.Reader }

func (o oneByteReader) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	return o.r.Read(p[:1])
}

type Msg struct {
	Name string `json:"name"`
	Text string `json:"text"`
}

func main() {
	const stream = `
		{"name": "Ed", "text": "Knock knock."}
		{"name": "Sam", "text": "Who's there?"}
		[1, 2] "str" 3.5 true null
		{"name": "Ed", "text": "Go fmt."}
	`
	dec := json.NewDecoder(strings.NewReader(stream))
	for {
		var v any
		err := dec.Decode(&v)
		if err == io.EOF {
			break
		}
		fmt.Println(v, err, dec.InputOffset())
	}

	const tokens = `{"Message": "Hello", "Array": [1, 2, 3], "Null": null, "Number": 1.234, "Nested": {"a": [{}]}}`
	dec = json.NewDecoder(strings.NewReader(tokens))
	for {
		t, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		fmt.Printf("%T: %v", t, t)
		if dec.More() {
			fmt.Printf(" (more)")
		}
		fmt.Println()
	}

	const arr = `[{"name": "A", "text": "a"}, {"name": "B", "text": "b"}] trailing`
	dec = json.NewDecoder(strings.NewReader(arr))
	t, err := dec.Token()
	fmt.Println(t, err)
	for dec.More() {
		var m Msg
		err := dec.Decode(&m)
		fmt.Println(m, err)
	}
	t, err = dec.Token()
	fmt.Println(t, err)
	rest, _ := io.ReadAll(dec.Buffered())
	fmt.Printf("buffered %q offset %d\n", rest, dec.InputOffset())

	dec = json.NewDecoder(oneByteReader{strings.NewReader(`{"big": 12345678901234567890} [1,`)})
	dec.UseNumber()
	var m map[string]any
	fmt.Println(dec.Decode(&m), m)
	var rest2 []int
	fmt.Println(dec.Decode(&rest2))
	fmt.Println(dec.Decode(&rest2))

	dec = json.NewDecoder(strings.NewReader(`{"a": 1} {"a" 2}`))
	var x map[string]int
	fmt.Println(dec.Decode(&x), x)
	fmt.Println(dec.Decode(&x))
	fmt.Println(dec.Decode(&x))
	dec = json.NewDecoder(strings.NewReader(`[1 2]`))
	dec.Token()
	dec.Token()
	_, err = dec.Token()
	fmt.Println(err)
	dec = json.NewDecoder(strings.NewReader(`}`))
	_, err = dec.Token()
	fmt.Println(err)

	enc := json.NewEncoder(os.Stdout)
	enc.Encode(Msg{"<b>", "a & b"})
	enc.SetEscapeHTML(false)
	enc.Encode(Msg{"<b>", "a & b"})
	enc.SetIndent(">", "  ")
	enc.Encode(map[string]any{"list": []int{1, 2}, "empty": []int{}, "obj": map[string]int{}})
	enc.SetIndent("", "")
	enc.Encode([]string{"x"})
	fmt.Println(enc.Encode(make(chan int)))

	src := []byte(" { \"a\" : [ 1 , 2 , { } , [ ] ] ,\n\t\"b\" : \"x <y> & z\" } ")
	var buf bytes.Buffer
	fmt.Println(json.Compact(&buf, src), buf.String())
	buf.Reset()
	fmt.Println(json.Indent(&buf, src, "# ", "\t"))
	fmt.Println(buf.String())
	buf.Reset()
	json.HTMLEscape(&buf, src)
	fmt.Println(buf.String())
	buf.Reset()
	fmt.Println(json.Compact(&buf, []byte(`{"a":}`)), buf.Len())
	fmt.Println(json.Indent(&buf, []byte(`[1,2`), "", " "), buf.Len())
	out, err := json.MarshalIndent(map[string]any{"z": []any{1, "two", map[string]bool{"t": true}}, "a": struct{}{}}, "", "    ")
	fmt.Println(string(out), err)
	out, _ = json.MarshalIndent([]int{}, "p", "i")
	fmt.Println(string(out))
}
