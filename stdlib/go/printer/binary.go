package printer

import (
	"go/ast"
	"go/token"
)

// Spacing of binary expressions.
//
// Go's binary operators have five precedence levels:
//
//	5  *  /  %  <<  >>  &  &^
//	4  +  -  |  ^
//	3  ==  !=  <  <=  >  >=
//	2  &&
//	1  ||
//
// Operators of levels 1 to 3 always have blanks around them. For levels 4
// and 5, an expression tree gets a cutoff: operators binding less tightly
// than the cutoff get blanks, the others do not. The cutoff is chosen for
// the whole expression (primary expressions like calls and parenthesized
// ones are looked at separately):
//
//   - If an operator is followed by a unary operand that would fuse with
//     it without a blank (a / *p, a & ^b, a && &x, a + +b), its level gets
//     blanks: the cutoff is one more than its level (6 for / & &&, 5 for
//     + and -).
//   - At the top level (depth 1), if both levels 4 and 5 occur the cutoff
//     is 5, which shows the precedence: a*b + c. Otherwise it is 6: a + b,
//     a * b.
//   - Nested (depth > 1, as in an argument list) the cutoff is 4: f(a+b).

// walkBinary returns which of levels 4 and 5 occur in e, not counting
// operands that will be parenthesized, and the highest cutoff a fusing
// unary operand asks for, minus one (0 if none).
func walkBinary(e *ast.BinaryExpr) (has4, has5 bool, maxProblem int) {
	switch e.Op.Precedence() {
	case 4:
		has4 = true
	case 5:
		has5 = true
	}
	merge := func(x *ast.BinaryExpr) {
		h4, h5, mp := walkBinary(x)
		has4 = has4 || h4
		has5 = has5 || h5
		if mp > maxProblem {
			maxProblem = mp
		}
	}

	if l, ok := e.X.(*ast.BinaryExpr); ok && l.Op.Precedence() >= e.Op.Precedence() {
		merge(l)
	}

	switch r := e.Y.(type) {
	case *ast.BinaryExpr:
		if r.Op.Precedence() > e.Op.Precedence() {
			merge(r)
		}
	case *ast.StarExpr:
		if e.Op == token.QUO { // a / *p would start a comment
			maxProblem = 5
		}
	case *ast.UnaryExpr:
		switch e.Op.String() + r.Op.String() {
		case "/*", "&&", "&^":
			maxProblem = 5
		case "++", "--":
			if maxProblem < 4 {
				maxProblem = 4
			}
		}
	}
	return has4, has5, maxProblem
}

// cutoff returns the precedence from which on operators of e are printed
// without blanks.
func cutoff(e *ast.BinaryExpr, depth int) int {
	has4, has5, maxProblem := walkBinary(e)
	if maxProblem > 0 {
		return maxProblem + 1
	}
	if depth > 1 {
		return 4
	}
	if has4 && has5 {
		return 5
	}
	return 6
}

// diffPrec returns 0 if expr is a binary expression of precedence prec
// and 1 otherwise: an operand of another level counts as nested.
func diffPrec(expr ast.Expr, prec int) int {
	if x, ok := expr.(*ast.BinaryExpr); ok && x.Op.Precedence() == prec {
		return 0
	}
	return 1
}

// binaryExpr prints x with blanks around operators below cutoff. A line
// break the source has after the operator is kept, and the continuation
// lines are indented.
func (p *printer) binaryExpr(x *ast.BinaryExpr, prec1, cutoff, depth int) {
	prec := x.Op.Precedence()
	if prec < prec1 {
		// Only in a hand-built tree: the parser would have a ParenExpr.
		p.print(token.LPAREN)
		p.expr0(x, reduceDepth(depth))
		p.print(token.RPAREN)
		return
	}

	printBlank := prec < cutoff
	ws := indent
	p.expr1(x.X, prec, depth+diffPrec(x.X, prec))
	if printBlank {
		p.print(blank)
	}
	xline := p.pos.Line // line of x's end; the operator can follow on a later one
	yline := p.lineFor(x.Y.Pos())
	p.print(x.OpPos, x.Op)
	if xline != yline && xline > 0 && yline > 0 {
		if p.linebreak(yline, 1, ws, true) > 0 {
			ws = ignore
			printBlank = false
		}
	}
	if printBlank {
		p.print(blank)
	}
	p.expr1(x.Y, prec+1, depth+1)
	if ws == ignore {
		p.print(unindent)
	}
}
