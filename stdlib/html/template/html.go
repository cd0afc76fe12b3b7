package template

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
)

// The HTML escapers. Each takes the values of an action's pipeline and
// returns text safe to place in one kind of HTML context. Values of type
// HTML are trusted markup: kept whole in text, and reduced to their text
// (tags stripped) inside attribute values.

// htmlEscaper makes its arguments safe to print as HTML text.
func htmlEscaper(args ...any) string {
	s, t := stringify(args...)
	if t == contentTypeHTML {
		return s
	}
	return replaceHTML(s, htmlReplacements, true)
}

// rcdataEscaper escapes for the text of <textarea> or <title>, where
// markup is not recognised, so even trusted HTML is escaped; its character
// references are kept.
func rcdataEscaper(args ...any) string {
	s, t := stringify(args...)
	if t == contentTypeHTML {
		return replaceHTML(s, htmlNormReplacements, true)
	}
	return replaceHTML(s, htmlReplacements, true)
}

// attrEscaper makes its arguments safe to put between an attribute's
// quotes.
func attrEscaper(args ...any) string {
	s, t := stringify(args...)
	if t == contentTypeHTML {
		return replaceHTML(stripTags(s), htmlNormReplacements, true)
	}
	return replaceHTML(s, htmlReplacements, true)
}

// htmlNospaceEscaper makes its arguments safe as an attribute value
// without quotes, which any space, quote, '=' or '`' would end or
// confuse.
func htmlNospaceEscaper(args ...any) string {
	s, t := stringify(args...)
	if t == contentTypeHTML {
		return replaceHTML(stripTags(s), htmlNospaceNormReplacements, false)
	}
	return replaceHTML(s, htmlNospaceReplacements, false)
}

// htmlNameFilter accepts a value for an attribute name: a trusted HTMLAttr
// or a name of letters and digits that does not name an attribute with
// special content (a handler, a URL, a style...). Anything else becomes
// the failsafe value.
func htmlNameFilter(args ...any) string {
	s, t := stringify(args...)
	if t == contentTypeHTMLAttr {
		return s
	}
	if len(s) == 0 {
		return filterFailsafe
	}
	s = strings.ToLower(s)
	if attrType(s) != contentTypePlain {
		return filterFailsafe
	}
	for _, r := range s {
		if !('0' <= r && r <= '9' || 'a' <= r && r <= 'z') {
			return filterFailsafe
		}
	}
	return s
}

// commentEscaper is used inside comments, which the escaper removes from
// the output, so whatever the value it contributes nothing.
func commentEscaper(args ...any) string {
	return ""
}

// htmlReplacements says what replaces each character that is special in
// HTML text and quoted attribute values; NUL becomes U+FFFD as browsers
// would show it, and '+' is escaped against UTF-7 sniffing.
var htmlReplacements = []string{
	0:    "\uFFFD",
	'"':  "&#34;",
	'&':  "&amp;",
	'\'': "&#39;",
	'+':  "&#43;",
	'<':  "&lt;",
	'>':  "&gt;",
}

// htmlNospaceReplacements adds to htmlReplacements the characters that
// would end or confuse an attribute value without quotes.
var htmlNospaceReplacements = []string{
	0:    "&#xfffd;",
	'\t': "&#9;",
	'\n': "&#10;",
	'\v': "&#11;",
	'\f': "&#12;",
	'\r': "&#13;",
	' ':  "&#32;",
	'"':  "&#34;",
	'&':  "&amp;",
	'\'': "&#39;",
	'+':  "&#43;",
	'<':  "&lt;",
	'=':  "&#61;",
	'>':  "&gt;",
	'`':  "&#96;",
}

// The "norm" tables are for trusted HTML, whose '&' already starts
// character references that must keep their meaning.
var (
	htmlNormReplacements        = keepAmpersand(htmlReplacements)
	htmlNospaceNormReplacements = keepAmpersand(htmlNospaceReplacements)
)

// keepAmpersand returns a copy of table that leaves '&' alone.
func keepAmpersand(table []string) []string {
	t := append([]string(nil), table...)
	t['&'] = ""
	return t
}

// replaceHTML replaces each character of s that table has an entry for.
// Unless badRunes is set, it also writes Unicode noncharacters as
// numeric references, as they may not appear literally in attribute
// values.
func replaceHTML(s string, table []string, badRunes bool) string {
	var b strings.Builder
	written := 0
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		repl := ""
		if int(r) < len(table) {
			repl = table[r]
		} else if !badRunes && isNoncharacter(r) {
			repl = fmt.Sprintf("&#x%x;", r)
		}
		if repl != "" {
			b.WriteString(s[written:i])
			b.WriteString(repl)
			written = i + w
		}
		i += w
	}
	if written == 0 {
		return s
	}
	b.WriteString(s[written:])
	return b.String()
}

// isNoncharacter reports whether r is one of the Unicode noncharacters of
// the Basic Multilingual Plane (or U+FFF0..U+FFFF around them).
func isNoncharacter(r rune) bool {
	return 0xfdd0 <= r && r <= 0xfdef || 0xfff0 <= r && r <= 0xffff
}

// stripTags returns the text of an HTML fragment: what is outside tags and
// comments, with the content of <script> and <style> dropped too. It
// follows the fragment with the escaper's own state machine, so it agrees
// with the escaper about where tags are.
func stripTags(html string) string {
	var b bytes.Buffer
	s, c, i, allText := []byte(html), context{}, 0, true
	for i != len(s) {
		if c.delim != delimNone {
			// Skip an attribute value up to its end delimiter.
			end := bytes.IndexAny(s[i:], delimEnds[c.delim])
			if end < 0 {
				break
			}
			i += end
			if c.delim != delimSpaceOrTagEnd {
				i++
			}
			c = context{state: stateTag, element: c.element}
			continue
		}
		var d context
		var n int
		if c.element != elementNone && !isInTag(c.state) {
			// Inside a special element only its end tag matters.
			d, n = tSpecialTagEnd(c, s[i:])
		} else {
			d, n = transition(c, s[i:])
		}
		next := i + n
		if c.state == stateText || c.state == stateRCDATA {
			b.Write(s[i:textEnd(s, i, next, c.state != d.state)])
		} else {
			allText = false
		}
		c, i = d, next
	}
	if allText {
		return html
	}
	if c.state == stateText || c.state == stateRCDATA {
		b.Write(s[i:])
	}
	return b.String()
}

// textEnd returns where the text in s[start:next] ends: at next, or, when
// a tag or comment begins within it (left says the state was left), at
// that tag's '<'.
func textEnd(s []byte, start, next int, left bool) int {
	if left {
		if j := bytes.LastIndexByte(s[start:next], '<'); j >= 0 {
			return start + j
		}
	}
	return next
}
