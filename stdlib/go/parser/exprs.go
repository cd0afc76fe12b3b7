package parser

// This file parses expressions. An operand may turn out to be a type
// (in a conversion, a composite literal, or make's first argument), so
// the expression productions read types too and leave it to the caller
// to check what it got: checkExpr where only a value may stand,
// checkExprOrType where a type may stand as well.

import (
	"go/ast"
	"go/token"
)

// ExpressionList = Expression { "," Expression } .
func (p *parser) parseExprList() []ast.Expr {
	defer p.enter("ExpressionList")()
	list := []ast.Expr{p.checkExpr(p.parseExpr())}
	for p.tok == token.COMMA {
		p.next()
		list = append(list, p.checkExpr(p.parseExpr()))
	}
	return list
}

// parseList reads an expression list on the left (inRhs false) or right
// side of an assignment.
func (p *parser) parseList(inRhs bool) []ast.Expr {
	old := p.inRhs
	p.inRhs = inRhs
	list := p.parseExprList()
	p.inRhs = old
	return list
}

// Expression = UnaryExpr | Expression binary_op Expression .
// The result may be a type, even [...]T: callers check it.
func (p *parser) parseExpr() ast.Expr {
	defer p.enter("Expression")()
	return p.parseBinaryExpr(nil, token.LowestPrec+1, true)
}

// parseRhs reads a right-hand side expression that must be a value.
func (p *parser) parseRhs() ast.Expr {
	old := p.inRhs
	p.inRhs = true
	x := p.checkExpr(p.parseExpr())
	p.inRhs = old
	return x
}

// parseRhsOrType reads a right-hand side expression that may be a type.
func (p *parser) parseRhsOrType() ast.Expr {
	old := p.inRhs
	p.inRhs = true
	x := p.checkExprOrType(p.parseExpr())
	p.inRhs = old
	return x
}

// tokPrec returns the current token as a binary operator with its
// precedence. On a right-hand side, '=' is read as '==' (a likely typo
// in "if x = y"), so that it is reported as an error later on rather than
// ending the expression here.
func (p *parser) tokPrec() (token.Token, int) {
	tok := p.tok
	if p.inRhs && tok == token.ASSIGN {
		tok = token.EQL
	}
	return tok, tok.Precedence()
}

// parseBinaryExpr reads operands joined by binary operators of precedence
// prec1 or higher, by precedence climbing: each operator's right operand
// takes only the operators that bind tighter. x, when not nil, is the
// first operand, already read; check says whether operands must be values.
func (p *parser) parseBinaryExpr(x ast.Expr, prec1 int, check bool) ast.Expr {
	defer p.enter("BinaryExpr")()
	if x == nil {
		x = p.parseUnaryExpr()
	}
	// Each operator nests the tree one level deeper: count the levels.
	levels := 0
	defer func() { p.nestLev -= levels }()
	for {
		p.incNestLev()
		levels++
		op, oprec := p.tokPrec()
		if oprec < prec1 {
			return x
		}
		pos := p.expect(op)
		y := p.parseBinaryExpr(nil, oprec+1, check)
		if check {
			x = p.checkExpr(x)
			y = p.checkExpr(y)
		}
		x = &ast.BinaryExpr{X: x, OpPos: pos, Op: op, Y: y}
	}
}

// UnaryExpr = PrimaryExpr | unary_op UnaryExpr .
// "*x" and "<-x" may also start types: *T and <-chan T.
func (p *parser) parseUnaryExpr() ast.Expr {
	defer p.nest()()
	defer p.enter("UnaryExpr")()
	switch p.tok {
	case token.ADD, token.SUB, token.NOT, token.XOR, token.AND, token.TILDE:
		pos, op := p.pos, p.tok
		p.next()
		x := p.parseUnaryExpr()
		return &ast.UnaryExpr{OpPos: pos, Op: op, X: p.checkExpr(x)}
	case token.ARROW:
		return p.parseArrowExpr()
	case token.MUL:
		pos := p.pos
		p.next()
		x := p.parseUnaryExpr()
		return &ast.StarExpr{Star: pos, X: p.checkExprOrType(x)}
	}
	return p.parsePrimaryExpr(nil)
}

