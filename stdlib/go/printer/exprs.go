package printer

import (
	"go/ast"
	"go/token"
	"strings"
)

// Expressions are printed by expr1(x, prec1, depth). prec1 is the
// precedence of the operator around x: x gets parentheses if it binds
// less tightly (only in hand-built trees: the parser keeps ParenExprs).
// depth grows as expressions nest (in arguments, index expressions, the
// operands of a binary operator) and decides the spacing of binary
// operators: gofmt writes a*b + c at the top level, but f(a*b+c, d) and
// x[i+1] inside, compact.

// expr prints x at the top level.
func (p *printer) expr(x ast.Expr) {
	p.expr1(x, token.LowestPrec, 1)
}

// expr0 prints x at the given depth with no operator around it.
func (p *printer) expr0(x ast.Expr, depth int) {
	p.expr1(x, token.LowestPrec, depth)
}

func (p *printer) expr1(expr ast.Expr, prec1, depth int) {
	p.print(expr.Pos())

	switch x := expr.(type) {
	case *ast.BadExpr:
		p.print("BadExpr")

	case *ast.Ident:
		p.print(x)

	case *ast.BinaryExpr:
		if depth < 1 {
			depth = 1
		}
		p.binaryExpr(x, prec1, cutoff(x, depth), depth)

	case *ast.KeyValueExpr:
		p.expr(x.Key)
		p.print(x.Colon, token.COLON, blank)
		p.expr(x.Value)

	case *ast.StarExpr:
		if token.UnaryPrec < prec1 {
			p.print(token.LPAREN, token.MUL)
			p.expr(x.X)
			p.print(token.RPAREN)
		} else {
			p.print(token.MUL)
			p.expr(x.X)
		}

	case *ast.UnaryExpr:
		if token.UnaryPrec < prec1 {
			p.print(token.LPAREN)
			p.expr(x)
			p.print(token.RPAREN)
		} else {
			p.print(x.Op)
			if x.Op == token.RANGE {
				p.print(blank)
			}
			p.expr1(x.X, token.UnaryPrec, depth)
		}

	case *ast.BasicLit:
		if p.Config.Mode&normalizeNumbers != 0 {
			x = normalizedNumber(x)
		}
		p.print(x)

	case *ast.FuncLit:
		p.print(x.Type.Pos(), token.FUNC)
		startCol := p.out.Column - len("func")
		p.signature(x.Type)
		p.funcBody(p.distanceFrom(x.Type.Pos(), startCol), blank, x.Body)

	case *ast.ParenExpr:
		if _, ok := x.X.(*ast.ParenExpr); ok {
			// ((x)) is printed as (x).
			p.expr0(x.X, depth)
		} else {
			p.print(token.LPAREN)
			p.expr0(x.X, reduceDepth(depth))
			p.print(x.Rparen, token.RPAREN)
		}

	case *ast.SelectorExpr:
		p.selectorExpr(x, depth, false)

	case *ast.TypeAssertExpr:
		p.expr1(x.X, token.HighestPrec, depth)
		p.print(token.PERIOD, x.Lparen, token.LPAREN)
		if x.Type != nil {
			p.expr(x.Type)
		} else {
			p.print(token.TYPE) // x.(type) in a type switch
		}
		p.print(x.Rparen, token.RPAREN)

	case *ast.IndexExpr:
		p.expr1(x.X, token.HighestPrec, 1)
		p.print(x.Lbrack, token.LBRACK)
		p.expr0(x.Index, depth+1)
		p.print(x.Rbrack, token.RBRACK)

	case *ast.IndexListExpr:
		p.expr1(x.X, token.HighestPrec, 1)
		p.print(x.Lbrack, token.LBRACK)
		p.exprList(x.Lbrack, x.Indices, depth+1, commaTerm, x.Rbrack, false)
		p.print(x.Rbrack, token.RBRACK)

	case *ast.SliceExpr:
		p.sliceExpr(x, depth)

	case *ast.CallExpr:
		p.callExpr(x, depth)

	case *ast.CompositeLit:
		p.compositeLit(x, depth)

	case *ast.Ellipsis:
		p.print(token.ELLIPSIS)
		if x.Elt != nil {
			p.expr(x.Elt)
		}

	case *ast.ArrayType:
		p.print(token.LBRACK)
		if x.Len != nil {
			p.expr(x.Len)
		}
		p.print(token.RBRACK)
		p.expr(x.Elt)

	case *ast.StructType:
		p.print(token.STRUCT)
		p.fieldList(x.Fields, true, x.Incomplete)

	case *ast.FuncType:
		p.print(token.FUNC)
		p.signature(x)

	case *ast.InterfaceType:
		p.print(token.INTERFACE)
		p.fieldList(x.Methods, false, x.Incomplete)

	case *ast.MapType:
		p.print(token.MAP, token.LBRACK)
		p.expr(x.Key)
		p.print(token.RBRACK)
		p.expr(x.Value)

	case *ast.ChanType:
		switch x.Dir {
		case ast.SEND | ast.RECV:
			p.print(token.CHAN)
		case ast.RECV:
			p.print(token.ARROW, token.CHAN)
		case ast.SEND:
			p.print(token.CHAN, x.Arrow, token.ARROW)
		}
		p.print(blank)
		p.expr(x.Value)

	default:
		panic("go/printer: unexpected expression")
	}
}

