package printer

import (
	"go/ast"
	"go/token"
)

// stmtList prints statements one a line, indented by nindent levels (0
// for the case clauses of a switch, which sit at the switch's level), with
// no line break after the last. Empty lines of the source between
// statements are kept, one at most. nextIsRBrace says a "}" follows.
func (p *printer) stmtList(list []ast.Stmt, nindent int, nextIsRBrace bool) {
	if nindent > 0 {
		p.print(indent)
	}
	var line int
	i := 0
	for _, s := range list {
		if _, isEmpty := s.(*ast.EmptyStmt); isEmpty {
			continue
		}
		// The first statement, each case clause and any statement after
		// a multi-line one start a new block of aligned lines. Nothing is
		// written before a list printed on its own.
		if len(p.output) > 0 {
			p.linebreak(p.lineFor(s.Pos()), 1, ignore, i == 0 || nindent == 0 || p.linesFrom(line) > 0)
		}
		p.recordLine(&line)
		p.stmt(s, nextIsRBrace && i == len(list)-1)
		// A label takes a line of its own: count from the statement.
		for t := s; ; {
			lt, ok := t.(*ast.LabeledStmt)
			if !ok {
				break
			}
			line++
			t = lt.Stmt
		}
		i++
	}
	if nindent > 0 {
		p.print(unindent)
	}
}

// block prints a block on at least two lines.
func (p *printer) block(b *ast.BlockStmt, nindent int) {
	p.print(b.Lbrace, token.LBRACE)
	p.stmtList(b.List, nindent, true)
	p.linebreak(p.lineFor(b.Rbrace), 1, ignore, true)
	p.print(b.Rbrace, token.RBRACE)
}

// controlClause prints the header of an if, switch or for statement:
// "init; expr; post" with only the semicolons required.
func (p *printer) controlClause(isForStmt bool, init ast.Stmt, expr ast.Expr, post ast.Stmt) {
	p.print(blank)
	needsBlank := false
	if init == nil && post == nil {
		if expr != nil {
			p.expr(stripParens(expr))
			needsBlank = true
		}
	} else {
		if init != nil {
			p.stmt(init, false)
		}
		p.print(token.SEMICOLON, blank)
		if expr != nil {
			p.expr(stripParens(expr))
			needsBlank = true
		}
		if isForStmt {
			p.print(token.SEMICOLON, blank)
			needsBlank = false
			if post != nil {
				p.stmt(post, false)
				needsBlank = true
			}
		}
	}
	if needsBlank {
		p.print(blank)
	}
}

// indentList reports whether a multi-line list of return values reads
// better indented as a whole: if some element starts on a later line than
// the previous one ends, or if more than one element spans lines.
func (p *printer) indentList(list []ast.Expr) bool {
	if len(list) < 2 {
		return false
	}
	b := p.lineFor(list[0].Pos())
	e := p.lineFor(list[len(list)-1].End())
	if !(0 < b && b < e) {
		return false
	}
	multiLine := 0
	line := b
	for _, x := range list {
		xb := p.lineFor(x.Pos())
		xe := p.lineFor(x.End())
		if line < xb {
			return true
		}
		if xb < xe {
			multiLine++
		}
		line = xe
	}
	return multiLine > 1
}

