package ast

import "fmt"

// A Visitor is what Walk calls Visit on for each node it meets. The
// Visitor w that Visit returns is used for the node's children, and then
// told the node is done by w.Visit(nil); a nil w skips the children.
type Visitor interface {
	Visit(node Node) (w Visitor)
}

// Walk visits the tree at node, which must not be nil, depth first. It
// calls v.Visit(node) and, unless that returns nil, walks each non-nil
// child of node with the Visitor w it returned, then calls w.Visit(nil).
//
// The children are visited in source order, so a walk meets the nodes
// in the order their text appears in the file (comment maps rely on it).
// A File's Comments are not walked: the comments that belong to nodes
// are met as their Doc and Comment fields.
func Walk(v Visitor, node Node) {
	if v = v.Visit(node); v == nil {
		return
	}
	walkChildren(v, node)
	v.Visit(nil)
}

// walkChildren walks the children of node, those that are present (an
// optional child is nil when absent), in source order; the cases follow
// the order of the node types in comment.go, expr.go, stmt.go and
// decl.go.
func walkChildren(v Visitor, node Node) {
	switch n := node.(type) {
	// Comments and fields.
	case *Comment: // no children
	case *CommentGroup:
		walkComments(v, n.List)
	case *Field:
		if n.Doc != nil {
			Walk(v, n.Doc)
		}
		walkIdents(v, n.Names)
		if n.Type != nil {
			Walk(v, n.Type)
		}
		if n.Tag != nil {
			Walk(v, n.Tag)
		}
		if n.Comment != nil {
			Walk(v, n.Comment)
		}
	case *FieldList:
		walkFields(v, n.List)

	// Expressions.
	case *BadExpr, *Ident, *BasicLit: // no children
	case *Ellipsis:
		if n.Elt != nil {
			Walk(v, n.Elt)
		}
	case *FuncLit:
		Walk(v, n.Type)
		Walk(v, n.Body)
	case *CompositeLit:
		if n.Type != nil {
			Walk(v, n.Type)
		}
		walkExprs(v, n.Elts)
	case *ParenExpr:
		Walk(v, n.X)
	case *SelectorExpr:
		Walk(v, n.X)
		Walk(v, n.Sel)
	case *IndexExpr:
		Walk(v, n.X)
		Walk(v, n.Index)
	case *IndexListExpr:
		Walk(v, n.X)
		walkExprs(v, n.Indices)
	case *SliceExpr:
		Walk(v, n.X)
		if n.Low != nil {
			Walk(v, n.Low)
		}
		if n.High != nil {
			Walk(v, n.High)
		}
		if n.Max != nil {
			Walk(v, n.Max)
		}
	case *TypeAssertExpr:
		Walk(v, n.X)
		if n.Type != nil {
			Walk(v, n.Type)
		}
	case *CallExpr:
		Walk(v, n.Fun)
		walkExprs(v, n.Args)
	case *StarExpr:
		Walk(v, n.X)
	case *UnaryExpr:
		Walk(v, n.X)
	case *BinaryExpr:
		Walk(v, n.X)
		Walk(v, n.Y)
	case *KeyValueExpr:
		Walk(v, n.Key)
		Walk(v, n.Value)

	// Types.
	case *ArrayType:
		if n.Len != nil {
			Walk(v, n.Len)
		}
		Walk(v, n.Elt)
	case *StructType:
		Walk(v, n.Fields)
	case *FuncType:
		if n.TypeParams != nil {
			Walk(v, n.TypeParams)
		}
		if n.Params != nil {
			Walk(v, n.Params)
		}
		if n.Results != nil {
			Walk(v, n.Results)
		}
	case *InterfaceType:
		Walk(v, n.Methods)
	case *MapType:
		Walk(v, n.Key)
		Walk(v, n.Value)
	case *ChanType:
		Walk(v, n.Value)

	// Statements.
	case *BadStmt, *EmptyStmt: // no children
	case *DeclStmt:
		Walk(v, n.Decl)
	case *LabeledStmt:
		Walk(v, n.Label)
		Walk(v, n.Stmt)
	case *ExprStmt:
		Walk(v, n.X)
	case *SendStmt:
		Walk(v, n.Chan)
		Walk(v, n.Value)
	case *IncDecStmt:
		Walk(v, n.X)
	case *AssignStmt:
		walkExprs(v, n.Lhs)
		walkExprs(v, n.Rhs)
	case *GoStmt:
		Walk(v, n.Call)
	case *DeferStmt:
		Walk(v, n.Call)
	case *ReturnStmt:
		walkExprs(v, n.Results)
	case *BranchStmt:
		if n.Label != nil {
			Walk(v, n.Label)
		}
	case *BlockStmt:
		walkStmts(v, n.List)
	case *IfStmt:
		if n.Init != nil {
			Walk(v, n.Init)
		}
		Walk(v, n.Cond)
		Walk(v, n.Body)
		if n.Else != nil {
			Walk(v, n.Else)
		}
	case *CaseClause:
		walkExprs(v, n.List)
		walkStmts(v, n.Body)
	case *SwitchStmt:
		if n.Init != nil {
			Walk(v, n.Init)
		}
		if n.Tag != nil {
			Walk(v, n.Tag)
		}
		Walk(v, n.Body)
	case *TypeSwitchStmt:
		if n.Init != nil {
			Walk(v, n.Init)
		}
		Walk(v, n.Assign)
		Walk(v, n.Body)
	case *CommClause:
		if n.Comm != nil {
			Walk(v, n.Comm)
		}
		walkStmts(v, n.Body)
	case *SelectStmt:
		Walk(v, n.Body)
	case *ForStmt:
		if n.Init != nil {
			Walk(v, n.Init)
		}
		if n.Cond != nil {
			Walk(v, n.Cond)
		}
		if n.Post != nil {
			Walk(v, n.Post)
		}
		Walk(v, n.Body)
	case *RangeStmt:
		if n.Key != nil {
			Walk(v, n.Key)
		}
		if n.Value != nil {
			Walk(v, n.Value)
		}
		Walk(v, n.X)
		Walk(v, n.Body)

	// Declarations.
	case *ImportSpec:
		if n.Doc != nil {
			Walk(v, n.Doc)
		}
		if n.Name != nil {
			Walk(v, n.Name)
		}
		Walk(v, n.Path)
		if n.Comment != nil {
			Walk(v, n.Comment)
		}
	case *ValueSpec:
		if n.Doc != nil {
			Walk(v, n.Doc)
		}
		walkIdents(v, n.Names)
		if n.Type != nil {
			Walk(v, n.Type)
		}
		walkExprs(v, n.Values)
		if n.Comment != nil {
			Walk(v, n.Comment)
		}
	case *TypeSpec:
		if n.Doc != nil {
			Walk(v, n.Doc)
		}
		Walk(v, n.Name)
		if n.TypeParams != nil {
			Walk(v, n.TypeParams)
		}
		Walk(v, n.Type)
		if n.Comment != nil {
			Walk(v, n.Comment)
		}
	case *BadDecl: // no children
	case *GenDecl:
		if n.Doc != nil {
			Walk(v, n.Doc)
		}
		walkSpecs(v, n.Specs)
	case *FuncDecl:
		if n.Doc != nil {
			Walk(v, n.Doc)
		}
		if n.Recv != nil {
			Walk(v, n.Recv)
		}
		Walk(v, n.Name)
		Walk(v, n.Type)
		if n.Body != nil {
			Walk(v, n.Body)
		}

	// Files and packages.
	case *File:
		if n.Doc != nil {
			Walk(v, n.Doc)
		}
		Walk(v, n.Name)
		walkDecls(v, n.Decls)
	case *Package:
		for _, f := range n.Files {
			Walk(v, f)
		}

	default:
		panic(fmt.Sprintf("ast.Walk: unexpected node type %T", n))
	}
}

