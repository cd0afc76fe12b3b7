package template

import (
	"bytes"
	"strings"
)

// This file is the escaper's state machine. transition reads the start of
// some template text in context c and returns the context after the part
// it consumed and that part's length; the escaper calls it until the text
// is used up. Each state has its own step function, named after it.
//
// The machine knows only as much HTML, CSS and JavaScript as it needs to
// choose an escaping: where tags, attributes, strings, comments, URLs and
// regexps begin and end. It never looks at text inside attribute values
// beyond their delimiter; contextAfterText in escape.go handles those.

// transition advances c over a prefix of s.
func transition(c context, s []byte) (context, int) {
	switch c.state {
	case stateText:
		return tText(c, s)
	case stateTag:
		return tTag(c, s)
	case stateAttrName:
		return tAttrName(c, s)
	case stateAfterName:
		return tAfterName(c, s)
	case stateBeforeValue:
		return tBeforeValue(c, s)
	case stateHTMLCmt:
		return tHTMLCmt(c, s)
	case stateRCDATA:
		return tSpecialTagEnd(c, s)
	case stateURL, stateSrcset:
		return tURL(c, s)
	case stateJS:
		return tJS(c, s)
	case stateJSDqStr, stateJSSqStr, stateJSBqStr, stateJSRegexp:
		return tJSDelimited(c, s)
	case stateJSBlockCmt, stateCSSBlockCmt:
		return tBlockCmt(c, s)
	case stateJSLineCmt, stateCSSLineCmt:
		return tLineCmt(c, s)
	case stateCSS:
		return tCSS(c, s)
	case stateCSSDqStr, stateCSSSqStr, stateCSSDqURL, stateCSSSqURL, stateCSSURL:
		return tCSSStr(c, s)
	}
	// stateAttr, stateError: nothing inside changes the context.
	return c, len(s)
}

// tText finds the next tag or comment start in HTML text. A '<' not
// followed by a tag name (as in "a < b") is plain text.
func tText(c context, s []byte) (context, int) {
	k := 0
	for {
		i := bytes.IndexByte(s[k:], '<')
		if i < 0 || k+i+1 == len(s) {
			return c, len(s)
		}
		i += k
		if bytes.HasPrefix(s[i:], []byte("<!--")) {
			return context{state: stateHTMLCmt}, i + 4
		}
		i++
		closing := s[i] == '/'
		if closing {
			if i+1 == len(s) {
				return c, len(s)
			}
			i++
		}
		j, e := eatTagName(s, i)
		if j != i {
			if closing {
				// An end tag does not open the element's special content.
				e = elementNone
			}
			return context{state: stateTag, element: e}, j
		}
		k = j
	}
}

// elementContentState is the state at the start of each element's content.
var elementContentState = [...]state{
	elementNone:     stateText,
	elementScript:   stateJS,
	elementStyle:    stateCSS,
	elementTextarea: stateRCDATA,
	elementTitle:    stateRCDATA,
}

// tTag reads inside a tag: the '>' that ends it, or an attribute name,
// whose kind decides how its value will be escaped.
func tTag(c context, s []byte) (context, int) {
	i := eatWhiteSpace(s, 0)
	if i == len(s) {
		return c, len(s)
	}
	if s[i] == '>' {
		return context{state: elementContentState[c.element], element: c.element}, i + 1
	}
	j, err := eatAttrName(s, i)
	if err != nil {
		return context{state: stateError, err: err}, len(s)
	}
	if i == j {
		return context{
			state: stateError,
			err:   errorf(ErrBadHTML, nil, 0, "expected space, attr name, or end of tag, but got %q", s[i:]),
		}, len(s)
	}
	st := stateAfterName
	if j == len(s) {
		// The name may go on in the next piece of text.
		st = stateAttrName
	}
	return context{state: st, element: c.element, attr: attrKind(c.element, string(s[i:j]))}, j
}

// attrKind returns the kind of the attribute named name on element e.
func attrKind(e element, name string) attr {
	name = strings.ToLower(name)
	if e == elementScript && name == "type" {
		return attrScriptType
	}
	switch attrType(name) {
	case contentTypeURL:
		return attrURL
	case contentTypeCSS:
		return attrStyle
	case contentTypeJS:
		return attrScript
	case contentTypeSrcset:
		return attrSrcset
	}
	return attrNone
}

