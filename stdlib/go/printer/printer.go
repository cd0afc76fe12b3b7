// Package printer turns syntax trees (go/ast) back into Go source text,
// in the layout gofmt uses.
//
// Printing is a pipeline of three stages:
//
//  1. The node printers (exprs.go, stmts.go, decls.go, fields.go) walk the
//     tree and hand the printer a stream of items: tokens, identifiers,
//     literals, source positions and white-space requests such as blank,
//     vtab, newline, formfeed, indent and unindent (output.go).
//  2. The printer delays white space until the next token is known, so that
//     the source comments lying before that token can be placed inside the
//     pending white space (comments.go). It writes the result into a byte
//     buffer in which '\v' and '\t' separate aligned cells, '\f' ends a
//     block of aligned lines, and literal text is bracketed by
//     tabwriter.Escape bytes so that its tabs and newlines stay untouched.
//  3. The buffer is run through a tabwriter, which aligns the cells into
//     columns, and then through a trimmer (trimmer.go), which drops the
//     escapes and any trailing blanks.
//
// Line breaks follow the source: the printer compares the line of the next
// token with the line of the last one and keeps up to one empty line.
//
// Doc comments are reformatted into their canonical form with package
// go/doc/comment as they are reached (doccomment.go), and once the file is
// printed its //go:build and // +build lines are gathered and made to
// agree (gobuild.go), as gofmt does both.
package printer

import (
	"fmt"
	"go/ast"
	"go/token"
	"io"
	"text/tabwriter"
)

// A Mode is a set of flags that change how Fprint lays out its output;
// 0 means none.
type Mode uint

const (
	RawFormat Mode = 1 << iota // no column alignment (no tabwriter); UseSpaces then has no effect
	TabIndent                  // indent with tabs even when UseSpaces pads with spaces
	UseSpaces                  // pad aligned columns with spaces rather than tabs
	SourcePos                  // write //line comments where output lines drift from the source's
)

// normalizeNumbers asks for number literals in canonical spelling (lower
// case prefixes and exponents). It is not part of the API: go/format sets
// it by value, as gofmt does, since it rewrites code rather than lays it out.
const normalizeNumbers Mode = 1 << 30

// A Config sets the layout options of Config.Fprint.
type Config struct {
	Mode     Mode // layout flags; 0 for none
	Tabwidth int  // width of a tab stop in columns; Fprint uses 8
	Indent   int  // indentation added to every line, in levels; usually 0
}

// A CommentedNode pairs a node with the comments of its source, so that
// Fprint prints the comments that fall within the node along with it.
type CommentedNode struct {
	Node     any // an *ast.File, ast.Expr, ast.Decl, ast.Spec or ast.Stmt
	Comments []*ast.CommentGroup
}

// Fprint writes node to output as Go source laid out according to cfg.
// The positions in node are those of the file set fset. The node may be
// an *ast.File, a *CommentedNode, a []ast.Decl or []ast.Stmt, or any
// ast.Expr, ast.Decl, ast.Spec or ast.Stmt.
func (cfg *Config) Fprint(output io.Writer, fset *token.FileSet, node any) error {
	return cfg.fprint(output, fset, node, make(map[ast.Node]int))
}

// Fprint writes node to output as Go source, with a Config of tab width 8
// and no flags: tabs both indent and align. gofmt aligns with spaces; for
// its exact layout use format.Node of package go/format.
func Fprint(output io.Writer, fset *token.FileSet, node any) error {
	return (&Config{Tabwidth: 8}).Fprint(output, fset, node)
}

// fprint runs the three stages of the pipeline. sizes caches the one-line
// widths of nodes (see nodeSize), shared by the nested printers that
// measure nodes so that deep nests are measured once.
func (cfg *Config) fprint(output io.Writer, fset *token.FileSet, node any, sizes map[ast.Node]int) error {
	p := newPrinter(cfg, fset, sizes)
	if err := p.printNode(node); err != nil {
		return err
	}
	// The end of input acts like a line break for the comments still pending.
	p.impliedSemi = false
	p.flush(token.Position{Offset: infinity, Line: infinity}, token.EOF)
	p.fixGoBuildLines()

	// Trailing blanks are only removed at the very end: the tabwriter
	// reads a cell's trailing tabs as layout.
	output = &trimmer{output: output}
	var tw *tabwriter.Writer
	if cfg.Mode&RawFormat == 0 {
		tw = newTabwriter(output, cfg)
		output = tw
	}
	if _, err := output.Write(p.output); err != nil {
		return err
	}
	if tw != nil {
		return tw.Flush()
	}
	return nil
}

