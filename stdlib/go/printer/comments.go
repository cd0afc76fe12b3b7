package printer

import (
	"go/ast"
	"go/token"
	"strings"
	"unicode"
)

// Comments are not part of the tree the node printers walk: they sit in a
// separate list in source order. Before each token, print asks whether the
// next comment group comes earlier in the source; if so the group is
// written first, placed by the white space that was waiting for the token
// (a comment at the end of a line keeps a tab before it so that comments of
// consecutive lines align; a comment on a line of its own takes the
// pending line breaks and indentation).

// nextComment moves to the next non-empty comment group.
func (p *printer) nextComment() {
	for p.cindex < len(p.comments) {
		c := p.comments[p.cindex]
		p.cindex++
		if len(c.List) > 0 {
			p.comment = c
			p.commentOffset = p.posFor(c.List[0].Pos()).Offset
			p.commentNewline = p.commentsHaveNewline(c.List)
			return
		}
	}
	p.commentOffset = infinity
}

// commentsHaveNewline reports whether the comments of a group span more
// than one line or end with one (a //-style comment does). Positions of an
// edited tree may be wrong, so the text is checked too.
func (p *printer) commentsHaveNewline(list []*ast.Comment) bool {
	line := p.lineFor(list[0].Pos())
	for i, c := range list {
		if i > 0 && p.lineFor(c.Pos()) != line {
			return true
		}
		if t := c.Text; len(t) >= 2 && (t[1] == '/' || strings.Contains(t, "\n")) {
			return true
		}
	}
	return false
}

// commentBefore says whether the pending comment group lies before the
// source position next and can be printed there: a line break inside it
// must not end a statement early.
func (p *printer) commentBefore(next token.Position) bool {
	return p.commentOffset < next.Offset && (!p.impliedSemi || !p.commentNewline)
}

// commentSizeBefore returns the length of the comments before next,
// leaving the comment state as it was.
func (p *printer) commentSizeBefore(next token.Position) int {
	saved := p.commentInfo
	size := 0
	for p.commentBefore(next) {
		for _, c := range p.comment.List {
			size += len(c.Text)
		}
		p.nextComment()
	}
	p.commentInfo = saved
	return size
}

// setComment makes g the next comment to print, when printing a node
// without a comment list (the node's own Doc and Comment fields are used).
func (p *printer) setComment(g *ast.CommentGroup) {
	if g == nil || !p.useNodeComments {
		return
	}
	if p.comments == nil {
		p.comments = make([]*ast.CommentGroup, 1)
	} else if p.cindex < len(p.comments) {
		// A comment is still waiting: print it now, before g.
		p.flush(p.posFor(g.List[0].Pos()), token.ILLEGAL)
		p.comments = p.comments[0:1]
	}
	p.comments[0] = g
	p.cindex = 0
	// A line comment followed at once by a doc comment is still pending
	// in commentInfo: keep it, g comes after it.
	if p.commentOffset == infinity {
		p.nextComment()
	}
}

// intersperseComments writes all comment groups before next, a token tok,
// mixed with the buffered white space. It reports whether a newline was
// written and whether a formfeed was dropped.
func (p *printer) intersperseComments(next token.Position, tok token.Token) (wroteNewline, droppedFF bool) {
	var last *ast.Comment
	for p.commentBefore(next) {
		list, isDoc := p.comment.List, p.isDocComment(next)
		if isDoc {
			if list = formatDocComment(list); len(list) == 0 {
				return p.dropDocComment(next, last, tok)
			}
		}
		for _, c := range list {
			p.writeCommentPrefix(p.posFor(c.Pos()), next, last, tok)
			p.writeComment(c)
			last = c
		}
		if isDoc {
			p.skipDocComment()
		}
		p.nextComment()
	}

	// After a /*-style comment on the token's line, separate the token
	// with a blank — or with the pending line break, outside composite
	// literals — unless it is a comma or a ")" or "]" ending a list:
	// f(x /* c */, y /* d */).
	needsLinebreak := false
	if p.mode&noExtraBlank == 0 &&
		last.Text[1] == '*' && p.lineFor(last.Pos()) == next.Line &&
		tok != token.COMMA &&
		(tok != token.RPAREN || p.prevOpen == token.LPAREN) &&
		(tok != token.RBRACK || p.prevOpen == token.LBRACK) {
		if p.containsLinebreak() && p.mode&noExtraLinebreak == 0 && p.level == 0 {
			needsLinebreak = true
		} else {
			p.writeByte(' ', 1)
		}
	}
	// A //-style comment runs to the end of the line, and the end of the
	// file and a closing brace come on a line of their own.
	if last.Text[1] == '/' || tok == token.EOF ||
		tok == token.RBRACE && p.mode&noExtraLinebreak == 0 {
		needsLinebreak = true
	}
	return p.writeCommentSuffix(needsLinebreak)
}

// containsLinebreak reports whether line breaks are buffered.
func (p *printer) containsLinebreak() bool {
	for _, ch := range p.wsbuf {
		if ch == newline || ch == formfeed {
			return true
		}
	}
	return false
}