// stmt prints one statement. nextIsRBrace says a "}" follows it.
func (p *printer) stmt(stmt ast.Stmt, nextIsRBrace bool) {
	p.print(stmt.Pos())

	switch s := stmt.(type) {
	case *ast.BadStmt:
		p.print("BadStmt")

	case *ast.DeclStmt:
		p.decl(s.Decl)

	case *ast.EmptyStmt:

	case *ast.LabeledStmt:
		p.labeledStmt(s, nextIsRBrace)

	case *ast.ExprStmt:
		p.expr0(s.X, 1)

	case *ast.SendStmt:
		p.expr0(s.Chan, 1)
		p.print(blank, s.Arrow, token.ARROW, blank)
		p.expr0(s.Value, 1)

	case *ast.IncDecStmt:
		p.expr0(s.X, 2)
		p.print(s.TokPos, s.Tok)

	case *ast.AssignStmt:
		depth := 1
		if len(s.Lhs) > 1 && len(s.Rhs) > 1 {
			depth++
		}
		p.exprList(s.Pos(), s.Lhs, depth, 0, s.TokPos, false)
		p.print(blank, s.TokPos, s.Tok, blank)
		p.exprList(s.TokPos, s.Rhs, depth, 0, token.NoPos, false)

	case *ast.GoStmt:
		p.print(token.GO, blank)
		p.expr(s.Call)

	case *ast.DeferStmt:
		p.print(token.DEFER, blank)
		p.expr(s.Call)

	case *ast.ReturnStmt:
		p.print(token.RETURN)
		if s.Results != nil {
			p.print(blank)
			p.returnResults(s.Results)
		}

	case *ast.BranchStmt:
		p.print(s.Tok)
		if s.Label != nil {
			p.print(blank)
			p.expr(s.Label)
		}

	case *ast.BlockStmt:
		p.block(s, 1)

	case *ast.IfStmt:
		p.ifStmt(s)

	case *ast.CaseClause:
		if s.List != nil {
			p.print(token.CASE, blank)
			p.exprList(s.Pos(), s.List, 1, 0, s.Colon, false)
		} else {
			p.print(token.DEFAULT)
		}
		p.print(s.Colon, token.COLON)
		p.stmtList(s.Body, 1, nextIsRBrace)

	case *ast.SwitchStmt:
		p.print(token.SWITCH)
		p.controlClause(false, s.Init, s.Tag, nil)
		p.block(s.Body, 0)

	case *ast.TypeSwitchStmt:
		p.print(token.SWITCH)
		if s.Init != nil {
			p.print(blank)
			p.stmt(s.Init, false)
			p.print(token.SEMICOLON)
		}
		p.print(blank)
		p.stmt(s.Assign, false)
		p.print(blank)
		p.block(s.Body, 0)

	case *ast.CommClause:
		if s.Comm != nil {
			p.print(token.CASE, blank)
			p.stmt(s.Comm, false)
		} else {
			p.print(token.DEFAULT)
		}
		p.print(s.Colon, token.COLON)
		p.stmtList(s.Body, 1, nextIsRBrace)

	case *ast.SelectStmt:
		p.print(token.SELECT, blank)
		body := s.Body
		if len(body.List) == 0 && !p.commentBefore(p.posFor(body.Rbrace)) {
			p.print(body.Lbrace, token.LBRACE, body.Rbrace, token.RBRACE)
		} else {
			p.block(body, 0)
		}

	case *ast.ForStmt:
		p.print(token.FOR)
		p.controlClause(true, s.Init, s.Cond, s.Post)
		p.block(s.Body, 1)

	case *ast.RangeStmt:
		p.rangeStmt(s)

	default:
		panic("go/printer: unexpected statement")
	}
}

// labeledStmt prints "L:" one level left of the statement, which follows
// on the next line.
func (p *printer) labeledStmt(s *ast.LabeledStmt, nextIsRBrace bool) {
	// writeWhitespace moves this unindent before the pending line break,
	// unless a comment comes between them.
	p.print(unindent)
	p.expr(s.Label)
	p.print(s.Colon, token.COLON, indent)
	if e, isEmpty := s.Stmt.(*ast.EmptyStmt); isEmpty {
		if !nextIsRBrace {
			// "L: ;" — the semicolon keeps the label on a statement.
			p.print(newline, e.Pos(), token.SEMICOLON)
			return
		}
	} else {
		p.linebreak(p.lineFor(s.Stmt.Pos()), 1, ignore, true)
	}
	p.stmt(s.Stmt, nextIsRBrace)
}

// returnResults prints the values of a return statement. They are indented
// as a whole when indentList says so; their first value never goes to a
// new line (a line break after "return" would end the statement).
func (p *printer) returnResults(results []ast.Expr) {
	if p.indentList(results) {
		p.print(indent)
		p.exprList(token.NoPos, results, 1, noIndent, token.NoPos, false)
		p.print(unindent)
		return
	}
	p.exprList(token.NoPos, results, 1, 0, token.NoPos, false)
}

// ifStmt prints an if statement and its else chain.
func (p *printer) ifStmt(s *ast.IfStmt) {
	p.print(token.IF)
	p.controlClause(false, s.Init, s.Cond, nil)
	p.block(s.Body, 1)
	if s.Else == nil {
		return
	}
	p.print(blank, token.ELSE, blank)
	switch s.Else.(type) {
	case *ast.BlockStmt, *ast.IfStmt:
		p.stmt(s.Else, true)
	default:
		// Only a hand-built tree has another statement here: print it in
		// braces so that the output parses.
		p.print(token.LBRACE, indent, formfeed)
		p.stmt(s.Else, true)
		p.print(unindent, formfeed, token.RBRACE)
	}
}

// rangeStmt prints "for k, v := range x {...}".
func (p *printer) rangeStmt(s *ast.RangeStmt) {
	p.print(token.FOR, blank)
	if s.Key != nil {
		p.expr(s.Key)
		if s.Value != nil {
			p.print(s.Value.Pos(), token.COMMA, blank)
			p.expr(s.Value)
		}
		p.print(blank, s.TokPos, s.Tok, blank)
	}
	p.print(token.RANGE, blank)
	p.expr(stripParens(s.X))
	p.print(blank)
	p.block(s.Body, 1)
}