// parseArrowExpr reads "<-" x: a receive from x, or, when x is a channel
// type, the type <-x. Only once x is read is the difference known; then
// the arrow must move into the channel type:
//
//	<- (chan T)      becomes  (<-chan T)
//	<- (chan<- T)    becomes  (<-chan (<-chan T))
//
// each arrow moving one channel type down until a bidirectional one
// takes it.
func (p *parser) parseArrowExpr() ast.Expr {
	arrow := p.pos
	p.next()
	x := p.parseUnaryExpr()
	typ, ok := x.(*ast.ChanType)
	if !ok {
		return &ast.UnaryExpr{OpPos: arrow, Op: token.ARROW, X: p.checkExpr(x)}
	}
	dir := ast.SEND
	for ok && dir == ast.SEND {
		if typ.Dir == ast.RECV {
			p.errorExpected(typ.Arrow, "'chan'") // <-(<-chan T)
		}
		arrow, typ.Begin, typ.Arrow = typ.Arrow, arrow, arrow
		dir, typ.Dir = typ.Dir, ast.RECV
		typ, ok = typ.Value.(*ast.ChanType)
	}
	if dir == ast.SEND {
		p.errorExpected(arrow, "channel type")
	}
	return x
}

// PrimaryExpr = Operand | Conversion | CompositeLit | PrimaryExpr Selector
// | PrimaryExpr Index | PrimaryExpr Slice | PrimaryExpr TypeAssertion
// | PrimaryExpr Arguments .
// x, when not nil, is the operand, already read.
func (p *parser) parsePrimaryExpr(x ast.Expr) ast.Expr {
	defer p.enter("PrimaryExpr")()
	if x == nil {
		x = p.parseOperand()
	}
	// Each suffix nests the tree one level deeper: count the levels.
	levels := 0
	defer func() { p.nestLev -= levels }()
	for {
		p.incNestLev()
		levels++
		switch p.tok {
		case token.PERIOD:
			p.next()
			x = p.parseSelectorOrAssertion(x)
		case token.LBRACK:
			x = p.parseIndexOrSliceOrInstance(p.checkExpr(x))
		case token.LPAREN:
			x = p.parseCallOrConversion(p.checkExprOrType(x))
		case token.LBRACE:
			if !p.isLiteralType(x) {
				return x
			}
			if t := unparen(x); t != x {
				p.error(t.Pos(), "cannot parenthesize type in composite literal")
			}
			x = p.parseLiteralValue(x)
		default:
			return x
		}
	}
}

// isLiteralType reports whether the '{' after x opens a composite literal
// of type x. After a type name, it does not in the header of an if, for
// or switch statement, where it opens the block ("if x == T {").
func (p *parser) isLiteralType(x ast.Expr) bool {
	switch unparen(x).(type) {
	case *ast.BadExpr, *ast.Ident, *ast.SelectorExpr, *ast.IndexExpr, *ast.IndexListExpr:
		return p.exprLev >= 0
	case *ast.ArrayType, *ast.StructType, *ast.MapType:
		return true
	}
	return false
}

// Selector = "." identifier .
// TypeAssertion = "." "(" Type ")" .
// The '.' is already read. A missing selector is reported and stands as "_".
func (p *parser) parseSelectorOrAssertion(x ast.Expr) ast.Expr {
	switch p.tok {
	case token.IDENT:
		return p.parseSelector(p.checkExprOrType(x))
	case token.LPAREN:
		return p.parseTypeAssertion(p.checkExpr(x))
	}
	pos := p.pos
	p.errorExpected(pos, "selector or type assertion")
	// leave a '}' alone: it likely closes the enclosing block
	if p.tok != token.RBRACE {
		p.next()
	}
	return &ast.SelectorExpr{X: x, Sel: &ast.Ident{NamePos: pos, Name: "_"}}
}

func (p *parser) parseSelector(x ast.Expr) ast.Expr {
	defer p.enter("Selector")()
	return &ast.SelectorExpr{X: x, Sel: p.parseIdent()}
}

// x.(T), or x.(type) in a type switch, where Type is nil.
func (p *parser) parseTypeAssertion(x ast.Expr) ast.Expr {
	defer p.enter("TypeAssertion")()
	lparen := p.expect(token.LPAREN)
	var typ ast.Expr
	if p.tok == token.TYPE {
		p.next()
	} else {
		typ = p.parseType()
	}
	rparen := p.expect(token.RPAREN)
	return &ast.TypeAssertExpr{X: x, Type: typ, Lparen: lparen, Rparen: rparen}
}

