// Tests package unicode's case mapping: ToUpper, ToLower, ToTitle, To,
// SimpleFold (including the orbits of three runes such as k, K and the
// Kelvin sign) and the Turkish special case, printed for every rune whose
// mapping is not itself.
package main

import (
	"os"
	"strconv"
	"unicode"
)

func main() {
	var out []byte
	for r := rune(-2); r <= unicode.MaxRune+2; r++ {
		m := []rune{unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r),
			unicode.TurkishCase.ToUpper(r), unicode.TurkishCase.ToLower(r), unicode.AzeriCase.ToTitle(r)}
		same := true
		for _, x := range m {
			if x != r {
				same = false
			}
		}
		if same {
			continue
		}
		out = strconv.AppendInt(out, int64(r), 16)
		for _, x := range m {
			out = append(out, ' ')
			out = strconv.AppendInt(out, int64(x), 16)
		}
		out = append(out, '\n')
	}
	out = strconv.AppendInt(out, int64(unicode.To(unicode.UpperCase, 'ǆ')), 16)
	out = append(out, ' ')
	out = strconv.AppendInt(out, int64(unicode.To(unicode.TitleCase, 'ǆ')), 16)
	out = append(out, ' ')
	out = strconv.AppendInt(out, int64(unicode.To(7, 'a')), 16)
	out = append(out, '\n')
	os.Stdout.Write(out)
}