// The walkXs functions walk every node of a list, one per kind of list
// the tree holds (without type parameters, so that a package importing
// go/ast need not check its source again: see tests/types/test_generic_sources.py).

func walkComments(v Visitor, list []*Comment) {
	for _, n := range list {
		Walk(v, n)
	}
}

func walkIdents(v Visitor, list []*Ident) {
	for _, n := range list {
		Walk(v, n)
	}
}

func walkFields(v Visitor, list []*Field) {
	for _, n := range list {
		Walk(v, n)
	}
}

func walkExprs(v Visitor, list []Expr) {
	for _, n := range list {
		Walk(v, n)
	}
}

func walkStmts(v Visitor, list []Stmt) {
	for _, n := range list {
		Walk(v, n)
	}
}

func walkSpecs(v Visitor, list []Spec) {
	for _, n := range list {
		Walk(v, n)
	}
}

func walkDecls(v Visitor, list []Decl) {
	for _, n := range list {
		Walk(v, n)
	}
}

// Inspect visits the tree at node, which must not be nil, depth first,
// calling f on each node: when f(n) returns true, Inspect goes on into
// the non-nil children of n, then calls f(nil) to say n is done.
func Inspect(node Node, f func(Node) bool) {
	Walk(inspector(f), node)
}

// An inspector is a function seen as a Visitor: it goes on into a node's
// children, with itself, when it returns true for the node.
type inspector func(Node) bool

func (f inspector) Visit(node Node) Visitor {
	if f(node) {
		return f
	}
	return nil
}
