// Package html provides functions for escaping and unescaping HTML text,
// as Go 1.19's html package does.
package html

import (
	"strings"
	"unicode/utf8"
)

// longestEntityWithoutSemicolon is the length of the longest entity name
// HTML allows without its semicolon ("&frac34" and a few others).
const longestEntityWithoutSemicolon = 6

// windows1252 gives what numeric references &#x80; to &#x9F; stand for:
// the characters of Windows-1252 that HTML substitutes for those C1
// control codes (HTML5, "numeric character reference end state").
var windows1252 = [...]rune{
	0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
	0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
}

// unescapeEntity reads the character reference starting with the '&' at
// b[src] and writes what it stands for at b[dst] (never past src: a
// reference is never shorter than its text). It returns the new ends.
func unescapeEntity(b []byte, dst, src int) (dst1, src1 int) {
	s := b[src:]
	if len(s) <= 1 {
		b[dst] = b[src]
		return dst + 1, src + 1
	}
	if s[1] == '#' {
		return unescapeNumeric(b, dst, src)
	}
	// A name: letters and digits, maybe ended by ';'.
	i := 1
	for i < len(s) {
		c := s[i]
		i++
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			continue
		}
		if c != ';' {
			i--
		}
		break
	}
	name := string(s[1:i])
	if name != "" {
		if x := entity[name]; x != 0 {
			return dst + utf8.EncodeRune(b[dst:], x), src + i
		}
		if x := entity2[name]; x[0] != 0 {
			dst1 := dst + utf8.EncodeRune(b[dst:], x[0])
			return dst1 + utf8.EncodeRune(b[dst1:], x[1]), src + i
		}
		// The longest known entity without semicolon that is a prefix.
		maxLen := len(name) - 1
		if maxLen > longestEntityWithoutSemicolon {
			maxLen = longestEntityWithoutSemicolon
		}
		for j := maxLen; j > 1; j-- {
			if x := entity[name[:j]]; x != 0 {
				return dst + utf8.EncodeRune(b[dst:], x), src + j + 1
			}
		}
	}
	dst1, src1 = dst+i, src+i
	copy(b[dst:dst1], b[src:src1])
	return dst1, src1
}

// unescapeNumeric handles &#NNN; and &#xHHH; (the semicolon optional).
// Out-of-range values and surrogates become U+FFFD.
func unescapeNumeric(b []byte, dst, src int) (int, int) {
	s := b[src:]
	if len(s) <= 3 {
		// Not even "&#" and one character more.
		b[dst] = b[src]
		return dst + 1, src + 1
	}
	i := 2
	hex := false
	if s[i] == 'x' || s[i] == 'X' {
		hex = true
		i++
	}
	base := rune(10)
	if hex {
		base = 16
	}
	x := rune(0)
	for i < len(s) {
		c := s[i]
		i++
		if d := digitValue(c, hex); d >= 0 {
			x = x*base + d
			continue
		}
		if c != ';' {
			i--
		}
		break
	}
	if i <= 3 {
		b[dst] = b[src]
		return dst + 1, src + 1
	}
	if 0x80 <= x && x <= 0x9F {
		x = windows1252[x-0x80]
	} else if x == 0 || (0xD800 <= x && x <= 0xDFFF) || x > 0x10FFFF {
		x = '\uFFFD'
	}
	return dst + utf8.EncodeRune(b[dst:], x), src + i
}

// digitValue returns the value of a decimal (or, if hex, hexadecimal)
// digit, or -1.
func digitValue(c byte, hex bool) rune {
	switch {
	case '0' <= c && c <= '9':
		return rune(c - '0')
	case hex && 'a' <= c && c <= 'f':
		return rune(c-'a') + 10
	case hex && 'A' <= c && c <= 'F':
		return rune(c-'A') + 10
	}
	return -1
}

var htmlEscaper = strings.NewReplacer(
	`&`, "&amp;",
	`'`, "&#39;", // shorter than "&apos;", which HTML 4 lacks
	`<`, "&lt;",
	`>`, "&gt;",
	`"`, "&#34;", // shorter than "&quot;"
)

// EscapeString escapes special characters like "<" to become "&lt;". It
// escapes only five such characters: <, >, &, ' and ".
// UnescapeString(EscapeString(s)) == s always holds, but the converse isn't
// always true.
func EscapeString(s string) string {
	return htmlEscaper.Replace(s)
}

// UnescapeString unescapes entities like "&lt;" to become "<". It unescapes a
// larger range of entities than EscapeString escapes. For example, "&aacute;"
// unescapes to "á", as does "&#225;" and "&#xE1;".
// UnescapeString(EscapeString(s)) == s always holds, but the converse isn't
// always true.
func UnescapeString(s string) string {
	i := strings.IndexByte(s, '&')
	if i < 0 {
		return s
	}
	b := []byte(s)
	dst, src := unescapeEntity(b, i, i)
	for src < len(b) {
		if b[src] == '&' {
			dst, src = unescapeEntity(b, dst, src)
			continue
		}
		j := strings.IndexByte(s[src:], '&')
		if j < 0 {
			j = len(b) - src
		}
		copy(b[dst:], b[src:src+j])
		dst += j
		src += j
	}
	return string(b[:dst])
}