// tAttrName reads the rest of an attribute name.
func tAttrName(c context, s []byte) (context, int) {
	i, err := eatAttrName(s, 0)
	if err != nil {
		return context{state: stateError, err: err}, len(s)
	}
	if i != len(s) {
		c.state = stateAfterName
	}
	return c, i
}

// tAfterName reads up to the '=' that introduces a value, or finds that
// the attribute has none.
func tAfterName(c context, s []byte) (context, int) {
	i := eatWhiteSpace(s, 0)
	if i == len(s) {
		return c, len(s)
	}
	if s[i] != '=' {
		// A valueless attribute such as <input checked>.
		c.state = stateTag
		return c, i
	}
	c.state = stateBeforeValue
	return c, i + 1
}

// attrValueState is the state at the start of each kind of attribute's
// value.
var attrValueState = [...]state{
	attrNone:       stateAttr,
	attrScript:     stateJS,
	attrScriptType: stateAttr,
	attrStyle:      stateCSS,
	attrURL:        stateURL,
	attrSrcset:     stateSrcset,
}

// tBeforeValue reads the quote, if any, that opens an attribute value.
func tBeforeValue(c context, s []byte) (context, int) {
	i := eatWhiteSpace(s, 0)
	if i == len(s) {
		return c, len(s)
	}
	d := delimSpaceOrTagEnd
	switch s[i] {
	case '\'':
		d, i = delimSingleQuote, i+1
	case '"':
		d, i = delimDoubleQuote, i+1
	}
	c.state, c.delim = attrValueState[c.attr], d
	return c, i
}

// tHTMLCmt looks for the end of an HTML comment.
func tHTMLCmt(c context, s []byte) (context, int) {
	if i := bytes.Index(s, []byte("-->")); i >= 0 {
		return context{}, i + 3
	}
	return c, len(s)
}

// specialTagNames are the names of the elements whose content ends only
// at their end tag.
var specialTagNames = [...]string{
	elementScript:   "script",
	elementStyle:    "style",
	elementTextarea: "textarea",
	elementTitle:    "title",
}

// tSpecialTagEnd looks for the end tag of the special element c is in; the
// text before it is content.
func tSpecialTagEnd(c context, s []byte) (context, int) {
	if c.element != elementNone {
		if i := indexTagEnd(s, []byte(specialTagNames[c.element])); i >= 0 {
			return context{}, i
		}
	}
	return c, len(s)
}

// indexTagEnd returns the index of the first end tag "</tag" in s (any
// case, followed by '>', space or '/'), or -1.
func indexTagEnd(s []byte, tag []byte) int {
	offset := 0
	for {
		i := bytes.Index(s, []byte("</"))
		if i < 0 {
			return -1
		}
		rest := s[i+2:]
		if len(rest) > len(tag) && bytes.EqualFold(rest[:len(tag)], tag) &&
			bytes.IndexByte([]byte("> \t\n\f/"), rest[len(tag)]) >= 0 {
			return offset + i
		}
		offset += i + 2
		s = rest
	}
}

// tURL notes how far into a URL the text reaches: once a '?' or '#' is
// seen the query or fragment has begun; before that any non-space text
// means the scheme can no longer be chosen by a value.
func tURL(c context, s []byte) (context, int) {
	if bytes.ContainsAny(s, "#?") {
		c.urlPart = urlPartQueryOrFrag
	} else if eatWhiteSpace(s, 0) != len(s) && c.urlPart == urlPartNone {
		c.urlPart = urlPartPreQuery
	}
	return c, len(s)
}

