package parser

// This file parses statements. Statements that begin with an expression
// (assignments, sends, increments, labels, expression statements) cannot
// be told apart by their first token: parseSimpleStmt reads the
// expression list first and decides by the token after it.

import (
	"fmt"
	"go/ast"
	"go/token"
)

// StatementList = { Statement ";" } .
func (p *parser) parseStmtList() []ast.Stmt {
	defer p.enter("StatementList")()
	var list []ast.Stmt
	for p.tok != token.CASE && p.tok != token.DEFAULT && p.tok != token.RBRACE && p.tok != token.EOF {
		list = append(list, p.parseStmt())
	}
	return list
}

// FunctionBody = Block .
func (p *parser) parseBody() *ast.BlockStmt {
	defer p.enter("Body")()
	return p.parseBlock()
}

// Block = "{" StatementList "}" .
func (p *parser) parseBlockStmt() *ast.BlockStmt {
	defer p.enter("BlockStmt")()
	return p.parseBlock()
}

// parseBlock reads a block; a missing '}' leaves Rbrace without position.
func (p *parser) parseBlock() *ast.BlockStmt {
	lbrace := p.expect(token.LBRACE)
	list := p.parseStmtList()
	rbrace := p.expect2(token.RBRACE)
	return &ast.BlockStmt{Lbrace: lbrace, List: list, Rbrace: rbrace}
}

// Statement = Declaration | LabeledStmt | SimpleStmt | GoStmt | ReturnStmt
// | BreakStmt | ContinueStmt | GotoStmt | FallthroughStmt | Block | IfStmt
// | SwitchStmt | SelectStmt | ForStmt | DeferStmt .
func (p *parser) parseStmt() ast.Stmt {
	defer p.nest()()
	defer p.enter("Statement")()
	switch p.tok {
	case token.CONST, token.TYPE, token.VAR:
		return &ast.DeclStmt{Decl: p.parseDecl(stmtStart)}
	case token.IDENT, token.INT, token.FLOAT, token.IMAG, token.CHAR, token.STRING, token.FUNC, token.LPAREN, // start an operand
		token.LBRACK, token.STRUCT, token.MAP, token.CHAN, token.INTERFACE, // start a type or composite literal
		token.ADD, token.SUB, token.MUL, token.AND, token.XOR, token.ARROW, token.NOT: // prefix operators
		s, _ := p.parseSimpleStmt(labelOk)
		// a labeled statement has read its statement, ';' included
		if _, isLabeled := s.(*ast.LabeledStmt); !isLabeled {
			p.expectSemi()
		}
		return s
	case token.GO:
		return p.parseGoStmt()
	case token.DEFER:
		return p.parseDeferStmt()
	case token.RETURN:
		return p.parseReturnStmt()
	case token.BREAK, token.CONTINUE, token.GOTO, token.FALLTHROUGH:
		return p.parseBranchStmt(p.tok)
	case token.LBRACE:
		s := p.parseBlockStmt()
		p.expectSemi()
		return s
	case token.IF:
		return p.parseIfStmt()
	case token.SWITCH:
		return p.parseSwitchStmt()
	case token.SELECT:
		return p.parseSelectStmt()
	case token.FOR:
		return p.parseForStmt()
	case token.SEMICOLON:
		s := &ast.EmptyStmt{Semicolon: p.pos, Implicit: p.lit == "\n"}
		p.next()
		return s
	case token.RBRACE:
		// the ';' may be left out before a '}'
		return &ast.EmptyStmt{Semicolon: p.pos, Implicit: true}
	}
	pos := p.pos
	p.errorExpected(pos, "statement")
	p.advance(stmtStart)
	return &ast.BadStmt{From: pos, To: p.pos}
}

// What parseSimpleStmt accepts besides a simple statement.
const (
	basic   = iota // a simple statement only
	labelOk        // or a labeled statement
	rangeOk        // or a range clause "k, v := range x"
)

// SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt
// | Assignment | ShortVarDecl .
// With rangeOk, the second result reports a range clause, returned as an
// assignment whose right-hand side is the UnaryExpr "range x".
func (p *parser) parseSimpleStmt(mode int) (ast.Stmt, bool) {
	defer p.enter("SimpleStmt")()
	x := p.parseList(false)

	switch p.tok {
	case token.DEFINE, token.ASSIGN, token.ADD_ASSIGN, token.SUB_ASSIGN, token.MUL_ASSIGN,
		token.QUO_ASSIGN, token.REM_ASSIGN, token.AND_ASSIGN, token.OR_ASSIGN,
		token.XOR_ASSIGN, token.SHL_ASSIGN, token.SHR_ASSIGN, token.AND_NOT_ASSIGN:
		return p.parseAssignment(x, mode)
	}

	if len(x) > 1 {
		p.errorExpected(x[0].Pos(), "1 expression") // go on with the first
	}
	switch p.tok {
	case token.COLON:
		return p.parseLabeledStmt(x[0], mode), false
	case token.ARROW:
		arrow := p.pos
		p.next()
		y := p.parseRhs()
		return &ast.SendStmt{Chan: x[0], Arrow: arrow, Value: y}, false
	case token.INC, token.DEC:
		s := &ast.IncDecStmt{X: x[0], TokPos: p.pos, Tok: p.tok}
		p.next()
		return s, false
	}
	return &ast.ExprStmt{X: x[0]}, false
}

// parseAssignment reads the operator and right-hand side of an assignment
// whose left-hand side lhs is read.
func (p *parser) parseAssignment(lhs []ast.Expr, mode int) (ast.Stmt, bool) {
	pos, tok := p.pos, p.tok
	p.next()
	var rhs []ast.Expr
	isRange := false
	if mode == rangeOk && p.tok == token.RANGE && (tok == token.DEFINE || tok == token.ASSIGN) {
		rangePos := p.pos
		p.next()
		rhs = []ast.Expr{&ast.UnaryExpr{OpPos: rangePos, Op: token.RANGE, X: p.parseRhs()}}
		isRange = true
	} else {
		rhs = p.parseList(true)
	}
	as := &ast.AssignStmt{Lhs: lhs, TokPos: pos, Tok: tok, Rhs: rhs}
	if tok == token.DEFINE {
		p.checkAssignStmt(as)
	}
	return as, isRange
}

// LabeledStmt = Label ":" Statement .
// The ':' is the current token. An illegal label is reported at the ':',
// since the error that made it illegal may lie anywhere before it.
func (p *parser) parseLabeledStmt(x ast.Expr, mode int) ast.Stmt {
	colon := p.pos
	p.next()
	if label, isIdent := x.(*ast.Ident); mode == labelOk && isIdent {
		return &ast.LabeledStmt{Label: label, Colon: colon, Stmt: p.parseStmt()}
	}
	p.error(colon, "illegal label declaration")
	return &ast.BadStmt{From: x.Pos(), To: colon + 1}
}

// checkAssignStmt reports what is not a name on the left of ':='.
func (p *parser) checkAssignStmt(as *ast.AssignStmt) {
	for _, x := range as.Lhs {
		if _, isIdent := x.(*ast.Ident); !isIdent {
			p.errorExpected(x.Pos(), "identifier on left side of :=")
		}
	}
}

// parseCallExpr reads the call of a go or defer statement; it returns nil
// (having reported it) for anything but a call.
func (p *parser) parseCallExpr(callType string) *ast.CallExpr {
	x := p.parseRhsOrType() // (T)(x) is a call too
	if call, isCall := x.(*ast.CallExpr); isCall {
		return call
	}
	if _, isBad := x.(*ast.BadExpr); !isBad {
		// a BadExpr is reported already
		p.error(p.safePos(x.End()), fmt.Sprintf("function must be invoked in %s statement", callType))
	}
	return nil
}

// GoStmt = "go" Expression .
func (p *parser) parseGoStmt() ast.Stmt {
	defer p.enter("GoStmt")()
	pos := p.expect(token.GO)
	call := p.parseCallExpr("go")
	p.expectSemi()
	if call == nil {
		return &ast.BadStmt{From: pos, To: pos + token.Pos(len("go"))}
	}
	return &ast.GoStmt{Go: pos, Call: call}
}

// DeferStmt = "defer" Expression .
func (p *parser) parseDeferStmt() ast.Stmt {
	defer p.enter("DeferStmt")()
	pos := p.expect(token.DEFER)
	call := p.parseCallExpr("defer")
	p.expectSemi()
	if call == nil {
		return &ast.BadStmt{From: pos, To: pos + token.Pos(len("defer"))}
	}
	return &ast.DeferStmt{Defer: pos, Call: call}
}

