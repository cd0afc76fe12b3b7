package printer

import (
	"bytes"
	"go/build/constraint"
	"sort"
	"text/tabwriter"
)

// This file does what gofmt does to build constraints once the file is
// printed: it gathers the //go:build and // +build lines into one block,
// placed after the last blank line of the comments that open the file (or
// earlier, where the first //go:build line already stands), and makes the
// two kinds agree. A file with // +build lines only gets a //go:build
// line meaning the same; a file with one //go:build line gets its
// // +build lines rewritten from it (when it had any). When no single
// expression can be trusted (several //go:build lines, or one that does
// not parse), the lines are only brought together, unchanged.
//
// The work is done on p.output, the tabwriter's input, in which every
// comment is enclosed in tabwriter.Escape bytes and some line breaks are
// '\f'.

// fixGoBuildLines moves and rewrites the build lines of p.output.
func (p *printer) fixGoBuildLines() {
	goBuild, plusBuild := p.findBuildLines()
	if len(goBuild)+len(plusBuild) == 0 {
		return
	}
	at := p.buildBlockPlace(goBuild, plusBuild)
	block := p.buildBlock(goBuild, plusBuild)

	// Copy what follows the place without the old build lines.
	old := append(append([]int(nil), goBuild...), plusBuild...)
	sort.Ints(old)
	var rest []byte
	from := at
	for _, start := range old {
		if start < from {
			continue // before the block: a line gofmt leaves where it is
		}
		rest = appendLines(rest, p.output[from:start])
		from = start + len(p.lineAt(start))
	}
	rest = appendLines(rest, p.output[from:])
	if n := len(rest); n >= 2 && isNL(rest[n-1]) && isNL(rest[n-2]) {
		rest = rest[:n-1] // the file ends in one line break, not a blank line
	}
	p.output = append(append(p.output[:at], block...), rest...)
}

// findBuildLines returns the offsets in p.output of the //-style comments
// that are //go:build and // +build lines. A comment that begins its line
// is taken with the indentation before it, as gofmt does (it then no
// longer parses, and is moved as it is).
//
// Each escaped piece of text is a literal, a // comment, or one line of a
// /* */ comment; the lines inside a /* */ comment are skipped even when
// they read like build lines.
func (p *printer) findBuildLines() (goBuild, plusBuild []int) {
	inBlock := false // inside a /* */ comment of several lines
	for i := 0; i < len(p.output); i++ {
		if p.output[i] != tabwriter.Escape {
			continue
		}
		n := bytes.IndexByte(p.output[i+1:], tabwriter.Escape)
		if n < 0 {
			break // escapes come in pairs: not reached
		}
		end := i + 1 + n
		text := p.output[i+1 : end]
		switch {
		case inBlock:
			inBlock = !bytes.HasSuffix(text, []byte("*/"))
		case bytes.HasPrefix(text, []byte("/*")):
			inBlock = len(text) < len("/**/") || !bytes.HasSuffix(text, []byte("*/"))
		case constraint.IsGoBuild(string(text)):
			goBuild = append(goBuild, p.indentStart(i))
		case constraint.IsPlusBuild(string(text)):
			plusBuild = append(plusBuild, p.indentStart(i))
		}
		i = end
	}
	return goBuild, plusBuild
}

// indentStart returns where the line holding offset i starts if only
// indentation tabs come before i on it, else i.
func (p *printer) indentStart(i int) int {
	start := i
	for start > 0 && p.output[start-1] == '\t' {
		start--
	}
	if start == 0 || isNL(p.output[start-1]) {
		return start
	}
	return i
}

