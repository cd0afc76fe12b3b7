// Tests package unicode's classification over every code point (and a few
// invalid ones): IsLetter, IsDigit, IsNumber, IsSpace, IsUpper, IsLower,
// IsTitle, IsPunct, IsPrint, IsGraphic, IsControl, IsMark, IsSymbol, and
// Is/In with category and script tables; each is summarised by a count
// and a hash of the matching runes, plus samples from Latin-1, Greek and
// Cyrillic printed in full.
package main

import (
	"os"
	"strconv"
	"unicode"
)

var out []byte

func main() {
	type class struct {
		name string
		is   func(rune) bool
	}
	classes := []class{
		{"IsLetter", unicode.IsLetter}, {"IsDigit", unicode.IsDigit}, {"IsNumber", unicode.IsNumber},
		{"IsSpace", unicode.IsSpace}, {"IsUpper", unicode.IsUpper}, {"IsLower", unicode.IsLower},
		{"IsTitle", unicode.IsTitle}, {"IsPunct", unicode.IsPunct}, {"IsPrint", unicode.IsPrint},
		{"IsGraphic", unicode.IsGraphic}, {"IsControl", unicode.IsControl}, {"IsMark", unicode.IsMark},
		{"IsSymbol", unicode.IsSymbol},
		{"Latin", func(r rune) bool { return unicode.Is(unicode.Latin, r) }},
		{"Han", func(r rune) bool { return unicode.Is(unicode.Han, r) }},
		{"Greek|Cyrillic", func(r rune) bool { return unicode.In(r, unicode.Greek, unicode.Cyrillic) }},
		{"Nd", func(r rune) bool { return unicode.Is(unicode.Nd, r) }},
		{"Zs", func(r rune) bool { return unicode.Is(unicode.Zs, r) }},
		{"White_Space", func(r rune) bool { return unicode.Is(unicode.White_Space, r) }},
		{"Categories[Sm]", func(r rune) bool { return unicode.Is(unicode.Categories["Sm"], r) }},
		{"Scripts[Arabic]", func(r rune) bool { return unicode.Is(unicode.Scripts["Arabic"], r) }},
	}
	for _, c := range classes {
		count := 0
		var hash uint64
		for r := rune(-2); r <= unicode.MaxRune+2; r++ {
			if c.is(r) {
				count++
				hash = hash*1000003 + uint64(r)
			}
		}
		out = append(out, c.name+" "+strconv.Itoa(count)+" "+strconv.FormatUint(hash, 16)+"\n"...)
		for _, r := range "aZ5 \t\n\u0085\u00a0!~¡§©ª²µºÀ×ßÿΣσ΄ЖжѢ٣€\u200b\u2028" {
			if c.is(r) {
				out = append(out, '1')
			} else {
				out = append(out, '0')
			}
		}
		out = append(out, '\n')
	}
	out = append(out, unicode.Version+" "+strconv.Itoa(unicode.MaxRune)+" "+strconv.Itoa(unicode.ReplacementChar)+"\n"...)
	os.Stdout.Write(out)
}