// ReturnStmt = "return" [ ExpressionList ] .
func (p *parser) parseReturnStmt() *ast.ReturnStmt {
	defer p.enter("ReturnStmt")()
	pos := p.pos
	p.expect(token.RETURN)
	var results []ast.Expr
	if p.tok != token.SEMICOLON && p.tok != token.RBRACE {
		results = p.parseList(true)
	}
	p.expectSemi()
	return &ast.ReturnStmt{Return: pos, Results: results}
}

// BreakStmt = "break" [ Label ] . ContinueStmt = "continue" [ Label ] .
// GotoStmt = "goto" Label . FallthroughStmt = "fallthrough" .
func (p *parser) parseBranchStmt(tok token.Token) *ast.BranchStmt {
	defer p.enter("BranchStmt")()
	pos := p.expect(tok)
	var label *ast.Ident
	if tok != token.FALLTHROUGH && p.tok == token.IDENT {
		label = p.parseIdent()
	}
	p.expectSemi()
	return &ast.BranchStmt{TokPos: pos, Tok: tok, Label: label}
}

// makeExpr returns the expression of the expression statement s, which
// stands where an expression (want) must; any other statement is
// reported. The usual cause is "if x == T{} {", which reads as the
// statement "x == T" followed by a block.
func (p *parser) makeExpr(s ast.Stmt, want string) ast.Expr {
	if s == nil {
		return nil
	}
	if es, isExpr := s.(*ast.ExprStmt); isExpr {
		return p.checkExpr(es.X)
	}
	found := "simple statement"
	if _, isAssign := s.(*ast.AssignStmt); isAssign {
		found = "assignment"
	}
	p.error(s.Pos(), fmt.Sprintf("expected %s, found %s (missing parentheses around composite literal?)", want, found))
	return &ast.BadExpr{From: s.Pos(), To: p.safePos(s.End())}
}

// parseIfHeader reads "[ SimpleStmt ";" ] Expression" up to the block,
// with the errors of Go's compiler for a missing condition.
func (p *parser) parseIfHeader() (init ast.Stmt, cond ast.Expr) {
	if p.tok == token.LBRACE {
		p.error(p.pos, "missing condition in if statement")
		return nil, &ast.BadExpr{From: p.pos, To: p.pos}
	}

	prevLev := p.exprLev
	p.exprLev = -1
	if p.tok != token.SEMICOLON {
		if p.tok == token.VAR {
			// "if var x = ...": report it, and read the rest
			p.next()
			p.error(p.pos, "var declaration not allowed in 'IF' initializer")
		}
		init, _ = p.parseSimpleStmt(basic)
	}

	var condStmt ast.Stmt
	var semiPos token.Pos
	var semiLit string // ";" or "\n" when semiPos is valid
	if p.tok == token.LBRACE {
		condStmt, init = init, nil // no init statement: it was the condition
	} else {
		if p.tok == token.SEMICOLON {
			semiPos, semiLit = p.pos, p.lit
			p.next()
		} else {
			p.expect(token.SEMICOLON)
		}
		if p.tok != token.LBRACE {
			condStmt, _ = p.parseSimpleStmt(basic)
		}
	}

	switch {
	case condStmt != nil:
		cond = p.makeExpr(condStmt, "boolean expression")
	case semiPos.IsValid() && semiLit == "\n":
		p.error(semiPos, "unexpected newline, expecting { after if clause")
	case semiPos.IsValid():
		p.error(semiPos, "missing condition in if statement")
	}
	if cond == nil {
		cond = &ast.BadExpr{From: p.pos, To: p.pos}
	}
	p.exprLev = prevLev
	return init, cond
}

// IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ] .
func (p *parser) parseIfStmt() *ast.IfStmt {
	defer p.nest()()
	defer p.enter("IfStmt")()
	pos := p.expect(token.IF)
	init, cond := p.parseIfHeader()
	body := p.parseBlockStmt()

	var elseStmt ast.Stmt
	if p.tok != token.ELSE {
		p.expectSemi()
		return &ast.IfStmt{If: pos, Init: init, Cond: cond, Body: body}
	}
	p.next()
	switch p.tok {
	case token.IF:
		elseStmt = p.parseIfStmt()
	case token.LBRACE:
		elseStmt = p.parseBlockStmt()
		p.expectSemi()
	default:
		p.errorExpected(p.pos, "if statement or block")
		elseStmt = &ast.BadStmt{From: p.pos, To: p.pos}
	}
	return &ast.IfStmt{If: pos, Init: init, Cond: cond, Body: body, Else: elseStmt}
}

