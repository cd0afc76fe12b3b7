// Tests package unicode/utf8: EncodeRune and AppendRune at every length
// boundary and for invalid runes; DecodeRune(InString) and
// DecodeLastRune(InString) on valid text and on each kind of invalid
// sequence (bad continuation, overlong forms, surrogates, above U+10FFFF,
// truncated); RuneCount, Valid, ValidRune, FullRune, RuneLen, RuneStart.
package main

import (
	"os"
	"strconv"
	"unicode/utf8"
)

var out []byte

func line(parts ...string) {
	for i, p := range parts {
		if i > 0 {
			out = append(out, ' ')
		}
		out = append(out, p...)
	}
	out = append(out, '\n')
}

func itoa(i int) string { return strconv.Itoa(i) }

func main() {
	for _, r := range []rune{0, 'a', 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x10ffff, 0x110000, -1} {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		app := utf8.AppendRune([]byte("x"), r)
		line(strconv.FormatInt(int64(r), 16), itoa(n), strconv.Quote(string(buf[:n])), strconv.Quote(string(app)),
			itoa(utf8.RuneLen(r)), strconv.FormatBool(utf8.ValidRune(r)))
	}
	samples := []string{"", "a", "Grüße, 世界", "🙂x", "\xff", "\x80", "\xc0\x80", "\xc1\xbf", "\xc2\x80", "\xe0\x80\x80",
		"\xe0\xa0\x80", "\xed\xa0\x80", "\xed\x9f\xbf", "\xf0\x80\x80\x80", "\xf0\x90\x80\x80", "\xf4\x8f\xbf\xbf",
		"\xf4\x90\x80\x80", "\xf5\x80\x80\x80", "\xe2\x82", "\xe2\x82\xac", "\xf0\x9f\x99", "a\xffb\xe4", "\xe2\x28\xa1"}
	for _, s := range samples {
		var parts []string
		for i := 0; i < len(s); {
			r, size := utf8.DecodeRuneInString(s[i:])
			r2, size2 := utf8.DecodeRune([]byte(s[i:]))
			parts = append(parts, strconv.FormatInt(int64(r), 16)+"/"+itoa(size))
			if r != r2 || size != size2 {
				parts = append(parts, "MISMATCH")
			}
			i += size
		}
		var back []string
		for j := len(s); j > 0; {
			r, size := utf8.DecodeLastRuneInString(s[:j])
			r2, size2 := utf8.DecodeLastRune([]byte(s[:j]))
			back = append(back, strconv.FormatInt(int64(r), 16)+"/"+itoa(size))
			if r != r2 || size != size2 {
				back = append(back, "MISMATCH")
			}
			j -= size
		}
		r, size := utf8.DecodeRuneInString(s)
		lr, lsize := utf8.DecodeLastRuneInString(s)
		line(strconv.Quote(s), itoa(utf8.RuneCountInString(s)), itoa(utf8.RuneCount([]byte(s))),
			strconv.FormatBool(utf8.ValidString(s)), strconv.FormatBool(utf8.Valid([]byte(s))),
			strconv.FormatBool(utf8.FullRuneInString(s)), strconv.FormatBool(utf8.FullRune([]byte(s))),
			strconv.FormatInt(int64(r), 16), itoa(size), strconv.FormatInt(int64(lr), 16), itoa(lsize))
		line("   fwd", joined(parts), "| back", joined(back))
	}
	for _, b := range []byte{0, 0x41, 0x80, 0xbf, 0xc0, 0xff} {
		line(strconv.Itoa(int(b)), strconv.FormatBool(utf8.RuneStart(b)))
	}
	line(itoa(utf8.UTFMax), itoa(utf8.RuneSelf), itoa(utf8.MaxRune), itoa(utf8.RuneError))
	os.Stdout.Write(out)
}

func joined(parts []string) string {
	s := ""
	for i, p := range parts {
		if i > 0 {
			s += ","
		}
		s += p
	}
	return s
}