// reduceDepth undoes one level of depth, for parentheses.
func reduceDepth(depth int) int {
	if depth > 1 {
		return depth - 1
	}
	return 1
}

// sliceExpr prints x[lo:hi:max]. Blanks go around the colons at the top
// level when two or more indices are present and one is a binary
// expression: s[a+1 : b].
func (p *printer) sliceExpr(x *ast.SliceExpr, depth int) {
	p.expr1(x.X, token.HighestPrec, 1)
	p.print(x.Lbrack, token.LBRACK)
	indices := []ast.Expr{x.Low, x.High}
	if x.Max != nil {
		indices = append(indices, x.Max)
	}
	needsBlanks := false
	if depth <= 1 {
		count, binaries := 0, false
		for _, e := range indices {
			if e != nil {
				count++
				_, isBinary := e.(*ast.BinaryExpr)
				binaries = binaries || isBinary
			}
		}
		needsBlanks = count > 1 && binaries
	}
	for i, e := range indices {
		if i > 0 {
			if indices[i-1] != nil && needsBlanks {
				p.print(blank)
			}
			p.print(token.COLON)
			if e != nil && needsBlanks {
				p.print(blank)
			}
		}
		if e != nil {
			p.expr0(e, depth+1)
		}
	}
	p.print(x.Rbrack, token.RBRACK)
}

// callExpr prints f(args). With more than one argument the arguments are
// one level deeper; a function type as callee needs parentheses.
func (p *printer) callExpr(x *ast.CallExpr, depth int) {
	if len(x.Args) > 1 {
		depth++
	}
	var wasIndented bool
	if _, ok := x.Fun.(*ast.FuncType); ok {
		p.print(token.LPAREN)
		wasIndented = p.possibleSelectorExpr(x.Fun, token.HighestPrec, depth)
		p.print(token.RPAREN)
	} else {
		wasIndented = p.possibleSelectorExpr(x.Fun, token.HighestPrec, depth)
	}
	p.print(x.Lparen, token.LPAREN)
	if x.Ellipsis.IsValid() {
		p.exprList(x.Lparen, x.Args, depth, 0, x.Ellipsis, false)
		p.print(x.Ellipsis, token.ELLIPSIS)
		if x.Rparen.IsValid() && p.lineFor(x.Ellipsis) < p.lineFor(x.Rparen) {
			p.print(token.COMMA, formfeed)
		}
	} else {
		p.exprList(x.Lparen, x.Args, depth, commaTerm, x.Rparen, false)
	}
	p.print(x.Rparen, token.RPAREN)
	if wasIndented {
		p.print(unindent)
	}
}

// compositeLit prints T{elements}.
func (p *printer) compositeLit(x *ast.CompositeLit, depth int) {
	if x.Type != nil {
		p.expr1(x.Type, token.HighestPrec, depth)
	}
	p.level++
	p.print(x.Lbrace, token.LBRACE)
	p.exprList(x.Lbrace, x.Elts, 1, commaTerm, x.Rbrace, x.Incomplete)
	// A line break after a /*-style comment before the "}" could end the
	// literal without its trailing comma; a blank there is only wanted
	// in an empty literal.
	mode := noExtraLinebreak
	if len(x.Elts) > 0 {
		mode |= noExtraBlank
	}
	// The indent lets a comment alone before the "}" be indented.
	p.print(indent, unindent, mode, x.Rbrace, token.RBRACE, mode)
	p.level--
}

