// Package format lays out Go source the way gofmt does.
//
// It prints syntax trees with go/printer in gofmt's configuration: tabs
// for indentation, spaces for alignment, tab width 8, number literals in
// canonical spelling, imports sorted.
//
// gofmt's layout changes from one Go release to the next: tools that need
// the same result on every developer's machine should run one fixed gofmt
// binary rather than use this package.
package format

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	"io"
)

const (
	tabWidth = 8
	// normalizeNumbers is go/printer's unexported mode for canonical
	// number literals (0X1P4 printed as 0x1p4), which gofmt sets by value.
	normalizeNumbers = 1 << 30
	printerMode      = printer.UseSpaces | printer.TabIndent | normalizeNumbers
	parserMode       = parser.ParseComments | parser.SkipObjectResolution
)

var config = printer.Config{Mode: printerMode, Tabwidth: tabWidth}

// Node writes node to dst laid out as gofmt lays out source.
//
// The node may be an *ast.File, a *printer.CommentedNode, a []ast.Decl or
// []ast.Stmt, or any ast.Expr, ast.Decl, ast.Spec or ast.Stmt; it is left
// unchanged. Imports are sorted only when node is a whole file (an
// *ast.File, possibly inside a CommentedNode).
//
// On an error, such as a malformed tree, part of the output may already
// have been written.
func Node(dst io.Writer, fset *token.FileSet, node any) error {
	var file *ast.File
	var cnode *printer.CommentedNode
	switch n := node.(type) {
	case *ast.File:
		file = n
	case *printer.CommentedNode:
		if f, ok := n.Node.(*ast.File); ok {
			file = f
			cnode = n
		}
	}

	if file != nil && hasUnsortedImports(file) {
		// ast.SortImports edits the tree it is given: sort a copy, made
		// by printing the file and parsing it again.
		sorted, err := reparse(fset, file)
		if err != nil {
			return err
		}
		ast.SortImports(fset, sorted)
		node = sorted
		if cnode != nil {
			node = &printer.CommentedNode{Node: sorted, Comments: cnode.Comments}
		}
	}
	return config.Fprint(dst, fset, node)
}

// reparse returns a fresh tree of file, printed and parsed again.
func reparse(fset *token.FileSet, file *ast.File) (*ast.File, error) {
	var buf bytes.Buffer
	if err := config.Fprint(&buf, fset, file); err != nil {
		return nil, err
	}
	f, err := parser.ParseFile(fset, "", buf.Bytes(), parserMode)
	if err != nil {
		// The printer printed something that does not parse.
		return nil, fmt.Errorf("format.Node internal error (%s)", err)
	}
	return f, nil
}

// hasUnsortedImports reports whether file may have imports to sort: a
// parenthesized import group is assumed unsorted, single imports are
// sorted by themselves.
func hasUnsortedImports(file *ast.File) bool {
	for _, d := range file.Decls {
		d, ok := d.(*ast.GenDecl)
		if !ok || d.Tok != token.IMPORT {
			return false // imports come first
		}
		if d.Lparen.IsValid() {
			return true
		}
	}
	return false
}

// Source returns src laid out as gofmt lays out source, or a syntax
// error. src must be a whole Go source file, or a list of declarations or
// of statements.
//
// The result for such a fragment starts and ends with the same white
// space as src, and its code is indented as much as the first line of
// code in src; its imports are not sorted.
//
// Tools that must agree with a particular gofmt, such as checks before a
// commit, should run that gofmt binary rather than call Source.
func Source(src []byte) ([]byte, error) {
	fset := token.NewFileSet()
	file, frag, err := parse(fset, src)
	if err != nil {
		return nil, err
	}
	if frag == nil {
		ast.SortImports(fset, file)
		var buf bytes.Buffer
		if err := config.Fprint(&buf, fset, file); err != nil {
			return nil, err
		}
		return buf.Bytes(), nil
	}
	return frag.format(fset, file, src)
}
