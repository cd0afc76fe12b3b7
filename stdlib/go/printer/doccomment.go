package printer

import (
	"go/ast"
	"go/doc/comment"
	"go/token"
	"strings"
)

// Since Go 1.19, gofmt rewrites doc comments in their canonical form
// (package go/doc/comment): the text is parsed into paragraphs,
// headings, lists, code blocks and links, and printed back. A doc
// comment here is a comment group starting in column 1 and ending right
// before the next token: the comment of a top-level declaration or of
// the package clause.

// isDocComment reports whether the comment group waiting to be printed
// before next is a doc comment to reformat. The comments before the
// string of an import of "C" are cgo's code, not documentation: they
// are kept as written.
func (p *printer) isDocComment(next token.Position) bool {
	return p.lastTok != token.IMPORT &&
		p.posFor(p.comment.Pos()).Column == 1 &&
		p.posFor(p.comment.End()+1) == next
}

// dropDocComment handles a doc comment that formatted to nothing (it
// held only blank lines): the white space before it is kept and
// printing goes on at next as if there had been no comment.
func (p *printer) dropDocComment(next token.Position, last *ast.Comment, tok token.Token) (wroteNewline, droppedFF bool) {
	p.writeCommentPrefix(p.posFor(p.comment.Pos()), next, last, tok)
	p.pos = next
	p.last = next
	p.nextComment() // a doc comment is the last one before its token
	return p.writeCommentSuffix(false)
}

// skipDocComment moves the print state to the end of the original
// comment group, whose reformatted lines have been printed.
func (p *printer) skipDocComment() {
	last := p.comment.List[len(p.comment.List)-1]
	p.pos = p.posFor(last.End())
	p.last = p.pos
}

// formatDocComment returns the comments of list reformatted in the
// canonical doc comment form, or list itself when it is not a comment
// gofmt knows how to reformat. The new comments all take the position
// of the first one.
func formatDocComment(list []*ast.Comment) []*ast.Comment {
	slash := list[0].Slash
	if strings.HasPrefix(list[0].Text, "/*") {
		text := list[0].Text
		// A /* */ comment on one line, or one with a star at the start
		// of each line, would only come out worse.
		if len(list) > 1 || !strings.Contains(text, "\n") || allStars(text) {
			return list
		}
		text = docText(text[2 : len(text)-2])
		return []*ast.Comment{{Slash: slash, Text: "/*\n" + text + "*/"}}
	}

	// A run of // comments. Directives (//go:build and the like) are
	// not text: they are moved, as written, after the text.
	var text strings.Builder
	var directives []*ast.Comment
	for _, c := range list {
		if !strings.HasPrefix(c.Text, "//") {
			return list
		}
		if isDirective(c.Text[2:]) {
			directives = append(directives, c)
			continue
		}
		text.WriteString(strings.TrimPrefix(c.Text[2:], " "))
		text.WriteString("\n")
	}
	if text.Len() == 0 {
		return list
	}
	var out []*ast.Comment
	for _, line := range strings.SplitAfter(docText(text.String()), "\n") {
		if line != "" {
			out = append(out, &ast.Comment{Slash: slash, Text: commentLine(line[:len(line)-1])})
		}
	}
	if len(directives) > 0 {
		out = append(out, &ast.Comment{Slash: slash, Text: "//"})
		for _, c := range directives {
			out = append(out, &ast.Comment{Slash: slash, Text: c.Text})
		}
	}
	return out
}

// docText returns the doc comment text reformatted, each of its lines
// ending in a newline.
func docText(text string) string {
	var p comment.Parser
	var pr comment.Printer
	return string(pr.Comment(p.Parse(text)))
}

// commentLine returns the // comment of a line of reformatted text:
// "//" alone for a blank line, no blank after the slashes before the
// tab of a code line.
func commentLine(line string) string {
	switch {
	case line == "":
		return "//"
	case strings.HasPrefix(line, "\t"):
		return "//" + line
	}
	return "// " + line
}

// allStars reports whether every line but the first of the /* */
// comment text starts with a star after its indentation (a blank line
// does not, but for the very end of the text).
func allStars(text string) bool {
	lines := strings.Split(text, "\n")
	for i, line := range lines[1:] {
		line = strings.TrimLeft(line, " \t")
		atEnd := i+2 == len(lines)
		if !strings.HasPrefix(line, "*") && !(line == "" && atEnd) {
			return false
		}
	}
	return true
}

// isDirective reports whether c, the text of a // comment after the
// slashes, is a directive: "line ", "extern " or "export " followed by
// something, or a tool's "name:word" with name and the first letter of
// word lower-case letters or digits (go:build, go:noinline).
// (Package go/ast has the same test, unexported.)
func isDirective(c string) bool {
	for _, prefix := range []string{"line ", "extern ", "export "} {
		if strings.HasPrefix(c, prefix) {
			return true
		}
	}
	colon := strings.IndexByte(c, ':')
	if colon < 1 || colon+1 >= len(c) {
		return false
	}
	for i := 0; i <= colon+1; i++ {
		if i != colon && !isLowerAlnum(c[i]) {
			return false
		}
	}
	return true
}

// isLowerAlnum reports whether b is a lower-case ASCII letter or a digit.
func isLowerAlnum(b byte) bool {
	return 'a' <= b && b <= 'z' || '0' <= b && b <= '9'
}
