package printer

import (
	"bytes"
	"go/ast"
	"go/token"
	"strconv"
	"strings"
	"unicode"
)

// file prints a whole source file.
func (p *printer) file(src *ast.File) {
	p.setComment(src.Doc)
	p.print(src.Pos(), token.PACKAGE, blank)
	p.expr(src.Name)
	p.declList(src.Decls)
	p.print(newline)
}

// declList prints top-level declarations one a line. An empty line
// separates declarations of different kinds and precedes one with a doc
// comment; a multi-line function starts a new block of aligned lines.
func (p *printer) declList(list []ast.Decl) {
	tok := token.ILLEGAL
	for _, d := range list {
		prev := tok
		tok = declToken(d)
		// Nothing is written before a list printed on its own.
		if len(p.output) > 0 {
			min := 1
			if prev != tok || docComment(d) != nil {
				min = 2
			}
			p.linebreak(p.lineFor(d.Pos()), min, ignore, tok == token.FUNC && p.numLines(d) > 1)
		}
		p.decl(d)
	}
}

// declToken returns the keyword of a declaration.
func declToken(decl ast.Decl) token.Token {
	switch d := decl.(type) {
	case *ast.GenDecl:
		return d.Tok
	case *ast.FuncDecl:
		return token.FUNC
	}
	return token.ILLEGAL
}

func (p *printer) decl(decl ast.Decl) {
	switch d := decl.(type) {
	case *ast.BadDecl:
		p.print(d.Pos(), "BadDecl")
	case *ast.GenDecl:
		p.genDecl(d)
	case *ast.FuncDecl:
		p.funcDecl(d)
	default:
		panic("go/printer: unexpected declaration")
	}
}

// genDecl prints an import, const, var or type declaration, grouped in
// parentheses or not.
func (p *printer) genDecl(d *ast.GenDecl) {
	p.setComment(d.Doc)
	p.print(d.Pos(), d.Tok, blank)

	if !d.Lparen.IsValid() && len(d.Specs) <= 1 {
		if len(d.Specs) == 1 {
			p.spec(d.Specs[0], 1, true)
		}
		return
	}

	p.print(d.Lparen, token.LPAREN)
	if n := len(d.Specs); n > 0 {
		p.print(indent, formfeed)
		// Grouped consts and vars are printed in aligned columns.
		var keepType []bool
		if n > 1 && (d.Tok == token.CONST || d.Tok == token.VAR) {
			keepType = keepTypeColumn(d.Specs)
		}
		var line int
		for i, s := range d.Specs {
			if i > 0 {
				p.linebreak(p.lineFor(s.Pos()), 1, ignore, p.linesFrom(line) > 0)
			}
			p.recordLine(&line)
			if keepType != nil {
				p.valueSpec(s.(*ast.ValueSpec), keepType[i])
			} else {
				p.spec(s, n, false)
			}
		}
		p.print(unindent, formfeed)
	}
	p.print(d.Rparen, token.RPAREN)
}

// keepTypeColumn decides, for a group of const or var specs printed in
// the columns names, type, "= values", comment, where values go. In a run
// of consecutive specs with values where none has a type, the values move
// left into the empty type column; otherwise the type column is kept. The
// i'th result is true if spec i keeps its type column.
//
//	x int = 1     keep (a type)
//	y     = 2     keep (same run)
//	z             no values: the run ends
//	w = 3         moved: no type in this run
func keepTypeColumn(specs []ast.Spec) []bool {
	keep := make([]bool, len(specs))
	start := -1 // first spec of the current run, or -1
	runHasType := false
	endRun := func(end int) {
		for i := start; i < end && runHasType; i++ {
			keep[i] = true
		}
		start = -1
	}
	for i, s := range specs {
		vs := s.(*ast.ValueSpec)
		if vs.Values != nil {
			if start < 0 {
				start = i
				runHasType = false
			}
		} else if start >= 0 {
			endRun(i)
		}
		if vs.Type != nil {
			runHasType = true
		}
	}
	if start >= 0 {
		endRun(len(specs))
	}
	return keep
}

// valueSpec prints a const or var spec of a group as cells: names, type,
// "= values" and comment. Missing cells are filled with empty ones so that
// the comments align.
func (p *printer) valueSpec(s *ast.ValueSpec, keepType bool) {
	p.setComment(s.Doc)
	p.identList(s.Names, false)
	extraTabs := 3
	if s.Type != nil || keepType {
		p.print(vtab)
		extraTabs--
	}
	if s.Type != nil {
		p.expr(s.Type)
	}
	if s.Values != nil {
		p.print(vtab, token.ASSIGN, blank)
		p.exprList(token.NoPos, s.Values, 1, 0, token.NoPos, false)
		extraTabs--
	}
	if s.Comment != nil {
		for ; extraTabs > 0; extraTabs-- {
			p.print(vtab)
		}
		p.setComment(s.Comment)
	}
}

// spec prints one spec; n is the number of specs of its group. doIndent
// indents the continuation lines of a multi-line name list.
func (p *printer) spec(spec ast.Spec, n int, doIndent bool) {
	switch s := spec.(type) {
	case *ast.ImportSpec:
		p.setComment(s.Doc)
		if s.Name != nil {
			p.expr(s.Name)
			p.print(blank)
		}
		p.expr(sanitizeImportPath(s.Path))
		p.setComment(s.Comment)
		p.print(s.EndPos)

	case *ast.ValueSpec:
		p.setComment(s.Doc)
		p.identList(s.Names, doIndent)
		if s.Type != nil {
			p.print(blank)
			p.expr(s.Type)
		}
		if s.Values != nil {
			p.print(blank, token.ASSIGN, blank)
			p.exprList(token.NoPos, s.Values, 1, 0, token.NoPos, false)
		}
		p.setComment(s.Comment)

	case *ast.TypeSpec:
		p.setComment(s.Doc)
		p.expr(s.Name)
		if s.TypeParams != nil {
			p.parameters(s.TypeParams, typeTParam)
		}
		// In a group, the types are aligned in a column.
		if n == 1 {
			p.print(blank)
		} else {
			p.print(vtab)
		}
		if s.Assign.IsValid() {
			p.print(token.ASSIGN, blank)
		}
		p.expr(s.Type)
		p.setComment(s.Comment)

	default:
		panic("go/printer: unexpected spec")
	}
}

