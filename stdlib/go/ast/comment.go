package ast

import (
	"go/token"
	"strings"
)

// A Comment is one comment, // or /* */, markers included.
//
// The scanner drops any carriage return ('\r') from a comment's text, and
// End counts len(Text): so for a comment that had some, End falls short
// of where the comment really ends.
type Comment struct {
	Slash token.Pos // where its first "/" is
	Text  string    // its text, markers included; a // comment's ends before the newline
}

func (c *Comment) Pos() token.Pos { return c.Slash }
func (c *Comment) End() token.Pos { return token.Pos(int(c.Slash) + len(c.Text)) }

// A CommentGroup is a run of comments with no token and no blank line
// between them, such as the lines of a doc comment.
type CommentGroup struct {
	List []*Comment // never empty
}

func (g *CommentGroup) Pos() token.Pos { return g.List[0].Pos() }
func (g *CommentGroup) End() token.Pos { return g.List[len(g.List)-1].End() }

// Text returns the text of the comment group: the comment markers (//,
// /* and */) are removed, and so is the first space after a //, which is
// there for readability only. A // comment that is a directive (//line,
// //go:noinline, //export...) is left out, as it speaks to tools, not
// readers. Trailing white space is trimmed from every line, blank lines
// at the beginning and end are dropped and a run of blank lines inside
// becomes one. Unless the result is empty, it ends in a newline.
//
// For example, the group "// Sum adds.", "//", "//go:noinline" has the
// text "Sum adds.\n".
func (g *CommentGroup) Text() string {
	if g == nil {
		return ""
	}
	var text strings.Builder
	blank := false // a blank line is pending: written if more text follows
	for _, c := range g.List {
		body, ok := commentBody(c.Text)
		if !ok {
			continue
		}
		for _, line := range strings.Split(body, "\n") {
			line = strings.TrimRight(line, " \t\n\r")
			if line == "" {
				blank = text.Len() > 0
				continue
			}
			if blank {
				text.WriteByte('\n')
				blank = false
			}
			text.WriteString(line)
			text.WriteByte('\n')
		}
	}
	return text.String()
}

// commentBody returns the text of a comment without its markers, and
// false for a directive, whose text is not for readers.
func commentBody(text string) (string, bool) {
	if text[1] == '*' {
		return text[2 : len(text)-2], true
	}
	body := text[2:]
	switch {
	case strings.HasPrefix(body, " "):
		return body[1:], true
	case body != "" && isDirective(body):
		return "", false
	}
	return body, true
}

// isDirective reports whether c, the text of a // comment after the
// slashes, is a directive: a line directive ("line file:3"), a cgo or
// gccgo one ("export f", "extern f"), or a tool's, which reads
// "name:word" with name made of lower-case letters and digits and word
// starting with one ("go:noinline", "lint:ignore"; not "go: x" or
// "Go:x").
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
	for i := 0; i < colon; i++ {
		if !isLowerOrDigit(c[i]) {
			return false
		}
	}
	return isLowerOrDigit(c[colon+1])
}

func isLowerOrDigit(b byte) bool { return 'a' <= b && b <= 'z' || '0' <= b && b <= '9' }
