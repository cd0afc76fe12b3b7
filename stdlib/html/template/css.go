package template

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// endsWithCSSKeyword reports whether b ends with the identifier kw, in any
// case and not as the tail of a longer identifier: "url" ends "x: url"
// but not "x: myurl".
func endsWithCSSKeyword(b []byte, kw string) bool {
	i := len(b) - len(kw)
	if i < 0 {
		return false
	}
	if i > 0 {
		if r, _ := utf8.DecodeLastRune(b[:i]); isCSSNmchar(r) {
			return false
		}
	}
	return strings.EqualFold(string(b[i:]), kw)
}

// isCSSNmchar reports whether r may appear in a CSS identifier (the
// "nmchar" production of CSS 2.1, with escapes left aside).
func isCSSNmchar(r rune) bool {
	return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' ||
		r == '-' || r == '_' ||
		0x80 <= r && r <= 0xd7ff || 0xe000 <= r && r <= 0xfffd || 0x10000 <= r && r <= 0x10ffff
}

// decodeCSS replaces the escapes in CSS text s by the characters they
// stand for: "\41 " and "\000041" are 'A', "\;" is ';'. It returns s itself
// when there is nothing to decode.
func decodeCSS(s []byte) []byte {
	if bytes.IndexByte(s, '\\') < 0 {
		return s
	}
	b := make([]byte, 0, len(s))
	for len(s) != 0 {
		i := bytes.IndexByte(s, '\\')
		if i < 0 {
			i = len(s)
		}
		b, s = append(b, s[:i]...), s[i:]
		if len(s) < 2 {
			// No escape, or a lone backslash at the end, which is dropped.
			break
		}
		if !isHex(s[1]) {
			// A backslash before any other character quotes it.
			_, n := utf8.DecodeRune(s[1:])
			b, s = append(b, s[1:1+n]...), s[1+n:]
			continue
		}
		// Up to six hex digits, then one optional space.
		j := 2
		for j < len(s) && j < 7 && isHex(s[j]) {
			j++
		}
		r := hexDecode(s[1:j])
		if r > unicode.MaxRune {
			// Too big to be a rune: the last digit is ordinary text.
			r, j = r/16, j-1
		}
		b, s = utf8.AppendRune(b, r), skipCSSSpace(s[j:])
	}
	return b
}

// isHex reports whether c is one of 0-9, a-f or A-F.
func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// hexDecode returns the value of the hexadecimal digits s; it panics on a
// byte that is not a digit.
func hexDecode(s []byte) rune {
	n := rune(0)
	for _, c := range s {
		var d rune
		switch {
		case '0' <= c && c <= '9':
			d = rune(c - '0')
		case 'a' <= c && c <= 'f':
			d = rune(c-'a') + 10
		case 'A' <= c && c <= 'F':
			d = rune(c-'A') + 10
		default:
			panic(fmt.Sprintf("Bad hex digit in %q", s))
		}
		n = n<<4 | d
	}
	return n
}

// skipCSSSpace drops the one white space character (CR LF counting as
// one) that may end a hex escape.
func skipCSSSpace(c []byte) []byte {
	if len(c) == 0 {
		return c
	}
	switch c[0] {
	case '\t', '\n', '\f', ' ':
		return c[1:]
	case '\r':
		if len(c) >= 2 && c[1] == '\n' {
			return c[2:]
		}
		return c[1:]
	}
	return c
}

// isCSSSpace reports whether b is white space in CSS.
func isCSSSpace(b byte) bool {
	switch b {
	case '\t', '\n', '\f', '\r', ' ':
		return true
	}
	return false
}

// cssEscaper escapes for the inside of a CSS string or quoted url(...),
// writing the characters that could end the string, the <style> element
// or the attribute around it as hex escapes. A space follows an escape
// when the next character would otherwise be read as part of it.
func cssEscaper(args ...any) string {
	s, _ := stringify(args...)
	var b strings.Builder
	written := 0
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		i += w
		if int(r) >= len(cssReplacements) || cssReplacements[r] == "" {
			continue
		}
		repl := cssReplacements[r]
		b.WriteString(s[written : i-w])
		b.WriteString(repl)
		written = i
		if repl != `\\` && (i == len(s) || isHex(s[i]) || isCSSSpace(s[i])) {
			b.WriteByte(' ')
		}
	}
	if written == 0 {
		return s
	}
	b.WriteString(s[written:])
	return b.String()
}

var cssReplacements = []string{
	0:    `\0`,
	'\t': `\9`,
	'\n': `\a`,
	'\f': `\c`,
	'\r': `\d`,
	'"':  `\22`,
	'&':  `\26`,
	'\'': `\27`,
	'(':  `\28`,
	')':  `\29`,
	'+':  `\2b`,
	'/':  `\2f`,
	':':  `\3a`,
	';':  `\3b`,
	'<':  `\3c`,
	'>':  `\3e`,
	'\\': `\\`,
	'{':  `\7b`,
	'}':  `\7d`,
}

// cssValueFilter accepts a value for CSS code outside strings: trusted
// CSS, or a simple token such as a number, a color or an identifier. A
// value that could open a string, a comment, a block, a function call or
// an at-rule, or that spells expression or -moz-binding (which run code
// in old browsers), becomes the failsafe value.
func cssValueFilter(args ...any) string {
	s, t := stringify(args...)
	if t == contentTypeCSS {
		return s
	}
	b := decodeCSS([]byte(s))
	var id []byte // the identifier characters of b, to look for keywords
	for i, c := range b {
		switch c {
		case 0, '"', '\'', '(', ')', '/', ';', '@', '[', '\\', ']', '`', '{', '}':
			return filterFailsafe
		case '-':
			// "--" could close an HTML comment "<!--" around the style.
			if i != 0 && b[i-1] == '-' {
				return filterFailsafe
			}
		default:
			if c < utf8.RuneSelf && isCSSNmchar(rune(c)) {
				id = append(id, c)
			}
		}
	}
	id = bytes.ToLower(id)
	if bytes.Contains(id, []byte("expression")) || bytes.Contains(id, []byte("mozbinding")) {
		return filterFailsafe
	}
	return string(b)
}
