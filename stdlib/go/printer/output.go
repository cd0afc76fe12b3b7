package printer

import (
	"fmt"
	"go/ast"
	"go/token"
	"text/tabwriter"
)

const (
	maxNewlines = 2       // at most one empty line is kept between tokens
	infinity    = 1 << 30 // an offset or line past any source

	// debug, when set, writes the source position of each token before
	// it, as a /*file:line:column*/ comment: a way to see which position
	// drove a line break.
	debug = false
)

// whiteSpace is a white-space request in the item stream. Requests are
// buffered until the next token (see print) and then written as bytes:
// the byte of each request is what lands in the tabwriter's input.
type whiteSpace byte

const (
	ignore   = whiteSpace(0)    // a cancelled request
	blank    = whiteSpace(' ')  // a space
	vtab     = whiteSpace('\v') // ends an aligned cell
	newline  = whiteSpace('\n') // a line break
	formfeed = whiteSpace('\f') // a line break that ends a block of aligned lines
	indent   = whiteSpace('>')  // one level more of indentation
	unindent = whiteSpace('<')  // one level less
)

// pmode flags, toggled by printing them, tune how comments end.
type pmode int

const (
	noExtraBlank     pmode = 1 << iota // no blank after a /*-style comment
	noExtraLinebreak                   // no line break after a /*-style comment
)

// commentInfo describes the next source comment group still to print.
type commentInfo struct {
	cindex         int               // index of the group after it in comments
	comment        *ast.CommentGroup // the group, or nil
	commentOffset  int               // its source offset, or infinity when there is none
	commentNewline bool              // whether it spans or ends a line
}

// A printer holds the state of one Fprint call.
type printer struct {
	Config
	fset *token.FileSet

	output       []byte       // the tabwriter's input, built up so far
	indent       int          // current indentation level
	level        int          // nesting depth of composite literals
	mode         pmode        // current pmode flags
	endAlignment bool         // a literal broke the line: stop aligning until its end
	impliedSemi  bool         // a line break here would insert a semicolon
	lastTok      token.Token  // token printed last, or ILLEGAL if white space came after it
	prevOpen     token.Token  // "(" or "[" if it was the token before lastTok
	wsbuf        []whiteSpace // white-space requests waiting for the next token

	// pos is where the printer is in the source, out where it is in the
	// output; they differ in line when lines were added or dropped (only
	// SourcePos cares), and in column always. last is pos after the last
	// text written.
	pos     token.Position
	out     token.Position
	last    token.Position
	linePtr *int // where to store the output line of the next token

	comments        []*ast.CommentGroup // the comments to intersperse, in source order
	useNodeComments bool                // print nodes' Doc and Comment fields instead
	commentInfo

	nodeSizes map[ast.Node]int // cache of nodeSize results

	// lineFor caches its last answer: it is often asked the same twice.
	cachedPos  token.Pos
	cachedLine int
}

func newPrinter(cfg *Config, fset *token.FileSet, sizes map[ast.Node]int) *printer {
	return &printer{
		Config:    *cfg,
		fset:      fset,
		pos:       token.Position{Line: 1, Column: 1},
		out:       token.Position{Line: 1, Column: 1},
		wsbuf:     make([]whiteSpace, 0, 16),
		nodeSizes: sizes,
		cachedPos: -1,
	}
}

// posFor returns the source position of pos, ignoring //line directives.
func (p *printer) posFor(pos token.Pos) token.Position {
	return p.fset.PositionFor(pos, false)
}

// lineFor returns the source line of pos, ignoring //line directives.
func (p *printer) lineFor(pos token.Pos) int {
	if pos != p.cachedPos {
		p.cachedPos = pos
		p.cachedLine = p.fset.PositionFor(pos, false).Line
	}
	return p.cachedLine
}

// recordLine asks print to store the output line of the next token in
// *linePtr, whatever white space and comments come before it.
func (p *printer) recordLine(linePtr *int) {
	p.linePtr = linePtr
}

// linesFrom returns how many output lines were written since line.
func (p *printer) linesFrom(line int) int {
	return p.out.Line - line
}

// --- Writing bytes ---