// newTabwriter returns the aligning writer for cfg: cells are padded with
// tabs, or with spaces under UseSpaces; TabIndent keeps leading tabs as
// indentation whatever the padding.
func newTabwriter(output io.Writer, cfg *Config) *tabwriter.Writer {
	minwidth := cfg.Tabwidth
	padchar := byte('\t')
	if cfg.Mode&UseSpaces != 0 {
		padchar = ' '
	}
	flags := tabwriter.DiscardEmptyColumns
	if cfg.Mode&TabIndent != 0 {
		minwidth = 0
		flags |= tabwriter.TabIndent
	}
	return tabwriter.NewWriter(output, minwidth, cfg.Tabwidth, 1, padchar, flags)
}

// printNode selects the comments to print with node and prints it.
func (p *printer) printNode(node any) error {
	var comments []*ast.CommentGroup
	if cnode, ok := node.(*CommentedNode); ok {
		node = cnode.Node
		comments = cnode.Comments
	}
	if comments != nil {
		n, ok := node.(ast.Node)
		if !ok {
			return unsupported(node)
		}
		p.comments = commentsWithin(n, comments)
	} else if f, ok := node.(*ast.File); ok {
		p.comments = f.Comments
	}
	// Without a comment list the nodes' own Doc and Comment fields are
	// printed instead (see setComment).
	p.useNodeComments = p.comments == nil
	p.nextComment()

	switch n := node.(type) {
	case ast.Expr:
		p.expr(n)
	case ast.Stmt:
		// A label is printed one level left of its statement: start one
		// level in so that it does not go below zero.
		if _, ok := n.(*ast.LabeledStmt); ok {
			p.indent = 1
		}
		p.stmt(n, false)
	case ast.Decl:
		p.decl(n)
	case ast.Spec:
		p.spec(n, 1, false)
	case []ast.Stmt:
		for _, s := range n {
			if _, ok := s.(*ast.LabeledStmt); ok {
				p.indent = 1
			}
		}
		p.stmtList(n, 0, false)
	case []ast.Decl:
		p.declList(n)
	case *ast.File:
		p.file(n)
	default:
		return unsupported(node)
	}
	return nil
}

func unsupported(node any) error {
	return fmt.Errorf("go/printer: unsupported node type %T", node)
}

// commentsWithin returns the comments of the sorted list that overlap n,
// counting n's doc comment and its last line comment as part of it.
func commentsWithin(n ast.Node, comments []*ast.CommentGroup) []*ast.CommentGroup {
	beg, end := n.Pos(), n.End()
	if doc := docComment(n); doc != nil {
		beg = doc.Pos()
	}
	if c := lastComment(n); c != nil && c.End() > end {
		end = c.End()
	}
	i := 0
	for i < len(comments) && comments[i].End() < beg {
		i++
	}
	j := i
	for j < len(comments) && comments[j].Pos() < end {
		j++
	}
	if i < j {
		return comments[i:j]
	}
	return nil
}

// docComment returns the documentation comment attached to n, if any.
func docComment(n ast.Node) *ast.CommentGroup {
	switch n := n.(type) {
	case *ast.Field:
		return n.Doc
	case *ast.ImportSpec:
		return n.Doc
	case *ast.ValueSpec:
		return n.Doc
	case *ast.TypeSpec:
		return n.Doc
	case *ast.GenDecl:
		return n.Doc
	case *ast.FuncDecl:
		return n.Doc
	case *ast.File:
		return n.Doc
	}
	return nil
}

// lastComment returns the comment that ends n's text, if any: the line
// comment of a field or spec, or the last comment of a file.
func lastComment(n ast.Node) *ast.CommentGroup {
	switch n := n.(type) {
	case *ast.Field:
		return n.Comment
	case *ast.ImportSpec:
		return n.Comment
	case *ast.ValueSpec:
		return n.Comment
	case *ast.TypeSpec:
		return n.Comment
	case *ast.GenDecl:
		if len(n.Specs) > 0 {
			return lastComment(n.Specs[len(n.Specs)-1])
		}
	case *ast.File:
		if len(n.Comments) > 0 {
			return n.Comments[len(n.Comments)-1]
		}
	}
	return nil
}