// Index = "[" Expression [ "," ] "]" .
// Slice = "[" [ Expression ] ":" [ Expression ] "]"
// | "[" [ Expression ] ":" Expression ":" Expression "]" .
// TypeArgs = "[" TypeList [ "," ] "]" .
// x[a] may be an index or an instance: only the type checker can tell.
func (p *parser) parseIndexOrSliceOrInstance(x ast.Expr) ast.Expr {
	defer p.enter("parseIndexOrSliceOrInstance")()
	lbrack := p.expect(token.LBRACK)
	if p.tok == token.RBRACK {
		// x[] is not Go: report it, and go on with a bad index
		p.errorExpected(p.pos, "operand")
		rbrack := p.pos
		p.next()
		bad := &ast.BadExpr{From: rbrack, To: rbrack}
		return &ast.IndexExpr{X: x, Lbrack: lbrack, Index: bad, Rbrack: rbrack}
	}

	p.exprLev++
	var index [3]ast.Expr // x[index0 : index1 : index2]
	var colons [2]token.Pos
	ncolons := 0
	var args []ast.Expr // type arguments, when there is a ','
	var firstComma token.Pos
	if p.tok != token.COLON {
		// could be an index or a type argument: no type context yet
		index[0] = p.parseRhsOrType()
	}
	switch p.tok {
	case token.COLON:
		for p.tok == token.COLON && ncolons < len(colons) {
			colons[ncolons] = p.pos
			ncolons++
			p.next()
			if p.tok != token.COLON && p.tok != token.RBRACK && p.tok != token.EOF {
				index[ncolons] = p.parseRhs()
			}
		}
	case token.COMMA:
		firstComma = p.pos
		args = append(args, index[0])
		for p.tok == token.COMMA {
			p.next()
			if p.tok != token.RBRACK && p.tok != token.EOF {
				args = append(args, p.parseType())
			}
		}
	}
	p.exprLev--
	rbrack := p.expect(token.RBRACK)

	if ncolons > 0 {
		return p.makeSlice(x, lbrack, index, colons, ncolons, rbrack)
	}
	if len(args) == 0 {
		return &ast.IndexExpr{X: x, Lbrack: lbrack, Index: index[0], Rbrack: rbrack}
	}
	if !p.allowGenerics() {
		p.error(firstComma, "expected ']' or ':', found ','")
		return &ast.BadExpr{From: args[0].Pos(), To: args[len(args)-1].End()}
	}
	return packIndexExpr(x, lbrack, args, rbrack)
}

// makeSlice builds x[lo:hi] or x[lo:hi:max]. A 3-index slice needs its
// 2nd and 3rd index: checking it here, not in the type checker, keeps
// gofmt from accepting x[::].
func (p *parser) makeSlice(x ast.Expr, lbrack token.Pos, index [3]ast.Expr, colons [2]token.Pos, ncolons int, rbrack token.Pos) ast.Expr {
	slice3 := ncolons == 2
	if slice3 {
		if index[1] == nil {
			p.error(colons[0], "2nd index required in 3-index slice")
			index[1] = &ast.BadExpr{From: colons[0] + 1, To: colons[1]}
		}
		if index[2] == nil {
			p.error(colons[1], "3rd index required in 3-index slice")
			index[2] = &ast.BadExpr{From: colons[1] + 1, To: rbrack}
		}
	}
	return &ast.SliceExpr{X: x, Lbrack: lbrack, Low: index[0], High: index[1], Max: index[2], Slice3: slice3, Rbrack: rbrack}
}

// Arguments = "(" [ ( ExpressionList | Type [ "," ExpressionList ] ) [ "..." ] [ "," ] ] ")" .
func (p *parser) parseCallOrConversion(fun ast.Expr) *ast.CallExpr {
	defer p.enter("CallOrConversion")()
	lparen := p.expect(token.LPAREN)
	p.exprLev++
	var list []ast.Expr
	var ellipsis token.Pos
	for p.tok != token.RPAREN && p.tok != token.EOF && !ellipsis.IsValid() {
		list = append(list, p.parseRhsOrType()) // make(T, n) takes a type
		if p.tok == token.ELLIPSIS {
			ellipsis = p.pos
			p.next()
		}
		if !p.atComma("argument list", token.RPAREN) {
			break
		}
		p.next()
	}
	p.exprLev--
	rparen := p.expectClosing(token.RPAREN, "argument list")
	return &ast.CallExpr{Fun: fun, Lparen: lparen, Args: list, Ellipsis: ellipsis, Rparen: rparen}
}

// Element = Expression | LiteralValue .
func (p *parser) parseValue() ast.Expr {
	defer p.enter("Element")()
	if p.tok == token.LBRACE {
		return p.parseLiteralValue(nil)
	}
	return p.checkExpr(p.parseExpr())
}

// KeyedElement = [ Key ":" ] Element .
func (p *parser) parseElement() ast.Expr {
	defer p.enter("Element")()
	x := p.parseValue()
	if p.tok == token.COLON {
		colon := p.pos
		p.next()
		x = &ast.KeyValueExpr{Key: x, Colon: colon, Value: p.parseValue()}
	}
	return x
}