// tJS reads JavaScript code up to the start of a string, template
// literal, regexp or comment, following whether a '/' would divide.
func tJS(c context, s []byte) (context, int) {
	i := bytes.IndexAny(s, "\"`'/")
	if i < 0 {
		c.jsCtx = nextJSCtx(s, c.jsCtx)
		return c, len(s)
	}
	c.jsCtx = nextJSCtx(s[:i], c.jsCtx)
	switch s[i] {
	case '"':
		c.state, c.jsCtx = stateJSDqStr, jsCtxRegexp
	case '\'':
		c.state, c.jsCtx = stateJSSqStr, jsCtxRegexp
	case '`':
		c.state, c.jsCtx = stateJSBqStr, jsCtxRegexp
	default: // '/'
		switch {
		case i+1 < len(s) && s[i+1] == '/':
			c.state, i = stateJSLineCmt, i+1
		case i+1 < len(s) && s[i+1] == '*':
			c.state, i = stateJSBlockCmt, i+1
		case c.jsCtx == jsCtxRegexp:
			c.state = stateJSRegexp
		case c.jsCtx == jsCtxDivOp:
			c.jsCtx = jsCtxRegexp
		default:
			return context{
				state: stateError,
				err:   errorf(ErrSlashAmbig, nil, 0, "'/' could start a division or regexp: %.32q", s[i:]),
			}, len(s)
		}
	}
	return c, i + 1
}

// jsDelimitedSpecials are the characters that matter inside each kind of
// JavaScript literal: the closing delimiter and the backslash, and in a
// regexp the brackets of a character set, inside which '/' does not end
// the literal.
var jsDelimitedSpecials = map[state]string{
	stateJSDqStr:  `\"`,
	stateJSSqStr:  `\'`,
	stateJSBqStr:  "`\\",
	stateJSRegexp: `\/[]`,
}

// tJSDelimited reads inside a JavaScript string, template literal or
// regexp, up to its end.
func tJSDelimited(c context, s []byte) (context, int) {
	specials := jsDelimitedSpecials[c.state]
	k, inCharset := 0, false
	for {
		i := bytes.IndexAny(s[k:], specials)
		if i < 0 {
			break
		}
		i += k
		switch s[i] {
		case '\\':
			i++
			if i == len(s) {
				return context{
					state: stateError,
					err:   errorf(ErrPartialEscape, nil, 0, "unfinished escape sequence in JS string: %q", s),
				}, len(s)
			}
		case '[':
			inCharset = true
		case ']':
			inCharset = false
		default:
			if !inCharset {
				// The closing delimiter: a value follows, so '/' divides.
				c.state, c.jsCtx = stateJS, jsCtxDivOp
				return c, i + 1
			}
		}
		k = i + 1
	}
	if inCharset {
		// The text is in a regexp's [...] set, where an action could not
		// be escaped sensibly.
		return context{
			state: stateError,
			err:   errorf(ErrPartialCharset, nil, 0, "unfinished JS regexp charset: %q", s),
		}, len(s)
	}
	return c, len(s)
}

// tBlockCmt looks for the "*/" ending a JavaScript or CSS block comment.
func tBlockCmt(c context, s []byte) (context, int) {
	i := bytes.Index(s, []byte("*/"))
	if i < 0 {
		return c, len(s)
	}
	if c.state == stateJSBlockCmt {
		c.state = stateJS
	} else {
		c.state = stateCSS
	}
	return c, i + 2
}

// tLineCmt looks for the line terminator ending a JavaScript or CSS line
// comment; the terminator itself is code again.
func tLineCmt(c context, s []byte) (context, int) {
	terminators, code := "\n\r\u2028\u2029", stateJS
	if c.state == stateCSSLineCmt {
		terminators, code = "\n\f\r", stateCSS
	}
	i := bytes.IndexAny(s, terminators)
	if i < 0 {
		return c, len(s)
	}
	c.state = code
	return c, i
}

// tCSS reads CSS code up to the start of a string, a url(...) or a
// comment.
func tCSS(c context, s []byte) (context, int) {
	k := 0
	for {
		i := bytes.IndexAny(s[k:], `("'/`)
		if i < 0 {
			return c, len(s)
		}
		i += k
		switch s[i] {
		case '(':
			if endsWithCSSKeyword(bytes.TrimRight(s[:i], "\t\n\f\r "), "url") {
				return cssURLStart(c, s, i+1)
			}
		case '/':
			if i+1 < len(s) && s[i+1] == '/' {
				c.state = stateCSSLineCmt
				return c, i + 2
			}
			if i+1 < len(s) && s[i+1] == '*' {
				c.state = stateCSSBlockCmt
				return c, i + 2
			}
		case '"':
			c.state = stateCSSDqStr
			return c, i + 1
		case '\'':
			c.state = stateCSSSqStr
			return c, i + 1
		}
		k = i + 1
	}
}

