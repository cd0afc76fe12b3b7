package constraint

import (
	"errors"
	"strings"
)

// This file handles the // +build syntax: a line is a list of options
// separated by spaces, any of which may hold (OR); an option is a list of
// terms separated by commas, all of which must hold (AND); a term is a tag
// or a negated tag "!tag". Several // +build lines must all hold (AND).
// So "// +build linux,386 darwin,!cgo" means
// (linux && 386) || (darwin && !cgo).

// ignore is the tag that stands for a malformed term: no build sets it,
// so a constraint made only of it excludes the file, as the go command does.
const ignore = "ignore"

// parsePlusBuildExpr parses the text after "// +build". It never fails:
// a malformed term, such as "!!x", "!" or "x-y", becomes the tag "ignore",
// and an empty line means "ignore" too.
func parsePlusBuildExpr(text string) Expr {
	var x Expr
	for _, option := range strings.Fields(text) {
		var y Expr
		for _, term := range strings.Split(option, ",") {
			y = joinWith(and, y, plusBuildTerm(term))
		}
		x = joinWith(or, x, y)
	}
	if x == nil {
		return tag(ignore)
	}
	return x
}

// joinWith returns op(x, y), or y when x is nil (the first operand).
func joinWith(op func(x, y Expr) Expr, x, y Expr) Expr {
	if x == nil {
		return y
	}
	return op(x, y)
}

// plusBuildTerm parses one term: "tag" or "!tag".
func plusBuildTerm(term string) Expr {
	if strings.HasPrefix(term, "!!") || term == "!" {
		return tag(ignore)
	}
	name := strings.TrimPrefix(term, "!")
	x := tag(ignore)
	if name != "" && tagLength(name) == len(name) {
		x = tag(name)
	}
	if name != term {
		x = not(x)
	}
	return x
}

var errComplex = errors.New("expression too complex for // +build lines")

// PlusBuildLines converts x to old-style “// +build” lines that, taken
// together, mean the same as x. It returns an error when x does not
// already have a shape such lines can express, described below.
//
// The lines can say an AND (lines) of ORs (options) of ANDs (terms) of
// tags and negated tags; x must already have that shape once its
// negations are pushed down to the tags: "x && (y || z)" gives the lines
// "x" and "y z", but "x || (y && (z || w))" is too complex.
func PlusBuildLines(x Expr) ([]string, error) {
	var lines [][][]Expr // lines, of options, of terms
	for _, line := range splitAnd(pushNot(x, false), nil) {
		var options [][]Expr
		for _, option := range splitOr(line, nil) {
			terms := splitAnd(option, nil)
			for _, t := range terms {
				if !isLiteral(t) {
					return nil, errComplex
				}
			}
			options = append(options, terms)
		}
		lines = append(lines, options)
	}
	return formatPlusBuild(mergeLines(lines)), nil
}

// mergeLines puts lines of one option each into a single line of one
// option, ANDing their terms: "x" and "!y" become "x,!y".
func mergeLines(lines [][][]Expr) [][][]Expr {
	var terms []Expr
	for _, options := range lines {
		if len(options) > 1 {
			return lines
		}
		terms = append(terms, options[0]...)
	}
	return [][][]Expr{{terms}}
}

// formatPlusBuild writes out the lines: options separated by spaces,
// terms by commas.
func formatPlusBuild(lines [][][]Expr) []string {
	var out []string
	for _, options := range lines {
		line := "// +build"
		for _, terms := range options {
			words := make([]string, len(terms))
			for i, t := range terms {
				words[i] = t.String()
			}
			line += " " + strings.Join(words, ",")
		}
		out = append(out, line)
	}
	return out
}

// pushNot returns x, negated if negate is set, with its negations moved
// down to the tags by De Morgan's laws: !(a && b) is !a || !b and
// !(a || b) is !a && !b.
func pushNot(x Expr, negate bool) Expr {
	switch x := x.(type) {
	case *TagExpr:
		if negate {
			return not(x)
		}
		return x
	case *NotExpr:
		return pushNot(x.X, !negate)
	case *AndExpr:
		left, right := pushNot(x.X, negate), pushNot(x.Y, negate)
		if negate {
			return or(left, right)
		}
		return and(left, right)
	}
	// The only other kind of Expr.
	o := x.(*OrExpr)
	left, right := pushNot(o.X, negate), pushNot(o.Y, negate)
	if negate {
		return and(left, right)
	}
	return or(left, right)
}

// splitAnd appends to list the operands of the && chain at the top of x,
// from left to right: a && (b && c) && d gives a, b, c, d.
func splitAnd(x Expr, list []Expr) []Expr {
	if a, ok := x.(*AndExpr); ok {
		return splitAnd(a.Y, splitAnd(a.X, list))
	}
	return append(list, x)
}

// splitOr does for || what splitAnd does for &&.
func splitOr(x Expr, list []Expr) []Expr {
	if o, ok := x.(*OrExpr); ok {
		return splitOr(o.Y, splitOr(o.X, list))
	}
	return append(list, x)
}

// isLiteral reports whether x is a tag or a negated tag (pushNot leaves
// no other negation).
func isLiteral(x Expr) bool {
	switch x.(type) {
	case *TagExpr, *NotExpr:
		return true
	}
	return false
}
