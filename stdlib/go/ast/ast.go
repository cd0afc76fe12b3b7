// Package ast defines the syntax tree of Go source: the node types the
// parser (go/parser) builds and the printer (go/printer) prints, and
// functions to walk, print and trim trees.
//
// A syntax tree has three kinds of nodes: expressions (types included),
// statements and declarations, each kind an interface that only its node
// types implement. The node types follow the productions of the Go
// specification they stand for, one field per part of the production.
//
// Every node knows the source span it covers: Pos is the position of its
// first character, End the position just after its last one. Most nodes
// record only where they begin and where their punctuation is ("(", "{",
// ":"...), so End is computed from the node's last part: a call ends
// after its ")", a binary expression where its right operand ends.
// The punctuation positions are kept because comments may sit between
// the parts of a construct, and a printer needs them to put the comments
// back in place.
//
// The files of this package, one concern each: comment.go (comments and
// their text), expr.go (fields, expressions and types), stmt.go,
// decl.go (declarations, files and packages), walk.go (traversal),
// print.go (ast.Print), commentmap.go, filter.go, import.go
// (SortImports), scope.go (scopes and objects) and resolve.go
// (NewPackage).
package ast

import "go/token"

// A Node is any node of a syntax tree: it spans the source from Pos up
// to End.
type Node interface {
	Pos() token.Pos // where its first character is
	End() token.Pos // just after its last character
}

// An Expr is an expression or type node.
type Expr interface {
	Node
	exprNode()
}

// A Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

// A Decl is a declaration node: a *BadDecl, *GenDecl or *FuncDecl.
type Decl interface {
	Node
	declNode()
}

// NewIdent returns an Ident for name with no position, for trees that a
// program builds rather than parses.
func NewIdent(name string) *Ident { return &Ident{Name: name} }

// IsExported reports whether name is exported from its package, that
// is, whether its first letter is upper case.
func IsExported(name string) bool { return token.IsExported(name) }

// IsExported reports whether id is an exported name (see IsExported).
func (id *Ident) IsExported() bool { return token.IsExported(id.Name) }

// String returns the identifier's name, or "<nil>" for a nil *Ident
// (so that printing a missing name with %s does not crash).
func (id *Ident) String() string {
	if id == nil {
		return "<nil>"
	}
	return id.Name
}
