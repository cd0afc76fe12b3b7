package template

import (
	"fmt"
	"text/template/parse"
)

// Error describes a problem met while escaping a template: where it is and
// which of the ErrorCode kinds it is.
type Error struct {
	// ErrorCode says what kind of error this is.
	ErrorCode ErrorCode
	// Node is the parse node at fault, or nil. When set, the position
	// printed comes from it rather than from Name and Line.
	Node parse.Node
	// Name names the template where escaping failed.
	Name string
	// Line is the source line of the fault, 0 if unknown.
	Line int
	// Description explains the fault in words.
	Description string
}

// ErrorCode says which kind of escaping error an Error is.
type ErrorCode int

// The kinds of error. Each one's text below shows a template that causes it
// and why.
const (
	// OK means no error.
	OK ErrorCode = iota

	// ErrAmbigContext reports "... appears in an ambiguous context within a URL".
	// In <a href="{{if .C}}/path/{{else}}/search?q={{end}}{{.X}}"> the
	// action {{.X}} may be in the path or in the query, which need
	// different escaping.
	ErrAmbigContext

	// ErrBadHTML reports "expected space, attr name, or end of tag, but got ...",
	// "... in unquoted attr", "... in attribute name". Malformed markup,
	// such as <a href= "foo>, a quote in an unquoted value or in an
	// attribute name, which would leave the escaper lost.
	ErrBadHTML

	// ErrBranchEnd reports "{{if}} branches end in different contexts". The
	// branches of an {{if}}, {{range}} or {{with}} must leave the output
	// in the same context; {{if .C}}<a href="{{end}}{{.X}} does not.
	ErrBranchEnd

	// ErrEndContext reports "... ends in a non-text context: ...". A template
	// that stops inside a tag, attribute, script or comment, such as
	// <p class="never closed>.
	ErrEndContext

	// ErrNoSuchTemplate reports "no such template ...". {{template "x"}} names a
	// template that is not defined.
	ErrNoSuchTemplate

	// ErrOutputContext reports "cannot compute output context for template ...".
	// A recursive template whose end context cannot be found consistently.
	ErrOutputContext

	// ErrPartialCharset reports "unfinished JS regexp charset in ...". A regexp
	// literal such as /foo[{{.X}}bar/ whose [...] set is not closed.
	ErrPartialCharset

	// ErrPartialEscape reports "unfinished escape sequence in ...". A string or
	// regexp literal ending in a lone backslash, as in "foo\{{.X}}".
	ErrPartialEscape

	// ErrRangeLoopReentry reports "on range loop re-entry: ...". A {{range}} body
	// that ends in a context different from the one it starts in, so the
	// second iteration would be escaped wrongly.
	ErrRangeLoopReentry

	// ErrSlashAmbig reports "'/' could start a division or regexp", as in
	// <script>{{if .C}}var x = 1{{end}}/-{{.N}}/i.test(x)</script>, where
	// what precedes the slash depends on a branch.
	ErrSlashAmbig

	// ErrPredefinedEscaper reports "predefined escaper ... disallowed in
	// template". The html and urlquery escapers may only end a pipeline
	// (and html may not end one in an unquoted attribute value): the
	// escaper chooses and inserts the escaping itself.
	ErrPredefinedEscaper

	// errJSTmplLit reports "... appears in a JS template literal". Actions inside
	// `...` literals are not supported.
	errJSTmplLit
)

func (e *Error) Error() string {
	switch {
	case e.Node != nil:
		loc, _ := (*parse.Tree)(nil).ErrorContext(e.Node)
		return fmt.Sprintf("html/template:%s: %s", loc, e.Description)
	case e.Line != 0:
		return fmt.Sprintf("html/template:%s:%d: %s", e.Name, e.Line, e.Description)
	case e.Name != "":
		return fmt.Sprintf("html/template:%s: %s", e.Name, e.Description)
	}
	return "html/template: " + e.Description
}

// errorf makes an Error of kind k about node (or line) described by the
// format; the template name is filled in when escaping gives up.
func errorf(k ErrorCode, node parse.Node, line int, format string, args ...any) *Error {
	return &Error{ErrorCode: k, Node: node, Line: line, Description: fmt.Sprintf(format, args...)}
}
