package template

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"unicode/utf8"
)

// nextJSCtx returns whether a '/' after the JavaScript code s would start a
// regular expression or a division, given preceding, the answer before s.
// It looks only at the last token of s: after an operator, a punctuator or
// a keyword such as "return" an expression starts, so '/' opens a regexp;
// after an identifier, a number or a closing bracket it divides.
//
// Two cases are guesses a full parser would not need. "x++ / y" ends a
// run of '+' of even length, read as a postfix operator; and '}' is taken
// to close a block rather than an object literal.
func nextJSCtx(s []byte, preceding jsCtx) jsCtx {
	s = bytes.TrimRight(s, "\t\n\f\r \u2028\u2029")
	n := len(s)
	if n == 0 {
		return preceding
	}
	switch last := s[n-1]; last {
	case '+', '-':
		// An odd run such as "x +" or "x---" ends with a binary or prefix
		// operator; an even one such as "x++" ends with a postfix one.
		run := 1
		for run < n && s[n-1-run] == last {
			run++
		}
		if run%2 == 1 {
			return jsCtxRegexp
		}
		return jsCtxDivOp
	case '.':
		// "1." is a number; any other '.' precedes a property name.
		if n > 1 && '0' <= s[n-2] && s[n-2] <= '9' {
			return jsCtxDivOp
		}
		return jsCtxRegexp
	case ',', '<', '>', '=', '*', '%', '&', '|', '^', '?', '!', '~', '(', '[', ':', ';', '{', '}':
		return jsCtxRegexp
	}
	word := n
	for word > 0 && isJSIdentPart(rune(s[word-1])) {
		word--
	}
	if regexpPrecederKeywords[string(s[word:])] {
		return jsCtxRegexp
	}
	return jsCtxDivOp
}

// regexpPrecederKeywords are the keywords after which an expression, and
// so possibly a regexp literal, begins.
var regexpPrecederKeywords = map[string]bool{
	"break": true, "case": true, "continue": true, "delete": true,
	"do": true, "else": true, "finally": true, "in": true,
	"instanceof": true, "return": true, "throw": true, "try": true,
	"typeof": true, "void": true,
}

// isJSIdentPart reports whether r may appear in an ASCII JavaScript
// identifier.
func isJSIdentPart(r rune) bool {
	return r == '$' || r == '_' ||
		'0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
}

var jsonMarshalType = reflect.TypeOf((*json.Marshaler)(nil)).Elem()

// indirectToJSONMarshaler follows pointers from a until it reaches a
// json.Marshaler, a non-pointer or a nil pointer.
func indirectToJSONMarshaler(a any) any {
	if a == nil {
		return nil
	}
	v := reflect.ValueOf(a)
	for !v.Type().Implements(jsonMarshalType) && v.Kind() == reflect.Pointer && !v.IsNil() {
		v = v.Elem()
	}
	return v.Interface()
}

// jsValEscaper turns a value into a JavaScript expression for an action in
// code: trusted JS is kept, JSStr is quoted, and anything else is written
// as JSON, which JavaScript reads as the same value. Several arguments, or
// a fmt.Stringer, are printed to a string first. A value JSON cannot
// encode becomes null, with the reason in a comment.
func jsValEscaper(args ...any) string {
	var a any
	if len(args) == 1 {
		a = indirectToJSONMarshaler(args[0])
		switch t := a.(type) {
		case JS:
			return string(t)
		case JSStr:
			return `"` + string(t) + `"`
		case json.Marshaler:
			// Encoded by its own method below.
		case fmt.Stringer:
			a = t.String()
		}
	} else {
		for i, arg := range args {
			args[i] = indirectToJSONMarshaler(arg)
		}
		a = fmt.Sprint(args...)
	}
	b, err := json.Marshal(a)
	if err != nil {
		// The message must not end the comment early.
		return fmt.Sprintf(" /* %s */null ", strings.ReplaceAll(err.Error(), "*/", "* /"))
	}
	if len(b) == 0 {
		// A Marshaler may return nothing; an empty expression would change
		// the meaning of the code around it.
		return " null "
	}
	return padJSON(b)
}

