// Package parser parses Go source files into abstract syntax trees
// (package go/ast). The source may come from a file, a string, a byte
// slice or a reader (see the Parse* functions, the entry points).
//
// The parser accepts more than the Go spec allows where that makes it
// simpler or helps it go on after an error, and leaves the rest to the
// type checker: a method may have several receivers, as its receiver is
// parsed like a parameter list, so ast.FuncDecl.Recv may hold more than
// one field.
//
// The parser is a recursive descent parser with one token of lookahead,
// one method per production of the Go spec's grammar (the grammar rule is
// written above each method). It is split by concern: this file holds the
// token stream (comments, errors, tracing, error recovery), types.go the
// type productions, exprs.go the expressions, stmts.go the statements,
// decls.go the declarations and source files, and resolver.go the pass
// that binds identifiers to their declarations afterwards.
//
// Where the grammar is ambiguous with one token of lookahead (is "a[n]"
// in "type a[n]T" an array length or a type parameter? is "T{" a composite
// literal or the block of an if statement?), the parser reads the longest
// form that could be either and decides afterwards, as Go's own parser
// does, so that the trees and errors are the ones Go produces.
package parser

import (
	"fmt"
	"go/ast"
	"go/internal/typeparams"
	"go/scanner"
	"go/token"
)

// The parser holds the state of one parse: the token stream with one token
// of lookahead, the comments and errors collected so far, and the context
// (expression nesting, right-hand side) that changes how a token is read.
type parser struct {
	file    *token.File
	errors  scanner.ErrorList
	scanner scanner.Scanner

	mode   Mode
	trace  bool // mode&Trace != 0, tested on every production
	indent int  // depth of the trace output

	// Comment groups seen so far, and the lead and line comments next to
	// the current token (see next).
	comments    []*ast.CommentGroup
	leadComment *ast.CommentGroup
	lineComment *ast.CommentGroup

	// The current token.
	pos token.Pos
	tok token.Token
	lit string

	// Error recovery: advance stops at most 10 times at the same position
	// without consuming a token, so that productions that each skip to a
	// synchronisation token cannot loop forever.
	syncPos token.Pos
	syncCnt int

	// exprLev is < 0 in the header of an if, for or switch statement,
	// where "T {" opens the block rather than a composite literal, and
	// counts the brackets around the current expression otherwise.
	exprLev int
	// inRhs is set while parsing a right-hand side, where '=' can only be
	// a mistyped '==' and is read as one.
	inRhs bool

	imports []*ast.ImportSpec

	// nestLev counts the recursive productions entered, to stop deeply
	// nested input before it exhausts the stack.
	nestLev int
}

func (p *parser) init(fset *token.FileSet, filename string, src []byte, mode Mode) {
	p.file = fset.AddFile(filename, -1, len(src))
	var scanMode scanner.Mode
	if mode&ParseComments != 0 {
		scanMode = scanner.ScanComments
	}
	report := func(pos token.Position, msg string) { p.errors.Add(pos, msg) }
	p.scanner.Init(p.file, src, report, scanMode)
	p.mode = mode
	p.trace = mode&Trace != 0
	p.next()
}

func (p *parser) allowGenerics() bool { return p.mode&typeparams.DisallowParsing == 0 }
func (p *parser) allowTypeSets() bool { return p.mode&typeparams.DisallowTypeSets == 0 }

// --- Tracing ---

