package ast

import (
	"fmt"
	"go/token"
	"strings"
)

// A Scope holds the objects declared in one scope, by name, and the
// scope that encloses it (nil for the outermost).
type Scope struct {
	Outer   *Scope
	Objects map[string]*Object
}

// NewScope returns an empty scope inside outer.
func NewScope(outer *Scope) *Scope {
	return &Scope{Outer: outer, Objects: make(map[string]*Object)}
}

// Lookup returns the object s declares under name, or nil. It looks in s
// only, not in the scopes around it.
func (s *Scope) Lookup(name string) *Object {
	return s.Objects[name]
}

// Insert adds obj to s under its name and returns nil, unless s has an
// object of that name already: then s is left as it is and that object,
// alt, is returned.
func (s *Scope) Insert(obj *Object) (alt *Object) {
	if alt = s.Objects[obj.Name]; alt == nil {
		s.Objects[obj.Name] = obj
	}
	return alt
}

// String lists the scope's objects, one "kind name" a line, for
// debugging: "scope 0xc000010000 {\n\tvar x\n}\n". The scope is named by
// its address, as scopes have no name of their own.
func (s *Scope) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "scope %p {", s)
	if s != nil && len(s.Objects) > 0 {
		b.WriteByte('\n')
		for _, obj := range s.Objects {
			fmt.Fprintf(&b, "\t%s %s\n", obj.Kind, obj.Name)
		}
	}
	b.WriteString("}\n")
	return b.String()
}

// An Object is something a name can denote: a package, constant, type,
// variable, function or method, or label.
//
// Data depends on Kind: for a Pkg, the package's *Scope; for a Con, its
// value of iota (an int); otherwise nothing.
type Object struct {
	Kind ObjKind
	Name string // the name it is declared with
	Decl any    // the node declaring it: a *Field, *ImportSpec, *ValueSpec, *TypeSpec, *FuncDecl, *LabeledStmt or *AssignStmt; a *Scope for a predeclared object; or nil
	Data any    // see above; or nil
	Type any    // free for a type checker to use; or nil
}

// NewObj makes an Object of the given kind, named name, declared nowhere
// yet.
func NewObj(kind ObjKind, name string) *Object {
	return &Object{Kind: kind, Name: name}
}

// Pos returns where obj's name is in its Decl, or NoPos when Decl is nil,
// a Scope (a predeclared object) or does not name obj. An import without
// a local name declares its package at the import path.
func (obj *Object) Pos() token.Pos {
	switch d := obj.Decl.(type) {
	case *Field:
		return obj.posIn(d.Names)
	case *ImportSpec:
		if d.Name != nil && d.Name.Name == obj.Name {
			return d.Name.Pos()
		}
		return d.Path.Pos()
	case *ValueSpec:
		return obj.posIn(d.Names)
	case *TypeSpec:
		return obj.posIn([]*Ident{d.Name})
	case *FuncDecl:
		return obj.posIn([]*Ident{d.Name})
	case *LabeledStmt:
		return obj.posIn([]*Ident{d.Label})
	case *AssignStmt:
		for _, x := range d.Lhs {
			if id, ok := x.(*Ident); ok && id.Name == obj.Name {
				return id.Pos()
			}
		}
	}
	return token.NoPos
}

// posIn returns the position of the first of names that is the object's
// name, NoPos if none is.
func (obj *Object) posIn(names []*Ident) token.Pos {
	for _, id := range names {
		if id.Name == obj.Name {
			return id.Pos()
		}
	}
	return token.NoPos
}

// An ObjKind tells what kind of thing an Object is.
type ObjKind int

// The kinds of objects.
const (
	Bad ObjKind = iota // an object made after an error
	Pkg                // a package
	Con                // a constant
	Typ                // a type
	Var                // a variable
	Fun                // a function or method
	Lbl                // a label
)

// objKindNames spells the kinds as the keywords that declare them.
var objKindNames = [...]string{
	Bad: "bad",
	Pkg: "package",
	Con: "const",
	Typ: "type",
	Var: "var",
	Fun: "func",
	Lbl: "label",
}

func (kind ObjKind) String() string { return objKindNames[kind] }