// cssURLStart enters the URL of a url( whose argument starts at s[i],
// after any space, quoted or not.
func cssURLStart(c context, s []byte, i int) (context, int) {
	j := len(s) - len(bytes.TrimLeft(s[i:], "\t\n\f\r "))
	switch {
	case j < len(s) && s[j] == '"':
		c.state, j = stateCSSDqURL, j+1
	case j < len(s) && s[j] == '\'':
		c.state, j = stateCSSSqURL, j+1
	default:
		c.state = stateCSSURL
	}
	return c, j
}

// cssStringEnds are the characters that end each kind of CSS string or
// URL, together with the backslash that starts escapes.
var cssStringEnds = map[state]string{
	stateCSSDqStr: `\"`,
	stateCSSDqURL: `\"`,
	stateCSSSqStr: `\'`,
	stateCSSSqURL: `\'`,
	stateCSSURL:   "\\\t\n\f\r )",
}

// tCSSStr reads inside a CSS string or url(...) up to its end. The text
// is also read as a URL (after decoding its escapes), since a string may
// turn out to be one, as in @import "...".
func tCSSStr(c context, s []byte) (context, int) {
	ends := cssStringEnds[c.state]
	k := 0
	for {
		i := bytes.IndexAny(s[k:], ends)
		if i < 0 {
			c, n := tURL(c, decodeCSS(s[k:]))
			return c, k + n
		}
		i += k
		if s[i] != '\\' {
			c.state = stateCSS
			return c, i + 1
		}
		i++
		if i == len(s) {
			return context{
				state: stateError,
				err:   errorf(ErrPartialEscape, nil, 0, "unfinished escape sequence in CSS string: %q", s),
			}, len(s)
		}
		c, _ = tURL(c, decodeCSS(s[:i+1]))
		k = i + 1
	}
}

// eatAttrName returns the end of the attribute name starting at s[i]. A
// quote or '<' in the name is an error, as the markup is then surely not
// what the author meant.
func eatAttrName(s []byte, i int) (int, *Error) {
	for j := i; j < len(s); j++ {
		switch s[j] {
		case ' ', '\t', '\n', '\f', '\r', '=', '>':
			return j, nil
		case '\'', '"', '<':
			return -1, errorf(ErrBadHTML, nil, 0, "%q in attribute name: %.32q", s[j:j+1], s)
		}
	}
	return len(s), nil
}

// specialElements maps the lower-case names of the special elements to
// their element.
var specialElements = map[string]element{
	"script":   elementScript,
	"style":    elementStyle,
	"textarea": elementTextarea,
	"title":    elementTitle,
}

func asciiAlpha(c byte) bool {
	return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z'
}

func asciiAlphaNum(c byte) bool {
	return asciiAlpha(c) || '0' <= c && c <= '9'
}

// eatTagName returns the end of the tag name starting at s[i] (i itself if
// there is none) and the special element it names. A name is a letter,
// then letters and digits, possibly joined by ':' or '-' as in svg:a or
// my-element.
func eatTagName(s []byte, i int) (int, element) {
	if i == len(s) || !asciiAlpha(s[i]) {
		return i, elementNone
	}
	j := i + 1
	for j < len(s) {
		if asciiAlphaNum(s[j]) {
			j++
		} else if (s[j] == ':' || s[j] == '-') && j+1 < len(s) && asciiAlphaNum(s[j+1]) {
			j += 2
		} else {
			break
		}
	}
	return j, specialElements[strings.ToLower(string(s[i:j]))]
}

// eatWhiteSpace returns the index of the first non-space byte of s at or
// after i.
func eatWhiteSpace(s []byte, i int) int {
	for i < len(s) && isHTMLSpace(s[i]) {
		i++
	}
	return i
}