// writeLineDirective writes a //line comment for pos if the output no
// longer stands at pos's line. The tabwriter must not see its newline.
func (p *printer) writeLineDirective(pos token.Position) {
	if !pos.IsValid() || (p.out.Line == pos.Line && p.out.Filename == pos.Filename) {
		return
	}
	p.output = append(p.output, tabwriter.Escape)
	p.output = append(p.output, fmt.Sprintf("//line %s:%d\n", pos.Filename, pos.Line)...)
	p.output = append(p.output, tabwriter.Escape)
	p.out.Filename = pos.Filename
	p.out.Line = pos.Line
}

// writeIndent starts a line with the base and current indentation. These
// are tabs the tabwriter keeps as they are: they lead the line.
func (p *printer) writeIndent() {
	n := p.Config.Indent + p.indent
	for i := 0; i < n; i++ {
		p.output = append(p.output, '\t')
	}
	p.pos.Offset += n
	p.pos.Column += n
	p.out.Column += n
}

// writeByte writes the white-space byte ch n times.
func (p *printer) writeByte(ch byte, n int) {
	if p.endAlignment {
		// A multi-line literal ended on this line: cells after it must not
		// align with anything, and the line break ends the block.
		switch ch {
		case '\t', '\v':
			ch = ' '
		case '\n', '\f':
			ch = '\f'
			p.endAlignment = false
		}
	}
	if p.out.Column == 1 {
		p.writeIndent()
	}
	for i := 0; i < n; i++ {
		p.output = append(p.output, ch)
	}
	p.pos.Offset += n
	if ch == '\n' || ch == '\f' {
		p.pos.Line += n
		p.out.Line += n
		p.pos.Column = 1
		p.out.Column = 1
		return
	}
	p.pos.Column += n
	p.out.Column += n
}

// writeString writes the text s of a token, literal or comment found at
// pos. A literal (isLit) may hold tabs and newlines: it is escaped so the
// tabwriter passes it through.
func (p *printer) writeString(pos token.Position, s string, isLit bool) {
	if p.out.Column == 1 {
		if p.Config.Mode&SourcePos != 0 {
			p.writeLineDirective(pos)
		}
		p.writeIndent()
	}
	if pos.IsValid() {
		// After the indentation, which moved p.pos: s is at pos.
		p.pos = pos
	}
	if isLit {
		p.output = append(p.output, tabwriter.Escape)
	}
	if debug {
		p.output = append(p.output, fmt.Sprintf("/*%s*/", pos)...)
	}
	p.output = append(p.output, s...)
	if isLit {
		p.output = append(p.output, tabwriter.Escape)
	}

	lines, lastBreak := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' || s[i] == '\f' {
			lines++
			lastBreak = i
			p.endAlignment = true
		}
	}
	p.pos.Offset += len(s)
	if lines > 0 {
		p.pos.Line += lines
		p.out.Line += lines
		p.pos.Column = len(s) - lastBreak
		p.out.Column = len(s) - lastBreak
	} else {
		p.pos.Column += len(s)
		p.out.Column += len(s)
	}
	p.last = p.pos
}

// writeWhitespace emits the oldest n pending white-space requests and
// removes them from wsbuf.
func (p *printer) writeWhitespace(n int) {
	for i := 0; i < n; i++ {
		switch ch := p.wsbuf[i]; ch {
		case ignore:
		case indent:
			p.indent++
		case unindent:
			if p.indent > 0 {
				p.indent--
			}
		case newline, formfeed:
			// An unindent right after a line break belongs to the next
			// line (it places a label): swap the two so the label line is
			// indented less, and end the block so that the label's width
			// does not widen the columns of the lines above.
			if i+1 < n && p.wsbuf[i+1] == unindent {
				p.wsbuf[i], p.wsbuf[i+1] = unindent, formfeed
				i--
				continue
			}
			p.writeByte(byte(ch), 1)
		default:
			p.writeByte(byte(ch), 1)
		}
	}
	l := copy(p.wsbuf, p.wsbuf[n:])
	p.wsbuf = p.wsbuf[:l]
}

// --- The item stream ---

// nlimit caps a count of line breaks at maxNewlines.
func nlimit(n int) int {
	if n > maxNewlines {
		n = maxNewlines
	}
	return n
}

// mayCombine reports whether a token starting with next, printed right
// after prev, would be read as another token ("+" "+" as "++", "1" "." as
// the float "1.").
func mayCombine(prev token.Token, next byte) bool {
	switch prev {
	case token.INT:
		return next == '.'
	case token.ADD:
		return next == '+'
	case token.SUB:
		return next == '-'
	case token.QUO:
		return next == '*'
	case token.LSS:
		return next == '-' || next == '<'
	case token.AND:
		return next == '&' || next == '^'
	}
	return false
}