// sanitizeImportPath returns the import path lit as a double-quoted
// string: `fmt` becomes "fmt". A path that is not a valid import path, as
// the spec restricts them, is left as it is.
func sanitizeImportPath(lit *ast.BasicLit) *ast.BasicLit {
	if lit.Kind != token.STRING {
		return lit
	}
	s, err := strconv.Unquote(lit.Value)
	if err != nil || s == "" {
		return lit
	}
	const illegalChars = `!"#$%&'()*,:;<=>?[\]^{|}` + "`\uFFFD"
	for _, r := range s {
		if !unicode.IsGraphic(r) || unicode.IsSpace(r) || strings.ContainsRune(illegalChars, r) {
			return lit
		}
	}
	s = strconv.Quote(s)
	if s == lit.Value {
		return lit
	}
	return &ast.BasicLit{ValuePos: lit.ValuePos, Kind: token.STRING, Value: s}
}

// funcDecl prints a function or method declaration.
func (p *printer) funcDecl(d *ast.FuncDecl) {
	p.setComment(d.Doc)
	p.print(d.Pos(), token.FUNC, blank)
	// The white space before "func" is only written with it: measure the
	// header from here.
	startCol := p.out.Column - len("func ")
	if d.Recv != nil {
		p.parameters(d.Recv, funcParam)
		p.print(blank)
	}
	p.expr(d.Name)
	p.signature(d.Type)
	p.funcBody(p.distanceFrom(d.Pos(), startCol), vtab, d.Body)
}

// distanceFrom returns the output width from column startOutCol to here,
// or infinity if the source position startPos is not on the current line.
func (p *printer) distanceFrom(startPos token.Pos, startOutCol int) int {
	if startPos.IsValid() && p.pos.IsValid() && p.posFor(startPos).Line == p.pos.Line {
		return p.out.Column - startOutCol
	}
	return infinity
}

// funcBody prints the body of a function after a header headerSize wide.
// A body written on one source line, with few statements, stays on the
// header's line if the whole fits in 100 columns: func f() { return 1 }.
// sep separates it from the header (a vtab aligns consecutive one-line
// functions).
func (p *printer) funcBody(headerSize int, sep whiteSpace, b *ast.BlockStmt) {
	if b == nil {
		return
	}
	// The body is not inside the composite literal a func literal may be in.
	savedLevel := p.level
	p.level = 0
	defer func() { p.level = savedLevel }()

	const maxSize = 100
	if headerSize+p.bodySize(b, maxSize) <= maxSize {
		p.print(sep, b.Lbrace, token.LBRACE)
		if len(b.List) > 0 {
			p.print(blank)
			for i, s := range b.List {
				if i > 0 {
					p.print(token.SEMICOLON, blank)
				}
				p.stmt(s, i == len(b.List)-1)
			}
			p.print(blank)
		}
		p.print(noExtraLinebreak, b.Rbrace, token.RBRACE, noExtraLinebreak)
		return
	}
	if sep != ignore {
		p.print(blank)
	}
	p.block(b, 1)
}

// bodySize returns the one-line width of a block's statements and
// comments, or more than maxSize if it cannot be printed on one line.
func (p *printer) bodySize(b *ast.BlockStmt, maxSize int) int {
	pos1, pos2 := b.Pos(), b.Rbrace
	if pos1.IsValid() && pos2.IsValid() && p.lineFor(pos1) != p.lineFor(pos2) {
		return maxSize + 1 // the source spreads it over lines
	}
	if len(b.List) > 5 {
		return maxSize + 1
	}
	size := p.commentSizeBefore(p.posFor(pos2))
	for i, s := range b.List {
		if size > maxSize {
			break
		}
		if i > 0 {
			size += 2 // "; "
		}
		size += p.nodeSize(s, maxSize)
	}
	return size
}

// numLines returns the number of source lines n spans.
func (p *printer) numLines(n ast.Node) int {
	if from := n.Pos(); from.IsValid() {
		if to := n.End(); to.IsValid() {
			return p.lineFor(to) - p.lineFor(from) + 1
		}
	}
	return infinity
}

// nodeSize returns the width of n printed on one line, or more than
// maxSize if it is wider or does not fit on one line. It prints n with a
// nested printer in RawFormat, so that the answer does not depend on the
// caller's configuration. Results are cached: the nested printer measures
// the nodes inside n too, and nests of composite literals would otherwise
// be measured again at every level.
func (p *printer) nodeSize(n ast.Node, maxSize int) int {
	if size, found := p.nodeSizes[n]; found {
		return size
	}
	tooWide := maxSize + 1
	p.nodeSizes[n] = tooWide // until measured: n does not fit

	var buf bytes.Buffer
	cfg := Config{Mode: RawFormat}
	if err := cfg.fprint(&buf, p.fset, n, p.nodeSizes); err != nil {
		return tooWide
	}
	if buf.Len() > maxSize || bytes.ContainsAny(buf.Bytes(), "\n\f") {
		return tooWide
	}
	p.nodeSizes[n] = buf.Len()
	return buf.Len()
}