// TypeList = Type { "," Type } .
func (p *parser) parseTypeList() []ast.Expr {
	defer p.enter("TypeList")()
	list := []ast.Expr{p.parseType()}
	for p.tok == token.COMMA {
		p.next()
		list = append(list, p.parseType())
	}
	return list
}

// ExprCaseClause = ExprSwitchCase ":" StatementList .
// TypeCaseClause = TypeSwitchCase ":" StatementList .
func (p *parser) parseCaseClause(typeSwitch bool) *ast.CaseClause {
	defer p.enter("CaseClause")()
	pos := p.pos
	var list []ast.Expr
	if p.tok == token.CASE {
		p.next()
		if typeSwitch {
			list = p.parseTypeList()
		} else {
			list = p.parseList(true)
		}
	} else {
		p.expect(token.DEFAULT)
	}
	colon := p.expect(token.COLON)
	body := p.parseStmtList()
	return &ast.CaseClause{Case: pos, List: list, Colon: colon, Body: body}
}

func isTypeSwitchAssert(x ast.Expr) bool {
	a, ok := x.(*ast.TypeAssertExpr)
	return ok && a.Type == nil
}

// isTypeSwitchGuard reports whether s is "x.(type)" or "v := x.(type)";
// "v = x.(type)" is accepted too, and reported.
func (p *parser) isTypeSwitchGuard(s ast.Stmt) bool {
	switch t := s.(type) {
	case *ast.ExprStmt:
		return isTypeSwitchAssert(t.X)
	case *ast.AssignStmt:
		if len(t.Lhs) != 1 || len(t.Rhs) != 1 || !isTypeSwitchAssert(t.Rhs[0]) {
			return false
		}
		switch t.Tok {
		case token.ASSIGN:
			p.error(t.TokPos, "expected ':=', found '='")
			return true
		case token.DEFINE:
			return true
		}
	}
	return false
}

// SwitchStmt = ExprSwitchStmt | TypeSwitchStmt .
// ExprSwitchStmt = "switch" [ SimpleStmt ";" ] [ Expression ] "{" { ExprCaseClause } "}" .
// TypeSwitchStmt = "switch" [ SimpleStmt ";" ] TypeSwitchGuard "{" { TypeCaseClause } "}" .
func (p *parser) parseSwitchStmt() ast.Stmt {
	defer p.enter("SwitchStmt")()
	pos := p.expect(token.SWITCH)

	var init, tag ast.Stmt // tag is the expression or the type switch guard
	if p.tok != token.LBRACE {
		prevLev := p.exprLev
		p.exprLev = -1
		if p.tok != token.SEMICOLON {
			tag, _ = p.parseSimpleStmt(basic)
		}
		if p.tok == token.SEMICOLON {
			p.next()
			init, tag = tag, nil
			if p.tok != token.LBRACE {
				tag, _ = p.parseSimpleStmt(basic)
			}
		}
		p.exprLev = prevLev
	}

	typeSwitch := p.isTypeSwitchGuard(tag)
	lbrace := p.expect(token.LBRACE)
	var list []ast.Stmt
	for p.tok == token.CASE || p.tok == token.DEFAULT {
		list = append(list, p.parseCaseClause(typeSwitch))
	}
	rbrace := p.expect(token.RBRACE)
	p.expectSemi()
	body := &ast.BlockStmt{Lbrace: lbrace, List: list, Rbrace: rbrace}

	if typeSwitch {
		return &ast.TypeSwitchStmt{Switch: pos, Init: init, Assign: tag, Body: body}
	}
	return &ast.SwitchStmt{Switch: pos, Init: init, Tag: p.makeExpr(tag, "switch expression"), Body: body}
}

// CommClause = CommCase ":" StatementList .
// CommCase = "case" ( SendStmt | RecvStmt ) | "default" .
func (p *parser) parseCommClause() *ast.CommClause {
	defer p.enter("CommClause")()
	pos := p.pos
	var comm ast.Stmt
	if p.tok == token.CASE {
		p.next()
		comm = p.parseCommCase()
	} else {
		p.expect(token.DEFAULT)
	}
	colon := p.expect(token.COLON)
	body := p.parseStmtList()
	return &ast.CommClause{Case: pos, Comm: comm, Colon: colon, Body: body}
}

