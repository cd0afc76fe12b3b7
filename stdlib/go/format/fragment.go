package format

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
)

// Source also accepts a fragment of a file: a list of declarations, or a
// list of statements (an expression is a statement). A fragment is made a
// file by wrapping it — "package p;" before declarations, "package p;
// func _() {" and "\n\n}" around statements — printed, and unwrapped. The
// wrapping goes on the fragment's first line, joined with ';', so that
// the line numbers, which guide the printer's line breaks, stay the same.

// A fragment records how a partial source was wrapped.
type fragment struct {
	stmts bool // statements wrapped in a function body, not declarations
}

const (
	declPrefix = "package p;"
	stmtPrefix = "package p; func _() {"
	// The line breaks before the closing brace make the printer write
	// the comments that end the fragment before it.
	stmtSuffix = "\n\n}"
)

// parse parses src as a file, else as a declaration list, else as a
// statement list. frag is nil for a whole file. The error is that of the
// last attempt, or of the first one whose error is not about src being a
// fragment.
func parse(fset *token.FileSet, src []byte) (file *ast.File, frag *fragment, err error) {
	file, err = parser.ParseFile(fset, "", src, parserMode)
	if err == nil || !strings.Contains(err.Error(), "expected 'package'") {
		return file, nil, err
	}

	file, err = parser.ParseFile(fset, "", append([]byte(declPrefix), src...), parserMode)
	if err == nil {
		return file, &fragment{}, nil
	}
	if !strings.Contains(err.Error(), "expected declaration") {
		return nil, nil, err
	}

	wrapped := append([]byte(stmtPrefix), src...)
	wrapped = append(wrapped, stmtSuffix...)
	file, err = parser.ParseFile(fset, "", wrapped, parserMode)
	if err != nil {
		return nil, nil, err
	}
	return file, &fragment{stmts: true}, nil
}

// format prints the wrapped fragment file of src. The result keeps the
// leading and trailing white space of src and is indented as the first
// line of code in src is.
func (frag *fragment) format(fset *token.FileSet, file *ast.File, src []byte) ([]byte, error) {
	// Leading white space: whole lines are kept as they are, the start
	// of the first code line gives the indentation.
	lineStart, codeStart := 0, 0
	for codeStart < len(src) && isSpace(src[codeStart]) {
		if src[codeStart] == '\n' {
			lineStart = codeStart + 1
		}
		codeStart++
	}
	indent := indentation(src[lineStart:codeStart])

	res := append([]byte(nil), src[:lineStart]...)
	for i := 0; i < indent; i++ {
		res = append(res, '\t')
	}

	cfg := config
	cfg.Indent = indent
	if frag.stmts {
		cfg.Indent-- // the function body adds one level
	}
	var buf bytes.Buffer
	if err := cfg.Fprint(&buf, fset, file); err != nil {
		return nil, err
	}
	out := frag.unwrap(buf.Bytes(), cfg.Indent)
	if len(out) == 0 {
		return src, nil // src was only white space
	}
	res = append(res, out...)

	end := len(src)
	for end > 0 && isSpace(src[end-1]) {
		end--
	}
	return append(res, src[end:]...), nil
}

// indentation returns the indentation level of a line's leading white
// space: its number of tabs, or 1 if it has spaces but no tabs.
func indentation(space []byte) int {
	tabs := bytes.Count(space, []byte{'\t'})
	if tabs == 0 && bytes.IndexByte(space, ' ') >= 0 {
		return 1
	}
	return tabs
}

// unwrap removes the wrapping from the printed file out, whose lines were
// indented by indent levels. The printer put the wrapping on lines of its
// own: "package p" then, for statements, an empty line, "func _() {" and
// at the end "}".
func (frag *fragment) unwrap(out []byte, indent int) []byte {
	if !frag.stmts {
		out = out[indent+len("package p\n"):]
		return bytes.TrimSpace(out)
	}
	if indent < 0 {
		indent = 0
	}
	out = out[2*indent+len("package p\n\nfunc _() {"):]
	out = out[:len(out)-len("}\n")]
	return bytes.TrimSpace(out)
}

func isSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\r'
}
