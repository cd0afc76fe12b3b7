package template

import (
	"fmt"
	"text/template/parse"
)

// A context is where the output stands after some template text: inside
// which kind of HTML construct, and within it which part of a URL or of a
// JavaScript expression. The escaper moves a context through the text of a
// template (see transition.go) and, at each action, picks the escaping
// that context needs. The zero context is plain HTML text.
type context struct {
	state   state
	delim   delim
	urlPart urlPart
	jsCtx   jsCtx
	attr    attr
	element element
	// n is the {{break}} or {{continue}} a context was taken at, for
	// errors about where a range loop's paths disagree.
	n   parse.Node
	err *Error
}

func (c context) String() string {
	var err error
	if c.err != nil {
		err = c.err
	}
	return fmt.Sprintf("{%v %v %v %v %v %v %v}", c.state, c.delim, c.urlPart, c.jsCtx, c.attr, c.element, err)
}

// eq reports whether two contexts are the same place in the output; the
// break or continue node they were taken at does not count.
func (c context) eq(d context) bool {
	return c.state == d.state &&
		c.delim == d.delim &&
		c.urlPart == d.urlPart &&
		c.jsCtx == d.jsCtx &&
		c.attr == d.attr &&
		c.element == d.element &&
		c.err == d.err
}

// mangle names the copy of template name escaped for starting in c:
// "name$htmltemplate_stateJS_elementScript" and the like. A template
// called from plain text keeps its name; each field at its default value
// is left out.
func (c context) mangle(name string) string {
	if c.state == stateText {
		return name
	}
	s := name + "$htmltemplate_" + c.state.String()
	if c.delim != delimNone {
		s += "_" + c.delim.String()
	}
	if c.urlPart != urlPartNone {
		s += "_" + c.urlPart.String()
	}
	if c.jsCtx != jsCtxRegexp {
		s += "_" + c.jsCtx.String()
	}
	if c.attr != attrNone {
		s += "_" + c.attr.String()
	}
	if c.element != elementNone {
		s += "_" + c.element.String()
	}
	return s
}

// enumName returns names[v], or "kind(v)" for a value with no name.
func enumName(kind string, v uint8, names []string) string {
	if int(v) < len(names) {
		return names[v]
	}
	return fmt.Sprintf("%s(%d)", kind, v)
}

// state is the kind of HTML, CSS or JavaScript construct the output is in.
type state uint8

const (
	// stateText is parsed character data: HTML text outside tags.
	stateText state = iota
	// stateTag: within a tag, before an attribute name or the '>'.
	stateTag
	// stateAttrName: within the name of an attribute.
	stateAttrName
	// stateAfterName: after an attribute name, before any '='.
	stateAfterName
	// stateBeforeValue: between an attribute's '=' and its value.
	stateBeforeValue
	// stateHTMLCmt: within an HTML <!-- comment -->.
	stateHTMLCmt
	// stateRCDATA: within the text of <textarea> or <title>, where tags
	// are not recognised but character references are.
	stateRCDATA
	// stateAttr: within an attribute value of no special kind.
	stateAttr
	// stateURL: within a URL-valued attribute.
	stateURL
	// stateSrcset: within the value of a srcset attribute.
	stateSrcset
	// stateJS: in JavaScript code: an event handler or <script>.
	stateJS
	// stateJSDqStr: within a JavaScript string in "double quotes".
	stateJSDqStr
	// stateJSSqStr: within a JavaScript string in 'single quotes'.
	stateJSSqStr
	// stateJSBqStr: within a `back quoted` JavaScript template literal.
	stateJSBqStr
	// stateJSRegexp: within a /regular expression/ literal.
	stateJSRegexp
	// stateJSBlockCmt: within a /* ... */ comment of JavaScript.
	stateJSBlockCmt
	// stateJSLineCmt: within a // ... comment of JavaScript.
	stateJSLineCmt
	// stateCSS: in CSS: a style attribute or <style>.
	stateCSS
	// stateCSSDqStr: within a CSS string in "double quotes".
	stateCSSDqStr
	// stateCSSSqStr: within a CSS string in 'single quotes'.
	stateCSSSqStr
	// stateCSSDqURL: within the quoted URL of url("...") in CSS.
	stateCSSDqURL
	// stateCSSSqURL: within the quoted URL of url('...') in CSS.
	stateCSSSqURL
	// stateCSSURL: within the bare URL of url(...) in CSS.
	stateCSSURL
	// stateCSSBlockCmt: within a /* ... */ comment of CSS.
	stateCSSBlockCmt
	// stateCSSLineCmt: within a // ... comment of CSS.
	stateCSSLineCmt
	// stateError is where escaping has failed; the context's err says why.
	stateError
	// stateDead follows a {{break}} or {{continue}}: no output reaches it.
	stateDead
)

