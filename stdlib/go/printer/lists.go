package printer

import (
	"go/ast"
	"go/token"
	"math"
)

// exprListMode flags tune exprList.
type exprListMode uint

const (
	commaTerm exprListMode = 1 << iota // a trailing comma is allowed
	noIndent                           // do not indent continuation lines
)

// filteredMsg marks the place of elements filtered out of a tree.
const filteredMsg = "contains filtered or unexported fields"

// identList prints a list of names; indent indents continuation lines.
func (p *printer) identList(list []*ast.Ident, indent bool) {
	xlist := make([]ast.Expr, len(list))
	for i, x := range list {
		xlist[i] = x
	}
	var mode exprListMode
	if !indent {
		mode = noIndent
	}
	p.exprList(token.NoPos, xlist, 1, mode, token.NoPos, false)
}

// exprList prints a comma-separated list of expressions found between
// the source positions prev0 and next0 (the tokens around it, if known).
// A list on one source line is printed on one line. Otherwise the line
// breaks of the source are kept between elements, and consecutive lines
// holding one key: value pair or one short element are aligned in
// columns; a much longer or shorter element than its neighbours starts a
// new block instead (see lineBreakUsesFormfeed). isIncomplete marks a
// composite literal whose elements were filtered out.
func (p *printer) exprList(prev0 token.Pos, list []ast.Expr, depth int, mode exprListMode, next0 token.Pos, isIncomplete bool) {
	if len(list) == 0 {
		if isIncomplete {
			p.filteredElements(prev0, next0)
		}
		return
	}

	prev := p.posFor(prev0)
	next := p.posFor(next0)
	line := p.lineFor(list[0].Pos())
	endLine := p.lineFor(list[len(list)-1].End())

	if prev.IsValid() && prev.Line == line && line == endLine {
		for i, x := range list {
			if i > 0 {
				// The comma takes the next element's position so that
				// comments before the element are placed after it.
				p.print(x.Pos(), token.COMMA, blank)
			}
			p.expr0(x, depth)
		}
		if isIncomplete {
			p.print(token.COMMA, blank, "/* "+filteredMsg+" */")
		}
		return
	}

	// ws is the indentation still to apply at the first line break.
	ws := ignore
	if mode&noIndent == 0 {
		ws = indent
	}
	// The first break always starts a new block: the alignment of the
	// list must not depend on the lines before it.
	prevBreak := -1 // index of the last element that started a line
	if prev.IsValid() && prev.Line < line && p.linebreak(line, 0, ws, true) > 0 {
		ws = ignore
		prevBreak = 0
	}

	var sizes sizeStats
	size := 0 // one-line size of the previous element (its key for a pair); 0 if unknown
	prevLine := prev.Line
	for i, x := range list {
		line = p.lineFor(x.Pos())
		prevSize := size
		size = p.elementSize(x, prev.IsValid() && next.IsValid())
		useFF := sizes.breaksAlignment(prevSize, size)

		needsLinebreak := 0 < prevLine && prevLine < line
		if i > 0 {
			// The comma takes the element's position only on the same
			// line: a comment at the end of the previous line stays there.
			if !needsLinebreak {
				p.print(x.Pos())
			}
			p.print(token.COMMA)
			needsBlank := true
			if needsLinebreak {
				// Several elements on the last line also end the block.
				nbreaks := p.linebreak(line, 0, ws, useFF || prevBreak+1 < i)
				if nbreaks > 0 {
					ws = ignore
					prevBreak = i
					needsBlank = false
				}
				// The tabwriter ends a block at an empty line too: the
				// sizes of the next block start from scratch.
				if nbreaks > 1 {
					sizes = sizeStats{}
				}
			}
			if needsBlank {
				p.print(blank)
			}
		}

		pair, isPair := x.(*ast.KeyValueExpr)
		if len(list) > 1 && isPair && size > 0 && needsLinebreak {
			// A one-line pair on a line of its own: its value goes in a
			// column so that the values of consecutive pairs align.
			p.expr(pair.Key)
			p.print(pair.Colon, token.COLON, vtab)
			p.expr(pair.Value)
		} else {
			p.expr0(x, depth)
		}
		sizes.add(size)
		prevLine = line
	}

	if mode&commaTerm != 0 && next.IsValid() && p.pos.Line < next.Line {
		// The closing token is on a line of its own: end with a comma.
		p.print(token.COMMA)
		if isIncomplete {
			p.print(newline)
			p.print("// " + filteredMsg)
		}
		if ws == ignore && mode&noIndent == 0 {
			p.print(unindent)
		}
		p.print(formfeed)
		return
	}
	if isIncomplete {
		p.print(token.COMMA, newline)
		p.print("// "+filteredMsg, newline)
	}
	if ws == ignore && mode&noIndent == 0 {
		p.print(unindent)
	}
}

// filteredElements prints the note standing for the elements of an
// empty, filtered composite literal.
func (p *printer) filteredElements(prev0, next0 token.Pos) {
	prev := p.posFor(prev0)
	next := p.posFor(next0)
	if prev.IsValid() && prev.Line == next.Line {
		p.print("/* " + filteredMsg + " */")
		return
	}
	p.print(newline)
	p.print(indent, "// "+filteredMsg, unindent, newline)
}

// elementSize returns the one-line size of a list element, or of its key
// if it is a key: value pair, and 0 if it does not fit on a line or the
// list's positions are unknown (likely a generated tree).
func (p *printer) elementSize(x ast.Expr, positionsKnown bool) int {
	const maxLine = 1000000 // no real source line is this long
	size := p.nodeSize(x, maxLine)
	if size > maxLine || !positionsKnown {
		return 0
	}
	if pair, ok := x.(*ast.KeyValueExpr); ok {
		return p.nodeSize(pair.Key, maxLine)
	}
	return size
}

// sizeStats accumulates the sizes of the elements of the current block
// of aligned lines, as the sum of their logarithms, for their geometric
// mean.
type sizeStats struct {
	lnsum float64
	count int
}

func (s *sizeStats) add(size int) {
	if size > 0 {
		s.lnsum += math.Log(float64(size))
		s.count++
	}
}

// breaksAlignment reports whether a line break before an element of the
// given size should end the block of aligned lines. Lines stay aligned if
// both this element and the previous one fit on a line and either both are
// short (at most 40 bytes) or this one is within a factor 2.5 of the
// geometric mean of the block's sizes so far.
func (s *sizeStats) breaksAlignment(prevSize, size int) bool {
	if prevSize <= 0 || size <= 0 {
		return true
	}
	const smallSize = 40
	if s.count == 0 || prevSize <= smallSize && size <= smallSize {
		return false
	}
	const r = 2.5
	ratio := float64(size) / math.Exp(s.lnsum/float64(s.count))
	return r*ratio <= 1 || r <= ratio
}
