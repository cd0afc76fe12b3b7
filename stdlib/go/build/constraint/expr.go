// Package constraint parses build constraint lines into boolean
// expressions and evaluates them. It reads both kinds of line: the
// "//go:build" lines of Go 1.17 and later, whose expressions use
// &&, ||, ! and parentheses, and the older "// +build" lines, whose words
// are ORed, comma-separated terms ANDed and lines ANDed together.
// See https://golang.org/cmd/go/#hdr-Build_constraints for what the
// constraints mean and https://golang.org/design/draft-gobuild for the
// //go:build syntax.
//
// A constraint is parsed into a tree of Expr (parse.go for //go:build,
// plusbuild.go for // +build, which can also be derived from a tree).
package constraint

import (
	"errors"
	"strings"
	"unicode"
)

// An Expr is a parsed constraint: a boolean expression over build tags.
// Its dynamic type is one of *AndExpr, *OrExpr, *NotExpr and *TagExpr.
type Expr interface {
	// String prints the expression the way a //go:build line writes
	// it, with &&, ||, ! and parentheses.
	String() string

	// Eval computes the expression's value. ok(tag) says whether one
	// tag holds in the build being configured; Eval may skip calls
	// whose answer cannot change the result.
	Eval(ok func(tag string) bool) bool

	// isExpr keeps other packages from implementing Expr, so that the
	// four types below are all the kinds of expression there are.
	isExpr()
}

// A TagExpr is the leaf of an Expr: one build tag, true when that tag
// holds.
type TagExpr struct {
	Tag string // a tag name such as “windows” or “race”
}

// A NotExpr is !X, true when X is false.
type NotExpr struct {
	X Expr
}

// An AndExpr is X && Y, true when both operands are.
type AndExpr struct {
	X, Y Expr
}

// An OrExpr is X || Y, true when either operand is.
type OrExpr struct {
	X, Y Expr
}

func (x *TagExpr) isExpr() {}
func (x *NotExpr) isExpr() {}
func (x *AndExpr) isExpr() {}
func (x *OrExpr) isExpr()  {}

// The constructors the parsers build trees with.
func tag(name string) Expr { return &TagExpr{Tag: name} }
func not(x Expr) Expr      { return &NotExpr{X: x} }
func and(x, y Expr) Expr   { return &AndExpr{X: x, Y: y} }
func or(x, y Expr) Expr    { return &OrExpr{X: x, Y: y} }

// Eval reports whether the tag is satisfied: ok(x.Tag).
func (x *TagExpr) Eval(ok func(tag string) bool) bool { return ok(x.Tag) }

// Eval reports whether x.X is false.
func (x *NotExpr) Eval(ok func(tag string) bool) bool { return !x.X.Eval(ok) }

// Eval reports whether both sides are true. Both are evaluated, never
// short-circuited, so that ok sees every tag the expression mentions
// (the go command uses this to list a file's tags).
func (x *AndExpr) Eval(ok func(tag string) bool) bool {
	left, right := x.X.Eval(ok), x.Y.Eval(ok)
	return left && right
}

// Eval reports whether either side is true, evaluating both as AndExpr does.
func (x *OrExpr) Eval(ok func(tag string) bool) bool {
	left, right := x.X.Eval(ok), x.Y.Eval(ok)
	return left || right
}

// String returns the tag itself.
func (x *TagExpr) String() string { return x.Tag }

// String returns "!X", with X in parentheses when it is && or ||.
func (x *NotExpr) String() string {
	switch x.X.(type) {
	case *AndExpr, *OrExpr:
		return "!(" + x.X.String() + ")"
	}
	return "!" + x.X.String()
}

// String returns "X && Y", with an operand that is an || in parentheses
// (|| binds less tightly than &&).
func (x *AndExpr) String() string {
	return operand(x.X, isOr) + " && " + operand(x.Y, isOr)
}

// String returns "X || Y". An operand that is an && is parenthesized too,
// although && binds more tightly, so that a reader need not know which.
func (x *OrExpr) String() string {
	return operand(x.X, isAnd) + " || " + operand(x.Y, isAnd)
}

// operand returns the string of x, in parentheses when paren(x) holds.
func operand(x Expr, paren func(Expr) bool) string {
	if paren(x) {
		return "(" + x.String() + ")"
	}
	return x.String()
}

func isAnd(x Expr) bool {
	_, ok := x.(*AndExpr)
	return ok
}

func isOr(x Expr) bool {
	_, ok := x.(*OrExpr)
	return ok
}

// A SyntaxError is the error Parse returns for a malformed expression.
type SyntaxError struct {
	Offset int    // where in the line the problem was found, in bytes
	Err    string // what is wrong
}

// Error returns the description of the error, without its offset.
func (e *SyntaxError) Error() string { return e.Err }

var errNotConstraint = errors.New("not a build constraint")

// Parse turns one constraint line, “//go:build expr” or “// +build
// words”, into an Expr. The line may end in one newline but not hold
// several lines.
func Parse(line string) (Expr, error) {
	if text, ok := splitGoBuild(line); ok {
		return parseExpr(text)
	}
	if text, ok := splitPlusBuild(line); ok {
		return parsePlusBuildExpr(text), nil
	}
	return nil, errNotConstraint
}

// IsGoBuild says whether line starts with “//go:build”, making it a
// constraint line. The expression after it is not checked.
func IsGoBuild(line string) bool {
	_, ok := splitGoBuild(line)
	return ok
}

// IsPlusBuild says whether line starts with “// +build”, making it an
// old-style constraint line. The words after it are not checked.
func IsPlusBuild(line string) bool {
	_, ok := splitPlusBuild(line)
	return ok
}

// splitGoBuild returns the expression of a //go:build line, which must
// start at the line's first byte.
func splitGoBuild(line string) (expr string, ok bool) {
	line, ok = singleLine(line)
	if !ok {
		return "", false
	}
	return cutKeyword(strings.TrimRightFunc(line, unicode.IsSpace), "//go:build")
}

// splitPlusBuild returns the expression of a // +build line. "//+build",
// with no space, is accepted as well.
func splitPlusBuild(line string) (expr string, ok bool) {
	line, ok = singleLine(line)
	if !ok || !strings.HasPrefix(line, "//") {
		return "", false
	}
	return cutKeyword(strings.TrimSpace(line[len("//"):]), "+build")
}

// singleLine drops one final newline from line and reports whether what
// is left is a single line.
func singleLine(line string) (string, bool) {
	line = strings.TrimSuffix(line, "\n")
	return line, !strings.Contains(line, "\n")
}

// cutKeyword returns what follows word at the start of text, which has no
// trailing space, trimmed. The word must end there or be followed by
// white space: "//go:build x" and "//go:build" qualify, "//go:buildx" not.
func cutKeyword(text, word string) (rest string, ok bool) {
	if !strings.HasPrefix(text, word) {
		return "", false
	}
	after := text[len(word):]
	rest = strings.TrimSpace(after)
	if after != "" && rest == after {
		return "", false
	}
	return rest, true
}