var stateNames = []string{
	"stateText", "stateTag", "stateAttrName", "stateAfterName",
	"stateBeforeValue", "stateHTMLCmt", "stateRCDATA", "stateAttr",
	"stateURL", "stateSrcset", "stateJS", "stateJSDqStr", "stateJSSqStr",
	"stateJSBqStr", "stateJSRegexp", "stateJSBlockCmt", "stateJSLineCmt",
	"stateCSS", "stateCSSDqStr", "stateCSSSqStr", "stateCSSDqURL",
	"stateCSSSqURL", "stateCSSURL", "stateCSSBlockCmt", "stateCSSLineCmt",
	"stateError", "stateDead",
}

func (s state) String() string { return enumName("state", uint8(s), stateNames) }

// isComment reports whether s is inside a comment of some language, whose
// content the escaper drops from the output.
func isComment(s state) bool {
	switch s {
	case stateHTMLCmt, stateJSBlockCmt, stateJSLineCmt, stateCSSBlockCmt, stateCSSLineCmt:
		return true
	}
	return false
}

// isInTag reports whether s is between a tag's name and its closing '>'.
func isInTag(s state) bool {
	switch s {
	case stateTag, stateAttrName, stateAfterName, stateBeforeValue, stateAttr:
		return true
	}
	return false
}

// delim is what ends the attribute value the output is in, if any.
type delim uint8

const (
	// delimNone: not in an attribute value.
	delimNone delim = iota
	// delimDoubleQuote: a value ended by '"'.
	delimDoubleQuote
	// delimSingleQuote: a value ended by '\''.
	delimSingleQuote
	// delimSpaceOrTagEnd: an unquoted value, ended by space or '>'.
	delimSpaceOrTagEnd
)

var delimNames = []string{"delimNone", "delimDoubleQuote", "delimSingleQuote", "delimSpaceOrTagEnd"}

func (d delim) String() string { return enumName("delim", uint8(d), delimNames) }

// urlPart is which part of a URL the output is in; the parts need
// different escaping.
type urlPart uint8

const (
	// urlPartNone: at the start of a URL, where the scheme could still be
	// chosen: url(, href=" ...
	urlPartNone urlPart = iota
	// urlPartPreQuery: past the start, but before any '?' or '#'.
	urlPartPreQuery
	// urlPartQueryOrFrag: in the query or fragment, after '?' or '#'.
	urlPartQueryOrFrag
	// urlPartUnknown: branches disagree about the part, as in
	// <a href="{{if .C}}/x?{{else}}/y/{{end}}{{.Z}}">.
	urlPartUnknown
)

var urlPartNames = []string{"urlPartNone", "urlPartPreQuery", "urlPartQueryOrFrag", "urlPartUnknown"}

func (u urlPart) String() string { return enumName("urlPart", uint8(u), urlPartNames) }

// jsCtx says whether a '/' in JavaScript would start a regular expression
// or be a division operator, which only the preceding token tells.
type jsCtx uint8

const (
	// jsCtxRegexp: a '/' here opens a regular expression.
	jsCtxRegexp jsCtx = iota
	// jsCtxDivOp: a '/' here is a division.
	jsCtxDivOp
	// jsCtxUnknown: branches disagree.
	jsCtxUnknown
)

var jsCtxNames = []string{"jsCtxRegexp", "jsCtxDivOp", "jsCtxUnknown"}

func (c jsCtx) String() string { return enumName("jsCtx", uint8(c), jsCtxNames) }

// element is the special element whose content the output is in, or
// whose tag it is in. Their content is not HTML: <script> holds
// JavaScript, <style> CSS, <textarea> and <title> plain text (RCDATA).
type element uint8

const (
	// elementNone: no special element.
	elementNone element = iota
	elementScript
	elementStyle
	elementTextarea
	elementTitle
)

var elementNames = []string{"elementNone", "elementScript", "elementStyle", "elementTextarea", "elementTitle"}

func (e element) String() string { return enumName("element", uint8(e), elementNames) }

// attr is the kind of attribute whose name or value the output is in.
type attr uint8

const (
	// attrNone: an attribute of no special kind.
	attrNone attr = iota
	// attrScript: an event handler such as onclick, holding JavaScript.
	attrScript
	// attrScriptType: the type of a <script>, which decides whether its
	// content is JavaScript.
	attrScriptType
	// attrStyle: a style attribute, holding CSS.
	attrStyle
	// attrURL: an attribute holding a URL, such as href.
	attrURL
	// attrSrcset: a srcset attribute, a list of URLs with sizes.
	attrSrcset
)

var attrNames = []string{"attrNone", "attrScript", "attrScriptType", "attrStyle", "attrURL", "attrSrcset"}

func (a attr) String() string { return enumName("attr", uint8(a), attrNames) }