// print prints a sequence of items: white-space requests and pmode flags
// (buffered), token.Pos values (the source position of the next item), and
// the text items *ast.Ident, *ast.BasicLit, token.Token and string (the
// last for text that is no token: BadExpr and the like in broken trees,
// notes on filtered fields). Before a text item it writes the
// comments that come before it in the source together with the buffered
// white space, then any line breaks the source has there, then the text.
func (p *printer) print(args ...any) {
	for _, arg := range args {
		var text string
		var isLit bool
		var impliedSemi bool // p.impliedSemi once the text is written

		switch p.lastTok {
		case token.ILLEGAL:
		case token.LPAREN, token.LBRACK:
			p.prevOpen = p.lastTok
		default:
			p.prevOpen = token.ILLEGAL
		}

		switch x := arg.(type) {
		case pmode:
			p.mode ^= x
			continue
		case whiteSpace:
			p.bufferWhitespace(x)
			continue
		case token.Pos:
			if x.IsValid() {
				p.pos = p.posFor(x)
			}
			continue
		case *ast.Ident:
			text = x.Name
			impliedSemi = true
			p.lastTok = token.IDENT
		case *ast.BasicLit:
			text = x.Value
			isLit = true
			impliedSemi = true
			p.lastTok = x.Kind
		case token.Token:
			text = x.String()
			if mayCombine(p.lastTok, text[0]) {
				p.wsbuf = append(p.wsbuf, blank)
			}
			switch x {
			case token.BREAK, token.CONTINUE, token.FALLTHROUGH, token.RETURN,
				token.INC, token.DEC, token.RPAREN, token.RBRACK, token.RBRACE:
				impliedSemi = true
			}
			p.lastTok = x
		case string:
			text = x
			isLit = true
			impliedSemi = true
			p.lastTok = token.STRING
		default:
			panic(fmt.Sprintf("go/printer: unsupported item %v (%T)", arg, arg))
		}

		next := p.pos // where the text is in the source
		wroteNewline, droppedFF := p.flush(next, p.lastTok)

		// Keep the source's line breaks before the text, unless they would
		// end a statement early.
		if !p.impliedSemi {
			n := nlimit(next.Line - p.pos.Line)
			if wroteNewline && n == maxNewlines {
				n = maxNewlines - 1
			}
			if n > 0 {
				ch := byte('\n')
				if droppedFF {
					ch = '\f'
				}
				p.writeByte(ch, n)
				impliedSemi = false
			}
		}
		if p.linePtr != nil {
			*p.linePtr = p.out.Line
			p.linePtr = nil
		}
		p.writeString(next, text, isLit)
		p.impliedSemi = impliedSemi
	}
}

// bufferWhitespace adds a white-space request to the buffer.
func (p *printer) bufferWhitespace(ws whiteSpace) {
	if ws == ignore {
		// An ignore between a line break and an unindent would hide the
		// pair from writeWhitespace.
		return
	}
	p.wsbuf = append(p.wsbuf, ws)
	if ws == newline || ws == formfeed {
		// A comment may now come before the next token without ending a
		// statement.
		p.impliedSemi = false
	}
	p.lastTok = token.ILLEGAL
}

// flush writes the comments before next, a token tok, mixed into the
// buffered white space, or just the white space if there are none. It
// reports whether a newline was written and whether a formfeed was dropped
// in favour of a comment's own line break.
func (p *printer) flush(next token.Position, tok token.Token) (wroteNewline, droppedFF bool) {
	if p.commentBefore(next) {
		return p.intersperseComments(next, tok)
	}
	p.writeWhitespace(len(p.wsbuf))
	return false, false
}

// linebreak requests enough line breaks to reach the source line, at
// least min, at most maxNewlines. ws comes first; with newSection the first
// break is a formfeed. It returns 0 for no break, 1 for a newline and more
// for a formfeed or several breaks.
func (p *printer) linebreak(line, min int, ws whiteSpace, newSection bool) int {
	n := nlimit(line - p.pos.Line)
	if n < min {
		n = min
	}
	if n == 0 {
		return 0
	}
	p.print(ws)
	breaks := n
	if newSection {
		p.print(formfeed)
		n--
		breaks++
	}
	for ; n > 0; n-- {
		p.print(newline)
	}
	return breaks
}
