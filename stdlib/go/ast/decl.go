package ast

import "go/token"

// The spec nodes: one import, constant, type or variable of a GenDecl, as
// written alone or as one line of a parenthesized list.
type (
	// A Spec is an *ImportSpec, a *ValueSpec or a *TypeSpec.
	Spec interface {
		Node
		specNode()
	}

	// An ImportSpec is one import: Name "Path".
	ImportSpec struct {
		Doc     *CommentGroup // its doc comment, or nil
		Name    *Ident        // the local name (which may be "." or "_"), or nil
		Path    *BasicLit     // the quoted import path
		Comment *CommentGroup // the comment after it on its line, or nil
		EndPos  token.Pos     // if not NoPos, where it ends (instead of Path.End())
	}

	// A ValueSpec is one constant or variable declaration: Names Type =
	// Values.
	ValueSpec struct {
		Doc     *CommentGroup // its doc comment, or nil
		Names   []*Ident      // the names declared, at least one
		Type    Expr          // the type, or nil
		Values  []Expr        // the initial values, or nil
		Comment *CommentGroup // the comment after it on its line, or nil
	}

	// A TypeSpec is one type declaration: Name[TypeParams] Type, or
	// Name = Type for an alias.
	TypeSpec struct {
		Doc        *CommentGroup // its doc comment, or nil
		Name       *Ident        // the type's name
		TypeParams *FieldList    // the type parameters, or nil
		Assign     token.Pos     // where the "=" of an alias is, or NoPos
		Type       Expr          // the type denoted: a name, or any type node
		Comment    *CommentGroup // the comment after it on its line, or nil
	}
)

// Pos is where the local name is, else where the path is.
func (s *ImportSpec) Pos() token.Pos {
	if s.Name != nil {
		return s.Name.Pos()
	}
	return s.Path.Pos()
}

func (s *ValueSpec) Pos() token.Pos { return s.Names[0].Pos() }
func (s *TypeSpec) Pos() token.Pos  { return s.Name.Pos() }

// End is EndPos when it is set (SortImports sets it, having moved the
// path), else the end of the path.
func (s *ImportSpec) End() token.Pos {
	if s.EndPos != token.NoPos {
		return s.EndPos
	}
	return s.Path.End()
}

// End is the end of the last value, else of the type, else of the last
// name.
func (s *ValueSpec) End() token.Pos {
	if n := len(s.Values); n > 0 {
		return s.Values[n-1].End()
	}
	if s.Type != nil {
		return s.Type.End()
	}
	return s.Names[len(s.Names)-1].End()
}

func (s *TypeSpec) End() token.Pos { return s.Type.End() }

// specNode marks the spec nodes, so that only they can be a Spec.
func (*ImportSpec) specNode() {}
func (*ValueSpec) specNode()  {}
func (*TypeSpec) specNode()   {}

// The declaration nodes, the top-level parts of a File.
type (
	// A BadDecl stands in for a declaration the parser could not make
	// sense of, keeping the range of source it covers.
	BadDecl struct {
		From, To token.Pos // the range of the bad source
	}

	// A GenDecl ("generic" declaration) is an import, const, type or var
	// declaration of one spec, Tok Spec, or of a list of them in
	// parentheses, Tok ( Specs ); Lparen is valid only in the second
	// form.
	//
	// Tok tells what the Specs are:
	//
	//	token.IMPORT  *ImportSpec
	//	token.CONST   *ValueSpec
	//	token.TYPE    *TypeSpec
	//	token.VAR     *ValueSpec
	GenDecl struct {
		Doc    *CommentGroup // its doc comment, or nil
		TokPos token.Pos     // where Tok is
		Tok    token.Token   // the keyword: IMPORT, CONST, TYPE or VAR
		Lparen token.Pos     // where the "(" is, or NoPos
		Specs  []Spec
		Rparen token.Pos // where the ")" is, or NoPos
	}

	// A FuncDecl is a function or method declaration:
	// func (Recv) Name[TypeParams](Params) Results Body.
	FuncDecl struct {
		Doc  *CommentGroup // its doc comment, or nil
		Recv *FieldList    // the receiver of a method; nil for a function
		Name *Ident        // the function's or method's name
		Type *FuncType     // the signature, whose Func is where "func" is
		Body *BlockStmt    // the body; nil when written in another language (assembly)
	}
)

func (d *BadDecl) Pos() token.Pos  { return d.From }
func (d *GenDecl) Pos() token.Pos  { return d.TokPos }
func (d *FuncDecl) Pos() token.Pos { return d.Type.Pos() }

func (d *BadDecl) End() token.Pos { return d.To }

// End is just after the ")" of a parenthesized declaration, else the end
// of its only spec.
func (d *GenDecl) End() token.Pos {
	if d.Rparen.IsValid() {
		return d.Rparen + 1
	}
	return d.Specs[0].End()
}

// End is the end of the body, or of the signature for a function
// declared without one (implemented in assembly).
func (d *FuncDecl) End() token.Pos {
	if d.Body != nil {
		return d.Body.End()
	}
	return d.Type.End()
}

// declNode marks the declaration nodes, so that only they can be a Decl.
func (*BadDecl) declNode()  {}
func (*GenDecl) declNode()  {}
func (*FuncDecl) declNode() {}

// A File is the tree of one Go source file.
//
// Comments holds every comment of the file in source order, those that
// are also some node's Doc or Comment included.
//
// A printer (go/printer, go/format) puts comments back between the tokens
// by their positions. So a program that changes a File's tree must change
// its comments to match: drop those of nodes it removes from the Comments
// list, and move those of nodes it moves (change their positions). A
// CommentMap helps with that. Comments other than the Doc and Comment of
// a node are free-floating: which node they belong to, if any, is for the
// program to decide.
type File struct {
	Doc        *CommentGroup   // the package's doc comment, or nil
	Package    token.Pos       // where "package" is
	Name       *Ident          // the package name
	Decls      []Decl          // what the file declares at top level, or nil
	Scope      *Scope          // the names this file declares at top level
	Imports    []*ImportSpec   // every import of the file
	Unresolved []*Ident        // the names used but not declared in the file
	Comments   []*CommentGroup // every comment, in source order
}

func (f *File) Pos() token.Pos { return f.Package }

// End is the end of the last declaration, or of the package clause's
// name in a file without declarations.
func (f *File) End() token.Pos {
	if n := len(f.Decls); n > 0 {
		return f.Decls[n-1].End()
	}
	return f.Name.End()
}

// A Package is the set of files that make up one Go package.
type Package struct {
	Name    string             // the package name
	Scope   *Scope             // the names declared at top level, in all its files
	Imports map[string]*Object // the imported packages, by package id
	Files   map[string]*File   // its files, by file name
}

// A package spans several files, so it has no position of its own.
func (p *Package) Pos() token.Pos { return token.NoPos }
func (p *Package) End() token.Pos { return token.NoPos }