// RecvStmt = [ ExpressionList "=" | IdentifierList ":=" ] RecvExpr .
// parseCommCase reads a send or receive after "case".
func (p *parser) parseCommCase() ast.Stmt {
	lhs := p.parseList(false)
	switch tok := p.tok; tok {
	case token.ARROW:
		if len(lhs) > 1 {
			p.errorExpected(lhs[0].Pos(), "1 expression") // go on with the first
		}
		arrow := p.pos
		p.next()
		rhs := p.parseRhs()
		return &ast.SendStmt{Chan: lhs[0], Arrow: arrow, Value: rhs}
	case token.ASSIGN, token.DEFINE:
		if len(lhs) > 2 {
			p.errorExpected(lhs[0].Pos(), "1 or 2 expressions") // go on with two
			lhs = lhs[0:2]
		}
		pos := p.pos
		p.next()
		rhs := p.parseRhs()
		as := &ast.AssignStmt{Lhs: lhs, TokPos: pos, Tok: tok, Rhs: []ast.Expr{rhs}}
		if tok == token.DEFINE {
			p.checkAssignStmt(as)
		}
		return as
	}
	if len(lhs) > 1 {
		p.errorExpected(lhs[0].Pos(), "1 expression") // go on with the first
	}
	return &ast.ExprStmt{X: lhs[0]}
}

// SelectStmt = "select" "{" { CommClause } "}" .
func (p *parser) parseSelectStmt() *ast.SelectStmt {
	defer p.enter("SelectStmt")()
	pos := p.expect(token.SELECT)
	lbrace := p.expect(token.LBRACE)
	var list []ast.Stmt
	for p.tok == token.CASE || p.tok == token.DEFAULT {
		list = append(list, p.parseCommClause())
	}
	rbrace := p.expect(token.RBRACE)
	p.expectSemi()
	body := &ast.BlockStmt{Lbrace: lbrace, List: list, Rbrace: rbrace}
	return &ast.SelectStmt{Select: pos, Body: body}
}

// ForStmt = "for" [ Condition | ForClause | RangeClause ] Block .
// ForClause = [ InitStmt ] ";" [ Condition ] ";" [ PostStmt ] .
// RangeClause = [ ExpressionList "=" | IdentifierList ":=" ] "range" Expression .
func (p *parser) parseForStmt() ast.Stmt {
	defer p.enter("ForStmt")()
	pos := p.expect(token.FOR)

	var init, cond, post ast.Stmt
	var isRange bool
	if p.tok != token.LBRACE {
		prevLev := p.exprLev
		p.exprLev = -1
		if p.tok != token.SEMICOLON {
			if p.tok == token.RANGE {
				// "for range x": a range clause with nothing on the left
				rangePos := p.pos
				p.next()
				x := &ast.UnaryExpr{OpPos: rangePos, Op: token.RANGE, X: p.parseRhs()}
				cond = &ast.AssignStmt{Rhs: []ast.Expr{x}}
				isRange = true
			} else {
				cond, isRange = p.parseSimpleStmt(rangeOk)
			}
		}
		if !isRange && p.tok == token.SEMICOLON {
			p.next()
			init, cond = cond, nil
			if p.tok != token.SEMICOLON {
				cond, _ = p.parseSimpleStmt(basic)
			}
			p.expectSemi()
			if p.tok != token.LBRACE {
				post, _ = p.parseSimpleStmt(basic)
			}
		}
		p.exprLev = prevLev
	}

	body := p.parseBlockStmt()
	p.expectSemi()

	if isRange {
		return p.makeRangeStmt(pos, cond.(*ast.AssignStmt), body)
	}
	return &ast.ForStmt{
		For:  pos,
		Init: init,
		Cond: p.makeExpr(cond, "boolean or range expression"),
		Post: post,
		Body: body,
	}
}

// makeRangeStmt turns the range clause as, read as an assignment from
// "range x", into a RangeStmt with at most a key and a value.
func (p *parser) makeRangeStmt(pos token.Pos, as *ast.AssignStmt, body *ast.BlockStmt) ast.Stmt {
	var key, value ast.Expr
	switch len(as.Lhs) {
	case 0:
	case 1:
		key = as.Lhs[0]
	case 2:
		key, value = as.Lhs[0], as.Lhs[1]
	default:
		p.errorExpected(as.Lhs[len(as.Lhs)-1].Pos(), "at most 2 expressions")
		return &ast.BadStmt{From: pos, To: p.safePos(body.End())}
	}
	x := as.Rhs[0].(*ast.UnaryExpr).X
	return &ast.RangeStmt{For: pos, Key: key, Value: value, TokPos: as.TokPos, Tok: as.Tok, X: x, Body: body}
}