// printTrace prints one trace line: the current token's line and column,
// then two dots per level of nesting, then a.
func (p *parser) printTrace(a ...any) {
	pos := p.file.Position(p.pos)
	fmt.Printf("%5d:%3d: ", pos.Line, pos.Column)
	const dots = ". . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . "
	for i := 2 * p.indent; i > 0; i -= len(dots) {
		fmt.Print(dots[:min(i, len(dots))])
	}
	fmt.Println(a...)
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

// enter traces the start of production name and returns the function
// that traces its end, to be deferred: defer p.enter("Type")().
func (p *parser) enter(name string) func() {
	if !p.trace {
		return func() {}
	}
	p.printTrace(name, "(")
	p.indent++
	return func() {
		p.indent--
		p.printTrace(")")
	}
}

// --- Nesting limit ---

// maxNestLev is the deepest nesting of productions the parser accepts.
const maxNestLev int = 1e5

// nest enters one more level of nesting and returns the function that
// leaves it, to be deferred: defer p.nest()().
func (p *parser) nest() func() {
	p.incNestLev()
	return func() { p.nestLev-- }
}

func (p *parser) incNestLev() {
	p.nestLev++
	if p.nestLev > maxNestLev {
		p.error(p.pos, "exceeded max nesting depth")
		panic(bailout{})
	}
}

// --- Tokens and comments ---

// next0 moves to the next token, comments included. When tracing, it
// prints the token it leaves: with one token of lookahead, that is the
// token the production just consumed.
func (p *parser) next0() {
	if p.trace && p.pos.IsValid() {
		s := p.tok.String()
		switch {
		case p.tok.IsLiteral():
			p.printTrace(s, p.lit)
		case p.tok.IsOperator(), p.tok.IsKeyword():
			p.printTrace("\"" + s + "\"")
		default:
			p.printTrace(s)
		}
	}
	p.pos, p.tok, p.lit = p.scanner.Scan()
}

// consumeComment reads the current comment and returns it with the line
// it ends on: a /*-style comment can span lines.
func (p *parser) consumeComment() (*ast.Comment, int) {
	endline := p.file.Line(p.pos)
	if p.lit[1] == '*' {
		for i := 0; i < len(p.lit); i++ {
			if p.lit[i] == '\n' {
				endline++
			}
		}
	}
	comment := &ast.Comment{Slash: p.pos, Text: p.lit}
	p.next0()
	return comment, endline
}

// consumeCommentGroup reads adjacent comments into one group, records it
// in p.comments and returns it with the line it ends on. A comment more
// than n lines below the previous one starts another group.
func (p *parser) consumeCommentGroup(n int) (*ast.CommentGroup, int) {
	var list []*ast.Comment
	endline := p.file.Line(p.pos)
	for p.tok == token.COMMENT && p.file.Line(p.pos) <= endline+n {
		var c *ast.Comment
		c, endline = p.consumeComment()
		list = append(list, c)
	}
	group := &ast.CommentGroup{List: list}
	p.comments = append(p.comments, group)
	return group, endline
}

// next moves to the next token that is not a comment, gathering the
// comments in between into groups. Two of them may become documentation:
//
//   - the line comment: a group that starts on the line of the previous
//     token and is the last thing on the line it ends on
//     (x int // the line comment of x);
//   - the lead comment: the last group, when it ends on the line just
//     above the new token (the doc comment of a declaration).
func (p *parser) next() {
	p.leadComment = nil
	p.lineComment = nil
	prev := p.pos
	p.next0()
	if p.tok != token.COMMENT {
		return
	}
	var group *ast.CommentGroup
	var endline int
	if p.file.Line(p.pos) == p.file.Line(prev) {
		group, endline = p.consumeCommentGroup(0)
		if p.file.Line(p.pos) != endline || p.tok == token.EOF {
			p.lineComment = group
		}
	}
	endline = -1
	for p.tok == token.COMMENT {
		group, endline = p.consumeCommentGroup(1)
	}
	if endline+1 == p.file.Line(p.pos) {
		p.leadComment = group
	}
}

// --- Errors ---

// A bailout panic stops the parse early; pos and msg are set only when
// the resolver stops, its message not reported yet.
type bailout struct {
	pos token.Pos
	msg string
}

// error records msg at pos. Unless AllErrors is set, a second error on
// the line of the last one is dropped (it usually follows from the first)
// and the parse stops after more than 10 errors.
func (p *parser) error(pos token.Pos, msg string) {
	defer p.enter("error: " + msg)()
	epos := p.file.Position(pos)
	if p.mode&AllErrors == 0 {
		n := len(p.errors)
		if n > 0 && p.errors[n-1].Pos.Line == epos.Line {
			return
		}
		if n > 10 {
			panic(bailout{})
		}
	}
	p.errors.Add(epos, msg)
}

// errorExpected reports that what was expected is missing; at the current
// token it says what was found instead: "expected ';', found 'EOF'".
func (p *parser) errorExpected(pos token.Pos, what string) {
	msg := "expected " + what
	if pos == p.pos {
		switch {
		case p.tok == token.SEMICOLON && p.lit == "\n":
			msg += ", found newline"
		case p.tok.IsLiteral():
			msg += ", found " + p.lit
		default:
			msg += ", found '" + p.tok.String() + "'"
		}
	}
	p.error(pos, msg)
}

// expect consumes the current token, complaining unless it is tok, and
// returns its position.
func (p *parser) expect(tok token.Token) token.Pos {
	pos := p.pos
	if p.tok != tok {
		p.errorExpected(pos, "'"+tok.String()+"'")
	}
	p.next()
	return pos
}

// expect2 is expect returning no position when the token is not tok.
func (p *parser) expect2(tok token.Token) token.Pos {
	var pos token.Pos
	if p.tok == tok {
		pos = p.pos
	} else {
		p.errorExpected(p.pos, "'"+tok.String()+"'")
	}
	p.next()
	return pos
}

// expectClosing is expect for the token closing a list, which says so
// when a newline ended the list early: a ',' is missing before it.
func (p *parser) expectClosing(tok token.Token, context string) token.Pos {
	if p.tok != tok && p.tok == token.SEMICOLON && p.lit == "\n" {
		p.error(p.pos, "missing ',' before newline in "+context)
		p.next()
	}
	return p.expect(tok)
}

// expectSemi consumes the ';' ending a statement or declaration, which
// may be left out before a closing ')' or '}'.
func (p *parser) expectSemi() {
	if p.tok == token.RPAREN || p.tok == token.RBRACE {
		return
	}
	switch p.tok {
	case token.COMMA:
		p.errorExpected(p.pos, "';'") // a ',' for a ';': complain, go on
		p.next()
	case token.SEMICOLON:
		p.next()
	default:
		p.errorExpected(p.pos, "';'")
		p.advance(stmtStart)
	}
}

// atComma reports whether a list goes on after its current element: at a
// ',', or at anything but the closing token, where a ',' is reported
// missing and taken as read.
func (p *parser) atComma(context string, closing token.Token) bool {
	if p.tok == token.COMMA {
		return true
	}
	if p.tok == closing {
		return false
	}
	msg := "missing ','"
	if p.tok == token.SEMICOLON && p.lit == "\n" {
		msg += " before newline"
	}
	p.error(p.pos, msg+" in "+context)
	return true
}

func assert(cond bool, msg string) {
	if !cond {
		panic("go/parser internal error: " + msg)
	}
}

// --- Error recovery ---

// A tokenSet is a set of tokens where parsing can resume after an error.
type tokenSet map[token.Token]bool

// Statements start at these keywords, and declarations at the last three.
var (
	stmtStart = tokenSet{
		token.BREAK: true, token.CONTINUE: true, token.DEFER: true, token.FALLTHROUGH: true,
		token.FOR: true, token.GO: true, token.GOTO: true, token.IF: true, token.RETURN: true,
		token.SELECT: true, token.SWITCH: true,
		token.CONST: true, token.TYPE: true, token.VAR: true,
	}
	declStart = tokenSet{token.CONST: true, token.TYPE: true, token.VAR: true}
	exprEnd   = tokenSet{
		token.COMMA: true, token.COLON: true, token.SEMICOLON: true,
		token.RPAREN: true, token.RBRACK: true, token.RBRACE: true,
	}
)

// advance skips tokens up to one in the set to (or EOF). It stops at the
// same position at most 10 times in a row: past that it skips at least
// one token, so that two productions recovering at the same token cannot
// hand it back and forth forever.
func (p *parser) advance(to tokenSet) {
	for ; p.tok != token.EOF; p.next() {
		if !to[p.tok] {
			continue
		}
		if p.pos == p.syncPos && p.syncCnt < 10 {
			p.syncCnt++
			return
		}
		if p.pos > p.syncPos {
			p.syncPos = p.pos
			p.syncCnt = 0
			return
		}
	}
}

// safePos returns pos, or the end of the file when pos lies outside it:
// end positions computed as a token's position plus its length can
// overshoot after an error.
func (p *parser) safePos(pos token.Pos) token.Pos {
	end := token.Pos(p.file.Base() + p.file.Size())
	if int(pos) < p.file.Base() || pos > end {
		return end
	}
	return pos
}

// --- Identifiers ---

// Ident = identifier .
// A missing identifier is reported and stands as "_".
func (p *parser) parseIdent() *ast.Ident {
	pos := p.pos
	name := "_"
	if p.tok == token.IDENT {
		name = p.lit
		p.next()
	} else {
		p.expect(token.IDENT)
	}
	return &ast.Ident{NamePos: pos, Name: name}
}

// IdentifierList = identifier { "," identifier } .
func (p *parser) parseIdentList() []*ast.Ident {
	defer p.enter("IdentList")()
	list := []*ast.Ident{p.parseIdent()}
	for p.tok == token.COMMA {
		p.next()
		list = append(list, p.parseIdent())
	}
	return list
}

// packIndexExpr builds x[args]: an IndexExpr for one argument, an
// IndexListExpr for more.
func packIndexExpr(x ast.Expr, lbrack token.Pos, args []ast.Expr, rbrack token.Pos) ast.Expr {
	assert(len(args) > 0, "index expression without indices")
	if len(args) == 1 {
		return &ast.IndexExpr{X: x, Lbrack: lbrack, Index: args[0], Rbrack: rbrack}
	}
	return &ast.IndexListExpr{X: x, Lbrack: lbrack, Indices: args, Rbrack: rbrack}
}