// ElementList = KeyedElement { "," KeyedElement } .
func (p *parser) parseElementList() []ast.Expr {
	defer p.enter("ElementList")()
	var list []ast.Expr
	for p.tok != token.RBRACE && p.tok != token.EOF {
		list = append(list, p.parseElement())
		if !p.atComma("composite literal", token.RBRACE) {
			break
		}
		p.next()
	}
	return list
}

// LiteralValue = "{" [ ElementList [ "," ] ] "}" .
// typ is the literal's type, nil for an element whose type is elided.
func (p *parser) parseLiteralValue(typ ast.Expr) ast.Expr {
	defer p.enter("LiteralValue")()
	lbrace := p.expect(token.LBRACE)
	var elts []ast.Expr
	p.exprLev++
	if p.tok != token.RBRACE {
		elts = p.parseElementList()
	}
	p.exprLev--
	rbrace := p.expectClosing(token.RBRACE, "composite literal")
	return &ast.CompositeLit{Type: typ, Lbrace: lbrace, Elts: elts, Rbrace: rbrace}
}

// FunctionLit = "func" Signature FunctionBody .
// Without a body it is a function type.
func (p *parser) parseFuncTypeOrLit() ast.Expr {
	defer p.enter("FuncTypeOrLit")()
	typ := p.parseFuncType()
	if p.tok != token.LBRACE {
		return typ
	}
	p.exprLev++
	body := p.parseBody()
	p.exprLev--
	return &ast.FuncLit{Type: typ, Body: body}
}

// Operand = Literal | OperandName [ TypeArgs ] | "(" Expression ")" .
// The result may be a type, even [...]T: callers check it.
func (p *parser) parseOperand() ast.Expr {
	defer p.enter("Operand")()
	switch p.tok {
	case token.IDENT:
		return p.parseIdent()
	case token.INT, token.FLOAT, token.IMAG, token.CHAR, token.STRING:
		x := &ast.BasicLit{ValuePos: p.pos, Kind: p.tok, Value: p.lit}
		p.next()
		return x
	case token.LPAREN:
		lparen := p.pos
		p.next()
		p.exprLev++
		x := p.parseRhsOrType() // (T) is a type
		p.exprLev--
		rparen := p.expect(token.RPAREN)
		return &ast.ParenExpr{Lparen: lparen, X: x, Rparen: rparen}
	case token.FUNC:
		return p.parseFuncTypeOrLit()
	}
	// a type for a conversion or a composite literal; its type arguments
	// are left to parsePrimaryExpr
	if typ := p.tryIdentOrType(); typ != nil {
		_, isIdent := typ.(*ast.Ident)
		assert(!isIdent, "type cannot be identifier")
		return typ
	}
	pos := p.pos
	p.errorExpected(pos, "operand")
	p.advance(stmtStart)
	return &ast.BadExpr{From: pos, To: p.pos}
}

// checkExpr reports x, and returns a BadExpr for it, unless x is a value
// expression (and not a type).
func (p *parser) checkExpr(x ast.Expr) ast.Expr {
	if isValueExpr(unparen(x)) {
		return x
	}
	p.errorExpected(x.Pos(), "expression")
	return &ast.BadExpr{From: x.Pos(), To: p.safePos(x.End())}
}

// isValueExpr reports whether x's kind of node can be a value. A type
// assertion x.(type) counts, though only a type switch may hold it: the
// type checker says so, not the parser.
func isValueExpr(x ast.Expr) bool {
	switch x.(type) {
	case *ast.BadExpr, *ast.Ident, *ast.BasicLit, *ast.FuncLit, *ast.CompositeLit,
		*ast.SelectorExpr, *ast.IndexExpr, *ast.IndexListExpr, *ast.SliceExpr,
		*ast.TypeAssertExpr, *ast.CallExpr, *ast.StarExpr, *ast.UnaryExpr, *ast.BinaryExpr:
		return true
	}
	return false
}

// unparen returns x without the parentheses around it.
func unparen(x ast.Expr) ast.Expr {
	for {
		paren, ok := x.(*ast.ParenExpr)
		if !ok {
			return x
		}
		x = paren.X
	}
}

// checkExprOrType reports x, and returns a BadExpr for it, when it is the
// type [...]T, which only a composite literal may have.
func (p *parser) checkExprOrType(x ast.Expr) ast.Expr {
	if t, ok := unparen(x).(*ast.ArrayType); ok {
		if length, isEllipsis := t.Len.(*ast.Ellipsis); isEllipsis {
			p.error(length.Pos(), "expected array length, found '...'")
			return &ast.BadExpr{From: x.Pos(), To: p.safePos(x.End())}
		}
	}
	return x
}