// buildBlockPlace returns where the block of build lines goes: after the
// last blank line among the lines of // comments and blank lines that open
// the file, or at the first //go:build line if it comes earlier, or else
// at the first // +build line if that does.
func (p *printer) buildBlockPlace(goBuild, plusBuild []int) int {
	place := 0
	for pos := 0; ; {
		blank := true
		for pos < len(p.output) && (p.output[pos] == ' ' || p.output[pos] == '\t') {
			pos++
		}
		if pos+3 < len(p.output) && bytes.HasPrefix(p.output[pos:], []byte{tabwriter.Escape, '/', '/'}) {
			blank = false
			for pos < len(p.output) && !isNL(p.output[pos]) {
				pos++
			}
		}
		if pos == len(p.output) || !isNL(p.output[pos]) {
			break // the first line that is neither blank nor a // comment
		}
		pos++
		if blank {
			place = pos
		}
	}
	if len(goBuild) > 0 && goBuild[0] < place {
		return goBuild[0]
	}
	if len(plusBuild) > 0 && plusBuild[0] < place {
		return plusBuild[0]
	}
	return place
}

// buildBlock returns the lines that replace the build lines, followed by
// a blank line.
func (p *printer) buildBlock(goBuild, plusBuild []int) []byte {
	var block []byte
	x := p.buildExpr(goBuild, plusBuild)
	if x == nil {
		for _, start := range append(goBuild, plusBuild...) {
			block = append(block, p.lineAt(start)...)
		}
		return append(block, '\n')
	}
	block = appendComment(block, "//go:build "+x.String())
	if len(plusBuild) > 0 {
		lines, err := constraint.PlusBuildLines(x)
		if err != nil {
			lines = []string{"// +build error: " + err.Error()}
		}
		for _, line := range lines {
			block = appendComment(block, line)
		}
	}
	return append(block, '\n')
}

// buildExpr returns the constraint the build lines state: that of the only
// //go:build line, or without one, the && of the // +build lines. It is
// nil when there are several //go:build lines or a line does not parse.
func (p *printer) buildExpr(goBuild, plusBuild []int) constraint.Expr {
	switch len(goBuild) {
	case 0:
		var x constraint.Expr
		for _, start := range plusBuild {
			y, err := constraint.Parse(p.commentTextAt(start))
			if err != nil {
				return nil
			}
			if x == nil {
				x = y
			} else {
				x = &constraint.AndExpr{X: x, Y: y}
			}
		}
		return x
	case 1:
		x, err := constraint.Parse(p.commentTextAt(goBuild[0]))
		if err != nil {
			return nil
		}
		return x
	}
	return nil
}

// appendComment appends a line holding the comment text, escaped as the
// printer escapes comments.
func appendComment(out []byte, text string) []byte {
	out = append(out, tabwriter.Escape)
	out = append(out, text...)
	return append(out, tabwriter.Escape, '\n')
}

// appendLines appends whole lines y to x, less y's first line if that is
// blank and x is empty or ends in a blank line: gofmt never leaves two
// blank lines in a row, nor one at the top of the file.
func appendLines(x, y []byte) []byte {
	xBlank := len(x) == 0 || len(x) >= 2 && isNL(x[len(x)-1]) && isNL(x[len(x)-2])
	if len(y) > 0 && isNL(y[0]) && xBlank {
		y = y[1:]
	}
	return append(x, y...)
}

// lineAt returns the line of p.output from offset start, with its line
// break.
func (p *printer) lineAt(start int) []byte {
	end := start
	for end < len(p.output) && !isNL(p.output[end]) {
		end++
	}
	if end < len(p.output) {
		end++
	}
	return p.output[start:end]
}

// commentTextAt returns the text of the comment escaped at offset start:
// what follows up to the closing escape or the end of the line.
func (p *printer) commentTextAt(start int) string {
	if start < len(p.output) && p.output[start] == tabwriter.Escape {
		start++
	}
	end := start
	for end < len(p.output) && p.output[end] != tabwriter.Escape && !isNL(p.output[end]) {
		end++
	}
	return string(p.output[start:end])
}

// isNL reports whether b breaks a line in the tabwriter's input.
func isNL(b byte) bool {
	return b == '\n' || b == '\f'
}