// writeCommentPrefix emits the spacing that puts the comment at pos after
// the output so far, using the buffered white space that helps to place
// it. next is the position of the token after the comments, prev the
// comment before in the same run (or nil) and tok the next token.
func (p *printer) writeCommentPrefix(pos, next token.Position, prev *ast.Comment, tok token.Token) {
	if len(p.output) == 0 {
		return // nothing before the comment to separate it from
	}
	if pos.IsValid() && pos.Filename != p.last.Filename {
		p.writeByte('\f', maxNewlines)
		return
	}
	if pos.Line == p.last.Line && (prev == nil || prev.Text[1] != '/') {
		p.writeSameLinePrefix(pos, next, prev)
	} else {
		p.writeNewLinePrefix(pos, next, prev, tok)
	}
}

// writeSameLinePrefix separates a comment from the text before it on the
// same line: by the pending vtab, which aligns it with the comments of
// the lines around, or else by a tab (a blank if the next token follows on
// this line too).
func (p *printer) writeSameLinePrefix(pos, next token.Position, prev *ast.Comment) {
	hasSep := false
	if prev == nil {
		// Write the buffer up to its first line break, without blanks.
		j := 0
	scan:
		for i, ch := range p.wsbuf {
			switch ch {
			case blank:
				p.wsbuf[i] = ignore
			case vtab:
				hasSep = true
			case indent:
			default:
				j = i
				break scan
			}
		}
		p.writeWhitespace(j)
	}
	if !hasSep {
		sep := byte('\t')
		if pos.Line == next.Line {
			sep = ' '
		}
		p.writeByte(sep, 1)
	}
}

// writeNewLinePrefix starts a comment on a new line. The buffered line
// breaks are replaced by the source's own (at least one, at most one empty
// line); indentation requests are applied, except a final unindent that
// seems to close the block around the comment rather than to align it.
func (p *printer) writeNewLinePrefix(pos, next token.Position, prev *ast.Comment, tok token.Token) {
	droppedLinebreak := false
	j := 0
scan:
	for i, ch := range p.wsbuf {
		switch ch {
		case blank, vtab:
			p.wsbuf[i] = ignore
			continue
		case indent:
			continue
		case unindent:
			// Of several unindents, all but the last close something the
			// comment is not part of. The last one is applied if the
			// comment is aligned with the next token, which is not a "}".
			if i+1 < len(p.wsbuf) && p.wsbuf[i+1] == unindent {
				continue
			}
			if tok != token.RBRACE && pos.Column == next.Column {
				continue
			}
		case newline, formfeed:
			p.wsbuf[i] = ignore
			droppedLinebreak = prev == nil
		}
		j = i
		break scan
	}
	p.writeWhitespace(j)

	n := 0
	if pos.IsValid() && p.last.IsValid() {
		n = pos.Line - p.last.Line
		if n < 0 {
			n = 0
		}
	}
	// At the top level, a line break given up for the comment stands
	// for the empty line kept before a declaration's doc comment.
	if p.indent == 0 && droppedLinebreak {
		n++
	}
	if n == 0 && prev != nil && prev.Text[1] == '/' {
		n = 1
	}
	if n > 0 {
		p.writeByte('\f', nlimit(n))
	}
}

// writeComment writes one comment. A //-style comment is written as it
// is, less trailing blanks; a /*-style one line by line so that its lines
// follow the indentation of the code around it.
func (p *printer) writeComment(comment *ast.Comment) {
	text := comment.Text
	pos := p.posFor(comment.Pos())

	if strings.HasPrefix(text, "//line ") && (!pos.IsValid() || pos.Column == 1) {
		// A line directive only works in column 1: do not indent it.
		saved := p.indent
		p.indent = 0
		defer func() { p.indent = saved }()
	}

	if text[1] == '/' {
		p.writeString(pos, trimRight(text), true)
		return
	}

	lines := strings.Split(text, "\n")
	// A comment that started in column 1 is now indented. Indent its
	// other lines as well so that formatting the output again finds the
	// same common prefix (formatting must be idempotent).
	if pos.IsValid() && pos.Column == 1 && p.indent > 0 {
		for i := 1; i < len(lines); i++ {
			lines[i] = "   " + lines[i]
		}
	}
	stripCommonPrefix(lines)

	for i, line := range lines {
		if i > 0 {
			p.writeByte('\f', 1)
			pos = p.pos
		}
		if len(line) > 0 {
			p.writeString(pos, trimRight(line), true)
		}
	}
}

// writeCommentSuffix writes the white space after the comments: the
// buffered requests, blanks dropped, with exactly one line break if
// needsLinebreak and none otherwise. It reports whether it wrote a
// newline and whether it dropped a formfeed.
func (p *printer) writeCommentSuffix(needsLinebreak bool) (wroteNewline, droppedFF bool) {
	for i, ch := range p.wsbuf {
		switch ch {
		case blank, vtab:
			p.wsbuf[i] = ignore
		case newline, formfeed:
			if needsLinebreak {
				needsLinebreak = false
				wroteNewline = true
			} else {
				if ch == formfeed {
					droppedFF = true
				}
				p.wsbuf[i] = ignore
			}
		}
	}
	p.writeWhitespace(len(p.wsbuf))
	if needsLinebreak {
		p.writeByte('\n', 1)
		wroteNewline = true
	}
	return wroteNewline, droppedFF
}

// trimRight drops the spaces, tabs and other white space that end s.
func trimRight(s string) string {
	return strings.TrimRightFunc(s, unicode.IsSpace)
}
