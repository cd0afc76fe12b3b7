// Tests encoding/csv: the Reader on quoting, multi-line fields, every
// option, ParseError texts and positions, FieldPos and InputOffset; and
// the Writer's quoting rules.
package main

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

func readAll(name, input string, setup func(*csv.Reader)) {
	r := csv.NewReader(strings.NewReader(input))
	if setup != nil {
		setup(r)
	}
	fmt.Printf("%s:", name)
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		fmt.Printf(" %q", rec)
		if len(rec) > 0 {
			line, col := r.FieldPos(len(rec) - 1)
			fmt.Printf("@%d:%d/%d", line, col, r.InputOffset())
		}
		if err != nil {
			var pe *csv.ParseError
			fmt.Printf(" err=%v", err)
			if errors.As(err, &pe) {
				fmt.Printf(" [%d %d %d %v]", pe.StartLine, pe.Line, pe.Column, errors.Is(err, csv.ErrQuote))
			}
			if _, ok := err.(*csv.ParseError); !ok || errors.Is(err, csv.ErrFieldCount) == false {
				break
			}
		}
	}
	fmt.Println()
}

func main() {
	tests := []struct {
		name, in string
		setup    func(*csv.Reader)
	}{
		{"simple", "a,b,c\n1,2,3\n", nil},
		{"crlf", "a,b\r\nc,d\r\n", nil},
		{"noeol", "a,b\nc,d", nil},
		{"quoted", `"a ""quoted"" word","with, comma",plain` + "\n", nil},
		{"multiline", "\"line1\nline2\",x\n\"a\r\nb\",y\n", nil},
		{"blank", "a\n\n\nb\n   \n", nil},
		{"empty fields", ",,\n,\n", func(r *csv.Reader) { r.FieldsPerRecord = -1 }},
		{"bare quote", "a,b\"c,d\n", nil},
		{"bare quote lazy", "a,b\"c,d\n", func(r *csv.Reader) { r.LazyQuotes = true }},
		{"extraneous quote", "\"abc\"x,y\n", nil},
		{"extraneous lazy", "\"abc\"x,y\n", func(r *csv.Reader) { r.LazyQuotes = true }},
		{"unterminated", "a,\"bc\nde\n", nil},
		{"unterminated lazy", "a,\"bc\nde", func(r *csv.Reader) { r.LazyQuotes = true }},
		{"field count", "a,b\nc\nd,e,f\n", nil},
		{"fields fixed", "a,b\nc,d\n", func(r *csv.Reader) { r.FieldsPerRecord = 3 }},
		{"comma", "a;b;c\n", func(r *csv.Reader) { r.Comma = ';' }},
		{"unicode comma", "a→b→\"c→d\"\n", func(r *csv.Reader) { r.Comma = '→' }},
		{"comment", "#x,y\na,b\n #c,d\n", func(r *csv.Reader) { r.Comment = '#' }},
		{"trim", "  a,   b,\t\"c\"\n", func(r *csv.Reader) { r.TrimLeadingSpace = true }},
		{"bad comma", "a,b\n", func(r *csv.Reader) { r.Comma = '"' }},
		{"same comment", "a,b\n", func(r *csv.Reader) { r.Comment = ',' }},
		{"cr only", "a,b\rc,d\n", nil},
		{"trailing cr", "a,b\r", nil},
		{"quote at eof", "\"abc", nil},
		{"quoted multiline error", "a\n\"b\nc\"d,e\n", nil},
		{"reuse", "a,b\nc,d\n", func(r *csv.Reader) { r.ReuseRecord = true }},
	}
	for _, t := range tests {
		readAll(t.name, t.in, t.setup)
	}
	all, err := csv.NewReader(strings.NewReader("x,y\n1,2\n3,4\n")).ReadAll()
	fmt.Println(all, err)
	all, err = csv.NewReader(strings.NewReader("x,y\n1,\"2\n")).ReadAll()
	fmt.Println(all, err)
	long := strings.Repeat("z", 10000)
	rec, err := csv.NewReader(strings.NewReader(long + "," + long + "\n")).Read()
	fmt.Println(len(rec), len(rec[0]), err)

	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write([]string{"plain", "with,comma", "with \"quote\"", " leading space", "", "multi\nline", "cr\rhere", `\.`, "tab\tinside"})
	w.WriteAll([][]string{{"a", "b"}, {"c"}})
	fmt.Printf("%q %v\n", buf.String(), w.Error())
	buf.Reset()
	w = csv.NewWriter(&buf)
	w.Comma = '\t'
	w.UseCRLF = true
	w.Write([]string{"a\tb", "line\nbreak", "cr\r\nlf", "x"})
	w.Flush()
	fmt.Printf("%q %v\n", buf.String(), w.Error())
	w.Comma = '"'
	fmt.Println(w.Write([]string{"a"}))
	pe := &csv.ParseError{StartLine: 1, Line: 2, Column: 3, Err: csv.ErrBareQuote}
	fmt.Println(pe, csv.ErrTrailingComma, pe.Unwrap() == csv.ErrBareQuote)
	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		csv.NewReader(strings.NewReader("")).FieldPos(0)
	}()
}