// possibleSelectorExpr prints the callee of a call and reports whether
// it broke the line before a selector, leaving an indent to close after
// the arguments.
func (p *printer) possibleSelectorExpr(expr ast.Expr, prec1, depth int) bool {
	if x, ok := expr.(*ast.SelectorExpr); ok {
		return p.selectorExpr(x, depth, true)
	}
	p.expr1(expr, prec1, depth)
	return false
}

// selectorExpr prints x.Sel and reports whether the source had the
// selector on a later line, kept as an indented continuation line. For a
// method call (isMethod) the indentation is closed by the caller.
func (p *printer) selectorExpr(x *ast.SelectorExpr, depth int, isMethod bool) bool {
	p.expr1(x.X, token.HighestPrec, depth)
	p.print(token.PERIOD)
	if line := p.lineFor(x.Sel.Pos()); p.pos.IsValid() && p.pos.Line < line {
		p.print(indent, newline, x.Sel.Pos(), x.Sel)
		if !isMethod {
			p.print(unindent)
		}
		return true
	}
	p.print(x.Sel.Pos(), x.Sel)
	return false
}

// normalizedNumber spells a number literal the canonical way: base
// prefixes and exponent letters in lower case (0X1P4 becomes 0x1p4, 1E3
// becomes 1e3) and, for integer imaginary literals, no leading zeros
// (0123i becomes 123i); hexadecimal digits keep their case. It returns a
// new literal when the spelling changes and never modifies lit.
func normalizedNumber(lit *ast.BasicLit) *ast.BasicLit {
	if lit.Kind != token.INT && lit.Kind != token.FLOAT && lit.Kind != token.IMAG {
		return lit
	}
	if len(lit.Value) < 2 {
		return lit
	}
	x := lit.Value
	switch x[:2] {
	case "0x", "0X":
		x = "0x" + x[2:]
		if i := strings.LastIndexByte(x, 'P'); i >= 0 {
			x = x[:i] + "p" + x[i+1:]
		}
	case "0o", "0O":
		x = "0o" + x[2:]
	case "0b", "0B":
		x = "0b" + x[2:]
	default:
		// Decimal, or octal with a plain leading 0, possibly imaginary.
		if i := strings.LastIndexByte(x, 'E'); i >= 0 {
			x = x[:i] + "e" + x[i+1:]
		} else if x[len(x)-1] == 'i' && !strings.ContainsAny(x, ".e") {
			x = strings.TrimLeft(x, "0_")
			if x == "i" {
				x = "0i"
			}
		}
	}
	if x == lit.Value {
		return lit
	}
	return &ast.BasicLit{ValuePos: lit.ValuePos, Kind: lit.Kind, Value: x}
}

// stripParens returns x without its outer parentheses, where the tree
// would still parse the same: "if (x) {" becomes "if x {", but the
// parentheses stay in "if (T{}) == t {" since a composite literal of a
// named type would read as the if's block.
func stripParens(x ast.Expr) ast.Expr {
	px, ok := x.(*ast.ParenExpr)
	if !ok {
		return x
	}
	strip := true
	ast.Inspect(px.X, func(node ast.Node) bool {
		switch n := node.(type) {
		case *ast.ParenExpr:
			return false // literals inside parentheses are safe
		case *ast.CompositeLit:
			if isTypeName(n.Type) {
				strip = false
			}
			return false
		}
		return true
	})
	if strip {
		return stripParens(px.X)
	}
	return x
}

// stripParensAlways returns x without any outer parentheses.
func stripParensAlways(x ast.Expr) ast.Expr {
	if px, ok := x.(*ast.ParenExpr); ok {
		return stripParensAlways(px.X)
	}
	return x
}

// isTypeName reports whether x is a possibly qualified name.
func isTypeName(x ast.Expr) bool {
	switch t := x.(type) {
	case *ast.Ident:
		return true
	case *ast.SelectorExpr:
		return isTypeName(t.X)
	}
	return false
}