// padJSON returns JSON text b with U+2028 and U+2029 escaped, as they end
// lines in JavaScript though not in JSON. Text that starts or ends like an
// identifier (a number, true, null...) is set apart by spaces, so that
// "x in{{.}}" cannot run into "x in1".
func padJSON(b []byte) string {
	s := lineTerminatorEscaper.Replace(string(b))
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	if isJSIdentPart(first) || isJSIdentPart(last) {
		return " " + s + " "
	}
	return s
}

var lineTerminatorEscaper = strings.NewReplacer("\u2028", `\u2028`, "\u2029", `\u2029`)

// jsStrEscaper escapes for the inside of a quoted JavaScript string. A
// trusted JSStr keeps its backslash escapes.
func jsStrEscaper(args ...any) string {
	s, t := stringify(args...)
	if t == contentTypeJSStr {
		return replaceJS(s, jsStrNormReplacements)
	}
	return replaceJS(s, jsStrReplacements)
}

// jsRegexpEscaper escapes for the inside of a regexp literal, so that the
// value matches itself literally. An empty value becomes "(?:)", since
// "//" would start a comment.
func jsRegexpEscaper(args ...any) string {
	s, _ := stringify(args...)
	s = replaceJS(s, jsRegexpReplacements)
	if s == "" {
		return "(?:)"
	}
	return s
}

// replaceJS replaces in s each control character, each character table
// has an entry for, and the line terminators U+2028 and U+2029.
func replaceJS(s string, table []string) string {
	var b strings.Builder
	written := 0
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		repl := ""
		switch {
		case int(r) < len(jsControlReplacements):
			repl = jsControlReplacements[r]
		case int(r) < len(table):
			repl = table[r]
		case r == '\u2028':
			repl = `\u2028`
		case r == '\u2029':
			repl = `\u2029`
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

// jsControlReplacements escapes the ASCII control characters. "\v" is
// written \u000b because old browsers read it as "v".
var jsControlReplacements = func() []string {
	t := make([]string, 0x20)
	for r := range t {
		t[r] = fmt.Sprintf(`\u%04x`, r)
	}
	t['\t'], t['\n'], t['\f'], t['\r'] = `\t`, `\n`, `\f`, `\r`
	return t
}()

// jsStrReplacements escapes the quotes, the backslash, and the characters
// that could end a <script> element or an HTML attribute around the
// string ('<', '>', '&', '/'), or be read as UTF-7 ('+').
var jsStrReplacements = []string{
	'"':  `\u0022`,
	'&':  `\u0026`,
	'\'': `\u0027`,
	'+':  `\u002b`,
	'/':  `\/`,
	'<':  `\u003c`,
	'>':  `\u003e`,
	'\\': `\\`,
	'`':  `\u0060`,
}

// jsStrNormReplacements is jsStrReplacements without the backslash, whose
// escapes in a trusted JSStr must keep their meaning.
var jsStrNormReplacements = func() []string {
	t := append([]string(nil), jsStrReplacements...)
	t['\\'] = ""
	return t
}()

// jsRegexpReplacements also escapes the regexp metacharacters.
var jsRegexpReplacements = []string{
	'"':  `\u0022`,
	'$':  `\$`,
	'&':  `\u0026`,
	'\'': `\u0027`,
	'(':  `\(`,
	')':  `\)`,
	'*':  `\*`,
	'+':  `\u002b`,
	'-':  `\-`,
	'.':  `\.`,
	'/':  `\/`,
	'<':  `\u003c`,
	'>':  `\u003e`,
	'?':  `\?`,
	'[':  `\[`,
	'\\': `\\`,
	']':  `\]`,
	'^':  `\^`,
	'{':  `\{`,
	'|':  `\|`,
	'}':  `\}`,
}

// isJSType reports whether a <script type="..."> MIME type names
// JavaScript (or JSON), whose content the escaper must treat as code.
func isJSType(mimeType string) bool {
	mimeType, _, _ = strings.Cut(mimeType, ";")
	switch strings.TrimSpace(strings.ToLower(mimeType)) {
	case "application/ecmascript", "application/javascript", "application/json",
		"application/ld+json", "application/x-ecmascript", "application/x-javascript",
		"module", "text/ecmascript", "text/javascript", "text/javascript1.0",
		"text/javascript1.1", "text/javascript1.2", "text/javascript1.3",
		"text/javascript1.4", "text/javascript1.5", "text/jscript",
		"text/livescript", "text/x-ecmascript", "text/x-javascript":
		return true
	}
	return false
}
